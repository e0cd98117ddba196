using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Repairs;

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum RepairKind
{
    Apology = 1,
    Acknowledgment = 2,
    Explanation = 3,
    ChangedBehaviour = 4,
    AffectionOrHumour = 5,
    Promise = 6,
    Other = 7,
}

/// <summary>
/// The kinds of repair attempt. Gottman's research on repair attempts: any move, small or clumsy, that
/// tries to stop things getting worse or to reconnect. Noticing them is half the work, so the words
/// describe what was tried, never whether it was "good enough".
/// </summary>
public static class RepairKinds
{
    public static IReadOnlyList<RepairKind> All { get; } = [.. Enum.GetValues<RepairKind>()];

    public static string Label(RepairKind kind) => Describe(kind).Label;

    public static string Hint(RepairKind kind) => Describe(kind).Hint;

    public static bool TryParse(string? value, out RepairKind kind) => EnumNames.TryParse(value, out kind);

    private static (string Label, string Hint) Describe(RepairKind kind) => kind switch
    {
        RepairKind.Apology => ("An apology", "Saying sorry for what happened."),
        RepairKind.Acknowledgment => ("Acknowledging it", "Recognising what happened and how it landed."),
        RepairKind.Explanation => ("An explanation", "Sharing what was going on, or why it happened."),
        RepairKind.ChangedBehaviour => ("Doing something differently", "A change you could see, not only words."),
        RepairKind.AffectionOrHumour => ("Affection or humour", "A hug, a kind gesture, a shared laugh that eased things."),
        RepairKind.Promise => ("A promise", "Saying what will be different from now on."),
        RepairKind.Other => ("Something else", "Another way of reaching out; your own words are enough."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined kind of repair attempt."),
    };
}
