namespace HurtHealing.Domain.Insights;

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum SetbackKind
{
    Rise = 1,
    Retriggered = 2,
    PromiseBroken = 3,
    BoundaryCrossed = 4,
}

public readonly record struct Setback(DateTimeOffset At, SetbackKind Kind);

/// <summary>
/// Setbacks on a healing curve, all of them marked and none hidden:
/// <list type="bullet">
/// <item>a rise after a fall: a point at least <see cref="RiseThreshold"/> above the lowest point since
/// the curve last peaked (or last rose), when that low was itself below the peak. A steady climb from
/// the start is not "after a fall"; a second rise is marked only after a new fall;</item>
/// <item>a check-in that says something re-triggered it;</item>
/// <item>a promise that is now marked broken, at the moment it was marked;</item>
/// <item>each time a boundary was crossed.</item>
/// </list>
/// </summary>
public static class Setbacks
{
    /// <summary>A rise of one step on a 0–10 slider is a day's wobble; two steps is felt.</summary>
    public const double RiseThreshold = 2;

    // Enright's process model and the reference article: forgiveness is returned to again and again, and
    // re-triggered feelings are expected on the way. Said plainly, so a marked setback never reads as failure.
    public const string Reassurance =
        "Setbacks are a normal part of healing. A harder day, or something that brings it back, doesn't undo the ground you've covered.";

    public static string Label(SetbackKind kind) => kind switch
    {
        SetbackKind.Rise => "Felt heavier again",
        SetbackKind.Retriggered => "Something brought it back",
        SetbackKind.PromiseBroken => "A promise was broken",
        SetbackKind.BoundaryCrossed => "A boundary was crossed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined setback."),
    };

    /// <summary>Every setback, in time order (at the same moment, in the order of <see cref="SetbackKind"/>).</summary>
    public static IReadOnlyList<Setback> Find(
        IEnumerable<HealingPoint> points,
        IEnumerable<DateTimeOffset> promisesBrokenAt,
        IEnumerable<DateTimeOffset> boundariesCrossedAt)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(promisesBrokenAt);
        ArgumentNullException.ThrowIfNull(boundariesCrossedAt);

        var ordered = points.OrderBy(p => p.At).ToList();
        IEnumerable<Setback> all =
        [
            .. Rises(ordered).Select(at => new Setback(at, SetbackKind.Rise)),
            .. ordered.Where(p => p.Retriggered).Select(p => new Setback(p.At, SetbackKind.Retriggered)),
            .. promisesBrokenAt.Select(at => new Setback(at, SetbackKind.PromiseBroken)),
            .. boundariesCrossedAt.Select(at => new Setback(at, SetbackKind.BoundaryCrossed)),
        ];
        return [.. all.OrderBy(s => s.At).ThenBy(s => s.Kind)];
    }

    /// <summary>The moments the curve rose after a fall; <paramref name="ordered"/> must be in time order.</summary>
    public static IReadOnlyList<DateTimeOffset> Rises(IReadOnlyList<HealingPoint> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var rises = new List<DateTimeOffset>();
        if (ordered.Count == 0)
            return rises;

        var peak = ordered[0].Intensity;
        var low = peak;
        foreach (var point in ordered.Skip(1))
        {
            var value = point.Intensity;
            if (low < peak && value >= low + RiseThreshold)
            {
                rises.Add(point.At);
                peak = low = value;
            }
            else if (value >= peak)
            {
                peak = low = value;
            }
            else if (value < low)
            {
                low = value;
            }
        }
        return rises;
    }
}
