namespace HurtHealing.Domain.Incidents;

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum NeedKind
{
    ToBeHeard = 1,
    Acknowledgment = 2,
    Apology = 3,
    Explanation = 4,
    Reassurance = 5,
    ChangeInBehaviour = 6,
    Space = 7,
    Other = 8,
}

public static class NeedKinds
{
    public const string ResolutionPrompt = "What would resolution look like, sound like and feel like for you?";

    public const string TellingNeedsApart =
        "Acknowledgment looks back: you want them to see that it happened and how it landed on you. " +
        "An explanation looks for the why, so it can make some sense. " +
        "A change looks ahead: something different next time, in a way you could notice. " +
        "You may need one of these, or all three, and that can shift from one day to the next.";

    public static IReadOnlyList<NeedKind> All { get; } = [.. Enum.GetValues<NeedKind>()];

    public static string Label(NeedKind kind) => Describe(kind).Label;

    public static string Guidance(NeedKind kind) => Describe(kind).Guidance;

    public static bool TryParse(string? value, out NeedKind kind) => EnumNames.TryParse(value, out kind);

    private static (string Label, string Guidance) Describe(NeedKind kind) => kind switch
    {
        NeedKind.ToBeHeard => ("To be heard", "You want them to listen all the way through, without fixing or defending."),
        NeedKind.Acknowledgment => ("Acknowledgment", "You want them to recognise that it happened and that it hurt you."),
        NeedKind.Apology => ("An apology", "You want them to say sorry and mean it, with no \"but\" after it."),
        NeedKind.Explanation => ("An explanation", "You want to understand why it happened, so it makes some sense."),
        NeedKind.Reassurance => ("Reassurance", "You want to know you still matter to them and that you're safe together."),
        NeedKind.ChangeInBehaviour => ("A change in behaviour", "You want something to be different next time, in a way you could see."),
        // Space is a need in its own right, not a step towards a talk: whether and when to talk stays the person's choice.
        NeedKind.Space => ("Space", "You need some time to yourself. Whether and when to talk about it is up to you."),
        NeedKind.Other => ("Something else", "A need that doesn't fit these; put it in your own words."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined need."),
    };
}
