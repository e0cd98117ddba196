namespace HurtHealing.Domain.Repairs;

/// <summary>
/// A bid to mend after one incident, by my partner or by me (Gottman: repair attempts). Whether it was
/// acknowledged is recorded too: noticing and answering a partner's attempt is the hurt person's half of
/// repair. It may carry one <see cref="Repairs.Promise"/>. A sibling of the incident, keyed by incident
/// and owner, so the incident's own loads stay small.
/// </summary>
public sealed class RepairAttempt
{
    private RepairAttempt()
    {
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid IncidentId { get; private set; }

    /// <summary>Set once from the form, so a repeated post of the same form never makes a second attempt.</summary>
    public Guid IdempotencyKey { get; private set; }

    public RepairBy By { get; private set; }
    public RepairKind Kind { get; private set; }

    /// <summary>When it happened (not when it was written down).</summary>
    public DateTimeOffset MadeAt { get; private set; }

    public string? WhatWasSaidOrDone { get; private set; }

    /// <summary>When the other side acknowledged it: I did, for my partner's attempt; they did, for mine.</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? HowAcknowledged { get; private set; }
    public bool IsAcknowledged => AcknowledgedAt is not null;

    /// <summary>How it landed, 0 (not at all) to 10 (it really reached me); optional.</summary>
    public int? Landed { get; private set; }

    public Promise? Promise { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static RepairAttempt Create(
        string ownerId,
        Guid incidentId,
        Guid idempotencyKey,
        RepairBy by,
        RepairKind kind,
        DateTimeOffset madeAt,
        string? whatWasSaidOrDone,
        DateTimeOffset now)
    {
        var owner = Guard.OwnerId(ownerId);
        var incident = Guard.Id(incidentId, nameof(incidentId));
        var key = Guard.Id(idempotencyKey, nameof(idempotencyKey));
        var createdAt = Guard.Instant(now, nameof(now));

        var attempt = new RepairAttempt
        {
            Id = Guid.CreateVersion7(createdAt),
            OwnerId = owner,
            IncidentId = incident,
            IdempotencyKey = key,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        attempt.Describe(by, kind, madeAt, whatWasSaidOrDone, createdAt);
        return attempt;
    }

    /// <summary>Changes who made it, what kind it was, when, and what was said or done.</summary>
    public void Describe(RepairBy by, RepairKind kind, DateTimeOffset madeAt, string? whatWasSaidOrDone, DateTimeOffset now)
    {
        // Everything is checked before anything is assigned: a refused change leaves the attempt as it was.
        var at = Guard.Instant(now, nameof(now));
        Guard.Defined(by, nameof(by));
        Guard.Defined(kind, nameof(kind));
        var made = RepairRules.NotAhead(madeAt, at, nameof(madeAt));
        var what = Guard.OptionalText(whatWasSaidOrDone, RepairRules.MaxWhatWasSaidOrDone, nameof(whatWasSaidOrDone));

        (By, Kind, MadeAt, WhatWasSaidOrDone) = (by, kind, made, what);
        Touch(at);
    }

    /// <summary>
    /// Records that it was acknowledged, and optionally how. Acknowledging again keeps the first date
    /// and updates only how, so a double tap changes nothing.
    /// </summary>
    public void Acknowledge(string? how, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        var text = Guard.OptionalText(how, RepairRules.MaxHowAcknowledged, nameof(how));
        AcknowledgedAt ??= at;
        HowAcknowledged = text;
        Touch(at);
    }

    /// <summary>Puts right an acknowledgment recorded by mistake.</summary>
    public void WithdrawAcknowledgment(DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        AcknowledgedAt = null;
        HowAcknowledged = null;
        Touch(at);
    }

    /// <summary>How it landed, 0 to 10, or <c>null</c> to leave it unsaid.</summary>
    public void RateHowItLanded(int? landed, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        if (landed is { } value)
            Guard.InRange(value, RepairRules.LandedMin, RepairRules.LandedMax, nameof(landed));
        Landed = landed;
        Touch(at);
    }

    /// <summary>Adds the promise this attempt carried. An attempt carries at most one.</summary>
    /// <exception cref="InvalidOperationException">The attempt already carries a promise.</exception>
    public Promise AddPromise(string whatWasPromised, DateOnly? byDate, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        var what = Guard.RequiredText(whatWasPromised, RepairRules.MaxWhatWasPromised, nameof(whatWasPromised));
        var by = Promise.ValidByDate(byDate);
        if (Promise is not null)
            throw new InvalidOperationException("This repair attempt already carries a promise.");

        Promise = new Promise(OwnerId, IncidentId, Id, what, by, at);
        Touch(at);
        return Promise;
    }

    /// <summary>Rewords the promise or changes its date; its follow-through history stays as it is.</summary>
    /// <exception cref="InvalidOperationException">The attempt carries no promise.</exception>
    public void ChangePromise(string whatWasPromised, DateOnly? byDate, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        var what = Guard.RequiredText(whatWasPromised, RepairRules.MaxWhatWasPromised, nameof(whatWasPromised));
        var by = Promise.ValidByDate(byDate);
        var promise = Promise ?? throw new InvalidOperationException("This repair attempt carries no promise.");

        promise.Reword(what, by);
        Touch(at);
    }

    /// <summary>Records the promise's follow-through; see <see cref="Promise.RecordFollowThrough"/>.</summary>
    /// <exception cref="InvalidOperationException">The attempt carries no promise.</exception>
    public bool RecordFollowThrough(PromiseFollowThrough status, DateTimeOffset now)
    {
        var promise = Promise ?? throw new InvalidOperationException("This repair attempt carries no promise.");
        var changed = promise.RecordFollowThrough(status, now);
        if (changed)
            Touch(promise.StatusChangedAt);
        return changed;
    }

    // Clocks can disagree by a little; the last change time never moves backwards.
    private void Touch(DateTimeOffset at)
    {
        if (at > UpdatedAt)
            UpdatedAt = at;
    }
}
