using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HurtHealing.Web.Data.Export;
using HurtHealing.Web.Tests.Healing;
using HurtHealing.Web.Tests.Infrastructure;
using HurtHealing.Web.Tests.Plans;
using Json.Schema;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Account;

/// <summary>"Download my data": everything the person owns, decrypted, in the published layout, and nobody else's.</summary>
public class ExportTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private const string Url = "/Account/Manage/Export";
    private static readonly string SchemaFile = Path.Combine(RepositoryRoot(), "src", "HurtHealing.Web", "wwwroot", "export-schema-v1.json");

    [Fact]
    public async Task The_json_has_every_row_of_every_owned_table_decrypted_and_follows_the_published_schema()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var marker = $"MARKER{Guid.NewGuid():N}";
        await WriteSomethingEverywhereAsync(client, marker);
        var (stranger, _) = await factory.SignedInWithEmailAsync();
        await WriteSomethingEverywhereAsync(stranger, "STRANGER");
        var personId = await factory.UserIdAsync(email);

        using var response = await DownloadAsync(client, "Json", new Dictionary<string, string> { ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^attachment; filename=""export-\d{4}-\d{2}-\d{2}\.json""$", response.Content.Headers.ContentDisposition?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("STRANGER", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", text, StringComparison.OrdinalIgnoreCase);
        var export = JsonNode.Parse(text)!;
        Assert.Equal(email, (string?)export["account"]!["email"]);

        var schema = JsonSchema.FromText(await File.ReadAllTextAsync(SchemaFile));
        var result = schema.Evaluate(JsonDocument.Parse(text).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        // Built from the model: every owned table with rows for the person is there, row for row.
        foreach (var table in factory.OwnedTables())
        {
            var rows = await factory.CountAsync(table, personId);
            Assert.True(rows > 0, $"The test wrote nothing to {table}: extend it so the export is shown to carry that table.");
            Assert.Equal(rows, export["tables"]![table]!.AsArray().Count);
        }
        foreach (var part in new[] { "What happened", "Title", "Need", "Journal", "Alpha", "Bravo", "Promise", "Repair", "Check-in", "Boundary" })
        {
            Assert.Contains($"{part} {marker}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_published_schema_is_the_one_the_model_makes()
    {
        using var scope = factory.Scope(out var db);
        var made = PersonExport.Schema(db).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("HH_WRITE_EXPORT_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaFile, made);
        }
        Assert.True(File.Exists(SchemaFile), $"{SchemaFile} is missing: run this test once with HH_WRITE_EXPORT_SCHEMA=1.");
        Assert.True(made == File.ReadAllText(SchemaFile),
            "The export's layout changed (a table or column was added or changed). If that is meant, raise the version when it "
            + "breaks readers, rerun this test with HH_WRITE_EXPORT_SCHEMA=1 and commit the schema.");
    }

    [Fact]
    public async Task The_spreadsheets_are_one_csv_per_table_with_headings_and_decrypted_words()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var marker = $"MARKER{Guid.NewGuid():N}";
        await WriteSomethingEverywhereAsync(client, marker);
        var personId = await factory.UserIdAsync(email);

        using var response = await DownloadAsync(client, "Csv", new Dictionary<string, string> { ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(factory.OwnedTables().Select(t => $"{t}.csv").Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var table in factory.OwnedTables())
        {
            using var reader = new StreamReader(zip.GetEntry($"{table}.csv")!.Open());
            var lines = (await reader.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("id,", lines[0], StringComparison.Ordinal);
            Assert.Equal(await factory.CountAsync(table, personId), lines.Length - 1);
        }
        using var incidents = new StreamReader(zip.GetEntry("incidents.csv")!.Open());
        Assert.Contains($"What happened {marker}", await incidents.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Please enter your password.")]
    [InlineData("not my password", "That password isn't right, so nothing has changed.")]
    public async Task Without_the_right_password_nothing_is_downloaded(string password, string message)
    {
        var client = await factory.SignedInClientAsync();
        await client.LogIncidentAsync("Something private.");

        using var response = await DownloadAsync(client, "Json", new Dictionary<string, string> { ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(message, (await HtmlForms.ParseAsync(response)).MessageBeside("Input.Password"));
    }

    [Fact]
    public async Task With_two_step_sign_in_on_the_download_also_needs_a_right_code()
    {
        var client = factory.CreateBrowserLikeClient();
        var account = await client.RegisterWithTwoFactorAsync();

        using (var wrong = await DownloadAsync(client, "Json", new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.Code"] = account.App.WrongCode(),
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("That code didn't match. Please use the newest code from your authenticator app.",
                (await HtmlForms.ParseAsync(wrong)).MessageBeside("Input.Code"));
        }
        using var right = await DownloadAsync(client, "Json", new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.Code"] = account.App.NextCode(),
        });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.True((bool?)JsonNode.Parse(await right.Content.ReadAsStringAsync())!["account"]!["twoStepSignIn"]);
    }

    /// <summary>Posts the export form through one of its buttons.</summary>
    internal static async Task<HttpResponseMessage> DownloadAsync(HttpClient client, string handler, IReadOnlyDictionary<string, string> values) =>
        await client.SubmitFormAsync(await client.GetDocumentAsync(Url), $"{Url}?handler={handler}", values);

    internal static async Task WriteSomethingEverywhereAsync(HttpClient client, string marker)
    {
        var id = await client.LogIncidentAsync($"What happened {marker}", F("Input.Title", $"Title {marker}"), F("Input.Feelings.Chosen", "hurt"));
        (await client.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "Apology"), F("Input.ResolutionLooksLike", $"Need {marker}")])).Dispose();
        (await client.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", $"Journal {marker}")])).Dispose();
        using var started = await client.PostFormAsync($"/Plans/Start/{id}", []);
        var plan = started.Headers.Location!.OriginalString.Split('/')[2];
        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/Readiness", [.. PlanForms.Questions.Select(q => F($"Input.{q}", "Yes"))]));
        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/Statements", [F("Input.When", $"Alpha {marker}"), F("Input.Felt", $"Bravo {marker}")], "#statement-form"));
        // Healing over weeks: a repair attempt with its promise (and a follow-through), a check-in, a boundary crossed, an invitation dismissed.
        var attempt = await client.RecordRepairAsync(id, promise: $"Promise {marker}", more: F("Input.WhatWasSaidOrDone", $"Repair {marker}"));
        (await client.FollowThroughAsync(id, attempt, "Kept")).Dispose();
        await client.CheckInAsync(id, 4, 3, F("Input.Note", $"Check-in {marker}"));
        var boundary = await client.SetBoundaryAsync(id, $"Boundary {marker}");
        (await client.MarkCrossedAsync(id, boundary)).Dispose();
        (await client.DismissInvitationAsync(id)).Dispose();
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HurtHealing.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("HurtHealing.sln not found above the test folder.");
    }
}
