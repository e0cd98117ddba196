using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Repairs;

/// <summary>
/// Where a promise stands. "Kept, mostly" is a real answer, so it is an outcome of its own
/// (<see cref="PartlyKept"/>) rather than a percentage: one tap on a phone, no false precision, and
/// the history keeps each change with its date. A part-kept promise tips the balance neither way when
/// promises are counted (see <see cref="Insights.TrustCurve"/>).
/// </summary>
// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum PromiseFollowThrough
{
    Pending = 1,
    Kept = 2,
    PartlyKept = 3,
    Broken = 4,
}

public static class PromiseFollowThroughs
{
    public static IReadOnlyList<PromiseFollowThrough> All { get; } = [.. Enum.GetValues<PromiseFollowThrough>()];

    public static string Label(PromiseFollowThrough status) => status switch
    {
        PromiseFollowThrough.Pending => "Waiting to see",
        PromiseFollowThrough.Kept => "Kept",
        PromiseFollowThrough.PartlyKept => "Partly kept",
        PromiseFollowThrough.Broken => "Not kept",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined follow-through."),
    };

    public static bool TryParse(string? value, out PromiseFollowThrough status) => EnumNames.TryParse(value, out status);
}
