namespace HurtHealing.Domain.Talks;

/// <summary>Guards shared by the talk plan and its statements: trimmed, blank as null, no NUL, bounded.</summary>
internal static class TalkText
{
    public static string? Optional(string? value, int maxLength, string paramName)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("Text must not contain a NUL character.", paramName);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"Text must be at most {maxLength} characters.", paramName);
        }

        return trimmed.Length == 0 ? null : trimmed;
    }
}
