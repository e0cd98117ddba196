using System.Net;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Journal;

public class JournalTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task The_write_page_offers_feeling_windows_and_works_without_script()
    {
        var client = await factory.SignedInClientAsync();
        var page = await client.GetDocumentAsync("/Journal/Write");

        var windows = page.QuerySelectorAll("input[name='Input.FeelingWindowMinutes']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["", "5", "10", "15", "20"], windows);
        Assert.Contains("licensed therapist or counsellor", page.QuerySelector(".guidance")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));

        using var response = await client.PostFormAsync(page, "/Journal/Write", [F("Input.Text", "Line one.\r\nLine two."), F("Input.FeelingWindowMinutes", "20")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var journal = await client.GetDocumentAsync("/Journal");
        Assert.Equal("Line one.\nLine two.", journal.QuerySelector(".own-words")!.TextContent);
        Assert.Contains("Saved.", journal.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_journal_pages_by_25_newest_first()
    {
        var client = await factory.SignedInClientAsync();
        for (var i = 0; i < 26; i++)
        {
            (await client.PostFormAsync("/Journal/Write", [F("Input.Text", $"Entry {i}")])).Dispose();
        }
        var first = await client.GetDocumentAsync("/Journal");
        Assert.Equal(25, first.QuerySelectorAll(".own-words").Length);
        Assert.Equal("Entry 25", first.QuerySelector(".own-words")!.TextContent);
        var second = await client.GetDocumentAsync(first.QuerySelector(".pager .older")!.GetAttribute("href")!);
        Assert.Equal("Entry 0", Assert.Single(second.QuerySelectorAll(".own-words")).TextContent);
    }

    [Fact]
    public async Task Journal_pages_need_sign_in()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        using var write = await anonymous.GetAsync("/Journal/Write");
        using var list = await anonymous.GetAsync("/Journal");
        Assert.Equal(HttpStatusCode.Redirect, write.StatusCode);
        Assert.StartsWith("/Account/Login", list.Headers.Location!.PathAndQuery.Length > 0 ? list.Headers.Location.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal) : "", StringComparison.Ordinal);
    }
}
