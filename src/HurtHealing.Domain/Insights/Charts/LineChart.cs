using System.Globalization;
using System.Text;

namespace HurtHealing.Domain.Insights.Charts;

public readonly record struct ChartValue(DateTimeOffset At, double Value);

/// <summary>One line of a chart; <paramref name="Key"/> becomes its CSS class (e.g. "intensity", "resentment").</summary>
public sealed record ChartSeries(string Key, IReadOnlyList<ChartValue> Values);

public sealed record PlottedSeries(string Key, string Path, IReadOnlyList<PlottedPoint> Points);

/// <summary>A setback drawn as a vertical mark at <paramref name="X"/>.</summary>
public readonly record struct PlottedMarker(double X, DateTimeOffset At, SetbackKind Kind)
{
    public string Left => Svg.Number(X);
}

public sealed record LineChartLayout(
    ChartFrame Frame,
    IReadOnlyList<PlottedSeries> Series,
    IReadOnlyList<PlottedMarker> Markers,
    IReadOnlyList<AxisTick> YTicks,
    IReadOnlyList<AxisTick> XTicks)
{
    public string ViewBox => Frame.ViewBox;
}

/// <summary>
/// Turns healing series (0–10 over time) into SVG geometry the server draws: a path per series
/// (<c>M x y L x y …</c>), each point's place for a focusable circle, setback marks, and axis ticks.
/// Classes and presentation attributes only: nothing here needs a <c>style</c> attribute.
/// Time runs left to right from <c>from</c> to <c>to</c>; 0 is at the bottom, the top is <c>yMax</c>.
/// Values outside 0…yMax are drawn at the edge; points and setbacks outside the time span are left out.
/// </summary>
public static class LineChart
{
    public const int XTickCount = 5;

    public static LineChartLayout Layout(
        IReadOnlyList<ChartSeries> series,
        IReadOnlyList<Setback> setbacks,
        DateTimeOffset from,
        DateTimeOffset to,
        TimeZoneInfo timeZone,
        ChartFrame? frame = null,
        double yMax = 10)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(setbacks);
        ArgumentNullException.ThrowIfNull(timeZone);
        if (to < from)
            throw new ArgumentException("The span must not end before it starts.", nameof(to));
        if (!(yMax > 0))
            throw new ArgumentOutOfRangeException(nameof(yMax), yMax, "The top of the scale must be above 0.");
        var f = frame ?? ChartFrame.Phone;

        double X(DateTimeOffset at) => to == from
            ? f.PlotLeft + f.PlotWidth / 2
            : f.PlotLeft + f.PlotWidth * (at - from).Ticks / (to - from).Ticks;
        double Y(double value) => f.PlotBottom - f.PlotHeight * Math.Clamp(value, 0, yMax) / yMax;
        bool InSpan(DateTimeOffset at) => at >= from && at <= to;

        List<PlottedSeries> plotted = [.. series.Select(s =>
        {
            List<PlottedPoint> points = [.. s.Values
                .Where(v => InSpan(v.At) && double.IsFinite(v.Value))
                .OrderBy(v => v.At)
                .Select(v => new PlottedPoint(X(v.At), Y(v.Value), v.At, v.Value))];
            return new PlottedSeries(s.Key, Path(points), points);
        })];

        List<PlottedMarker> markers = [.. setbacks.Where(s => InSpan(s.At)).OrderBy(s => s.At).ThenBy(s => s.Kind)
            .Select(s => new PlottedMarker(X(s.At), s.At, s.Kind))];

        List<AxisTick> yTicks = [.. new[] { 0, yMax / 2, yMax }.Select(v => new AxisTick(Y(v), Svg.Number(v)))];

        var span = to - from;
        List<AxisTick> xTicks = [.. Enumerable.Range(0, XTickCount)
            .Select(i => from + span * i / (XTickCount - 1))
            .Select(at => new AxisTick(X(at), DayLabel(at, timeZone)))
            .DistinctBy(t => t.Label)];

        return new LineChartLayout(f, plotted, markers, yTicks, xTicks);
    }

    public const string IntensityKey = "intensity";
    public const string ResentmentKey = "resentment";

    /// <summary>
    /// The two lines of a healing curve from its points: intensity at every point, resentment where it
    /// was given (the first rating when an incident is logged has none).
    /// </summary>
    public static IReadOnlyList<ChartSeries> HealingSeries(IEnumerable<HealingPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var ordered = points.OrderBy(p => p.At).ToList();
        return
        [
            new ChartSeries(IntensityKey, [.. ordered.Select(p => new ChartValue(p.At, p.Intensity))]),
            new ChartSeries(ResentmentKey, [.. ordered.Where(p => p.Resentment is not null).Select(p => new ChartValue(p.At, p.Resentment!.Value))]),
        ];
    }

    /// <summary>"M x y L x y …"; empty without points. A single point is a move only: its circle shows it.</summary>
    public static string Path(IReadOnlyList<PlottedPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var path = new StringBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0)
                path.Append(' ');
            path.Append(i == 0 ? 'M' : 'L').Append(points[i].Cx).Append(' ').Append(points[i].Cy);
        }
        return path.ToString();
    }

    /// <summary>A short day label in the person's time zone, e.g. "6 Dec".</summary>
    public static string DayLabel(DateTimeOffset at, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTime(at, timeZone).ToString("d MMM", CultureInfo.InvariantCulture);
}
