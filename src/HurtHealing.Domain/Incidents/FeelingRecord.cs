namespace HurtHealing.Domain.Incidents;

/// <summary>A feeling rated at one moment. Records are never changed; a new rating is a new record.</summary>
public sealed class FeelingRecord
{
    private FeelingRecord()
    {
    }

    internal FeelingRecord(string ownerId, Guid incidentId, string word, int intensity, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7(recordedAt);
        OwnerId = ownerId;
        IncidentId = incidentId;
        Word = word;
        Intensity = intensity;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid IncidentId { get; private set; }
    public string Word { get; private set; } = "";
    public int Intensity { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
