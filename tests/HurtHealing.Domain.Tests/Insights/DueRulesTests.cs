using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Insights;

namespace HurtHealing.Domain.Tests.Insights;

public class DueRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static CheckInCandidate Candidate(int loggedDaysAgo, int? lookedDaysAgo = null, IncidentStatus status = IncidentStatus.Fresh, bool dismissed = false) =>
        new(Guid.NewGuid(), Now.AddDays(-loggedDaysAgo), lookedDaysAgo is { } d ? Now.AddDays(-d) : null, status, dismissed);

    [Theory]
    [InlineData(14, null, true)]
    [InlineData(13, null, false)]
    [InlineData(30, 15, true)]
    [InlineData(30, 13, false)]
    [InlineData(59, 20, true)]
    [InlineData(60, 20, false)]
    public void A_check_in_is_invited_on_a_fresh_hurt_not_looked_at_for_two_weeks(int logged, int? looked, bool due)
    {
        Assert.Equal(due, DueRules.IsCheckInDue(Candidate(logged, looked), Now));
    }

    [Fact]
    public void An_invitation_dismissed_or_a_hurt_at_peace_is_never_invited()
    {
        Assert.False(DueRules.IsCheckInDue(Candidate(20, dismissed: true), Now));
        Assert.False(DueRules.IsCheckInDue(Candidate(20, status: IncidentStatus.AtPeace), Now));
        Assert.True(DueRules.IsCheckInDue(Candidate(20, status: IncidentStatus.Forgiving), Now));
    }

    [Fact]
    public void The_longest_unlooked_at_comes_first()
    {
        var recent = Candidate(20, 15);
        var older = Candidate(40, 30);
        var never = Candidate(25);

        Assert.Equal([older.IncidentId, never.IncidentId, recent.IncidentId], DueRules.CheckInsDue([recent, Candidate(3), older, never], Now));
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(1, 0, "When you're ready: a promise has reached its date.")]
    [InlineData(0, 1, "When you're ready: one hurt could use a quick check-in.")]
    [InlineData(2, 3, "When you're ready: 2 promises have reached their date, and 3 hurts could use a quick check-in.")]
    public void Home_says_what_is_due_in_one_gentle_line(int promises, int checkIns, string? line)
    {
        Assert.Equal(line, DueRules.HomeLine(promises, checkIns));
    }
}
