using System.Text.RegularExpressions;
using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HurtHealing.Browser.Tests.Plans;

[Collection(BrowserGroup.Name)]
public partial class TalkPlanJourneyTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_person_builds_a_plan_on_a_phone_rewrites_a_flagged_statement_opens_it_before_the_talk_and_records_the_outcome()
    {
        await using var session = await browser.NewSessionAsync(new BrowserNewContextOptions(BrowserFixture.Phone) { TimezoneId = "America/New_York" });
        await session.SignUpAsync();
        var page = session.Page;
        var axe = new List<string>();

        // An incident with a feeling and a need.
        await session.GoAsync("/Incidents/Log");
        await page.GetByLabel("What happened?").FillAsync("They checked their phone all through our anniversary dinner.");
        await page.Locator("label[for='feel-hurt']").TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(DetailsPattern());
        var detailsUrl = page.Url.Split('?')[0];
        await page.GetByRole(AriaRole.Link, new() { Name = "What I need" }).TapAsync();
        await page.Locator("label.need-choice", new() { HasText = "To be heard" }).TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this need" }).TapAsync();
        await page.WaitForURLAsync(detailsUrl);
        await session.ShotAsync("plan-00-incident");

        // Readiness: safe to raise it, then one honest "no", and the check says "not yet" without stopping anything.
        await page.GetByRole(AriaRole.Button, new() { Name = "Prepare to talk about this" }).TapAsync();
        await page.WaitForURLAsync(PlanStep("Readiness"));
        axe.AddRange(await session.AxeViolationsAsync());
        var questions = page.Locator("fieldset.readiness-question");
        Assert.Equal(8, await questions.CountAsync());
        await Assertions.Expect(questions.First.Locator("legend")).ToHaveTextAsync("I feel safe raising this with my partner.");
        for (var i = 0; i < 8; i++)
        {
            await questions.Nth(i).Locator("label.choice", new() { HasText = i == 1 ? "No" : "Yes" }).First.TapAsync();
        }
        await session.ShotAsync("plan-01-readiness");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my answers" }).TapAsync();
        await Assertions.Expect(page.Locator("#result")).ToContainTextAsync("Not yet");
        await Assertions.Expect(page.Locator("#result")).ToContainTextAsync("20 minutes");
        await page.Locator("#result").ScrollIntoViewIfNeededAsync();
        await session.ShotAsync("plan-02-readiness-result");
        axe.AddRange(await session.AxeViolationsAsync());

        // Need, drafted from the incident's need.
        await page.GetByRole(AriaRole.Link, new() { Name = "Next: what I need" }).TapAsync();
        await page.WaitForURLAsync(PlanStep("Need"));
        await Assertions.Expect(page.GetByLabel("The need I'll say up front")).ToHaveValueAsync(new Regex("to be heard"));
        axe.AddRange(await session.AxeViolationsAsync());
        await session.ShotAsync("plan-03-need");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and go on" }).TapAsync();

        // Opening: take a suggested line, then make it one's own.
        await page.WaitForURLAsync(PlanStep("Opening"));
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this line" }).First.TapAsync();
        await page.WaitForURLAsync(PlanStep("Opening"));
        var opening = page.GetByLabel("My opening words");
        await Assertions.Expect(opening).ToHaveValueAsync(new Regex("not trying to win"));
        await opening.FillAsync(await opening.InputValueAsync() + " Is now a good time?");
        await session.ShotAsync("plan-04-opening");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and go on" }).TapAsync();

        // Statements: type something the check flags, wait for the live finding, accept the rewrite.
        await page.WaitForURLAsync(PlanStep("Statements"));
        await Assertions.Expect(page.GetByLabel("I felt…")).ToHaveValueAsync("hurt");
        await page.GetByLabel("When…").PressSequentiallyAsync("you never put your phone down", new() { Delay = 20 });
        var live = page.Locator("[data-check-live]");
        await Assertions.Expect(live.Locator(".finding")).ToBeVisibleAsync();
        await Assertions.Expect(live.Locator("mark").First).ToHaveTextAsync("you never");
        await Assertions.Expect(live.Locator(".finding")).ToContainTextAsync("“Always” or “never”");
        await live.ScrollIntoViewIfNeededAsync();
        await session.ShotAsync("plan-05-statement-flagged");
        axe.AddRange(await session.AxeViolationsAsync());
        var rewrite = await live.Locator(".rewrite").First.TextContentAsync();
        await live.GetByRole(AriaRole.Button, new() { Name = "Use this rewrite" }).TapAsync();
        // Only the flagged "you never" part is rewritten, into one moment to name; the title is never pasted in.
        await Assertions.Expect(page.GetByLabel("When…")).ToHaveValueAsync("you didn't put your phone down [say when]");
        await Assertions.Expect(page.GetByLabel("I felt…")).ToHaveValueAsync("hurt");
        await Assertions.Expect(live.Locator(".stmt-check.clean")).ToBeVisibleAsync();
        await session.ShotAsync("plan-06-statement-rewritten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this statement" }).TapAsync();
        await page.WaitForURLAsync(PlanStep("Statements"));
        await Assertions.Expect(page.Locator(".statement .sentence")).ToHaveTextAsync(rewrite!);
        await Assertions.Expect(page.Locator(".statement .finding")).ToHaveCountAsync(0);
        await session.ShotAsync("plan-07-statements");
        axe.AddRange(await session.AxeViolationsAsync());

        // Listening and a time.
        await page.GetByRole(AriaRole.Link, new() { Name = "Next: what I'll listen for" }).TapAsync();
        await page.WaitForURLAsync(PlanStep("Listen"));
        await page.Locator("details.prompts summary").First.TapAsync();
        await page.GetByLabel("What I want to listen for, and ask").FillAsync("What their week has been like. Say back what I heard before I answer.");
        await session.ShotAsync("plan-08-listen");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and go on" }).TapAsync();
        await page.WaitForURLAsync(PlanStep("When"));
        await Assertions.Expect(page.Locator("#time-hint")).ToContainTextAsync("America/New_York");
        await page.GetByLabel("A time I'd like to suggest").FillAsync("2027-03-10T19:30");
        await session.ShotAsync("plan-09-when");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.WaitForURLAsync(PlanPattern());
        await page.GetByRole(AriaRole.Button, new() { Name = "It's ready" }).TapAsync();
        await Assertions.Expect(page.Locator(".meta")).ToContainTextAsync("Plan ready");
        await session.ShotAsync("plan-10-overview");
        axe.AddRange(await session.AxeViolationsAsync());
        var planUrl = page.Url.Split('?', '#')[0];

        // From home, "Before the talk" in two taps, measured as a first visit.
        await page.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).TapAsync(); // tap 1
        await page.WaitForURLAsync(session.BaseUrl + "/");
        await session.ShotAsync("plan-11-home");
        long transferred = 0;
        var requests = new List<IRequest>();
        void Track(object? sender, IRequest request) => requests.Add(request);
        page.RequestFinished += Track;
        await page.Locator(".home-talk").GetByRole(AriaRole.Link, new() { Name = "Before the talk" }).TapAsync(); // tap 2
        await page.WaitForURLAsync(planUrl + "/Before");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.RequestFinished -= Track;
        foreach (var request in requests)
        {
            var sizes = await request.SizesAsync();
            transferred += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            output.WriteLine($"  {new Uri(request.Url).AbsolutePath}: {sizes.ResponseBodySize + sizes.ResponseHeadersSize:N0} bytes");
        }
        output.WriteLine($"Before-the-talk first-visit transfer: {transferred:N0} bytes in {requests.Count} requests");
        var calm = page.Locator(".before-talk");
        await Assertions.Expect(calm).ToContainTextAsync("Not yet, and that");
        await Assertions.Expect(calm).ToContainTextAsync("Is now a good time?");
        await Assertions.Expect(calm).ToContainTextAsync(rewrite!);
        await Assertions.Expect(calm.Locator(".reminders li")).ToHaveCountAsync(3);
        await session.ShotAsync("plan-12-before-the-talk");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await session.ShotAsync("plan-13-before-the-talk-print");
        await Assertions.Expect(page.Locator(".quick-exit")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".footer")).ToBeHiddenAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        var printedPages = PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
        output.WriteLine($"Before-the-talk printed on A4: {printedPages} page(s)");
        Assert.Equal(1, printedPages);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The calendar file: neutral, the right moment, nothing private.
        await session.GoAsync(new Uri(planUrl).AbsolutePath + "/When");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Add to my calendar (.ics)" }).TapAsync());
        var path = await download.PathAsync();
        var ics = await File.ReadAllTextAsync(path!);
        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.DoesNotContain("phone", ics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("anniversary", ics, StringComparison.OrdinalIgnoreCase);
        var talk = Assert.Single(Ical.Net.Calendar.Load(ics)!.Events);
        Assert.Equal(Domain.Plans.TalkCalendar.EventTitle, talk.Summary);
        Assert.Equal(new DateTime(2027, 3, 11, 0, 30, 0, DateTimeKind.Utc), talk.DtStart!.AsUtc); // 19:30 EST is 00:30 UTC
        Assert.Null(talk.Description);

        // After the talk.
        await session.GoAsync(new Uri(planUrl).AbsolutePath + "/After");
        axe.AddRange(await session.AxeViolationsAsync());
        await page.GetByLabel("How did it go?").FillAsync("Calmer than I feared. They put the phone away and listened.");
        await page.Locator(".score-choices label.choice", new() { HasText = "8" }).TapAsync();
        await page.GetByLabel("What did you agree?").FillAsync("Phones in the drawer at dinner.");
        await page.Locator("label.check", new() { HasText = "To be heard" }).TapAsync();
        await session.ShotAsync("plan-14-after");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save how it went" }).TapAsync();
        await page.WaitForURLAsync(planUrl);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("8/10");
        await session.ShotAsync("plan-15-recorded");
        axe.AddRange(await session.AxeViolationsAsync());
        await session.GoAsync(new Uri(detailsUrl).AbsolutePath);
        await Assertions.Expect(page.Locator(".meta")).ToContainTextAsync("We've talked");
        await Assertions.Expect(page.Locator(".timeline-item.need .tag")).ToHaveTextAsync("met");
        await session.ShotAsync("plan-16-incident-after");

        // The start page for a talk about this incident, reached by address.
        await session.GoAsync("/Plans/Start/" + new Uri(detailsUrl).AbsolutePath.Split('/')[2]);
        await session.ShotAsync("plan-17-start");
        axe.AddRange(await session.AxeViolationsAsync());

        Assert.Empty(axe);
        Assert.Empty(session.BlockedRequests);
    }

    private static Regex PlanStep(string step) => new($"/Plans/[0-9a-f-]{{36}}/{step}(#.*)?$");

    [GeneratedRegex(@"/Plans/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex PlanPattern();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    [GeneratedRegex(@"/Incidents/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex DetailsPattern();
}
