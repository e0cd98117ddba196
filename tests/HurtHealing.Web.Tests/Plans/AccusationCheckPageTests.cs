using System.Net;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

/// <summary>The accusation check on the statements step: on save (no script needed) and through the live Check handler.</summary>
public class AccusationCheckPageTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    // Only the flagged "you always" part changes; "humiliated" is the person's own and stays.
    private const string Rewrite =
        "When you made fun of me [say when], I felt humiliated, because I need an apology. " +
        "Would you think about how it landed for me, and say sorry if you can?";

    [Fact]
    public async Task A_flagged_statement_shows_its_findings_and_one_rewrite_that_changes_only_the_flagged_part()
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
        Assert.Equal(Rewrite, statement.QuerySelector(".rewrite")!.TextContent);
        Assert.DoesNotContain("cooking", statement.QuerySelector(".rewrite")!.TextContent, StringComparison.Ordinal);

        // "Use this rewrite" is a plain form: it works without script.
        using (var response = await client.PostFormAsync(page, $"/Plans/{plan}/Statements", [], ".rewrite-offer form"))
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
    public async Task Use_this_rewrite_keeps_the_parts_that_were_not_flagged_and_undo_is_one_tap()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());
        await PlanForms.Expect(client.PostStatementAsync(plan, "you cancelled dinner and you're so selfish", "sad", "to matter to you", "plan the next one with me"));

        var page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        Assert.Equal(nameof(AccusationKind.YoureSo), Assert.Single(page.QuerySelectorAll(".statement .finding")).GetAttribute("data-kind"));
        Assert.Single(page.QuerySelectorAll(".statement .rewrite"));
        using (var response = await client.PostFormAsync(page, $"/Plans/{plan}/Statements", [], ".rewrite-offer form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        Assert.Equal(
            "When you cancelled dinner, I felt sad, because I need to matter to you. Would you plan the next one with me?",
            page.QuerySelector(".statement .sentence")!.TextContent);
        Assert.Contains("Only the flagged words changed", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        using (var response = await client.PostFormAsync(page, $"/Plans/{plan}/Statements", [], ".undo-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        Assert.Equal(
            "When you cancelled dinner and you're so selfish, I felt sad, because I need to matter to you. Would you plan the next one with me?",
            page.QuerySelector(".statement .sentence")!.TextContent);
        Assert.Null(page.QuerySelector(".undo-form"));
    }

    [Fact]
    public async Task Undo_is_refused_once_the_statement_has_changed_since_the_rewrite()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());
        await PlanForms.Expect(client.PostStatementAsync(plan, "you never call", "worried", null, null));
        var page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        using (var used = await client.PostFormAsync(page, $"/Plans/{plan}/Statements", [], ".rewrite-offer form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        }
        var withUndo = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        var statementId = withUndo.QuerySelector(".undo-form input[name='statementId']")!.GetAttribute("value")!;

        // Changed on purpose after the rewrite: the undo must not throw that change away.
        var edit = await client.GetDocumentAsync($"/Plans/{plan}/Statements?edit={statementId}");
        using (var saved = await client.PostFormAsync(edit, $"/Plans/{plan}/Statements", [F("Input.When", "you didn't call on Friday")], PlanForms.StatementForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        using (var undone = await client.PostFormAsync(withUndo, $"/Plans/{plan}/Statements", [F(EditVersions.FormField, HtmlForms.Omit)], ".undo-form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        }
        page = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        Assert.StartsWith("When you didn't call on Friday, I felt worried", page.QuerySelector(".statement .sentence")!.TextContent, StringComparison.Ordinal);
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
        // One rewrite; only the flagged feeling part changes, so only it carries a value to fill in.
        var use = Assert.Single(partial.QuerySelectorAll("button[data-use-rewrite]"));
        Assert.Equal("felt need request", use.GetAttribute("data-changed"));
        Assert.Equal("you came home late", use.GetAttribute("data-when"));
        Assert.Equal("lonely and afraid", use.GetAttribute("data-felt"));
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
