using System.Net;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

public class AfterTheTalkTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Recording_the_outcome_marks_the_incident_talked_and_each_need_met_or_still_open()
    {
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentWithNeedAsync();
        await PlanForms.Expect(client.PostFormAsync($"/Incidents/Needs/{incident}", [F("Input.Kind", "Reassurance")]));
        var plan = await client.BuildWholePlanAsync(incident);
        var needs = await NeedIdsAsync(incident);
        Assert.Equal(2, needs.Count);

        var form = await client.GetDocumentAsync($"/Plans/{plan}/After");
        Assert.Equal(2, form.QuerySelectorAll("input[name='Input.MetNeeds']").Length);
        using (var response = await client.PostFormAsync(form, $"/Plans/{plan}/After", [
                   F("Input.HowItWent", "They listened."), F("Input.HeardScore", "7"), F("Input.WhatWeAgreed", "No jokes about work."),
                   F("Input.WhatIStillNeed", "Time."), F("Input.MetNeeds", needs[0].ToString())]))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await using (var scope = factory.Scope(out var db))
        {
            // The incident's status is encrypted at rest, so it is read through the app's own context.
            Assert.Equal(IncidentStatus.Talked, await db.Incidents.IgnoreQueryFilters().Where(i => i.Id == incident).Select(i => i.Status).SingleAsync());
        }
        Assert.Equal(2, await ScalarAsync<int>($"SELECT \"Status\" FROM talk_plans WHERE \"Id\" = '{plan}'")); // Done
        Assert.True(await ScalarAsync<bool>($"SELECT \"MetAt\" IS NOT NULL FROM need_records WHERE \"Id\" = '{needs[0]}'"));
        Assert.False(await ScalarAsync<bool>($"SELECT \"MetAt\" IS NOT NULL FROM need_records WHERE \"Id\" = '{needs[1]}'"));

        var overview = (await client.GetDocumentAsync($"/Plans/{plan}")).QuerySelector("main")!.TextContent;
        Assert.Contains("They listened.", overview, StringComparison.Ordinal);
        Assert.Contains("7/10", overview, StringComparison.Ordinal);
        var details = (await client.GetDocumentAsync($"/Incidents/{incident}")).QuerySelector("main")!.TextContent;
        Assert.Contains("We've talked", details, StringComparison.Ordinal);
        Assert.Contains("heard 7/10", details, StringComparison.Ordinal);

        // Amending: the first need was not met after all, the second was.
        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/After", [F("Input.MetNeeds", needs[1].ToString())]));
        Assert.False(await ScalarAsync<bool>($"SELECT \"MetAt\" IS NOT NULL FROM need_records WHERE \"Id\" = '{needs[0]}'"));
        Assert.True(await ScalarAsync<bool>($"SELECT \"MetAt\" IS NOT NULL FROM need_records WHERE \"Id\" = '{needs[1]}'"));
        // A done plan leaves the home page's "next talk".
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".home-talk"));
    }

    private async Task<List<Guid>> NeedIdsAsync(Guid incident)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT \"Id\" FROM need_records WHERE \"IncidentId\" = '{incident}' ORDER BY \"RecordedAt\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
