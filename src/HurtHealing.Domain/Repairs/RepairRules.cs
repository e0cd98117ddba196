namespace HurtHealing.Domain.Repairs;

/// <summary>Limits a repair attempt and its promise keep; the web layer validates against the same numbers.</summary>
public static class RepairRules
{
    public const int MaxWhatWasSaidOrDone = 2000;
    public const int MaxHowAcknowledged = 500;
    public const int MaxWhatWasPromised = 500;
    public const int LandedMin = 0;
    public const int LandedMax = 10;

    /// <summary>
    /// When it happened may be up to a day ahead of the server's clock: near midnight or across a date
    /// line a person's "today" can be the server's tomorrow (the same slack the incident date allows).
    /// </summary>
    public static readonly TimeSpan FutureSlack = TimeSpan.FromDays(1);

    /// <summary>A moment something happened: a real instant, in UTC, at most <see cref="FutureSlack"/> ahead of <paramref name="now"/>.</summary>
    internal static DateTimeOffset NotAhead(DateTimeOffset value, DateTimeOffset now, string paramName)
    {
        var instant = Guard.Instant(value, paramName);
        if (instant > now + FutureSlack)
            throw new ArgumentOutOfRangeException(paramName, value, "The moment cannot be more than a day ahead.");
        return instant;
    }
}
