namespace HurtHealing.Domain.Common;

/// <summary>Limits every owned entity and every person's setting shares.</summary>
public static class OwnerRules
{
    /// <summary>ASP.NET Core Identity's default key length.</summary>
    public const int MaxOwnerId = 450;

    /// <summary>The longest IANA time zone id is 32 characters; this leaves room.</summary>
    public const int MaxTimeZoneId = 64;
}
