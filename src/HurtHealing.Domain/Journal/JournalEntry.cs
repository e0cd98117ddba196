namespace HurtHealing.Domain.Journal;

/// <summary>
/// Free writing, alone or attached to an incident. The domain can't see who owns that incident:
/// the caller checks it belongs to the same person before attaching.
/// </summary>
public sealed class JournalEntry
{
    private JournalEntry()
    {
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid? IncidentId { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>When the person wrote it; a draft kept on the device can reach the server later.</summary>
    public DateTimeOffset WrittenAt { get; private set; }

    public int? FeelingWindowMinutes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static JournalEntry Create(
        string ownerId,
        string text,
        DateTimeOffset writtenAt,
        Guid? incidentId,
        int? feelingWindowMinutes,
        DateTimeOffset now)
    {
        var owner = Guard.OwnerId(ownerId);
        var written = Guard.Instant(writtenAt, nameof(writtenAt));
        var createdAt = Guard.Instant(now, nameof(now));

        var entry = new JournalEntry
        {
            Id = Guid.CreateVersion7(createdAt),
            OwnerId = owner,
            WrittenAt = written,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        entry.Edit(text, incidentId, feelingWindowMinutes, createdAt);
        return entry;
    }

    public void Edit(string text, Guid? incidentId, int? feelingWindowMinutes, DateTimeOffset now)
    {
        var at = Guard.Instant(now, nameof(now));
        var cleanText = Guard.RequiredText(text, JournalRules.MaxText, nameof(text));
        if (incidentId is { } id)
            Guard.Id(id, nameof(incidentId));
        if (!JournalRules.IsFeelingWindowAllowed(feelingWindowMinutes))
            throw new ArgumentOutOfRangeException(nameof(feelingWindowMinutes), feelingWindowMinutes,
                "A feeling window is 5, 10, 15 or 20 minutes.");

        Text = cleanText;
        IncidentId = incidentId;
        FeelingWindowMinutes = feelingWindowMinutes;
        if (at > UpdatedAt)
            UpdatedAt = at;
    }
}
