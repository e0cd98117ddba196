using System.Globalization;

namespace HurtHealing.Domain.Insights.Charts;

/// <summary>
/// The size of a chart in SVG user units and the room kept around its plot for the axis labels. The SVG
/// scales to its container (<c>viewBox</c> with a width of 100%), so the default is drawn for a phone.
/// </summary>
public sealed record ChartFrame(double Width, double Height, double PadLeft, double PadRight, double PadTop, double PadBottom)
{
    /// <summary>Fits a 390 px wide phone screen at 1:1 with its margins.</summary>
    public static ChartFrame Phone { get; } = new(340, 180, 28, 10, 10, 26);

    public double PlotLeft => PadLeft;
    public double PlotRight => Width - PadRight;
    public double PlotTop => PadTop;
    public double PlotBottom => Height - PadBottom;
    public double PlotWidth => PlotRight - PlotLeft;
    public double PlotHeight => PlotBottom - PlotTop;

    public string ViewBox => $"0 0 {Svg.Number(Width)} {Svg.Number(Height)}";
}

/// <summary>Numbers as SVG attributes want them: invariant culture, at most one decimal.</summary>
public static class Svg
{
    public static string Number(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>A tick on an axis: where it sits along the axis (x or y, in user units) and its label.</summary>
public readonly record struct AxisTick(double Position, string Label);

/// <summary>A point placed on the chart, with the value it stands for (for its title and the table).</summary>
public readonly record struct PlottedPoint(double X, double Y, DateTimeOffset At, double Value)
{
    public string Cx => Svg.Number(X);
    public string Cy => Svg.Number(Y);
}
