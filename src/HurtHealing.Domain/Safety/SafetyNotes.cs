using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Safety;

/// <summary>A gentle safety note for a page, and whether the talk steps aside for it.</summary>
/// <param name="Text">What the note says, observation first.</param>
/// <param name="TalkStepsAside">
/// A private talk is no longer the main next step: "Prepare to talk about this" moves below the note
/// (still there, never taken away), and the note says why.
/// </param>
public sealed record SafetyNote(string Text, bool TalkStepsAside);

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

    public const string NotSureOfSafety =
        "You said you don't feel safe, or aren't sure, raising this with your partner. That matters more than any plan.";

    public const string FeltUnsafeInTalk =
        "You said you didn't feel safe, or aren't sure you did. That matters, and it isn't your fault.";

    public const string ControllingOrContempt =
        "Being controlled or looked down on can wear a person down over time, and it isn't your fault. A counsellor can help you make sense of it, and if you are ever afraid of your partner, a specialist service can help too.";

    public const string PartOfAPattern =
        "When the same kind of hurt keeps happening, talking it through with a counsellor can help. If you are ever afraid of your partner, a specialist service can help too.";

    /// <summary>
    /// The note for one incident: a safety signal in anything the person wrote or typed about it comes
    /// first (and the talk steps aside); then the categories for controlling behaviour and contempt
    /// (controlling behaviour also moves the talk aside, since a joint talk may not be safe there); then
    /// the status "part of a pattern". <c>null</c> when none applies.
    /// </summary>
    public static SafetyNote? ForIncident(IReadOnlyCollection<SafetySignalKind> signals, IncidentCategory category, IncidentStatus status)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.Count > 0)
        {
            return new SafetyNote(For(signals), TalkStepsAside: true);
        }

        return category switch
        {
            IncidentCategory.Controlling => new SafetyNote(ControllingOrContempt, TalkStepsAside: true),
            IncidentCategory.Contempt => new SafetyNote(ControllingOrContempt, TalkStepsAside: false),
            _ when status == IncidentStatus.PartOfPattern => new SafetyNote(PartOfAPattern, TalkStepsAside: false),
            _ => null,
        };
    }

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
