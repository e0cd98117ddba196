using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Repairs;

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum RepairBy
{
    Partner = 1,
    Me = 2,
}

public static class RepairBys
{
    public static IReadOnlyList<RepairBy> All { get; } = [.. Enum.GetValues<RepairBy>()];

    /// <summary>The words of the two buttons on an incident.</summary>
    public static string Action(RepairBy by) => by switch
    {
        RepairBy.Partner => "They tried to make it right",
        RepairBy.Me => "I tried to make it right",
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Not a defined value."),
    };

    public static bool TryParse(string? value, out RepairBy by) => EnumNames.TryParse(value, out by);
}
