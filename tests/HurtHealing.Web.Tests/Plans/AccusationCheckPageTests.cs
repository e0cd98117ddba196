using System.Net;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

/// <summary>The accusation check on the statements step: on save (no script needed) and through the live Check handler.</summary>
public class AccusationCheckPageTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private const string Rewrite =
        "When they laughed at my cooking in front of friends, I felt humiliated and hurt, because I need an apology. " +
        "Would you think about how it landed for me, and say sorry if you can?";

    [Fact]
    public async Task A_flagged_statement_shows_its_finding_beside_it_and_the_rewrite_replaces_it()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());

        await PlanForms.Expect(client.PostStatementAsync(plan, "you always make fun of me", "humiliated", null, null));

        var page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        var statement = page.QuerySelector(".statement")!;
        Assert.Equal("you always", statement.QuerySelector(".sentence mark")!.TextContent);
        var finding = statement.QuerySelector(".finding")!;
        Assert.Equal(nameof(AccusationKind.AlwaysNever), finding.GetAttribute("data-kind"));
        Assert.Contains(AccusationCheck.Why(AccusationKind.AlwaysNever), finding.TextContent, StringComparison.Ordinal);
        Assert.Equal(Rewrite, finding.QuerySelector(".rewrite")!.TextContent);

        // "Use this rewrite" is a plain form: it works without script.
        using (var response = await client.PostFormAsync(page, $"/Plans/{plan}/Statements", [], ".finding form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        Assert.Single(page.QuerySelectorAll(".statement"));
        Assert.Equal(Rewrite, page.QuerySelector(".statement .sentence")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".statement .finding"));
        Assert.Contains(Rewrite, (await client.GetDocumentAsync($"/Plans/{plan}/Before")).QuerySelector(".said")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_statement_that_tells_of_danger_gets_the_safety_note_and_is_never_praised_or_rewritten()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());

        await PlanForms.Expect(client.PostStatementAsync(plan, "you shoved me against the door", "terrified", null, null));
        await PlanForms.Expect(client.PostStatementAsync(plan, "you always hit me when you drink and if you hit me again I'm leaving", "scared", null, null));

        var page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        var statements = page.QuerySelectorAll(".statement");
        Assert.Equal(2, statements.Length);
        foreach (var statement in statements)
        {
            Assert.NotNull(statement.QuerySelector(".safety-note"));
            Assert.DoesNotContain(AccusationCheck.PraiseLine, statement.TextContent, StringComparison.Ordinal);
            Assert.Empty(statement.QuerySelectorAll(".rewrite"));
            Assert.DoesNotContain("Use this rewrite", statement.TextContent, StringComparison.Ordinal);
        }
        var leaving = statements[1].QuerySelectorAll(".finding")
            .Single(f => f.GetAttribute("data-kind") == nameof(AccusationKind.Boundary));
        Assert.DoesNotContain("threat", leaving.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_clean_statement_gets_no_finding()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());

        await PlanForms.Expect(client.PostStatementAsync(plan, "the joke came at dinner", "embarrassed", "to feel we're on the same side", "talk with me about it"));

        var page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        Assert.Empty(page.QuerySelectorAll(".finding"));
        Assert.Empty(page.QuerySelectorAll(".statement mark"));
        Assert.NotNull(page.QuerySelector(".statement .stmt-check.clean"));
    }

    [Fact]
    public async Task The_live_check_runs_the_same_engine_and_saves_nothing()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());
        var page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        var token = page.QuerySelector($"{PlanForms.StatementForm} input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent([
            F("Input.When", "you came home late"), F("Input.Felt", "abandoned"), F("Input.BecauseINeed", ""), F("Input.WouldYou", ""),
            F("__RequestVerificationToken", token),
        ]);
        using var response = await client.PostAsync($"/Plans/{plan}/Statements?handler=Check", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var partial = await HtmlForms.ParseAsync(response);
        Assert.Equal("abandoned", partial.QuerySelector("mark")!.TextContent);
        Assert.Equal(nameof(AccusationKind.BlameFeeling), partial.QuerySelector(".finding")!.GetAttribute("data-kind"));
        var use = partial.QuerySelector("button[data-use-rewrite]")!;
        Assert.Equal("they laughed at my cooking in front of friends", use.GetAttribute("data-when"));
        Assert.Equal("an apology", use.GetAttribute("data-need"));
        Assert.Equal(0, await factory.CountAsync("feel_statements", ownerId));
    }

    [Fact]
    public async Task The_live_check_without_a_token_is_refused()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());
        using var content = new FormUrlEncodedContent([F("Input.Felt", "abandoned")]);
        using var response = await client.PostAsync($"/Plans/{plan}/Statements?handler=Check", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
