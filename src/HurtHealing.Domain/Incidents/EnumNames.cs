namespace HurtHealing.Domain.Incidents;

internal static class EnumNames
{
    /// <summary>
    /// Accepts only a member's name (any case, surrounding spaces ignored). Unlike Enum.TryParse it
    /// rejects numbers, undefined values and comma-joined lists, so a posted form value can't smuggle them in.
    /// </summary>
    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        var name = value?.Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }
        result = default;
        return false;
    }
}
