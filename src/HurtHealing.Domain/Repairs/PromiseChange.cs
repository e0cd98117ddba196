namespace HurtHealing.Domain.Repairs;

/// <summary>One dated step in a promise's follow-through. Changes are only ever added, so the history stays.</summary>
public sealed class PromiseChange
{
    private PromiseChange()
    {
    }

    internal PromiseChange(string ownerId, Guid promiseId, PromiseFollowThrough status, DateTimeOffset changedAt)
    {
        Id = Guid.CreateVersion7(changedAt);
        OwnerId = ownerId;
        PromiseId = promiseId;
        Status = status;
        ChangedAt = changedAt;
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid PromiseId { get; private set; }
    public PromiseFollowThrough Status { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
}
