namespace HurtHealing.Domain.Boundaries;

/// <summary>One dated time a boundary was crossed; it shows on the incident's timeline as a setback.</summary>
public sealed class BoundaryCrossing
{
    private BoundaryCrossing()
    {
    }

    internal BoundaryCrossing(string ownerId, Guid boundaryId, DateTimeOffset crossedAt, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7(recordedAt);
        OwnerId = ownerId;
        BoundaryId = boundaryId;
        CrossedAt = crossedAt;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid BoundaryId { get; private set; }
    public DateTimeOffset CrossedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
