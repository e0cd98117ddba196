using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Web.Tests.Infrastructure;
using HurtHealing.Web.Tests.Plans;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Shell;

/// <summary>
/// Safety comes before guidance, on every page where a person writes about a hurt: a signal in their own
/// words answers at once with the gentle note and the way to help, and the talk steps aside (never away).
/// </summary>
public class SafetySurfaceTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private static void AssertNote(IHtmlDocument page, string expectedStart)
    {
        var note = page.QuerySelector("aside.safety-note");
        Assert.NotNull(note);
        Assert.StartsWith(expectedStart, note.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/Safety", note.QuerySelector("a.button")!.GetAttribute("href"));
    }

    private static IElement TalkButton(IHtmlDocument page) =>
        page.QuerySelector(".talk-plans form button, .talk-plans a.button")!;

    [Fact]
    public async Task Fear_in_what_happened_shows_the_note_on_the_saved_incident_and_the_talk_steps_aside()
    {
        var client = await factory.SignedInClientAsync();
        using var saved = await client.PostFormAsync("/Incidents/Log", [F("Input.WhatHappened", "He grabbed my arm and I'm scared of him when he drinks.")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The log confirmation is the incident's own page.
        var page = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        AssertNote(page, "You've mentioned being hurt or handled roughly.");
        Assert.Contains(SafetyNotes.JointTalkMayNotBeSafe, page.QuerySelector("aside.safety-note")!.TextContent, StringComparison.Ordinal);
        // The talk is still there, below the note, as a quiet button.
        var talk = TalkButton(page);
        Assert.Equal("Prepare to talk about this", talk.TextContent.Trim());
        Assert.Contains("secondary", talk.ClassList);
        Assert.True(page.QuerySelector("aside.safety-note")!.CompareDocumentPosition(talk).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public async Task An_ordinary_hurt_has_no_note_and_the_talk_stays_the_main_button()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("I was afraid I'd be late, and they took the car without asking.");

        var page = await client.GetDocumentAsync($"/Incidents/{id}");

        Assert.Null(page.QuerySelector("aside.safety-note"));
        Assert.DoesNotContain("secondary", TalkButton(page).ClassList);
    }

    [Theory]
    [InlineData("unsafe")]
    [InlineData("threatened")]
    [InlineData("trapped")]
    public async Task A_safety_feeling_typed_on_the_log_page_is_accepted_and_raises_the_note(string feeling)
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Another row about money.", F("Input.Feelings.Other", feeling), F("Input.Feelings.OtherIntensity", "8"));

        var page = await client.GetDocumentAsync($"/Incidents/{id}");

        Assert.Contains(feeling, page.QuerySelector(".feeling-list")!.TextContent, StringComparison.Ordinal);
        AssertNote(page, "You've mentioned");
    }

    [Theory]
    [InlineData("Controlling", true)]
    [InlineData("Contempt", false)]
    public async Task Controlling_behaviour_and_contempt_show_the_gentle_pointer(string category, bool talkAside)
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("It happened again at dinner.", F("Input.Category", category));

        var page = await client.GetDocumentAsync($"/Incidents/{id}");

        AssertNote(page, SafetyNotes.ControllingOrContempt);
        Assert.Equal(talkAside, TalkButton(page).ClassList.Contains("secondary"));
    }

    [Fact]
    public async Task Part_of_a_pattern_shows_the_pointer_to_a_counsellor()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Forgotten again.");
        using var edited = await client.PostFormAsync($"/Incidents/Edit/{id}", [F("Input.Status", "PartOfPattern")]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        AssertNote(await client.GetDocumentAsync($"/Incidents/{id}"), SafetyNotes.PartOfAPattern);
    }

    [Fact]
    public async Task A_journal_entry_about_the_incident_raises_the_note_there_and_in_the_journal()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Another row about money.");
        Assert.Null((await client.GetDocumentAsync("/Journal")).QuerySelector("aside.safety-note"));

        using var written = await client.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", "I'm walking on eggshells all the time now.")]);
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);

        AssertNote(await client.GetDocumentAsync($"/Incidents/{id}"), "You've mentioned");
        AssertNote(await client.GetDocumentAsync("/Journal"), "You've mentioned things that sound frightening to be around.");
    }

    [Fact]
    public async Task Danger_told_only_in_a_plans_i_feel_statement_raises_the_note_on_the_incident_too()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Another row about money.");
        var plan = await client.StartPlanAsync(id);
        Assert.Null((await client.GetDocumentAsync($"/Incidents/{id}")).QuerySelector("aside.safety-note"));

        await PlanForms.Expect(client.PostStatementAsync(plan, "you pinned me against the wall last night", "scared", null, null));

        AssertNote(await client.GetDocumentAsync($"/Incidents/{id}"), "You've mentioned");
    }

    [Fact]
    public async Task A_fear_told_only_in_the_incidents_journal_leads_the_plan_and_the_card_before_the_talk()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentWithNeedAsync();
        var plan = await client.BuildWholePlanAsync(id);
        Assert.Null((await client.GetDocumentAsync($"/Plans/{plan}/Before")).QuerySelector("aside.safety-note"));

        using (var written = await client.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", "I'm scared of what he'll do when he hears I want to talk.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        }

        AssertNote(await client.GetDocumentAsync($"/Plans/{plan}/Before"), "You've mentioned");
        AssertNote(await client.GetDocumentAsync($"/Plans/{plan}"), "You've mentioned");
    }

    [Fact]
    public async Task Not_sure_about_safety_in_the_readiness_check_opens_the_help_page_first_with_a_way_back()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());

        using var answered = await client.PostFormAsync($"/Plans/{plan}/Readiness",
            [.. PlanForms.Questions.Select(q => F($"Input.{q}", q == "FeelSafe" ? "NotSure" : "Yes"))]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var location = answered.Headers.Location!.OriginalString;
        Assert.StartsWith("/Safety?back=", location, StringComparison.Ordinal);

        var help = await client.GetDocumentAsync(location);
        Assert.Equal("Help · HurtHealing", help.Title);
        Assert.Equal($"/Plans/{plan}/Readiness#result", help.QuerySelector(".block-link a")!.GetAttribute("href"));

        var result = await client.GetDocumentAsync($"/Plans/{plan}/Readiness");
        Assert.Equal("Your safety first", result.QuerySelector("#result-heading")!.TextContent);
        AssertNote(result, SafetyNotes.NotSureOfSafety);
        // It advises; the next step is still there.
        Assert.NotNull(result.QuerySelector($"a[href='/Plans/{plan}/Need']"));
        // The plan and the screen before the talk say so plainly too.
        AssertNote(await client.GetDocumentAsync($"/Plans/{plan}"), SafetyNotes.NotSureOfSafety);
        var before = await client.GetDocumentAsync($"/Plans/{plan}/Before");
        AssertNote(before, SafetyNotes.NotSureOfSafety);
        Assert.Equal("aside", before.QuerySelector("h1")!.NextElementSibling!.LocalName);
    }

    [Fact]
    public async Task Feeling_safe_goes_straight_to_the_result_and_the_screen_before_the_talk_says_they_may_stop_and_leave()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.BuildWholePlanAsync(await client.LogIncidentWithNeedAsync());

        var before = await client.GetDocumentAsync($"/Plans/{plan}/Before");

        Assert.Null(before.QuerySelector("aside.safety-note"));
        // Right after the card (which keeps the phone's first screen), before the breath and the listening reminders.
        Assert.Equal(BeforeTheTalk.SafetyReminder, before.QuerySelector(".talk-card")!.NextElementSibling!.TextContent);
        using var again = await client.PostFormAsync($"/Plans/{plan}/Readiness", [.. PlanForms.Questions.Select(q => F($"Input.{q}", "Yes"))]);
        Assert.Equal($"/Plans/{plan}/Readiness#result", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task After_the_talk_asks_first_whether_they_felt_safe_and_no_opens_the_help_page()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.BuildWholePlanAsync(await client.LogIncidentWithNeedAsync());
        var form = await client.GetDocumentAsync($"/Plans/{plan}/After");
        Assert.Equal("Did you feel safe?", form.QuerySelector("form fieldset legend")!.TextContent);

        using var saved = await client.PostFormAsync($"/Plans/{plan}/After", [F("Input.FeltSafe", "No"), F("Input.HowItWent", "He got loud.")]);

        Assert.Equal($"/Safety?back={Uri.EscapeDataString($"/Plans/{plan}")}", saved.Headers.Location!.OriginalString);
        AssertNote(await client.GetDocumentAsync($"/Plans/{plan}"), SafetyNotes.FeltUnsafeInTalk);
        Assert.Equal("No", (await client.GetDocumentAsync($"/Plans/{plan}/After")).QuerySelector("input[name='Input.FeltSafe'][checked]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Maybe")]
    public async Task After_the_talk_refuses_an_unknown_answer_beside_the_field(string answer)
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.BuildWholePlanAsync(await client.LogIncidentWithNeedAsync());

        using var response = await client.PostFormAsync($"/Plans/{plan}/After", [F("Input.FeltSafe", answer)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Please choose yes, no or not sure.", (await HtmlForms.ParseAsync(response)).MessageBeside("Input.FeltSafe"));
    }

    [Theory]
    [InlineData("//evil.example/Plans/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/Account/Login")]
    public async Task The_help_page_offers_a_way_back_only_to_the_apps_own_pages(string back)
    {
        var page = await factory.CreateBrowserLikeClient().GetDocumentAsync($"/Safety?back={Uri.EscapeDataString(back)}");

        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent == "Back to where you were");
    }

    [Fact]
    public async Task No_feeling_or_category_word_travels_in_an_address()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("They checked my messages.", F("Input.Category", "Controlling"),
            F("Input.Feelings.Other", "controlled"), F("Input.Feelings.OtherIntensity", "7"));

        var list = await client.GetDocumentAsync("/Incidents?kind=8");
        Assert.Single(list.QuerySelectorAll("a.incident-link"));
        Assert.All(list.QuerySelectorAll("select option"), o => Assert.Matches("^[0-9]*$", o.GetAttribute("value")!));
        var details = await client.GetDocumentAsync($"/Incidents/{id}");
        var links = details.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.DoesNotContain(links, href => href.Contains("controlled", StringComparison.OrdinalIgnoreCase) || href.Contains("Controlling", StringComparison.Ordinal));
        // The feelings page finds the gentler words itself, from what was stored.
        var feelings = await client.GetDocumentAsync($"/Incidents/Feelings/{id}");
        Assert.Contains("controlled", feelings.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_this_comes_from_names_each_method_and_is_open_to_everyone()
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync("/Sources");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);

        var text = page.Body!.TextContent;
        foreach (var method in new[] { "softened start-up", "Nonviolent Communication", "Enright", "attachment injuries", "domestic abuse services" })
        {
            Assert.Contains(method, text, StringComparison.Ordinal);
        }
        Assert.Contains("not excusing, forgetting, making up or allowing it to happen again", text, StringComparison.Ordinal);
        Assert.Equal("/Sources", page.QuerySelector("footer a[href='/Sources']")!.GetAttribute("href"));
    }
}
