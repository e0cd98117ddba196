using System.Text;
using HurtHealing.Web.Tests.Infrastructure;
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
        // The app can read it all back.
        var details = await client.GetStringAsync($"/Incidents/{id}");
        Assert.Contains($"Edited title {marker}", details, StringComparison.Ordinal);
        Assert.Contains($"Need {marker}", details, StringComparison.Ordinal);
        Assert.Contains($"Journal {marker}", details, StringComparison.Ordinal);

        var hexMarker = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(marker));
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
            Assert.True(await factory.CountAsync(owned) > 0, $"Nothing was written to {owned}: extend this test to write through its free text.");
        }

        var rowsRead = 0;
        foreach (var table in tables)
        {
            // Each row as text: every column, bytea shown as hex (checked against the marker's hex too).
            await using var command = new NpgsqlCommand($"SELECT t::text FROM {table} t", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = reader.GetString(0);
                rowsRead++;
                Assert.DoesNotContain(marker, row, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(hexMarker, row, StringComparison.OrdinalIgnoreCase);
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
