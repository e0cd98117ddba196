using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Incidents;

public class IncidentMomentAndMainNeedTests
{
    [Fact]
    public void The_moment_is_the_day_and_time_in_the_incidents_own_zone_or_nothing_without_a_time()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var summer = Given.Incident(timeZone: london, occurredOn: new DateOnly(2025, 5, 30), occurredAt: new TimeOnly(21, 30));

        Assert.Equal(new DateTimeOffset(2025, 5, 30, 20, 30, 0, TimeSpan.Zero), summer.Moment);
        Assert.Equal(TimeSpan.Zero, summer.Moment!.Value.Offset);
        Assert.Null(Given.Incident(occurredAt: null).Moment);
        // 01:30 on the spring-forward night does not exist in London.
        Assert.Null(Given.Incident(timeZone: london, occurredOn: new DateOnly(2025, 3, 30), occurredAt: new TimeOnly(1, 30)).Moment);
    }

    [Fact]
    public void The_main_need_is_the_latest_open_one_else_the_latest()
    {
        var incident = Given.Incident();
        Assert.Null(incident.MainNeed);

        var first = incident.RecordNeed(NeedKind.Apology, null, Given.Now);
        var second = incident.RecordNeed(NeedKind.Space, null, Given.Now.AddHours(1));
        Assert.Equal(second.Id, incident.MainNeed!.Id);

        incident.MarkNeedMet(second.Id, Given.Now.AddHours(2));
        Assert.Equal(first.Id, incident.MainNeed!.Id);

        incident.MarkNeedMet(first.Id, Given.Now.AddHours(3));
        Assert.Equal(second.Id, incident.MainNeed!.Id);
    }

    [Fact]
    public void A_rewrite_takes_feelings_and_needs_from_the_incident_but_never_its_title()
    {
        var incident = Given.Incident(title: "Dinner, when you left early");
        incident.RecordFeelings([new FeelingRating("lonely", 7)], Given.Now);
        incident.RecordNeed(NeedKind.Reassurance, null, Given.Now);

        var rewrite = StatementRewriter.Rewrite("you're so selfish", null, null, null, RewriteContext.For(incident))!;

        Assert.DoesNotContain("Dinner", rewrite.Sentence, StringComparison.Ordinal);
        Assert.Equal(StatementRewriter.WhatHappenedPlaceholder, rewrite.When);
        Assert.Equal("lonely", rewrite.Felt);
        Assert.Equal(NeedWording.Need(NeedKind.Reassurance), rewrite.BecauseINeed);
        Assert.Equal(NeedWording.Request(NeedKind.Reassurance), rewrite.WouldYou);
    }
}
