using System.Text.Json.Nodes;
using HurtHealing.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HurtHealing.Browser.Tests.Account;

/// <summary>
/// On a phone: download everything as JSON, download the readable record, open it and print it to PDF, then delete
/// the account and land on the neutral site, with Back leading to nothing signed in.
/// </summary>
[Collection(BrowserGroup.Name)]
public class DownloadJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Download_the_export_and_the_readable_record_print_it_then_delete_the_account()
    {
        await using var session = await browser.NewSessionAsync();
        var email = await session.SignUpAsync();
        await FirstWeek.SeedAsync(browser.App, email);
        var folder = Environment.GetEnvironmentVariable("HH_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "hurthealing-screenshots");
        Directory.CreateDirectory(folder);

        await session.GoAsync("/Account/Manage");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Download my data" }).ClickAsync();
        Assert.Empty(await session.AxeViolationsAsync());
        await session.ShotAsync("export");
        await session.Page.GetByLabel("Your password").FillAsync(Session.Password);
        var json = await session.Page.RunAndWaitForDownloadAsync(() =>
            session.Page.GetByRole(AriaRole.Button, new() { Name = "Download one file (JSON)" }).ClickAsync());
        Assert.Matches(@"^export-\d{4}-\d{2}-\d{2}\.json$", json.SuggestedFilename);
        var export = JsonNode.Parse(await File.ReadAllTextAsync((await json.PathAsync())!))!;
        Assert.Equal(email, (string?)export["account"]!["email"]);
        Assert.NotEmpty(export["tables"]!["incidents"]!.AsArray());

        await session.Page.GetByLabel("Your password").FillAsync(Session.Password);
        var record = await session.Page.RunAndWaitForDownloadAsync(() =>
            session.Page.GetByRole(AriaRole.Button, new() { Name = "Download a readable record" }).ClickAsync());
        Assert.Matches(@"^record-\d{4}-\d{2}-\d{2}\.html$", record.SuggestedFilename);
        var html = await File.ReadAllTextAsync((await record.PathAsync())!);

        // Opened as a file from the device would be: its own policy applies, it loads nothing.
        var reader = await session.Context.NewPageAsync();
        var requests = new List<string>();
        reader.Request += (_, request) => requests.Add(request.Url);
        await reader.SetContentAsync(html);
        Assert.Equal("HurtHealing: my record", await reader.TitleAsync());
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Anniversary dinner" })).ToBeVisibleAsync();
        Assert.Empty(requests);
        var phone = new Session(session.Context, session.BaseUrl, browser.App.Mailbox) { Page = reader };
        Assert.Empty(await phone.AxeViolationsAsync());
        await phone.ShotAsync("record-light");
        await reader.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await phone.ShotAsync("record-dark");
        await reader.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = ColorScheme.Light });
        await phone.ShotAsync("record-print");
        var pdf = await reader.PdfAsync(new() { Format = "A4", PrintBackground = false });
        await File.WriteAllBytesAsync(Path.Combine(folder, "record.pdf"), pdf);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 5_000, $"The PDF is only {pdf.Length} bytes.");
        await reader.CloseAsync();

        await session.GoAsync("/Account/Manage/DeleteAccount");
        await session.Page.GetByLabel("Your password").FillAsync(Session.Password);
        await session.Page.GetByLabel("Type delete to confirm").FillAsync("delete");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and everything in it" }).ClickAsync();
        await session.Page.WaitForURLAsync(KestrelAppFactory.NeutralSite);
        await session.Page.GoBackAsync();
        await session.Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal(0, await session.Page.Locator("nav[aria-label='Main']").CountAsync());
        Assert.DoesNotContain(session.BlockedRequests, r => !r.StartsWith(KestrelAppFactory.NeutralSite, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_import_page_reads_calmly_on_a_phone_with_no_accessibility_violations()
    {
        await using var session = await browser.NewSessionAsync();
        await session.SignUpAsync();
        await session.GoAsync("/Account/Manage");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Bring in an export" }).ClickAsync();
        Assert.Empty(await session.AxeViolationsAsync());
        await session.ShotAsync("import");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(session.Page.Locator("#Upload-error")).ToHaveTextAsync("Please choose the .json file you downloaded.");
        Assert.Empty(await session.AxeViolationsAsync());
        await session.ShotAsync("import-no-file");
    }
}
