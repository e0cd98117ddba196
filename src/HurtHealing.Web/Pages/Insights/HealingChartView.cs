using HurtHealing.Domain.Insights;
using HurtHealing.Domain.Insights.Charts;

namespace HurtHealing.Web.Pages.Insights;

/// <summary>One healing curve as the chart partial draws it: its geometry, and the points and setbacks behind it for the table.</summary>
public sealed record HealingChartView(
    string Id,
    string Heading,
    LineChartLayout Layout,
    IReadOnlyList<HealingPoint> Points,
    IReadOnlyList<Setback> Setbacks,
    TimeZoneInfo Zone,
    bool Daily,
    string Span = HealingChartView.LastTwelveWeeks)
{
    public const string LastTwelveWeeks = "over the last twelve weeks";

    /// <summary>Lays out one healing curve from <paramref name="from"/> to <paramref name="to"/>, setbacks marked.</summary>
    public static HealingChartView Build(string id, string heading, IReadOnlyList<HealingPoint> points, IReadOnlyList<Setback> setbacks,
        DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone, bool daily, string span = LastTwelveWeeks) =>
        new(id, heading, LineChart.Layout(LineChart.HealingSeries(points), setbacks, from, to, zone), points, setbacks, zone, daily, span);

    public string When(DateTimeOffset at) => Daily
        ? TimeZoneInfo.ConvertTime(at, Zone).ToString("ddd d MMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))
        : TimeZoneInfo.ConvertTime(at, Zone).ToString("ddd d MMM, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Value(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The setbacks on the same day (daily curve) or at the same moment (one incident) as a point.</summary>
    public IEnumerable<Setback> SetbacksAt(DateTimeOffset at) => Daily
        ? Setbacks.Where(s => TimeZoneInfo.ConvertTime(s.At, Zone).Date == TimeZoneInfo.ConvertTime(at, Zone).Date)
        : Setbacks.Where(s => s.At == at);
}

public sealed record TrustChartView(TrustCurve Curve, TrustChartLayout Layout);
