namespace HurtHealing.Domain.Safety;

/// <summary>
/// The words the app says when a safety signal is present. They observe what the person wrote and point
/// to specialist help; they never name the partner, the person or the relationship, and never promise.
/// </summary>
/// <remarks>
/// Specialist domestic-abuse services advise that a joint talk or couples counselling may not be safe
/// when one partner is afraid of the other, and that leaving can be the most dangerous time; the notes
/// follow that advice rather than any of the talk methods used elsewhere in the app.
/// </remarks>
public static class SafetyNotes
{
    public const string YouDeserveToFeelSafe =
        "You deserve to feel safe. If you are ever afraid of your partner, a specialist service can help you think through what to do next.";

    public const string JointTalkMayNotBeSafe =
        "When someone is afraid of their partner, a private talk or couples counselling may not be the safe next step. A specialist service can help you think it through, and the choice stays yours.";

    public const string LeavingCanBeRisky =
        "Your decision stands as it is. Telling a partner you are leaving can be a risky moment, so a specialist service can help you plan how and when to do it safely.";

    /// <summary>One line naming, gently, what the person mentioned: "You've mentioned being afraid."</summary>
    public static string Observation(SafetySignalKind kind) => kind switch
    {
        SafetySignalKind.Fear => "You've mentioned being afraid.",
        SafetySignalKind.Violence => "You've mentioned being hurt or handled roughly.",
        SafetySignalKind.Threat => "You've mentioned threats.",
        SafetySignalKind.Intimidation => "You've mentioned things that sound frightening to be around.",
        SafetySignalKind.MonitoringAndControl => "You've mentioned being checked on or limited in what you can do.",
        SafetySignalKind.Isolation => "You've mentioned being kept from people who matter to you.",
        SafetySignalKind.Degradation => "You've mentioned being put down or called names.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown safety signal."),
    };

    /// <summary>
    /// The whole gentle note for the kinds found, most serious first, at most two observations, then
    /// <see cref="YouDeserveToFeelSafe"/>. Empty when there is nothing to say.
    /// </summary>
    public static string For(IEnumerable<SafetySignalKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var ordered = kinds.Distinct().OrderBy(Seriousness).Take(2).Select(Observation).ToList();
        return ordered.Count == 0 ? "" : string.Join(' ', ordered.Append(YouDeserveToFeelSafe));
    }

    private static int Seriousness(SafetySignalKind kind) => kind switch
    {
        SafetySignalKind.Violence => 0,
        SafetySignalKind.Threat => 1,
        SafetySignalKind.Fear => 2,
        SafetySignalKind.Intimidation => 3,
        SafetySignalKind.MonitoringAndControl => 4,
        SafetySignalKind.Isolation => 5,
        _ => 6,
    };
}
