using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Repairs;

namespace HurtHealing.Domain.Insights;

/// <summary>
/// An incident that might be ready for a check-in, as one SQL row can give it: <c>LastLookedAt</c> is its
/// latest check-in (none without one); <c>InvitationDismissed</c> says the person asked not to be invited
/// to check in on this incident again.
/// </summary>
public readonly record struct CheckInCandidate(Guid IncidentId, DateTimeOffset LoggedAt, DateTimeOffset? LastLookedAt, IncidentStatus Status, bool InvitationDismissed);

/// <summary>
/// What home shows as due, gently: never a streak, never a count of days missed, never guilt.
/// <list type="bullet">
/// <item>A promise is due when it is still pending and its "by" date is before today in the person's
/// calendar (on the day itself it is not yet due). In SQL: <c>status = Pending AND by_date &lt; @today</c>.</item>
/// <item>A check-in is invited on a fresh incident, one logged in the last <see cref="FreshDays"/> days and
/// not at peace, when neither it was logged nor checked in on in the last <see cref="CheckInAfterDays"/>
/// days, unless the person dismissed the invitation for it.</item>
/// </list>
/// </summary>
public static class DueRules
{
    public const int FreshDays = 60;
    public const int CheckInAfterDays = 14;

    // Gottman's Aftermath: a promise is the plan for next time, so its date is a moment to look, not to
    // accuse. The words ask how it went and leave the answer open.
    public const string PromiseDueLine = "A promise has reached its date. When you're ready, you can note how it went.";

    // Written against streak mechanics: no count of days, no "missed", nothing to keep up.
    public const string CheckInInvitation = "It's been a little while since you looked in on this. A check-in takes a few seconds, whenever you like.";

    public const string DismissInvitation = "Don't ask about this one again";

    public static bool IsPromiseDue(PromiseFollowThrough status, DateOnly? byDate, DateOnly today) =>
        status == PromiseFollowThrough.Pending && byDate is { } by && by < today;

    public static bool IsCheckInDue(CheckInCandidate candidate, DateTimeOffset now) =>
        !candidate.InvitationDismissed
        && candidate.Status != IncidentStatus.AtPeace
        && candidate.LoggedAt > now.AddDays(-FreshDays)
        && (candidate.LastLookedAt ?? candidate.LoggedAt) <= now.AddDays(-CheckInAfterDays);

    /// <summary>The incidents to invite a check-in on, the longest unlooked-at first.</summary>
    public static IReadOnlyList<Guid> CheckInsDue(IEnumerable<CheckInCandidate> candidates, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return [.. candidates
            .Where(c => IsCheckInDue(c, now))
            .OrderBy(c => c.LastLookedAt ?? c.LoggedAt)
            .Select(c => c.IncidentId)];
    }

    /// <summary>Home's one line about what is due, or none when nothing is.</summary>
    public static string? HomeLine(int promisesDue, int checkInsDue)
    {
        if (promisesDue < 0 || checkInsDue < 0)
            throw new ArgumentOutOfRangeException(nameof(promisesDue), "Counts cannot be negative.");
        var promises = promisesDue switch
        {
            0 => null,
            1 => "a promise has reached its date",
            _ => $"{promisesDue} promises have reached their date",
        };
        var checkIns = checkInsDue switch
        {
            0 => null,
            1 => "one hurt could use a quick check-in",
            _ => $"{checkInsDue} hurts could use a quick check-in",
        };
        string[] parts = [.. new[] { promises, checkIns }.OfType<string>()];
        return parts.Length == 0 ? null : $"When you're ready: {string.Join(", and ", parts)}.";
    }
}
