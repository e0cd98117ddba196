using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Incidents;

/// <summary>Home, list and details send the same number of SQL commands with 10 incidents and with 1,000: no N+1.</summary>
public class QueryCountTests(IncidentsFactory factory, ITestOutputHelper output) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Home_list_and_details_run_the_same_queries_with_10_and_with_1000_incidents()
    {
        var small = await MeasureAsync(10);
        var large = await MeasureAsync(1000);

        output.WriteLine($"SQL commands per request   10 incidents   1,000 incidents");
        foreach (var page in small.Keys)
        {
            output.WriteLine($"{page,-26} {small[page],12} {large[page],17}");
        }
        Assert.Equal(small, large);
    }

    private async Task<Dictionary<string, int>> MeasureAsync(int incidents)
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        var ownerId = await factory.UserIdAsync(email);
        var first = await client.LogIncidentAsync("Seen through the app.", F("Input.Feelings.Chosen", "hurt"));
        await SeedAsync(ownerId, incidents - 1);
        // Give the measured incident as many children as the seeded ones.
        (await client.PostFormAsync($"/Incidents/Needs/{first}", [F("Input.Kind", "Apology")])).Dispose();
        (await client.PostFormAsync($"/Journal/Write?incident={first}", [F("Input.Text", "Words.")])).Dispose();

        var counts = new Dictionary<string, int>();
        foreach (var (name, url) in new[] { ("home", "/"), ("list", "/Incidents"), ("list, page 2", "/Incidents?p=2"), ("details", $"/Incidents/{first}") })
        {
            await client.GetDocumentAsync(url); // warm: the first request can load the key ring
            factory.Commands.Reset();
            await client.GetDocumentAsync(url);
            counts[name] = factory.Commands.Count;
        }
        var listed = await client.GetDocumentAsync("/Incidents");
        Assert.Equal(Math.Min(incidents, 25), listed.QuerySelectorAll(".incident-link").Length);
        return counts;
    }

    private async Task SeedAsync(string ownerId, int count)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var now = DateTimeOffset.UtcNow;
        await using var scope = factory.Scope(out var db);
        for (var i = 0; i < count; i++)
        {
            var at = now.AddMinutes(-i - 10);
            var incident = Incident.Create(ownerId, Guid.NewGuid(), zone, DateOnly.FromDateTime(at.UtcDateTime.AddDays(-1)), null,
                null, $"Seeded {i}", IncidentCategory.Dismissed, 4, at);
            incident.RecordFeelings([new("hurt", 5), new("sad", 4), new("angry", 3)], at);
            incident.RecordNeed(NeedKind.Apology, "Seed", at);
            db.Incidents.Add(incident);
            db.JournalEntries.Add(JournalEntry.Create(ownerId, $"Seeded {i}", at, incident.Id, null, at));
        }
        await db.SaveChangesAsync();
    }
}
