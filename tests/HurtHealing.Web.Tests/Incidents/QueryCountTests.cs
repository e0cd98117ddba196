using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Pages.Incidents;
using HurtHealing.Web.Tests.Plans;
using HurtHealing.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Incidents;

/// <summary>
/// Home, list, details, the journal and the list of talks send the same number of SQL commands with 10 incidents and with
/// 1,000 (no N+1), and no more than their budget: the session lookup aside, home two, the list one, details six.
/// </summary>
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
        foreach (var (page, budget) in Budgets)
        {
            Assert.True(small[page] <= budget, $"{page}: {small[page]} page-data commands, budget {budget}");
        }
    }

    /// <summary>Page-data commands per page (the session lookup, which belongs to signing in, is not counted).</summary>
    private static readonly Dictionary<string, int> Budgets = new()
    {
        ["home"] = 2, ["list"] = 1, ["list, page 2"] = 1, ["list, filtered"] = 1, ["details"] = 6, ["journal"] = 2, ["talks"] = 2,
    };

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
        await client.StartPlanAsync(first);
        var documents = new Dictionary<string, AngleSharp.Dom.IDocument>();
        foreach (var (name, url) in new[]
                 {
                     ("home", "/"), ("list", "/Incidents"), ("list, page 2", "/Incidents?p=2"), ("list, filtered", "/Incidents?kind=" + FilterCode.Of<IncidentCategory>(IncidentCategory.Dismissed)),
                     ("details", $"/Incidents/{first}"), ("journal", "/Journal"), ("talks", "/Plans"),
                 })
        {
            await client.GetDocumentAsync(url); // warm: the first request can load the key ring
            factory.Commands.Reset();
            documents[name] = await client.GetDocumentAsync(url);
            counts[name] = factory.Commands.CountExcept("user_sessions");
        }
        Assert.Equal(Math.Min(incidents, 25), documents["list"].QuerySelectorAll(".incident-link").Length);
        Assert.Equal(incidents > 25, documents["list"].QuerySelector(".pager .older") is not null);
        Assert.Equal(Math.Min(incidents, 5), documents["home"].QuerySelectorAll(".incident-link").Length);
        // The measured incident was logged first with what happened and no title; its shortened text is its name.
        Assert.Contains(documents["home"].QuerySelectorAll(".incident-name"), name => name.TextContent == "Seen through the app.");
        Assert.Equal(Math.Min(incidents, 25), documents["journal"].QuerySelectorAll(".own-words").Length);
        Assert.Equal(incidents > 25, documents["journal"].QuerySelector(".older") is not null);
        Assert.Equal(1 + (incidents - 1 + 9) / 10, documents["talks"].QuerySelectorAll(".incident-link").Length);
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
            if (i % 10 == 0)
            {
                db.TalkPlans.Add(TalkPlan.Create(ownerId, incident.Id, at));
            }
        }
        await db.SaveChangesAsync();
    }
}
