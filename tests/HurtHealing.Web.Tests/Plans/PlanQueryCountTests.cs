using HurtHealing.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HurtHealing.Web.Tests.Plans;

/// <summary>The plan pages send the same number of SQL commands with 1 statement and with 10 (no N+1); before the talk sends three.</summary>
public class PlanQueryCountTests(IncidentsFactory factory, ITestOutputHelper output) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Before_the_talk_and_the_other_plan_pages_run_the_same_queries_with_1_and_with_10_statements()
    {
        var one = await MeasureAsync(1);
        var ten = await MeasureAsync(10);

        output.WriteLine("SQL commands per request   1 statement   10 statements");
        foreach (var page in one.Keys)
        {
            output.WriteLine($"{page,-26} {one[page],11} {ten[page],15}");
        }
        Assert.Equal(one, ten);
        // The plan with its statements and its incident in one command, then the incident's journal texts and feeling
        // words for the safety reading (a fear told only there must still lead the card); the session lookup is not counted.
        Assert.True(one["before the talk"] <= 3, $"{one["before the talk"]} page-data commands");
    }

    private async Task<Dictionary<string, int>> MeasureAsync(int statements)
    {
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentWithNeedAsync();
        var plan = await client.BuildWholePlanAsync(incident);
        for (var i = 1; i < statements; i++)
        {
            await PlanForms.Expect(client.PostStatementAsync(plan, $"moment {i}", "hurt", "care", "listen"));
        }

        var counts = new Dictionary<string, int>();
        foreach (var (name, url) in new[]
                 {
                     ("before the talk", $"/Plans/{plan}/Before"), ("plan", $"/Plans/{plan}"), ("statements", $"/Plans/{plan}/Statements"),
                     ("home", "/"), ("incident", $"/Incidents/{incident}"),
                 })
        {
            await client.GetDocumentAsync(url);
            factory.Commands.Reset();
            var document = await client.GetDocumentAsync(url);
            counts[name] = factory.Commands.CountExcept("user_sessions");
            if (name == "before the talk")
            {
                Assert.Equal(statements, document.QuerySelectorAll(".said li").Length);
            }
        }
        return counts;
    }
}
