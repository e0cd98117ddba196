namespace HurtHealing.Domain.Incidents;

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum IncidentCategory
{
    Dismissed = 1,
    Forgotten = 2,
    BrokenPromise = 3,
    Criticism = 4,
    Contempt = 5,
    Betrayal = 6,
    Stonewalling = 7,
    Controlling = 8,
    Other = 9,
}

public static class IncidentCategories
{
    public static IReadOnlyList<IncidentCategory> All { get; } = [.. Enum.GetValues<IncidentCategory>()];

    public static string Label(IncidentCategory category) => Describe(category).Label;

    public static string Hint(IncidentCategory category) => Describe(category).Hint;

    public static bool TryParse(string? value, out IncidentCategory category) => EnumNames.TryParse(value, out category);

    private static (string Label, string Hint) Describe(IncidentCategory category) => category switch
    {
        IncidentCategory.Dismissed => ("Dismissed or belittled", "Your feelings, ideas or needs were brushed aside or made to seem small."),
        IncidentCategory.Forgotten => ("Forgotten or neglected", "Something that mattered to you slipped their mind, or you were left out."),
        IncidentCategory.BrokenPromise => ("A broken promise", "They said they would do something, and it didn't happen."),
        IncidentCategory.Criticism => ("Criticism", "Words that went after who you are, not only something that happened."),
        IncidentCategory.Contempt => ("Contempt or mockery", "Sneering, eye-rolling, mocking or name-calling: being looked down on."),
        IncidentCategory.Betrayal => ("Betrayal or dishonesty", "A trust was broken: a lie, something hidden, or someone else put before you."),
        IncidentCategory.Stonewalling => ("Stonewalling or the silent treatment", "They shut down, went quiet or walked away when you tried to talk."),
        IncidentCategory.Controlling => ("Controlling behaviour", "Your choices, money, time or friendships were limited or watched."),
        IncidentCategory.Other => ("Something else", "It doesn't fit the others; your own words are enough."),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a defined category."),
    };
}
