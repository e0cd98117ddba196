namespace HurtHealing.Domain.Incidents;

/// <summary>A need named on a given day. Needs change over time, so a new need is added rather than an old one rewritten.</summary>
public sealed class NeedRecord
{
    private NeedRecord()
    {
    }

    internal NeedRecord(string ownerId, Guid incidentId, NeedKind kind, string? resolutionLooksLike, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7(recordedAt);
        OwnerId = ownerId;
        IncidentId = incidentId;
        Kind = kind;
        ResolutionLooksLike = resolutionLooksLike;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid IncidentId { get; private set; }
    public NeedKind Kind { get; private set; }
    public string? ResolutionLooksLike { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? MetAt { get; private set; }
    public bool IsMet => MetAt is not null;

    /// <summary>Keeps the first date it was met, so a repeated tap changes nothing.</summary>
    internal void MarkMet(DateTimeOffset at)
    {
        if (at < RecordedAt)
            throw new ArgumentOutOfRangeException(nameof(at), at, "A need cannot be met before it was recorded.");
        MetAt ??= at;
    }

    internal void MarkOpen() => MetAt = null;

    /// <summary>Fixes the wording of what would help; the kind and the date it was named stay.</summary>
    internal void Reword(string? resolutionLooksLike) => ResolutionLooksLike = resolutionLooksLike;
}
