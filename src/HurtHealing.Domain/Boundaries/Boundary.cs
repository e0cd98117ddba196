using HurtHealing.Domain.Repairs;

namespace HurtHealing.Domain.Boundaries;

/// <summary>
/// What I will not accept, and what I will do if it happens again, set about one incident. It stands
/// beside forgiveness (Enright: forgiving is not permitting). It can be marked crossed, each time dated.
/// A sibling of the incident, keyed by incident and owner.
/// </summary>
public sealed class Boundary
{
    private readonly List<BoundaryCrossing> _crossings = [];

    private Boundary()
    {
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid IncidentId { get; private set; }

    /// <summary>Set once from the form, so a repeated post of the same form never makes a second boundary.</summary>
    public Guid IdempotencyKey { get; private set; }

    public string WhatIWillNotAccept { get; private set; } = "";
    public string? WhatIWillDo { get; private set; }

    /// <summary>When the boundary was set; it may be earlier than when it was written down.</summary>
    public DateTimeOffset SetAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Every time it was crossed, oldest first.</summary>
    public IReadOnlyList<BoundaryCrossing> Crossings => [.. _crossings.OrderBy(c => c.CrossedAt).ThenBy(c => c.Id)];

    public bool WasCrossed => _crossings.Count > 0;

    public DateTimeOffset? LastCrossedAt => _crossings.Count == 0 ? null : _crossings.Max(c => c.CrossedAt);

    public static Boundary Create(
        string ownerId,
        Guid incidentId,
        Guid idempotencyKey,
        string whatIWillNotAccept,
        string? whatIWillDo,
        DateTimeOffset setAt,
        DateTimeOffset now)
    {
        var owner = Guard.OwnerId(ownerId);
        var incident = Guard.Id(incidentId, nameof(incidentId));
        var key = Guard.Id(idempotencyKey, nameof(idempotencyKey));
        var createdAt = Guard.Instant(now, nameof(now));
        var set = RepairRules.NotAhead(setAt, createdAt, nameof(setAt));

        var boundary = new Boundary
        {
            Id = Guid.CreateVersion7(createdAt),
            OwnerId = owner,
            IncidentId = incident,
            IdempotencyKey = key,
            SetAt = set,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        boundary.Reword(whatIWillNotAccept, whatIWillDo, createdAt);
        return boundary;
    }

    public void Reword(string whatIWillNotAccept, string? whatIWillDo, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        var notAccept = Guard.RequiredText(whatIWillNotAccept, BoundaryRules.MaxWhatIWillNotAccept, nameof(whatIWillNotAccept));
        var willDo = Guard.OptionalText(whatIWillDo, BoundaryRules.MaxWhatIWillDo, nameof(whatIWillDo));

        (WhatIWillNotAccept, WhatIWillDo) = (notAccept, willDo);
        Touch(at);
    }

    /// <summary>
    /// Marks the boundary crossed at <paramref name="crossedAt"/>. Marking the same moment twice (a double
    /// tap) gives back the crossing already recorded.
    /// </summary>
    public BoundaryCrossing MarkCrossed(DateTimeOffset crossedAt, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        var crossed = RepairRules.NotAhead(crossedAt, at, nameof(crossedAt));
        if (crossed < SetAt)
            throw new ArgumentOutOfRangeException(nameof(crossedAt), crossedAt, "A boundary cannot be crossed before it was set.");

        var existing = _crossings.Find(c => c.CrossedAt == crossed);
        if (existing is not null)
            return existing;

        var crossing = new BoundaryCrossing(OwnerId, Id, crossed, at);
        _crossings.Add(crossing);
        Touch(at);
        return crossing;
    }

    /// <summary>Removes a crossing recorded by mistake.</summary>
    /// <returns><c>false</c> when the boundary has no crossing with that id.</returns>
    public bool RemoveCrossing(Guid crossingId, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        var removed = _crossings.RemoveAll(c => c.Id == crossingId) > 0;
        if (removed)
            Touch(at);
        return removed;
    }

    // Clocks can disagree by a little; the last change time never moves backwards.
    private void Touch(DateTimeOffset at)
    {
        if (at > UpdatedAt)
            UpdatedAt = at;
    }
}
