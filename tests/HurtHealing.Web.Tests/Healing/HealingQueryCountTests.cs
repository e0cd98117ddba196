using System.Globalization;
using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Healing;

/// <summary>
/// "How it's going", the incident page, home and the healing forms send the same number of SQL commands for 10
/// incidents as for 5,000 incidents with 20,000 check-ins: curves and counts are grouped in SQL, never per row.
/// </summary>
public class HealingQueryCountTests(IncidentsFactory factory, ITestOutputHelper output) : IClassFixture<IncidentsFactory>
{
    private const int CheckInsPerIncident = 4;

    [Fact]
    public async Task Insights_incident_and_home_run_the_same_queries_with_10_and_with_5000_incidents_and_20000_check_ins()
    {
        var small = await MeasureAsync(10);
        var large = await MeasureAsync(5000);

        output.WriteLine("SQL commands per request   10 incidents   5,000 incidents + 20,000 check-ins");
        foreach (var page in small.Keys)
        {
            output.WriteLine($"{page,-26} {small[page],12} {large[page],12}");
        }
        Assert.Equal(small, large);
    }

    private async Task<Dictionary<string, int>> MeasureAsync(int incidents)
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var first = await client.LogIncidentAsync("Seen through the app.", F("Input.Category", "Dismissed"));
        var attempt = await client.RecordRepairAsync(first, promise: "Listen first.");
        (await client.FollowThroughAsync(first, attempt, "Broken")).Dispose();
        var boundary = await client.SetBoundaryAsync(first, "Being talked over.");
        (await client.MarkCrossedAsync(first, boundary)).Dispose();
        for (var i = 0; i < CheckInsPerIncident; i++)
        {
            await client.CheckInAsync(first, 6 - i, 5 - i);
        }
        var checkIn = await factory.LatestCheckInIdAsync(ownerId);
        await SeedAsync(ownerId, incidents - 1);
        Assert.Equal(incidents * CheckInsPerIncident, await factory.CountAsync("check_ins", ownerId));

        var counts = new Dictionary<string, int>();
        foreach (var (name, url) in new[]
                 {
                     ("how it's going", "/Insights"), ("how it's going, one", $"/Insights?incident={first}"), ("incident", $"/Incidents/{first}"),
                     ("home", "/"), ("check-in form", $"/Incidents/{first}/CheckIn"), ("repair form", $"/Incidents/{first}/Repair"),
                     ("repair attempt", $"/Incidents/{first}/Repairs/{attempt}"), ("boundaries", $"/Incidents/{first}/Boundaries"),
                     ("edit repair attempt", $"/Incidents/{first}/Repairs/{attempt}/Edit"), ("edit check-in", $"/Incidents/{first}/CheckIns/{checkIn}/Edit"),
                     ("edit boundary", $"/Incidents/{first}/Boundaries/{boundary}/Edit"),
                 })
        {
            await client.GetDocumentAsync(url); // warm: the first request can load the key rings
            factory.Commands.Reset();
            var document = await client.GetDocumentAsync(url);
            counts[name] = factory.Commands.Count;
            if (name == "incident")
            {
                // The incident's own healing chart, drawn from what the page already loads: every check-in, and the hurt when logged.
                Assert.Equal(CheckInsPerIncident + 1, document.QuerySelectorAll("#healing figure tbody tr").Length);
            }
            if (name == "how it's going")
            {
                Assert.Equal(3, document.QuerySelectorAll(".insight-incident").Length);
                Assert.NotEmpty(document.QuerySelectorAll("#overall-heading ~ figure tbody tr"));
            }
        }
        return counts;
    }

    /// <summary>
    /// Incidents over the past months through the app's own context (so they are encrypted like the app's), every fifth
    /// with a repair attempt and promise and every tenth with a crossed boundary; then four check-ins each in one SQL statement.
    /// </summary>
    private async Task SeedAsync(string ownerId, int count)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var now = DateTimeOffset.UtcNow;
        IncidentCategory[] categories = [IncidentCategory.Dismissed, IncidentCategory.Forgotten, IncidentCategory.Criticism, IncidentCategory.BrokenPromise, IncidentCategory.Contempt];
        await using (var scope = factory.Scope(out var db))
        {
            for (var i = 0; i < count; i++)
            {
                var at = now.AddHours(-i - 1);
                var incident = Incident.Create(ownerId, Guid.NewGuid(), zone, DateOnly.FromDateTime(at.UtcDateTime), null,
                    null, $"Seeded {i}", categories[i % categories.Length], 3 + i % 7, at);
                db.Incidents.Add(incident);
                if (i % 5 == 0)
                {
                    var repair = RepairAttempt.Create(ownerId, incident.Id, Guid.NewGuid(), i % 2 == 0 ? RepairBy.Partner : RepairBy.Me, RepairKind.Apology, at, null, at);
                    repair.AddPromise($"Seeded promise {i}", DateOnly.FromDateTime(at.UtcDateTime).AddDays(7), at);
                    repair.RecordFollowThrough(i % 3 == 0 ? PromiseFollowThrough.Broken : PromiseFollowThrough.Kept, at.AddHours(1));
                    db.RepairAttempts.Add(repair);
                }
                if (i % 10 == 0)
                {
                    var boundary = Boundary.Create(ownerId, incident.Id, Guid.NewGuid(), $"Seeded boundary {i}", null, at, at);
                    boundary.MarkCrossed(at.AddMinutes(30), at.AddMinutes(30));
                    db.Boundaries.Add(boundary);
                }
            }
            await db.SaveChangesAsync();
        }
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO check_ins ("Id", "OwnerId", "IncidentId", "IdempotencyKey", "CheckedInAt", "Intensity", "ResentmentGrip", "Retriggered")
            SELECT gen_random_uuid(), i."OwnerId", i."Id", gen_random_uuid(), LEAST(i."CreatedAt" + g * interval '9 days', now() - g * interval '1 minute'),
                   (i."Hurt" + g * 2) % 11, (i."Hurt" + g) % 11, g = 3
            FROM incidents i CROSS JOIN generate_series(1, {CheckInsPerIncident.ToString(CultureInfo.InvariantCulture)}) g
            WHERE i."OwnerId" = @owner AND i."Id" <> ALL (SELECT "IncidentId" FROM check_ins WHERE "OwnerId" = @owner)
            """, connection);
        command.Parameters.AddWithValue("owner", ownerId);
        await command.ExecuteNonQueryAsync();
    }
}
