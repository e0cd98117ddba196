namespace HurtHealing.Domain.Plans;

/// <summary>One reason the readiness check says "not yet", in kind words, with what to do about it.</summary>
/// <param name="Question">The question this reason belongs to.</param>
/// <param name="Answer">The answer that was evaluated (unanswered counts as <see cref="ReadinessAnswer.NotSure"/>).</param>
/// <param name="Why">Why this matters, said kindly.</param>
/// <param name="WhatToDo">One practical next step.</param>
public sealed record ReadinessReason(ReadinessQuestion Question, ReadinessAnswer Answer, string Why, string WhatToDo);
