namespace HurtHealing.Domain.Incidents;

public static class IncidentRules
{
    public const int MaxWhatHappened = 4000;
    public const int MaxTitle = 120;
    public const int MaxNeedText = 2000;
    public const int MaxFeelingsPerPost = 30;
    public const int HurtMin = 0;
    public const int HurtMax = 10;
    public const int IntensityMin = 0;
    public const int IntensityMax = 10;
    public const int DisplayTitleLength = 60;

    public static readonly DateOnly EarliestOccurredOn = new(1900, 1, 1);

    /// <summary>Tomorrow is allowed: near midnight or across a date line, "today" is easy to be a day out about.</summary>
    public static bool IsOccurredOnAllowed(DateOnly date, DateOnly todayInPersonsZone) =>
        date >= EarliestOccurredOn && date <= todayInPersonsZone.AddDays(1);

    public static DateOnly TodayIn(TimeZoneInfo timeZone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, timeZone).DateTime);
    }
}
