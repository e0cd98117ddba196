namespace HurtHealing.Domain.Plans;

/// <summary>
/// The outcome of a readiness check: "ready" or "not yet", with every reason. "Not yet" is advice;
/// nothing in the domain stops a person from going ahead.
/// </summary>
/// <param name="IsReady">True when no reason was found.</param>
/// <param name="Summary">One kind line to show above the reasons.</param>
/// <param name="Reasons">Each reason, in question order.</param>
/// <param name="SuggestedNotBefore">
/// When the incident is recent, the earliest time the check would no longer flag it
/// (incident time plus <see cref="ReadinessCheck.MinimumTimeSinceIncident"/>); otherwise <c>null</c>.
/// </param>
/// <param name="SafetyFirst">
/// The person said "no" or "not sure" to feeling safe raising this with their partner: the page shows
/// the safety note and the way to specialist help before anything else. It still never blocks.
/// </param>
public sealed record ReadinessResult(
    bool IsReady,
    string Summary,
    IReadOnlyList<ReadinessReason> Reasons,
    DateTimeOffset? SuggestedNotBefore,
    bool SafetyFirst);
