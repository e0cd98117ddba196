using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Journal;

/// <summary>A journal entry can be changed or deleted (after a plain question); a need's wording can be changed or the need deleted.</summary>
public class JournalEditTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task An_entry_is_changed_from_the_journal_and_keeps_when_it_was_written()
    {
        var client = await factory.SignedInClientAsync();
        (await client.PostFormAsync("/Journal/Write", [F("Input.Text", "First words.")])).Dispose();
        var journal = await client.GetDocumentAsync("/Journal");
        var written = journal.QuerySelector(".timeline-item time")!.TextContent;
        var edit = journal.QuerySelector(".timeline-item a[href^='/Journal/Edit/']")!.GetAttribute("href")!;
        var form = await client.GetDocumentAsync(edit);
        Assert.Equal("First words.", form.QuerySelector("textarea[name='Input.Text']")!.TextContent.Trim());

        using var saved = await client.PostFormAsync(form, edit, [F("Input.Text", "Better words."), F("Input.FeelingWindowMinutes", "10")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetDocumentAsync("/Journal");
        Assert.Equal("Better words.", Assert.Single(after.QuerySelectorAll(".own-words")).TextContent);
        Assert.Equal(written, after.QuerySelector(".timeline-item time")!.TextContent);
    }

    [Theory]
    [InlineData("", "Input.Text", "Please write something first, even a few words.")]
    [InlineData("Fine.", "Input.FeelingWindowMinutes", "Please choose 5, 10, 15 or 20 minutes, or no window.")]
    public async Task A_bad_change_gets_a_message_beside_its_field_and_changes_nothing(string text, string field, string message)
    {
        var client = await factory.SignedInClientAsync();
        (await client.PostFormAsync("/Journal/Write", [F("Input.Text", "Kept as it was.")])).Dispose();
        var edit = (await client.GetDocumentAsync("/Journal")).QuerySelector("a[href^='/Journal/Edit/']")!.GetAttribute("href")!;

        using var response = await client.PostFormAsync(edit, [F("Input.Text", text), F("Input.FeelingWindowMinutes", field == "Input.Text" ? "" : "7")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await HtmlForms.ParseAsync(response)).MessageBeside(field));
        Assert.Equal("Kept as it was.", (await client.GetDocumentAsync("/Journal")).QuerySelector(".own-words")!.TextContent);
    }

    [Fact]
    public async Task An_entry_is_deleted_only_after_the_question_is_answered()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var incident = await client.LogIncidentAsync("Something.");
        (await client.PostFormAsync($"/Journal/Write?incident={incident}", [F("Input.Text", "To be deleted.")])).Dispose();
        var owner = await factory.UserIdAsync(email);
        var edit = (await client.GetDocumentAsync("/Journal")).QuerySelector("a[href^='/Journal/Edit/']")!.GetAttribute("href")!;
        var deleteUrl = (await client.GetDocumentAsync(edit)).QuerySelector("a[href^='/Journal/Delete/']")!.GetAttribute("href")!;

        var question = await client.GetDocumentAsync(deleteUrl);
        Assert.Contains("To be deleted.", question.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync("journal_entries", owner));

        using var deleted = await client.PostFormAsync(question, deleteUrl, []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/Incidents/{incident}", deleted.Headers.Location!.OriginalString);
        Assert.Equal(0, await factory.CountAsync("journal_entries", owner));
        Assert.Equal(1, await factory.CountAsync("incidents", owner));
        using var gone = await client.GetAsync(edit);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_needs_wording_is_changed_and_its_kind_and_date_stay()
    {
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentAsync("Something.");
        (await client.PostFormAsync($"/Incidents/Needs/{incident}", [F("Input.Kind", "Apology"), F("Input.ResolutionLooksLike", "Clumsy wording")])).Dispose();
        var needs = await client.GetDocumentAsync($"/Incidents/Needs/{incident}");
        var edit = needs.QuerySelector($"a[href^='/Incidents/{incident}/Needs/']")!.GetAttribute("href")!;
        var form = await client.GetDocumentAsync(edit);
        Assert.Equal("Clumsy wording", form.QuerySelector("textarea")!.TextContent.Trim());

        using var saved = await client.PostFormAsync(form, edit, [F("Input.ResolutionLooksLike", "Clear wording")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetDocumentAsync($"/Incidents/Needs/{incident}");
        var item = Assert.Single(after.QuerySelectorAll(".list-plain li"));
        Assert.Equal("Clear wording", item.QuerySelector(".own-words")!.TextContent);
        Assert.Equal(needs.QuerySelector(".list-plain li strong")!.TextContent, item.QuerySelector("strong")!.TextContent);
        Assert.Equal(needs.QuerySelector(".list-plain li .small.muted")!.TextContent, item.QuerySelector(".small.muted")!.TextContent);
    }

    [Fact]
    public async Task A_too_long_wording_gets_a_message_beside_the_field()
    {
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentAsync("Something.");
        (await client.PostFormAsync($"/Incidents/Needs/{incident}", [F("Input.Kind", "Space"), F("Input.ResolutionLooksLike", "Short")])).Dispose();
        var edit = (await client.GetDocumentAsync($"/Incidents/Needs/{incident}")).QuerySelector($"a[href^='/Incidents/{incident}/Needs/']")!.GetAttribute("href")!;

        using var response = await client.PostFormAsync(edit, [F("Input.ResolutionLooksLike", new string('x', 2001))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Please keep this to 2,000 characters or fewer.", (await HtmlForms.ParseAsync(response)).MessageBeside("Input.ResolutionLooksLike"));
    }

    [Fact]
    public async Task A_need_is_deleted_after_the_question()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var owner = await factory.UserIdAsync(email);
        var incident = await client.LogIncidentAsync("Something.");
        (await client.PostFormAsync($"/Incidents/Needs/{incident}", [F("Input.Kind", "Space"), F("Input.ResolutionLooksLike", "Room to breathe")])).Dispose();
        var edit = (await client.GetDocumentAsync($"/Incidents/Needs/{incident}")).QuerySelector($"a[href^='/Incidents/{incident}/Needs/']")!.GetAttribute("href")!;
        var deleteUrl = (await client.GetDocumentAsync(edit)).QuerySelector("a[href$='/Delete']")!.GetAttribute("href")!;
        var question = await client.GetDocumentAsync(deleteUrl);
        Assert.Contains("Room to breathe", question.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);

        using var deleted = await client.PostFormAsync(question, deleteUrl, []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await factory.CountAsync("need_records", owner));
        Assert.Equal(1, await factory.CountAsync("incidents", owner));
    }
}
