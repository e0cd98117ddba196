using System.Net;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

public class CalendarTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task The_ics_has_a_neutral_title_the_right_moment_in_utc_and_nothing_private()
    {
        var marker = $"PRIVATE{Guid.NewGuid():N}";
        var client = await factory.SignedInClientAsync();
        var incident = await client.LogIncidentAsync($"They forgot my birthday {marker}", F("Input.Title", $"Birthday {marker}"),
            F("Input.TimeZone", "America/New_York"), F("Input.Feelings.Chosen", "hurt"));
        var plan = await client.BuildWholePlanAsync(incident, marker);
        // 19:30 in New York in July is 23:30 UTC (daylight time, UTC-4).
        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/When", [F("Input.ProposedTime", "2027-07-04T19:30")]));

        using var response = await client.GetAsync($"/Plans/{plan}/Calendar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("event.ics", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(marker, ics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("birthday", ics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hurt", ics, StringComparison.OrdinalIgnoreCase);

        var calendar = Ical.Net.Calendar.Load(ics)!;
        var talk = Assert.Single(calendar.Events);
        Assert.Equal(TalkCalendar.EventTitle, talk.Summary);
        Assert.Equal(new DateTime(2027, 7, 4, 23, 30, 0, DateTimeKind.Utc), talk.DtStart!.AsUtc);
        Assert.True(talk.DtStart.IsUtc);
        Assert.Null(talk.Description);
        Assert.Null(talk.Location);

        // The plan page shows the time in the person's own zone.
        var overview = await client.GetStringAsync($"/Plans/{plan}");
        Assert.Contains("4 Jul 2027, 19:30", overview, StringComparison.Ordinal);
        // And says plainly where the file goes and who may see the event.
        Assert.Contains("lands in your Downloads", overview, StringComparison.Ordinal);
        Assert.Contains("shared calendar", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_proposed_time_there_is_no_calendar_file()
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());
        using var response = await client.GetAsync($"/Plans/{plan}/Calendar");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
