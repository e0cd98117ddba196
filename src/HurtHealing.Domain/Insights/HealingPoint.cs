namespace HurtHealing.Domain.Insights;

/// <summary>
/// One point of a healing curve: how heavy it felt (0–10) and how much grip resentment had (0–10, none
/// when it was not asked), at a moment. For one incident a point is a check-in, and the hurt given when
/// the incident was logged is its first point (no resentment, not re-triggered). For the overall curve a
/// point is one day, at the start of that day in the person's time zone: the mean of that day's ratings
/// across incidents, as SQL can group them (<c>GROUP BY</c> the local day, <c>avg</c>,
/// <c>bool_or(retriggered)</c>), so the rules never need whole aggregates. The hurt given at logging is
/// dated <c>Incident.CreatedAt</c>, the moment it was given.
/// </summary>
public readonly record struct HealingPoint(DateTimeOffset At, double Intensity, double? Resentment, bool Retriggered);
