using System.Diagnostics.CodeAnalysis;

namespace HurtHealing.Web.Common;

/// <summary>IANA time zones only: they are what browsers report and what the domain stores.</summary>
internal static class TimeZones
{
    public const string Fallback = "Etc/UTC";

    private static readonly Lazy<IReadOnlyList<string>> AllIds = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Where(zone => zone.HasIanaId).Select(zone => zone.Id).Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> All => AllIds.Value;

    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > Domain.Common.OwnerRules.MaxTimeZoneId || id.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var found) && found.HasIanaId)
        {
            zone = found;
            return true;
        }
        return false;
    }

    public static bool IsKnown(string? id) => TryFind(id, out _);

    /// <summary>The posted zone if it is a real one, else the saved one, else UTC.</summary>
    public static TimeZoneInfo Resolve(params string?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (TryFind(candidate, out var zone))
            {
                return zone;
            }
        }
        return TimeZoneInfo.FindSystemTimeZoneById(Fallback);
    }
}
