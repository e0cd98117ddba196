using HurtHealing.Browser.Tests.Infrastructure;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HurtHealing.Browser.Tests.Plans;

/// <summary>The one rewrite on a phone: two findings in a sentence, one rewrite, only the flagged part changes, one tap undoes it.</summary>
[Collection(BrowserGroup.Name)]
public class StatementRewriteTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Typed = "you checked your phone all through dinner and you never listen, you're so selfish";
    private const string Rewritten = "you checked your phone all through dinner and you didn't listen [say when]";

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Two_findings_get_one_rewrite_that_changes_only_the_flagged_words_and_undo_brings_them_back(string scheme)
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions(BrowserFixture.Phone)
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        // The first draft comes from the log; the person types their own "When…" with two findings in it.
        var (page, when, felt, need, request, need0, request0) = await OpenFirstStatementAsync(session);
        await when.PressSequentiallyAsync(Typed, new() { Delay = 10 });

        var live = page.Locator("[data-check-live]");
        await Assertions.Expect(live.Locator(".finding")).ToHaveCountAsync(2);
        await Assertions.Expect(live.Locator(".finding[data-kind='AlwaysNever']")).ToHaveCountAsync(1);
        await Assertions.Expect(live.Locator(".finding[data-kind='YoureSo']")).ToHaveCountAsync(1);
        await Assertions.Expect(live.Locator(".rewrite")).ToHaveCountAsync(1);
        await Assertions.Expect(live.Locator(".rewrite")).ToHaveTextAsync(
            $"When {Rewritten}, I felt hurt and lonely, because I need {need0}. Would you {request0}?");
        await live.Locator(".rewrite-offer").ScrollIntoViewIfNeededAsync();
        await session.ShotAsync($"statement-rewrite-flagged-{scheme}");
        var axe = new List<string>(await session.AxeViolationsAsync());

        // One tap: only "When…" changes; the parts that were not flagged stay exactly as they were.
        await live.GetByRole(AriaRole.Button, new() { Name = "Use this rewrite" }).TapAsync();
        await Assertions.Expect(when).ToHaveValueAsync(Rewritten);
        await Assertions.Expect(felt).ToHaveValueAsync("hurt and lonely");
        await Assertions.Expect(need).ToHaveValueAsync(need0);
        await Assertions.Expect(request).ToHaveValueAsync(request0);
        await Assertions.Expect(live.Locator(".finding")).ToHaveCountAsync(0);
        var undo = page.GetByRole(AriaRole.Button, new() { Name = "Undo the rewrite" });
        await Assertions.Expect(undo).ToBeVisibleAsync();
        await session.ShotAsync($"statement-rewrite-used-{scheme}");
        axe.AddRange(await session.AxeViolationsAsync());

        // One more tap puts the person's own words back, and the check shows them as before.
        await undo.TapAsync();
        await Assertions.Expect(when).ToHaveValueAsync(Typed);
        await Assertions.Expect(felt).ToHaveValueAsync("hurt and lonely");
        await Assertions.Expect(undo).ToBeHiddenAsync();
        await Assertions.Expect(live.Locator(".finding")).ToHaveCountAsync(2);
        await session.ShotAsync($"statement-rewrite-undone-{scheme}");

        foreach (var line in axe)
        {
            output.WriteLine(line);
        }
        Assert.Empty(axe);
        Assert.Empty(session.BlockedRequests);
    }

    /// <summary>
    /// A sentence no rule catches, read by the trained second opinion: it is flagged with the kind of the labelled
    /// sentence nearest to it and that kind's reason, and its one rewrite changes only the part it read.
    /// </summary>
    [Fact]
    public async Task A_sentence_only_the_trained_second_opinion_flags_gets_its_kind_its_reason_and_one_rewrite_of_that_part()
    {
        const string typed = "you secretly resent me for moving here";
        Assert.Empty(AccusationCheck.FindByRulesAlone(typed));
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions(BrowserFixture.Phone));
        var (page, when, felt, need, request, need0, request0) = await OpenFirstStatementAsync(session);
        await when.PressSequentiallyAsync(typed, new() { Delay = 10 });

        var live = page.Locator("[data-check-live]");
        var finding = live.Locator(".finding[data-kind='MindReading']");
        await Assertions.Expect(live.Locator(".finding")).ToHaveCountAsync(1);
        await Assertions.Expect(finding).ToContainTextAsync(AccusationCheck.Why(AccusationKind.MindReading));
        await Assertions.Expect(finding.Locator("mark")).ToHaveTextAsync(typed);
        await Assertions.Expect(live.Locator(".rewrite")).ToHaveTextAsync(
            $"When {StatementRewriter.WhatHappenedPlaceholder}, I felt hurt and lonely, because I need {need0}. Would you {request0}?");
        await live.Locator(".rewrite-offer").ScrollIntoViewIfNeededAsync();
        await session.ShotAsync("statement-second-opinion-flagged");

        await live.GetByRole(AriaRole.Button, new() { Name = "Use this rewrite" }).TapAsync();
        await Assertions.Expect(when).ToHaveValueAsync(StatementRewriter.WhatHappenedPlaceholder);
        await Assertions.Expect(felt).ToHaveValueAsync("hurt and lonely");
        await Assertions.Expect(need).ToHaveValueAsync(need0);
        await Assertions.Expect(request).ToHaveValueAsync(request0);
        await Assertions.Expect(live.Locator(".finding")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo the rewrite" }).TapAsync();
        await Assertions.Expect(when).ToHaveValueAsync(typed);
        await Assertions.Expect(live.Locator(".finding[data-kind='MindReading']")).ToHaveCountAsync(1);
        await session.ShotAsync("statement-second-opinion-undone");
        Assert.Empty(session.BlockedRequests);
    }

    // A new account with one logged hurt and its plan, on the statements step: the four parts and the draft's need
    // and request as the log filled them.
    private async Task<(IPage Page, ILocator When, ILocator Felt, ILocator Need, ILocator Request, string Need0, string Request0)> OpenFirstStatementAsync(Session session)
    {
        var email = await session.SignUpAsync();
        var planId = await SeedPlanAsync(email);
        await session.GoAsync($"/Plans/{planId}/Statements");
        var page = session.Page;
        var felt = page.GetByLabel("I felt…");
        var need = page.GetByLabel("because I need…");
        var request = page.GetByLabel("Would you…?");
        await Assertions.Expect(felt).ToHaveValueAsync("hurt and lonely");
        return (page, page.GetByLabel("When…"), felt, need, request, await need.InputValueAsync(), await request.InputValueAsync());
    }

    private async Task<Guid> SeedPlanAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var incident = Incident.Create(ownerId, Guid.NewGuid(), TimeZoneInfo.Utc, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1), null,
            "Forgot our anniversary dinner", "They were on their phone all through our anniversary dinner.", IncidentCategory.Forgotten, 7, now);
        incident.RecordFeelings([new FeelingRating("hurt", 8), new FeelingRating("lonely", 6)], now);
        incident.RecordNeed(NeedKind.ToBeHeard, null, now);
        var plan = TalkPlan.Create(ownerId, incident.Id, now);
        db.AddRange(incident, plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
