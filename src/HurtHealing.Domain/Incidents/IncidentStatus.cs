namespace HurtHealing.Domain.Incidents;

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum IncidentStatus
{
    Fresh = 1,
    Processing = 2,
    Talked = 3,
    Forgiving = 4,
    AtPeace = 5,
    PartOfPattern = 6,
}

public static class IncidentStatuses
{
    public static IReadOnlyList<IncidentStatus> All { get; } = [.. Enum.GetValues<IncidentStatus>()];

    public static string Label(IncidentStatus status) => Describe(status).Label;

    public static string Hint(IncidentStatus status) => Describe(status).Hint;

    public static bool TryParse(string? value, out IncidentStatus status) => EnumNames.TryParse(value, out status);

    private static (string Label, string Hint) Describe(IncidentStatus status) => status switch
    {
        IncidentStatus.Fresh => ("Fresh", "It just happened, or it still feels raw."),
        IncidentStatus.Processing => ("Working through it", "You're letting yourself feel it and making sense of it."),
        IncidentStatus.Talked => ("We've talked", "You've had a conversation about it."),
        // Enright's forgiveness process: forgiving is not excusing, forgetting, reconciling or permitting.
        IncidentStatus.Forgiving => ("Forgiving", "You're loosening its hold on you, a little at a time. Forgiving isn't excusing, forgetting, making up or allowing it again."),
        IncidentStatus.AtPeace => ("At peace", "It doesn't weigh on you the way it did."),
        IncidentStatus.PartOfPattern => ("Part of a pattern", "It feels like one piece of something that keeps happening."),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined status."),
    };
}
