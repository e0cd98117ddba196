using System.Globalization;

namespace HurtHealing.Domain.Insights.Charts;

/// <summary>One block of a week's stacked bar; <paramref name="Key"/> ("kept", "partly-kept", "broken") is its CSS class.</summary>
public readonly record struct PlottedBar(double X, double Y, double Width, double Height, string Key, int Count, DateOnly WeekStart)
{
    public string Left => Svg.Number(X);
    public string Top => Svg.Number(Y);
    public string BarWidth => Svg.Number(Width);
    public string BarHeight => Svg.Number(Height);
}

public sealed record TrustChartLayout(
    ChartFrame Frame,
    IReadOnlyList<PlottedBar> Bars,
    string AcknowledgedPath,
    IReadOnlyList<PlottedPoint> Acknowledged,
    IReadOnlyList<AxisTick> YTicks,
    IReadOnlyList<AxisTick> XTicks)
{
    public string ViewBox => Frame.ViewBox;
}

/// <summary>
/// The trust curve as SVG geometry: per week a bar stacked from the bottom (kept, then partly kept,
/// then broken; empty blocks are left out), and a line through the acknowledged repair attempts, on one
/// count scale whose top is the largest weekly figure (at least 1).
/// </summary>
public static class TrustChart
{
    /// <summary>Share of a week's slot the bar fills; the rest is the gap between bars.</summary>
    public const double BarShare = 0.6;

    public static TrustChartLayout Layout(TrustCurve curve, ChartFrame? frame = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var f = frame ?? ChartFrame.Phone;
        var weeks = curve.Weeks;
        var top = Math.Max(1, weeks.Count == 0 ? 0 : weeks.Max(w => Math.Max(w.Kept + w.PartlyKept + w.Broken, w.Acknowledged)));
        var slot = weeks.Count == 0 ? f.PlotWidth : f.PlotWidth / weeks.Count;
        var unit = f.PlotHeight / top;

        var bars = new List<PlottedBar>();
        var acknowledged = new List<PlottedPoint>();
        for (var i = 0; i < weeks.Count; i++)
        {
            var week = weeks[i];
            var left = f.PlotLeft + slot * i + slot * (1 - BarShare) / 2;
            var bottom = f.PlotBottom;
            foreach (var (key, count) in new[] { ("kept", week.Kept), ("partly-kept", week.PartlyKept), ("broken", week.Broken) })
            {
                if (count <= 0)
                    continue;
                var height = unit * count;
                bottom -= height;
                bars.Add(new PlottedBar(left, bottom, slot * BarShare, height, key, count, week.WeekStart));
            }
            var at = new DateTimeOffset(week.WeekStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            acknowledged.Add(new PlottedPoint(f.PlotLeft + slot * (i + 0.5), f.PlotBottom - unit * week.Acknowledged, at, week.Acknowledged));
        }

        List<AxisTick> yTicks = [.. new[] { 0, (top + 1) / 2, top }.Distinct()
            .Select(v => new AxisTick(f.PlotBottom - unit * v, v.ToString(CultureInfo.InvariantCulture)))];
        // Every other week is labelled so the labels fit at phone width.
        List<AxisTick> xTicks = [.. weeks.Select((w, i) => (w, i)).Where(p => (weeks.Count - 1 - p.i) % 2 == 0)
            .Select(p => new AxisTick(f.PlotLeft + slot * (p.i + 0.5), p.w.WeekStart.ToString("d MMM", CultureInfo.InvariantCulture)))];

        return new TrustChartLayout(f, bars, LineChart.Path(acknowledged), acknowledged, yTicks, xTicks);
    }
}
