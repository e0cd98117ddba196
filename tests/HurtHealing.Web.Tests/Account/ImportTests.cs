using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HurtHealing.Web.Data.Export;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Pages.Account.Manage;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

/// <summary>A second installation: its own database and its own keys.</summary>
public sealed class OtherInstallationFactory : IncidentsFactory;

/// <summary>Bringing an export back in: checked, previewed, all or nothing, never doubled, and the same data out again.</summary>
public class ImportTests(IncidentsFactory here, OtherInstallationFactory there) : IClassFixture<IncidentsFactory>, IClassFixture<OtherInstallationFactory>
{
    private const string Url = ImportModel.Path;
    private static readonly Dictionary<string, string> RightPassword = new() { ["Input.Password"] = Accounts.Password };

    [Fact]
    public async Task Export_a_import_into_b_on_another_installation_and_b_exports_the_same_records()
    {
        var (a, emailA) = await here.SignedInWithEmailAsync();
        var marker = $"MARKER{Guid.NewGuid():N}";
        await ExportTests.WriteSomethingEverywhereAsync(a, marker);
        (await a.PostFormAsync("/Journal/Write", [HtmlForms.F("Input.Text", $"On its own {marker}")])).Dispose();
        var exportA = await ExportJsonAsync(a);

        var (b, emailB) = await there.SignedInWithEmailAsync();
        var (checkedPage, hash) = await CheckAsync(b, exportA);
        var preview = checkedPage.QuerySelector("#preview-heading")!.ParentElement!.TextContent;
        Assert.Contains("1 “I feel” statements", preview, StringComparison.Ordinal);
        Assert.Contains("1 journal entries", preview.Replace("2 journal entries", "1 journal entries", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, await there.CountAsync("incidents", await there.UserIdAsync(emailB)));

        using (var imported = await UploadAsync(b, "Import", exportA, hash))
        {
            Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        }
        var exportB = await ExportJsonAsync(b);

        var personB = await there.UserIdAsync(emailB);
        foreach (var table in there.OwnedTables())
        {
            Assert.Equal(await here.CountAsync(table, await here.UserIdAsync(emailA)), await there.CountAsync(table, personB));
        }
        Assert.Equal(Canonical(exportA), Canonical(exportB));
        // Encrypted here with this installation's keys: the words are not in the table in the clear.
        Assert.Equal(0, await there.CountRowsAsync("incidents", "\"WhatHappened\"", $"What happened {marker}"));
        Assert.Contains($"What happened {marker}", exportB, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_twice_doubles_nothing()
    {
        var (a, _) = await here.SignedInWithEmailAsync();
        await ExportTests.WriteSomethingEverywhereAsync(a, "TWICE");
        var export = await ExportJsonAsync(a);
        var (b, emailB) = await there.SignedInWithEmailAsync();
        var (_, hash) = await CheckAsync(b, export);
        (await UploadAsync(b, "Import", export, hash)).Dispose();
        var person = await there.UserIdAsync(emailB);
        var before = await Task.WhenAll(there.OwnedTables().Select(t => there.CountAsync(t, person)));

        using var again = await UploadAsync(b, "Import", export, hash);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.StartsWith("This account already has things written in it, so nothing was imported.",
            (await HtmlForms.ParseAsync(again)).MessageBeside(nameof(ImportModel.Upload)), StringComparison.Ordinal);
        Assert.Equal(before, await Task.WhenAll(there.OwnedTables().Select(t => there.CountAsync(t, person))));
    }

    [Fact]
    public async Task An_account_with_records_is_refused_at_the_check()
    {
        var (a, _) = await here.SignedInWithEmailAsync();
        await a.LogIncidentAsync("Mine already.");
        var export = await ExportJsonAsync(a);

        using var response = await UploadAsync(a, "Check", export, hash: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("This account already has things written in it", (await HtmlForms.ParseAsync(response)).MessageBeside(nameof(ImportModel.Upload)), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "hello, this is not json", "This file can't be read as an export: it isn't complete JSON." },
        { "{\"format\":\"something-else\",\"version\":1}", "This isn't an export from this app." },
        { "[1,2,3]", "This isn't an export from this app." },
        { $"{{\"format\":\"{PersonExport.Format}\",\"version\":2}}", "This export is a version this installation can't read (it reads version 1)." },
        { $"{{\"format\":\"{PersonExport.Format}\",\"version\":1,\"tables\":{{}}}}", "This file doesn't match the export's layout, so nothing was imported." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_wrong_file_gets_a_clear_message_beside_the_field_and_writes_nothing(string file, string message)
    {
        var (b, email) = await there.SignedInWithEmailAsync();

        using var response = await UploadAsync(b, "Check", file, hash: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, (await HtmlForms.ParseAsync(response)).MessageBeside(nameof(ImportModel.Upload)), StringComparison.Ordinal);
        Assert.Equal(0, await there.CountAsync("incidents", await there.UserIdAsync(email)));
    }

    [Fact]
    public async Task A_file_whose_links_point_outside_it_is_refused()
    {
        var (a, _) = await here.SignedInWithEmailAsync();
        await ExportTests.WriteSomethingEverywhereAsync(a, "LINKS");
        var export = JsonNode.Parse(await ExportJsonAsync(a))!;
        export["tables"]!["feeling_records"]![0]!["incidentId"] = Guid.NewGuid().ToString();
        var (b, email) = await there.SignedInWithEmailAsync();

        using var response = await UploadAsync(b, "Check", export.ToJsonString(), hash: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Some feeling records in this file point at a record that isn't in it", (await HtmlForms.ParseAsync(response)).MessageBeside(nameof(ImportModel.Upload)), StringComparison.Ordinal);
        Assert.Equal(0, await there.CountAsync("incidents", await there.UserIdAsync(email)));
    }

    /// <summary>Values a hand-edited file might hold that the app's own forms never accept.</summary>
    public static TheoryData<string, string, string> OutOfBounds => new()
    {
        { "incidents", "hurt", "11" },
        { "incidents", "hurt", "99999999999" },
        { "feeling_records", "intensity", "-1" },
        { "feeling_records", "word", "\"gloomy-ish\"" },
        { "incidents", "whatHappened", "\"   \"" },
        { "incidents", "title", $"\"{new string('x', 121)}\"" },
        { "incidents", "title", "\"nul\\u0000inside\"" },
        { "incidents", "timeZoneId", "\"Mars/Olympus_Mons\"" },
        { "journal_entries", "feelingWindowMinutes", "7" },
        { "check_ins", "resentmentGrip", "12" },
    };

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public async Task A_value_the_app_would_never_have_accepted_is_refused_at_the_check_and_nothing_is_written(string table, string column, string value)
    {
        var (a, _) = await here.SignedInWithEmailAsync();
        await ExportTests.WriteSomethingEverywhereAsync(a, "BOUNDS");
        var export = JsonNode.Parse(await ExportJsonAsync(a))!;
        export["tables"]![table]![0]![column] = JsonNode.Parse(value);
        var (b, email) = await there.SignedInWithEmailAsync();

        using var response = await UploadAsync(b, "Check", export.ToJsonString(), hash: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await HtmlForms.ParseAsync(response)).MessageBeside(nameof(ImportModel.Upload));
        Assert.True(message.Contains("nothing was imported", StringComparison.OrdinalIgnoreCase), message);
        Assert.Equal(0, await there.CountAsync("incidents", await there.UserIdAsync(email)));
    }

    [Fact]
    public void Every_number_and_text_an_import_writes_has_the_domains_limit()
    {
        using var scope = here.Scope(out var db);
        var unlimited = PersonExport.Tables(db)
            .SelectMany(t => t.Columns.Select(c => (Table: t.Name, Column: c)))
            .Where(x => (x.Column.ClrType == typeof(string) || x.Column.ClrType == typeof(int) || x.Column.ClrType == typeof(double))
                && x.Column.AllowedValues is null && x.Column.Limit is null)
            .Select(x => $"{x.Table}.{x.Column.Heading}")
            .ToList();

        Assert.True(unlimited.Count == 0, "Give these a limit in ImportLimits: " + string.Join(", ", unlimited));
    }

    [Fact]
    public async Task Importing_a_file_other_than_the_one_checked_is_refused()
    {
        var (a, _) = await here.SignedInWithEmailAsync();
        await a.LogIncidentAsync("One thing.");
        var export = await ExportJsonAsync(a);
        var (b, email) = await there.SignedInWithEmailAsync();
        var (_, hash) = await CheckAsync(b, export);

        using var response = await UploadAsync(b, "Import", export.Replace("One thing.", "Another thing.", StringComparison.Ordinal), hash);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("This isn't the file that was checked.", (await HtmlForms.ParseAsync(response)).MessageBeside(nameof(ImportModel.Upload)), StringComparison.Ordinal);
        Assert.Equal(0, await there.CountAsync("incidents", await there.UserIdAsync(email)));
    }

    [Fact]
    public async Task A_signed_in_upload_may_pass_the_one_megabyte_cap_of_other_forms_up_to_the_import_limit()
    {
        var (a, _) = await here.SignedInWithEmailAsync();
        await a.LogIncidentAsync("Something.");
        // Two megabytes: JSON allows any amount of space after the document.
        var export = await ExportJsonAsync(a) + new string(' ', 2 * NulInFormMiddleware.MaxBodyBytes);
        var (b, _) = await there.SignedInWithEmailAsync();

        var (page, _) = await CheckAsync(b, export);

        Assert.Contains("1 things that happened", page.QuerySelector("#preview-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_cannot_post_to_the_import_page()
    {
        var client = there.CreateBrowserLikeClient();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[2 * NulInFormMiddleware.MaxBodyBytes]), "Upload", "export.json" } };

        using var response = await client.PostAsync($"{Url}?handler=Check", content);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    private static async Task<string> ExportJsonAsync(HttpClient client)
    {
        using var response = await ExportTests.DownloadAsync(client, "Json", RightPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(IHtmlDocument Page, string Hash)> CheckAsync(HttpClient client, string file)
    {
        using var response = await UploadAsync(client, "Check", file, hash: null);
        var page = await HtmlForms.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, page.MessageBeside(nameof(ImportModel.Upload)));
        var hash = page.QuerySelector<IHtmlInputElement>("input[name=CheckedHash]")!.Value;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file))), hash);
        return (page, hash);
    }

    /// <summary>Posts the import form as a browser does: multipart, with the page's antiforgery token and the chosen file.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string handler, string file, string? hash)
    {
        var page = await client.GetDocumentAsync(Url);
        var token = page.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (hash is not null)
        {
            content.Add(new StringContent(hash), "CheckedHash");
        }
        var bytes = new ByteArrayContent(Encoding.UTF8.GetBytes(file));
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(bytes, nameof(ImportModel.Upload), "export-2026-12-06.json");
        using (content)
        {
            return await client.PostAsync($"{Url}?handler={handler}", content);
        }
    }

    /// <summary>
    /// An export with everything that names one installation or one moment of export taken out: ids become what their
    /// row holds (a parent's content stands in for its id in a child), rows are sorted, and the account's email and
    /// creation time and the export time are dropped.
    /// </summary>
    private static string Canonical(string export)
    {
        var root = JsonNode.Parse(export)!.AsObject();
        root.Remove("exportedAt");
        root["account"]!.AsObject().Remove("email");
        root["account"]!.AsObject().Remove("createdAt");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var tables = root["tables"]!.AsObject();
        // Tables come parents first, as the export writes them.
        foreach (var (_, rows) in tables)
        {
            foreach (var row in rows!.AsArray().Select(r => r!.AsObject()))
            {
                var id = (string)row["id"]!;
                row.Remove("id");
                foreach (var (key, value) in row.ToList())
                {
                    if (key.EndsWith("Id", StringComparison.Ordinal) && value is not null && names.TryGetValue((string)value!, out var name))
                    {
                        row[key] = name;
                    }
                }
                names[id] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(row.ToJsonString())));
            }
            var sorted = rows.AsArray().Select(r => r!.ToJsonString()).Order(StringComparer.Ordinal).ToList();
            rows.AsArray().Clear();
            foreach (var row in sorted)
            {
                rows.AsArray().Add(JsonNode.Parse(row));
            }
        }
        return root.ToJsonString();
    }
}
