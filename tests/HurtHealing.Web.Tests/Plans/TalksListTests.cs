using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

public class TalksListTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Talks_lists_the_persons_own_talks_ahead_and_past_and_nobody_elses()
    {
        var client = await factory.SignedInClientAsync();
        var empty = await client.GetDocumentAsync("/Plans");
        Assert.Equal("Talks", empty.QuerySelector("h1")?.TextContent);
        Assert.Empty(empty.QuerySelectorAll(".incident-list li"));
        Assert.Equal("/Plans", empty.QuerySelector("nav[aria-label='Main'] a.current")?.GetAttribute("href"));

        var ahead = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync("They forgot to pick me up from the station."));
        var pastIncident = await client.LogIncidentWithNeedAsync();
        var past = await client.BuildWholePlanAsync(pastIncident);
        await PlanForms.Expect(client.PostFormAsync($"/Plans/{past}/After", [F("Input.HowItWent", "Better than I feared."), F("Input.HeardScore", "6")]));

        var list = await client.GetDocumentAsync("/Plans");
        var aheadLinks = list.QuerySelectorAll("#ahead-heading + .incident-list a").Select(a => a.GetAttribute("href")).ToList();
        var pastLinks = list.QuerySelectorAll("#past-heading + .incident-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal($"/Plans/{ahead}", Assert.Single(aheadLinks));
        Assert.Equal($"/Plans/{past}", Assert.Single(pastLinks));
        Assert.Contains("They forgot to pick me up", list.QuerySelector("#ahead-heading + .incident-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("felt heard 6/10", list.QuerySelector("#past-heading + .incident-list")!.TextContent, StringComparison.Ordinal);

        var someoneElse = await factory.SignedInClientAsync();
        var theirs = await someoneElse.GetDocumentAsync("/Plans");
        Assert.Empty(theirs.QuerySelectorAll(".incident-list li"));
        Assert.DoesNotContain("pick me up", theirs.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_person_is_welcomed_and_welcomed_back_once_something_is_written()
    {
        var client = await factory.SignedInClientAsync();
        Assert.Equal("Welcome", (await client.GetDocumentAsync("/")).QuerySelector("h1")?.TextContent);
        await client.LogIncidentAsync("A sharp remark at breakfast.");
        Assert.Equal("Welcome back", (await client.GetDocumentAsync("/")).QuerySelector("h1")?.TextContent);
    }
}
