using System.Globalization;
using HurtHealing.Domain.Insights;
using HurtHealing.Domain.Insights.Charts;

namespace HurtHealing.Domain.Tests.Insights;

public class ChartTests
{
    private static readonly DateTimeOffset From = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = From.AddDays(40);
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.FindSystemTimeZoneById("Etc/UTC");

    // 100 x 100 plot at (10, 10): easy numbers.
    private static readonly ChartFrame Frame = new(120, 130, 10, 10, 10, 20);

    private static ChartSeries Series(string key, params (int Day, double Value)[] values) =>
        new(key, [.. values.Select(v => new ChartValue(From.AddDays(v.Day), v.Value))]);

    [Fact]
    public void Time_runs_left_to_right_and_zero_is_at_the_bottom()
    {
        var layout = LineChart.Layout([Series("intensity", (0, 10), (20, 5), (40, 0))], [], From, To, Utc, Frame);

        var points = Assert.Single(layout.Series).Points;
        Assert.Equal([(10.0, 10.0), (60.0, 60.0), (110.0, 110.0)], points.Select(p => (p.X, p.Y)));
        Assert.Equal("M10 10 L60 60 L110 110", layout.Series[0].Path);
        Assert.Equal("intensity", layout.Series[0].Key);
        Assert.Equal("0 0 120 130", layout.ViewBox);
    }

    [Fact]
    public void Numbers_are_invariant_with_one_decimal_whatever_the_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var layout = LineChart.Layout([Series("resentment", (1, 3.33), (3, 7))], [], From, To, Utc, Frame);

            Assert.Equal("M12.5 76.7 L17.5 40", layout.Series[0].Path);
            Assert.Equal("12.5", layout.Series[0].Points[0].Cx);
            Assert.Equal(3.33, layout.Series[0].Points[0].Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Values_are_held_to_the_scale_and_points_outside_the_span_are_left_out_in_time_order()
    {
        var layout = LineChart.Layout([Series("intensity", (30, 12), (-1, 5), (10, -3), (41, 5))], [], From, To, Utc, Frame);

        var points = layout.Series[0].Points;
        Assert.Equal([From.AddDays(10), From.AddDays(30)], points.Select(p => p.At));
        Assert.Equal([110.0, 10.0], points.Select(p => p.Y));
        Assert.Equal([-3.0, 12.0], points.Select(p => p.Value));
    }

    [Fact]
    public void One_point_is_a_move_and_no_points_are_an_empty_path()
    {
        var layout = LineChart.Layout([Series("a", (20, 5)), Series("b")], [], From, To, Utc, Frame);
        Assert.Equal("M60 60", layout.Series[0].Path);
        Assert.Equal("", layout.Series[1].Path);
    }

    [Fact]
    public void A_span_of_one_moment_puts_its_points_in_the_middle()
    {
        var layout = LineChart.Layout([Series("a", (0, 5))], [new Setback(From, SetbackKind.Retriggered)], From, From, Utc, Frame);
        Assert.Equal(60, layout.Series[0].Points[0].X);
        Assert.Equal(60, layout.Markers[0].X);
    }

    [Fact]
    public void Setbacks_in_the_span_are_marked_where_they_happened()
    {
        var layout = LineChart.Layout([], [new Setback(From.AddDays(30), SetbackKind.PromiseBroken), new Setback(From.AddDays(4), SetbackKind.Rise), new Setback(From.AddDays(50), SetbackKind.Rise)], From, To, Utc, Frame);

        Assert.Equal([(20.0, SetbackKind.Rise), (85.0, SetbackKind.PromiseBroken)], layout.Markers.Select(m => (m.X, m.Kind)));
        Assert.Equal("85", layout.Markers[1].Left);
    }

    [Fact]
    public void Ticks_label_the_scale_and_the_days_in_the_persons_zone()
    {
        var layout = LineChart.Layout([], [], From, To, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), Frame);

        Assert.Equal([(110.0, "0"), (60.0, "5"), (10.0, "10")], layout.YTicks.Select(t => (t.Position, t.Label)));
        // Midnight UTC on 1 June is still 31 May in New York.
        Assert.Equal(["31 May", "10 Jun", "20 Jun", "30 Jun", "10 Jul"], layout.XTicks.Select(t => t.Label));
        Assert.Equal([10.0, 35.0, 60.0, 85.0, 110.0], layout.XTicks.Select(t => t.Position));
    }

    [Fact]
    public void A_span_that_ends_before_it_starts_or_a_flat_scale_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LineChart.Layout([], [], To, From, Utc, Frame));
        Assert.Throws<ArgumentOutOfRangeException>(() => LineChart.Layout([], [], From, To, Utc, Frame, yMax: 0));
    }

    [Fact]
    public void The_phone_frame_fits_390_pixels()
    {
        Assert.True(ChartFrame.Phone.Width <= 358);
        Assert.True(ChartFrame.Phone.PlotWidth > 0 && ChartFrame.Phone.PlotHeight > 0);
    }

    [Fact]
    public void Trust_bars_stack_kept_then_partly_then_broken_and_leave_out_empty_blocks()
    {
        var today = new DateOnly(2025, 6, 11);
        var monday = TrustCurves.WeekStart(today);
        var curve = TrustCurves.Build([new TrustWeek(monday, 2, 1, 1, 3, 2), new TrustWeek(monday.AddDays(-7), 0, 0, 1, 0, 0)], today);

        // 12 weeks over 100 units: slots of 8.33; the top of the scale is 4 (2 + 1 + 1), so one promise is 25 units.
        var layout = TrustChart.Layout(curve, Frame);

        var lastWeek = layout.Bars.Where(b => b.WeekStart == monday).ToList();
        Assert.Equal(["kept", "partly-kept", "broken"], lastWeek.Select(b => b.Key));
        Assert.Equal([(60.0, 50.0), (35.0, 25.0), (10.0, 25.0)], lastWeek.Select(b => (Math.Round(b.Y, 6), Math.Round(b.Height, 6))));
        Assert.Equal("broken", Assert.Single(layout.Bars, b => b.WeekStart == monday.AddDays(-7)).Key);
        Assert.Equal(4, layout.Bars.Count);
        Assert.Equal(TrustCurves.WeeksShown, layout.Acknowledged.Count);
        Assert.Equal(60, Math.Round(layout.Acknowledged[^1].Y, 6));
        Assert.StartsWith("M", layout.AcknowledgedPath, StringComparison.Ordinal);
        Assert.Equal(["0", "2", "4"], layout.YTicks.Select(t => t.Label));
        Assert.Equal(6, layout.XTicks.Count);
        Assert.Equal("9 Jun", layout.XTicks[^1].Label);
    }

    [Fact]
    public void An_empty_trust_curve_still_has_a_scale()
    {
        var layout = TrustChart.Layout(TrustCurves.Build([], new DateOnly(2025, 6, 11)), Frame);
        Assert.Empty(layout.Bars);
        Assert.Equal(["0", "1"], layout.YTicks.Select(t => t.Label));
        Assert.All(layout.Acknowledged, p => Assert.Equal(110, p.Y));
    }

    [Fact]
    public void A_healing_curve_draws_intensity_everywhere_and_resentment_where_it_was_given()
    {
        var series = LineChart.HealingSeries(
        [
            new HealingPoint(From.AddDays(2), 6, 4, false),
            new HealingPoint(From, 8, null, false),
        ]);

        Assert.Equal([LineChart.IntensityKey, LineChart.ResentmentKey], series.Select(s => s.Key));
        Assert.Equal([8.0, 6.0], series[0].Values.Select(v => v.Value));
        Assert.Equal([new ChartValue(From.AddDays(2), 4)], series[1].Values);
    }
}
