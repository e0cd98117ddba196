using HurtHealing.Domain.Insights;

namespace HurtHealing.Domain.CheckIns;

/// <summary>
/// A quick later look at one incident: how heavy it still is, how much grip resentment has, and whether
/// something re-triggered it. A new look is a new check-in, so together they are the healing curve; one
/// recorded wrongly can be put right (<see cref="Change"/>) or deleted, and keeps the moment it was made.
/// A sibling of the incident, keyed by incident and owner.
/// </summary>
public sealed class CheckIn
{
    private CheckIn()
    {
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid IncidentId { get; private set; }

    /// <summary>Set once from the form, so a repeated post of the same form never makes a second check-in.</summary>
    public Guid IdempotencyKey { get; private set; }

    public DateTimeOffset CheckedInAt { get; private set; }

    /// <summary>How heavy it still feels, 0 to 10.</summary>
    public int Intensity { get; private set; }

    /// <summary>How much grip resentment has, 0 (none) to 10 (it holds on hard).</summary>
    public int ResentmentGrip { get; private set; }

    public bool Retriggered { get; private set; }
    public string? WhatRetriggered { get; private set; }
    public string? Note { get; private set; }

    public HealingPoint ToPoint() => new(CheckedInAt, Intensity, ResentmentGrip, Retriggered);

    /// <summary>Records a check-in. What re-triggered it is kept only when <c>retriggered</c> is true; a text without it is refused.</summary>
    public static CheckIn Create(
        string ownerId,
        Guid incidentId,
        Guid idempotencyKey,
        int intensity,
        int resentmentGrip,
        bool retriggered,
        string? whatRetriggered,
        string? note,
        DateTimeOffset now)
    {
        var owner = Guard.OwnerId(ownerId);
        var incident = Guard.Id(incidentId, nameof(incidentId));
        var key = Guard.Id(idempotencyKey, nameof(idempotencyKey));
        var at = Guard.Instant(now, nameof(now));

        var checkIn = new CheckIn
        {
            Id = Guid.CreateVersion7(at),
            OwnerId = owner,
            IncidentId = incident,
            IdempotencyKey = key,
            CheckedInAt = at,
        };
        checkIn.Change(intensity, resentmentGrip, retriggered, whatRetriggered, note);
        return checkIn;
    }

    /// <summary>
    /// Puts right what a check-in says; when it was made stays as it was, so the curve keeps its place.
    /// Everything is checked before anything is assigned: a refused change leaves the check-in as it was.
    /// </summary>
    public void Change(int intensity, int resentmentGrip, bool retriggered, string? whatRetriggered, string? note)
    {
        Guard.InRange(intensity, CheckInRules.IntensityMin, CheckInRules.IntensityMax, nameof(intensity));
        Guard.InRange(resentmentGrip, CheckInRules.ResentmentMin, CheckInRules.ResentmentMax, nameof(resentmentGrip));
        var what = Guard.OptionalText(whatRetriggered, CheckInRules.MaxWhatRetriggered, nameof(whatRetriggered));
        if (what is not null && !retriggered)
            throw new ArgumentException("What brought it back is kept only when something did.", nameof(whatRetriggered));
        var cleanNote = Guard.OptionalText(note, CheckInRules.MaxNote, nameof(note));

        (Intensity, ResentmentGrip, Retriggered, WhatRetriggered, Note) = (intensity, resentmentGrip, retriggered, what, cleanNote);
    }
}
