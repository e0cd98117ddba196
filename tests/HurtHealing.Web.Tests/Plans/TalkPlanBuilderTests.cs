using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

public class TalkPlanBuilderTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Each_step_saves_as_the_person_goes_and_the_plan_shows_their_progress()
    {
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentWithNeedAsync();
        var plan = await client.StartPlanAsync(incident);

        var overview = await client.GetDocumentAsync($"/Plans/{plan}");
        Assert.Contains("0 of 6", (await client.GetDocumentAsync($"/Plans/{plan}/Readiness")).QuerySelector(".plan-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, overview.QuerySelectorAll(".step-list li").Length);

        // Readiness: body not calm. "Not yet" with the 20-minute break, and the way on stays open.
        using (var response = await client.PostFormAsync($"/Plans/{plan}/Readiness",
                   [.. PlanForms.Questions.Select(q => F($"Input.{q}", q == "BodyCalm" ? "No" : "Yes"))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.EndsWith($"/Plans/{plan}/Readiness#result", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        var readiness = await client.GetDocumentAsync($"/Plans/{plan}/Readiness");
        var result = readiness.QuerySelector("#result")!.TextContent;
        Assert.Contains("Not yet", result, StringComparison.Ordinal);
        Assert.Contains("20 minutes", result, StringComparison.Ordinal);
        Assert.Equal("No", readiness.QuerySelector("input[name='Input.BodyCalm'][checked]")!.GetAttribute("value"));
        Assert.NotNull(readiness.QuerySelector($"a[href='/Plans/{plan}/Need']"));

        // Need: offered from the incident's open need, then saved in the person's words.
        var needPage = await client.GetDocumentAsync($"/Plans/{plan}/Need");
        Assert.Contains("an apology", needPage.QuerySelector("textarea[name='Input.NeedToState']")!.TextContent, StringComparison.Ordinal);
        using (var response = await client.PostFormAsync($"/Plans/{plan}/Need", [F("Input.NeedToState", "I need you to hear how that felt.")]))
        {
            Assert.Equal($"/Plans/{plan}/Opening", response.Headers.Location!.OriginalString);
        }

        // Opening: a suggested line goes into the box to be edited, then the edit is kept.
        var opening = await client.GetDocumentAsync($"/Plans/{plan}/Opening");
        Assert.True(opening.QuerySelectorAll(".opening-lines li").Length >= 5);
        await PlanForms.Expect(client.PostFormAsync(opening, $"/Plans/{plan}/Opening", [], "form[action*='handler=Pick']"));
        var picked = (await client.GetDocumentAsync($"/Plans/{plan}/Opening")).QuerySelector("textarea[name='Input.OpeningLine']")!.TextContent.Trim();
        Assert.Equal(Domain.Plans.OpeningLines.All[0], picked);
        using (var response = await client.PostFormAsync($"/Plans/{plan}/Opening", [F("Input.OpeningLine", picked + " Is now okay?")]))
        {
            Assert.Equal($"/Plans/{plan}/Statements", response.Headers.Location!.OriginalString);
        }

        // Statements: the first form is drafted from the incident's own feelings and need.
        var statements = await client.GetDocumentAsync($"/Plans/{plan}/Statements");
        Assert.Equal("humiliated and hurt", statements.QuerySelector("input[name='Input.Felt']")!.GetAttribute("value"));
        Assert.Equal("an apology", statements.QuerySelector("input[name='Input.BecauseINeed']")!.GetAttribute("value"));
        await PlanForms.Expect(client.PostStatementAsync(plan, "you laughed at my cooking at dinner", "small", "to feel respected", "tell me how it looked to you"));

        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/Listen", [F("Input.ListenFor", "What was going on for them that evening.")]));
        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/When", [F("Input.ProposedTime", "2027-05-04T19:30")]));

        overview = await client.GetDocumentAsync($"/Plans/{plan}");
        Assert.Equal(6, overview.QuerySelectorAll(".step-list li.done").Length);

        // Leaving and coming back: everything is still there.
        var before = (await client.GetDocumentAsync($"/Plans/{plan}/Before")).QuerySelector(".before-talk")!.TextContent;
        Assert.Contains("I need you to hear how that felt.", before, StringComparison.Ordinal);
        Assert.Contains("Is now okay?", before, StringComparison.Ordinal);
        Assert.Contains("When you laughed at my cooking at dinner, I felt small, because I need to feel respected. Would you tell me how it looked to you?", before, StringComparison.Ordinal);
        Assert.Contains("Not yet, and that", before, StringComparison.Ordinal);
        foreach (var reminder in Domain.Plans.BeforeTheTalk.ListeningReminders)
        {
            Assert.Contains(reminder, before, StringComparison.Ordinal);
        }
        Assert.Contains(Domain.Plans.BeforeTheTalk.SlowBreath, before, StringComparison.Ordinal);
        Assert.Contains("therapist or counsellor", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_yet_advises_but_the_plan_can_still_be_marked_ready_and_home_links_straight_to_before_the_talk()
    {
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentWithNeedAsync();
        var plan = await client.StartPlanAsync(incident);
        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/Readiness", [.. PlanForms.Questions.Select(q => F($"Input.{q}", "No"))]));

        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}", [], "form[action*='handler=Ready']"));

        var home = await client.GetDocumentAsync("/");
        var link = home.QuerySelector(".home-talk a.button")!;
        Assert.Equal($"/Plans/{plan}/Before", link.GetAttribute("href"));
        Assert.Contains("Plan ready", (await client.GetDocumentAsync($"/Plans/{plan}")).QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);

        // "Before the talk" says not yet, and what would help, without hiding anything else.
        var before = (await client.GetDocumentAsync($"/Plans/{plan}/Before")).QuerySelector(".before-talk")!.TextContent;
        Assert.Contains(HurtHealing.Domain.Plans.ReadinessCheck.NotYetSummary, before, StringComparison.Ordinal);
        var breakAdvice = HurtHealing.Domain.Plans.ReadinessCheck.Evaluate(
            new Dictionary<HurtHealing.Domain.Plans.ReadinessQuestion, HurtHealing.Domain.Plans.ReadinessAnswer>
            {
                [HurtHealing.Domain.Plans.ReadinessQuestion.BodyCalm] = HurtHealing.Domain.Plans.ReadinessAnswer.No,
            }, null, DateTimeOffset.UtcNow).Reasons.Single(r => r.Question == HurtHealing.Domain.Plans.ReadinessQuestion.BodyCalm).WhatToDo;
        Assert.Contains(breakAdvice, before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_again_reopens_the_plan_in_progress_and_after_a_talk_starts_a_new_current_one()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var incident = await client.LogIncidentWithNeedAsync();
        var first = await client.StartPlanAsync(incident);
        Assert.Equal(first, await client.StartPlanAsync(incident));

        await PlanForms.Expect(client.PostFormAsync($"/Plans/{first}/After", [F("Input.HowItWent", "Better than I feared.")]));
        var second = await client.StartPlanAsync(incident);

        Assert.NotEqual(first, second);
        Assert.Equal(2, await factory.CountAsync("talk_plans", ownerId));
        var current = await ScalarAsync($"SELECT count(*) FROM talk_plans WHERE \"OwnerId\" = '{ownerId}' AND \"IsCurrent\"");
        Assert.Equal(1L, current);
        // The recorded talk keeps its plan as it was.
        using var refused = await client.GetAsync($"/Plans/{first}/Opening");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/Plans/{first}", refused.Headers.Location!.OriginalString);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
