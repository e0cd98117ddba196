namespace HurtHealing.Domain.Plans;

/// <summary>Words for a calendar entry of a proposed talk time.</summary>
public static class TalkCalendar
{
    /// <summary>
    /// The event title. Neutral on purpose: a calendar can be seen by others, so it never carries the
    /// incident's words, the plan's words, or anything that hints at hurt.
    /// </summary>
    public const string EventTitle = "Time for us";
}
