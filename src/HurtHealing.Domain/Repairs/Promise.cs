using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Repairs;

/// <summary>
/// A promise carried by a repair attempt: what was promised, an optional "by" date, and its
/// follow-through with every change dated. Trust comes back through promises that hold over weeks
/// (Gottman, Aftermath of a Regrettable Incident: the repair ends in a plan for next time), so this
/// history is what the trust curve is drawn from.
/// </summary>
public sealed class Promise
{
    private readonly List<PromiseChange> _changes = [];

    private Promise()
    {
    }

    internal Promise(string ownerId, Guid incidentId, Guid repairAttemptId, string whatWasPromised, DateOnly? byDate, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        OwnerId = ownerId;
        IncidentId = incidentId;
        RepairAttemptId = repairAttemptId;
        WhatWasPromised = whatWasPromised;
        ByDate = byDate;
        CreatedAt = now;
        Status = PromiseFollowThrough.Pending;
        StatusChangedAt = now;
        _changes.Add(new PromiseChange(ownerId, Id, PromiseFollowThrough.Pending, now));
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid IncidentId { get; private set; }
    public Guid RepairAttemptId { get; private set; }
    public string WhatWasPromised { get; private set; } = "";

    /// <summary>The day it was meant to happen by, in the person's own calendar; none when no date was given.</summary>
    public DateOnly? ByDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Where it stands now: the status of the latest change, kept here so it can be counted in SQL.</summary>
    public PromiseFollowThrough Status { get; private set; }

    /// <summary>When <see cref="Status"/> was set; the trust curve counts a promise in this week.</summary>
    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>Every follow-through, oldest first; the first is always <see cref="PromiseFollowThrough.Pending"/> at creation.</summary>
    public IReadOnlyList<PromiseChange> Changes => [.. _changes.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)];

    /// <summary>See <see cref="Insights.DueRules.IsPromiseDue"/>.</summary>
    public bool IsDue(DateOnly today) => Insights.DueRules.IsPromiseDue(Status, ByDate, today);

    /// <summary>
    /// Records how the promise is going. Choosing the status it already has changes nothing (a double
    /// tap makes one change), and returns <c>false</c>. Any status can follow any other: a mistaken tap
    /// is put right by a new dated change, never by rewriting the old one.
    /// </summary>
    public bool RecordFollowThrough(PromiseFollowThrough status, DateTimeOffset at)
    {
        var when = Guard.Instant(at, nameof(at));
        Guard.Defined(status, nameof(status));
        if (status == Status)
            return false;
        if (when < StatusChangedAt)
            throw new ArgumentOutOfRangeException(nameof(at), at, "A follow-through cannot be dated before the one it follows.");

        _changes.Add(new PromiseChange(OwnerId, Id, status, when));
        Status = status;
        StatusChangedAt = when;
        return true;
    }

    internal void Reword(string whatWasPromised, DateOnly? byDate)
    {
        WhatWasPromised = whatWasPromised;
        ByDate = byDate;
    }

    internal static DateOnly? ValidByDate(DateOnly? byDate) =>
        byDate is { } date && date < IncidentRules.EarliestOccurredOn
            ? throw new ArgumentOutOfRangeException(nameof(byDate), byDate, $"A date must be from {IncidentRules.EarliestOccurredOn:yyyy-MM-dd} on.")
            : byDate;
}
