using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class IncidentNeedsTests
{
    [Fact]
    public void A_need_is_recorded_with_its_date_and_starts_open()
    {
        var incident = Given.Incident();
        var at = Given.Now.AddHours(1);

        var need = incident.RecordNeed(NeedKind.Acknowledgment, "  Hearing him say it hurt me.  ", at);

        Assert.Same(need, Assert.Single(incident.Needs));
        Assert.Equal(7, need.Id.Version);
        Assert.Equal(incident.Id, need.IncidentId);
        Assert.Equal(Given.Owner, need.OwnerId);
        Assert.Equal(NeedKind.Acknowledgment, need.Kind);
        Assert.Equal("Hearing him say it hurt me.", need.ResolutionLooksLike);
        Assert.Equal(at, need.RecordedAt);
        Assert.Null(need.MetAt);
        Assert.False(need.IsMet);
        Assert.Equal(at, incident.UpdatedAt);
    }

    [Fact]
    public void Needs_from_different_days_are_all_kept_with_their_dates()
    {
        var incident = Given.Incident();
        var dayOne = Given.Now;
        var dayFive = Given.Now.AddDays(4);

        incident.RecordNeed(NeedKind.Space, null, dayOne);
        incident.RecordNeed(NeedKind.Explanation, "Knowing why.", dayFive);
        incident.RecordNeed(NeedKind.Explanation, "Knowing why, and that he sees it.", dayFive.AddHours(2));

        Assert.Equal([NeedKind.Space, NeedKind.Explanation, NeedKind.Explanation], incident.Needs.Select(n => n.Kind));
        Assert.Equal([dayOne, dayFive, dayFive.AddHours(2)], incident.Needs.Select(n => n.RecordedAt));
    }

    [Fact]
    public void What_resolution_looks_like_is_optional_and_holds_up_to_2000_characters()
    {
        var incident = Given.Incident();
        Assert.Null(incident.RecordNeed(NeedKind.ToBeHeard, "   ", Given.Now).ResolutionLooksLike);
        Assert.Equal(2000, incident.RecordNeed(NeedKind.ToBeHeard, Given.Text(2000), Given.Now).ResolutionLooksLike!.Length);
        Assert.Throws<ArgumentException>(() => incident.RecordNeed(NeedKind.ToBeHeard, Given.Text(2001), Given.Now));
        Assert.Throws<ArgumentException>(() => incident.RecordNeed(NeedKind.ToBeHeard, "A hug\0", Given.Now));
        Assert.Equal(2, incident.Needs.Count);
    }

    [Fact]
    public void An_undefined_need_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Given.Incident().RecordNeed((NeedKind)0, null, Given.Now));

    [Fact]
    public void A_need_can_be_marked_met_and_open_again()
    {
        var incident = Given.Incident();
        var need = incident.RecordNeed(NeedKind.Apology, null, Given.Now);
        var metAt = Given.Now.AddDays(2);

        incident.MarkNeedMet(need.Id, metAt);
        Assert.True(need.IsMet);
        Assert.Equal(metAt, need.MetAt);
        Assert.Equal(metAt, incident.UpdatedAt);

        incident.MarkNeedOpen(need.Id, metAt.AddDays(1));
        Assert.False(need.IsMet);
        Assert.Null(need.MetAt);
        Assert.Equal(metAt.AddDays(1), incident.UpdatedAt);
    }

    [Fact]
    public void Marking_a_need_met_twice_keeps_the_first_date()
    {
        var incident = Given.Incident();
        var need = incident.RecordNeed(NeedKind.Apology, null, Given.Now);

        incident.MarkNeedMet(need.Id, Given.Now.AddDays(1));
        incident.MarkNeedMet(need.Id, Given.Now.AddDays(2));

        Assert.Equal(Given.Now.AddDays(1), need.MetAt);
    }

    [Fact]
    public void A_need_cannot_be_met_before_it_was_recorded()
    {
        var incident = Given.Incident();
        var need = incident.RecordNeed(NeedKind.Apology, null, Given.Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => incident.MarkNeedMet(need.Id, Given.Now.AddMinutes(-1)));
        Assert.False(need.IsMet);
    }

    [Fact]
    public void A_need_from_another_incident_is_not_found()
    {
        var other = Given.Incident().RecordNeed(NeedKind.Apology, null, Given.Now);
        var incident = Given.Incident();

        Assert.Throws<ArgumentException>(() => incident.MarkNeedMet(other.Id, Given.Now));
        Assert.Throws<ArgumentException>(() => incident.MarkNeedOpen(other.Id, Given.Now));
    }

    [Fact]
    public void Rewording_a_need_changes_only_its_words_and_a_need_can_be_removed()
    {
        var incident = Given.Incident();
        var need = incident.RecordNeed(NeedKind.Apology, "Clumsy.", Given.Now);
        var other = incident.RecordNeed(NeedKind.Space, null, Given.Now.AddHours(1));

        incident.RewordNeed(need.Id, "  Clearer words.  ", Given.Now.AddHours(2));

        Assert.Equal("Clearer words.", need.ResolutionLooksLike);
        Assert.Equal(NeedKind.Apology, need.Kind);
        Assert.Equal(Given.Now, need.RecordedAt);
        Assert.Equal(Given.Now.AddHours(2), incident.UpdatedAt);
        Assert.Throws<ArgumentException>(() => incident.RewordNeed(need.Id, Given.Text(2001), Given.Now));
        Assert.Throws<ArgumentException>(() => incident.RewordNeed(Guid.NewGuid(), "x", Given.Now));

        incident.RemoveNeed(need.Id, Given.Now.AddHours(3));

        Assert.Same(other, Assert.Single(incident.Needs));
        Assert.Throws<ArgumentException>(() => incident.RemoveNeed(need.Id, Given.Now));
    }
}
