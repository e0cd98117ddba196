namespace HurtHealing.Domain.Plans;

/// <summary>Short lines for the calm screen a person opens minutes before the talk.</summary>
public static class BeforeTheTalk
{
    public static IReadOnlyList<string> ListeningReminders { get; } =
    [
        "Their experience is real to them, just as yours is to you. Both can be true.",
        "Listen to understand, not to get your reply ready.",
        "Feeling uncomfortable doesn't mean it's going wrong. Either of you can ask for a pause.",
    ];

    public const string SlowBreath =
        "Breathe in slowly for four, and out for six. Three times. There's no rush.";
}
