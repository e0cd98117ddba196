using System.Globalization;

namespace HurtHealing.Domain.Insights;

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum Direction
{
    TooEarlyToTell = 1,
    Lighter = 2,
    AboutTheSame = 3,
    Heavier = 4,
}

/// <summary>
/// What the direction is computed from, in the shape one SQL aggregate can give per incident (or once
/// for the overall daily series): how many points fall in the last eight weeks, the mean intensity of
/// those four to eight weeks old, and the mean of those from the last two weeks.
/// </summary>
public readonly record struct DirectionWindow(int PointsInLastEightWeeks, double? EarlierLevel, double? RecentLevel);

public sealed record DirectionReading(Direction Direction, string Label, string Explanation, double? EarlierLevel, double? RecentLevel);

/// <summary>
/// The honest direction of a healing curve: is it lighter, about the same or heavier than a month ago?
/// <list type="bullet">
/// <item>Recent level: mean intensity of points in (now − 14 days, now].</item>
/// <item>Earlier level: mean intensity of points in (now − 56 days, now − 28 days].</item>
/// <item>"Too early to tell" when there are fewer than 3 points in (now − 56 days, now], or no point
/// in the recent window, or none in the earlier window. Two numbers are not a direction.</item>
/// <item>Otherwise "lighter" when recent ≤ earlier − 1, "heavier" when recent ≥ earlier + 1, else
/// "about the same": a move of less than one step on the 0–10 scale is within a day's wobble.</item>
/// </list>
/// Points later than now are not counted.
/// </summary>
public static class HealingDirection
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(14);
    public static readonly TimeSpan EarlierWindowEnd = TimeSpan.FromDays(28);
    public static readonly TimeSpan EarlierWindowStart = TimeSpan.FromDays(56);
    public const int MinPoints = 3;
    public const double SameBand = 1.0;

    public const string TooEarlyMeaning =
        "A direction needs at least three ratings over the last eight weeks (your check-ins, and how much it hurt when you logged it), with at least one from the last two weeks and one from four to eight weeks ago.";

    /// <summary>Sums up <paramref name="points"/> as the SQL aggregate would.</summary>
    public static DirectionWindow Window(IEnumerable<HealingPoint> points, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(points);
        var considered = points.Where(p => p.At > now - EarlierWindowStart && p.At <= now).ToList();
        var earlier = considered.Where(p => p.At <= now - EarlierWindowEnd).ToList();
        var recent = considered.Where(p => p.At > now - RecentWindow).ToList();
        return new DirectionWindow(
            considered.Count,
            earlier.Count == 0 ? null : earlier.Average(p => p.Intensity),
            recent.Count == 0 ? null : recent.Average(p => p.Intensity));
    }

    public static DirectionReading Read(IEnumerable<HealingPoint> points, DateTimeOffset now) => Read(Window(points, now));

    public static DirectionReading Read(DirectionWindow window)
    {
        if (window.PointsInLastEightWeeks < MinPoints)
        {
            var count = window.PointsInLastEightWeeks;
            var sofar = count == 1 ? "there is one so far" : count == 0 ? "there are none yet" : $"there are {count} so far";
            return TooEarly($"A direction needs at least three ratings over the last eight weeks; {sofar}.", window);
        }
        if (window.RecentLevel is not { } recent)
            return TooEarly("There's no rating from the last two weeks to compare with.", window);
        if (window.EarlierLevel is not { } earlier)
            return TooEarly("There's nothing yet from four to eight weeks ago to compare with.", window);

        var levels = $"(about {Round(recent)} out of 10 lately, from about {Round(earlier)})";
        if (recent <= earlier - SameBand)
        {
            return new(Direction.Lighter, Label(Direction.Lighter),
                $"The last two weeks have felt lighter than four to eight weeks ago {levels}.", earlier, recent);
        }
        if (recent >= earlier + SameBand)
        {
            // Enright: anger and hurt can return while forgiving; a heavier stretch is part of the process,
            // not a failure. It validates first and points to support without pressing it.
            return new(Direction.Heavier, Label(Direction.Heavier),
                $"The last two weeks have felt heavier than four to eight weeks ago {levels}. That happens, and it doesn't undo what came before. If it stays heavy, a counsellor can help.",
                earlier, recent);
        }
        return new(Direction.AboutTheSame, Label(Direction.AboutTheSame),
            $"It feels about as heavy as it did four to eight weeks ago {levels}. A steady stretch is part of healing too.", earlier, recent);
    }

    public static string Label(Direction direction) => direction switch
    {
        Direction.TooEarlyToTell => "Too early to tell",
        Direction.Lighter => "Lighter than a month ago",
        Direction.AboutTheSame => "About the same",
        Direction.Heavier => "Heavier lately",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a defined direction."),
    };

    private static DirectionReading TooEarly(string why, DirectionWindow window) =>
        new(Direction.TooEarlyToTell, Label(Direction.TooEarlyToTell), why, window.EarlierLevel, window.RecentLevel);

    private static string Round(double level) =>
        Math.Round(level, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
}
