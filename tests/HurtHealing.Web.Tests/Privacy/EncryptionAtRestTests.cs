using System.Text;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Tests.Account;
using HurtHealing.Web.Tests.Healing;
using HurtHealing.Web.Tests.Infrastructure;
using HurtHealing.Web.Tests.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Privacy;

/// <summary>Free text written through the app is nowhere in the database in readable form: every table, every column.</summary>
public class EncryptionAtRestTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task A_marker_written_through_every_free_text_field_appears_nowhere_in_the_database()
    {
        var marker = $"MARKER{Guid.NewGuid():N}";
        var client = await factory.SignedInClientAsync();

        var id = await client.LogIncidentAsync($"What happened {marker}", F("Input.Title", $"Title {marker}"),
            F("Input.Feelings.Chosen", "hurt"));
        (await client.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "Apology"), F("Input.ResolutionLooksLike", $"Need {marker}")])).Dispose();
        (await client.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", $"Journal {marker}")])).Dispose();
        (await client.PostFormAsync("/Journal/Write", [F("Input.Text", $"Alone {marker}")])).Dispose();
        (await client.PostFormAsync($"/Incidents/Edit/{id}", [F("Input.WhatHappened", $"Edited {marker}"), F("Input.Title", $"Edited title {marker}")])).Dispose();
        // Every free-text field of a talk plan, its statements and its outcome.
        using (var started = await client.PostFormAsync($"/Plans/Start/{id}", []))
        {
            var plan = started.Headers.Location!.OriginalString.Split('/')[2];
            (await client.PostFormAsync($"/Plans/{plan}/Need", [F("Input.NeedToState", $"Need to state {marker}")])).Dispose();
            (await client.PostFormAsync($"/Plans/{plan}/Opening", [F("Input.OpeningLine", $"Opening {marker}")])).Dispose();
            (await client.PostFormAsync($"/Plans/{plan}/Statements", [F("Input.When", $"Alpha {marker}"), F("Input.Felt", $"Bravo {marker}"),
                F("Input.BecauseINeed", $"Charlie {marker}"), F("Input.WouldYou", $"Delta {marker}")], "#statement-form")).Dispose();
            (await client.PostFormAsync($"/Plans/{plan}/Listen", [F("Input.ListenFor", $"Listen {marker}")])).Dispose();
            (await client.PostFormAsync($"/Plans/{plan}/After", [F("Input.HowItWent", $"How {marker}"), F("Input.WhatWeAgreed", $"Agreed {marker}"),
                F("Input.WhatIStillNeed", $"Still {marker}")])).Dispose();
            var before = await client.GetStringAsync($"/Plans/{plan}/Before");
            foreach (var part in new[] { "Need to state", "Opening", "Alpha", "Bravo", "Charlie", "Delta", "Listen" })
            {
                Assert.Contains($"{part} {marker}", before, StringComparison.Ordinal);
            }
            var overview = await client.GetStringAsync($"/Plans/{plan}");
            foreach (var part in new[] { "How", "Agreed", "Still" })
            {
                Assert.Contains($"{part} {marker}", overview, StringComparison.Ordinal);
            }
        }
        // Healing over weeks: every free-text field of a repair attempt, its promise, a check-in and a boundary.
        var attempt = await client.RecordRepairAsync(id, promise: $"Promised {marker}", more: F("Input.WhatWasSaidOrDone", $"Said {marker}"));
        (await client.FollowThroughAsync(id, attempt, "PartlyKept")).Dispose();
        (await client.PostFormAsync(await client.GetDocumentAsync($"/Incidents/{id}/Repairs/{attempt}"), $"/Incidents/{id}/Repairs/{attempt}",
            [F("HowAcknowledged", $"Thanked {marker}")], "form[action*='handler=Acknowledge']")).Dispose();
        await client.CheckInAsync(id, 6, 4, F("Input.Retriggered", "true"), F("Input.WhatRetriggered", $"Trigger {marker}"), F("Input.Note", $"Note {marker}"));
        var boundary = await client.SetBoundaryAsync(id, $"Not accept {marker}", $"Will do {marker}");
        (await client.MarkCrossedAsync(id, boundary)).Dispose();
        (await client.DismissInvitationAsync(id)).Dispose();
        var attemptPage = await client.GetStringAsync($"/Incidents/{id}/Repairs/{attempt}");
        Assert.Contains($"Thanked {marker}", attemptPage, StringComparison.Ordinal);
        // The app can read it all back.
        var details = await client.GetStringAsync($"/Incidents/{id}");
        foreach (var part in new[] { "Promised", "Said", "Trigger", "Note", "Not accept", "Will do" })
        {
            Assert.Contains($"{part} {marker}", details, StringComparison.Ordinal);
        }
        Assert.Contains($"Edited title {marker}", details, StringComparison.Ordinal);
        Assert.Contains($"Need {marker}", details, StringComparison.Ordinal);
        Assert.Contains($"Journal {marker}", details, StringComparison.Ordinal);

        await AssertNowhereInTheDatabaseAsync([marker], everyOwnedTableWritten: true);
    }

    [Fact]
    public async Task Kinds_feelings_needs_answers_and_two_factor_secrets_are_nowhere_in_the_database()
    {
        var client = factory.CreateBrowserLikeClient();
        var account = await client.RegisterWithTwoFactorAsync();
        // Words a copy of the database used to show in the clear (or as a number standing for them).
        var feelings = new[] { "humiliated", "bewildered", "exasperated" };
        var id = await client.LogIncidentAsync("Something happened.", F("Input.Category", "Controlling"),
            F("Input.Feelings.Chosen", feelings[0]), F("Input.Feelings.Chosen", feelings[1]));
        (await client.PostFormAsync($"/Incidents/Feelings/{id}", [F("Input.Feelings.Chosen", feelings[2])])).Dispose();
        (await client.PostFormAsync($"/Incidents/Edit/{id}", [F("Input.Status", "PartOfPattern")])).Dispose();
        (await client.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "ChangeInBehaviour")])).Dispose();
        await client.RecordRepairAsync(id, kind: "AffectionOrHumour", more: F("Input.Landed", "7"));
        using (var started = await client.PostFormAsync($"/Plans/Start/{id}", []))
        {
            var plan = started.Headers.Location!.OriginalString.Split('/')[2];
            await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/Readiness", [.. PlanForms.Questions.Select(q => F($"Input.{q}", "No"))]));
            await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/When", [F("Input.ProposedTime", "2027-07-04T19:30")]));
            var readiness = await client.GetDocumentAsync($"/Plans/{plan}/Readiness");
            Assert.Equal(PlanForms.Questions.Length, readiness.QuerySelectorAll("input[type=radio][value=No][checked]").Length);
            Assert.Equal("2027-07-04T19:30", (await client.GetDocumentAsync($"/Plans/{plan}/When")).QuerySelector("[name='Input.ProposedTime']")?.GetAttribute("value"));
            await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/After", [F("Input.FeltSafe", "Yes"), F("Input.HowItWent", "Fine."), F("Input.HeardScore", "7")]));
            Assert.NotNull((await client.GetDocumentAsync($"/Plans/{plan}/After")).QuerySelector("input[name='Input.HeardScore'][value='7'][checked]"));
        }
        // The app reads it all back.
        var details = await client.GetStringAsync($"/Incidents/{id}");
        foreach (var shown in feelings.Append("Controlling behaviour").Append("A change in behaviour"))
        {
            Assert.Contains(shown, details, StringComparison.Ordinal);
        }

        var key = account.App.SharedKey.Replace(" ", "", StringComparison.Ordinal);
        await AssertNowhereInTheDatabaseAsync([.. feelings, key, .. account.RecoveryCodes, .. account.RecoveryCodes.Select(c => c.Replace("-", "", StringComparison.Ordinal)),
            "Controlling", "PartOfPattern", "ChangeInBehaviour", "AffectionOrHumour", "2027-07-04"]);

        // Kinds, statuses, answers and scores were numbers, so beyond the words: every choice column holds only
        // payloads of one length (a length can't tell values apart), and this account's rows are among them.
        await using var scope = factory.Scope(out var db);
        var columns = EncryptedText.ChoiceProperties(db.Model).Select(ColumnOf).ToList();
        string[] expectedColumns = ["incidents.Category", "incidents.Status", "feeling_records.Word", "need_records.Kind", "talk_plans.ProposedTime",
            "repair_attempts.Kind", "repair_attempts.Landed",
            "talk_plans.HeardScore", .. PlanForms.Questions.Select(q => $"talk_plans.Readiness_{q}")];
        foreach (var expected in expectedColumns)
        {
            Assert.Contains(expected, columns);
        }
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        foreach (var column in columns)
        {
            var (table, name) = (column.Split('.')[0], column.Split('.')[1]);
            await using var command = new NpgsqlCommand($"SELECT \"{name}\" FROM {table} WHERE \"{name}\" IS NOT NULL", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.StartsWith(EncryptedText.PayloadPrefix, v, StringComparison.Ordinal));
            Assert.Single(values.Select(v => v.Length).Distinct());
        }

        var tokens = new Dictionary<string, string>();
        await using (var command = new NpgsqlCommand("SELECT \"Name\", \"Value\" FROM \"AspNetUserTokens\" WHERE \"UserId\" = @user", connection))
        {
            command.Parameters.AddWithValue("user", await factory.UserIdAsync(account.Email));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tokens[reader.GetString(0)] = reader.GetString(1);
            }
        }
        Assert.StartsWith(EncryptedText.PayloadPrefix, tokens[AppUserStore.AuthenticatorKeyName], StringComparison.Ordinal);
        Assert.StartsWith(RecoveryCodeHashes.Version + ":", tokens[AppUserStore.RecoveryCodesName], StringComparison.Ordinal);
    }

    private static string ColumnOf(IProperty property)
    {
        var entity = property.DeclaringType.ContainingEntityType;
        return $"{entity.GetTableName()}.{property.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, null))}";
    }

    /// <summary>Reads every row of every table as text (bytea as hex) and looks for each word, in any case.</summary>
    /// <param name="words">What must be found in no column of any table.</param>
    /// <param name="everyOwnedTableWritten">
    /// The calling test wrote through every table a person owns, so a search that found nothing had something to search
    /// (only the marker test does: the others are about particular columns, and each must pass when run alone).
    /// </param>
    private async Task AssertNowhereInTheDatabaseAsync(IReadOnlyList<string> words, bool everyOwnedTableWritten = false)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add($"\"{reader.GetString(0)}\".\"{reader.GetString(1)}\"");
            }
        }
        // Every table a person owns (read from the model) is among those read, and this test wrote to each of it.
        foreach (var owned in factory.OwnedTables())
        {
            Assert.Contains($"\"public\".\"{owned}\"", tables);
            if (everyOwnedTableWritten)
            {
                Assert.True(await factory.CountAsync(owned) > 0, $"Nothing was written to {owned}: extend this test to write through its free text.");
            }
        }
        Assert.Contains("\"public\".\"AspNetUserTokens\"", tables);

        var sought = words.SelectMany(w => new[] { w, Convert.ToHexStringLower(Encoding.UTF8.GetBytes(w)) }).ToList();
        var rowsRead = 0;
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT t::text FROM {table} t", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = reader.GetString(0);
                rowsRead++;
                foreach (var word in sought)
                {
                    Assert.False(row.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' is readable in {table}.");
                }
            }
        }
        Assert.True(rowsRead > 5);
    }

    [Fact]
    public async Task Free_text_columns_hold_data_protection_payloads_not_the_words()
    {
        var client = await factory.SignedInClientAsync();
        var id = await client.LogIncidentAsync("Plain words here.");

        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"WhatHappened\" FROM incidents WHERE \"Id\" = @id", connection);
        command.Parameters.AddWithValue("id", id);
        var stored = (string)(await command.ExecuteScalarAsync())!;
        Assert.DoesNotContain("Plain", stored, StringComparison.Ordinal);
        // Data Protection's payloads start with its magic header (base64url "CfDJ8").
        Assert.StartsWith("CfDJ8", stored, StringComparison.Ordinal);
    }
}
