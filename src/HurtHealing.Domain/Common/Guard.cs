namespace HurtHealing.Domain.Common;

/// <summary>
/// The one set of checks every entity of the domain makes on what it is given. Text is counted as the
/// browser counts it (a line break is one character), so a text the page accepts is never refused here.
/// </summary>
internal static class Guard
{
    public static string OwnerId(string ownerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        RejectNul(ownerId, nameof(ownerId));
        if (ownerId.Length > OwnerRules.MaxOwnerId)
            throw new ArgumentException($"An owner id has at most {OwnerRules.MaxOwnerId} characters.", nameof(ownerId));
        return ownerId;
    }

    public static string RequiredText(string? value, int maxLength, string paramName)
    {
        var text = OptionalText(value, maxLength, paramName);
        return text ?? throw new ArgumentException("A text is required.", paramName);
    }

    /// <summary>Trims the text and gives null for blank. Line breaks are counted as one character each.</summary>
    public static string? OptionalText(string? value, int maxLength, string paramName)
    {
        if (value is null)
            return null;
        RejectNul(value, paramName);
        // Browsers post a textarea's line breaks as CRLF but count them as one character for maxlength.
        var text = value.ReplaceLineEndings("\n").Trim();
        if (text.Length == 0)
            return null;
        if (text.Length > maxLength)
            throw new ArgumentException($"The text has {text.Length} characters; at most {maxLength} are allowed.", paramName);
        return text;
    }

    public static int InRange(int value, int min, int max, string paramName)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(paramName, value, $"Must be from {min} to {max}.");
        return value;
    }

    public static TEnum Defined<TEnum>(TEnum value, string paramName) where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, "Not a defined value.");

    // Npgsql writes timestamptz only from UTC offsets, and one offset everywhere keeps comparisons plain.
    public static DateTimeOffset Instant(DateTimeOffset at, string paramName) =>
        at == default ? throw new ArgumentException("An instant is required.", paramName) : at.ToUniversalTime();

    public static DateTimeOffset? OptionalInstant(DateTimeOffset? at, string paramName) =>
        at is { } value ? Instant(value, paramName) : null;

    /// <summary>The IANA id of a zone the domain can store.</summary>
    public static string TimeZoneId(TimeZoneInfo timeZone, string paramName)
    {
        ArgumentNullException.ThrowIfNull(timeZone, paramName);
        if (!timeZone.HasIanaId)
            throw new ArgumentException($"'{timeZone.Id}' is not an IANA time zone id.", paramName);
        if (timeZone.Id.Length > OwnerRules.MaxTimeZoneId)
            throw new ArgumentException($"A time zone id has at most {OwnerRules.MaxTimeZoneId} characters.", paramName);
        return timeZone.Id;
    }

    public static Guid Id(Guid id, string paramName) =>
        id == Guid.Empty ? throw new ArgumentException("An empty id is not allowed.", paramName) : id;

    // PostgreSQL text cannot hold NUL.
    private static void RejectNul(string value, string paramName)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
            throw new ArgumentException("The text contains a NUL character.", paramName);
    }
}
