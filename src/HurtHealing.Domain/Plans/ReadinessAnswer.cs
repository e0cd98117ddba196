namespace HurtHealing.Domain.Plans;

/// <summary>
/// An answer to one readiness question. <see cref="NotSure"/> is zero on purpose: a default or
/// unanswered value means "not sure", never "yes".
/// </summary>
public enum ReadinessAnswer
{
    NotSure = 0,
    Yes = 1,
    No = 2,
}
