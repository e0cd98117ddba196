namespace HurtHealing.Domain.Plans;

// Gottman's Aftermath of a Regrettable Incident (both realities are real) and the flooding break (a
// pause is allowed); the safety reminder puts safety before finishing the talk.

/// <summary>Short lines for the calm screen a person opens minutes before the talk.</summary>
public static class BeforeTheTalk
{
    public static IReadOnlyList<string> ListeningReminders { get; } =
    [
        "Their experience is real to them, just as yours is to you. Both can be true.",
        "Listen to understand, not to get your reply ready.",
        "Feeling uncomfortable doesn't mean it's going wrong. Either of you can ask for a pause.",
    ];

    /// <summary>
    /// Shown on the screen before the talk, right after the card: the person may stop and leave at any point.
    /// </summary>
    public const string SafetyReminder =
        "You can stop at any point, and leave if you need to. Your safety matters more than finishing the talk.";

    public const string SlowBreath =
        "Breathe in slowly for four, and out for six. Three times. There's no rush.";
}
