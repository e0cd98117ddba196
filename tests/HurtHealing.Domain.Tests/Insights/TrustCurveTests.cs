using HurtHealing.Domain.Insights;

namespace HurtHealing.Domain.Tests.Insights;

public class TrustCurveTests
{
    // A Wednesday.
    private static readonly DateOnly Today = new(2025, 6, 11);
    private static readonly DateOnly ThisMonday = new(2025, 6, 9);

    private static TrustWeek Week(DateOnly start, int kept = 0, int partly = 0, int broken = 0, int attempts = 0, int acknowledged = 0) =>
        new(start, kept, partly, broken, attempts, acknowledged);

    [Theory]
    [InlineData(0, 0, 0, TrustBalance.NothingSettled)]
    [InlineData(3, 0, 1, TrustBalance.MostKept)]
    [InlineData(2, 1, 0, TrustBalance.MostKept)]
    [InlineData(2, 2, 1, TrustBalance.MoreKeptThanBroken)]
    [InlineData(1, 2, 1, TrustBalance.AsManyKeptAsBroken)]
    [InlineData(0, 3, 0, TrustBalance.AllPartlyKept)]
    [InlineData(1, 0, 2, TrustBalance.MoreBrokenThanKept)]
    [InlineData(0, 5, 1, TrustBalance.MoreBrokenThanKept)]
    public void Partly_kept_tips_the_balance_neither_way(int kept, int partly, int broken, TrustBalance expected)
    {
        Assert.Equal(expected, TrustCurves.Balance(kept, partly, broken));
    }

    [Fact]
    public void The_curve_is_twelve_monday_weeks_with_the_gaps_filled()
    {
        var curve = TrustCurves.Build([Week(ThisMonday.AddDays(-14), kept: 1, attempts: 2, acknowledged: 1)], Today);

        Assert.Equal(TrustCurves.WeeksShown, curve.Weeks.Count);
        Assert.Equal(ThisMonday.AddDays(-77), curve.Weeks[0].WeekStart);
        Assert.Equal(ThisMonday, curve.Weeks[^1].WeekStart);
        Assert.All(curve.Weeks, w => Assert.Equal(DayOfWeek.Monday, w.WeekStart.DayOfWeek));
        Assert.Equal(Week(ThisMonday.AddDays(-14), kept: 1, attempts: 2, acknowledged: 1), curve.Weeks[^3]);
        Assert.Equal(11, curve.Weeks.Count(w => w == Week(w.WeekStart)));
    }

    [Fact]
    public void Rows_of_one_week_add_up_and_rows_outside_the_span_are_left_out()
    {
        var curve = TrustCurves.Build(
        [
            Week(ThisMonday, kept: 1),
            Week(ThisMonday.AddDays(2), broken: 1, acknowledged: 2),
            Week(ThisMonday.AddDays(-7 * 12), broken: 9),
            Week(ThisMonday.AddDays(7), broken: 9),
        ], Today);

        Assert.Equal(Week(ThisMonday, kept: 1, broken: 1, acknowledged: 2), curve.Weeks[^1]);
        Assert.Equal(1, curve.Weeks.Sum(w => w.Broken));
    }

    [Fact]
    public void The_sentence_reads_only_the_last_four_weeks()
    {
        var curve = TrustCurves.Build(
        [
            Week(ThisMonday.AddDays(-28), broken: 5),
            Week(ThisMonday.AddDays(-21), kept: 2),
            Week(ThisMonday, kept: 1, broken: 1),
        ], Today);

        Assert.Equal(TrustBalance.MostKept, curve.Balance);
        Assert.Equal("Most promises in the last month were kept.", curve.Sentence);
    }

    [Fact]
    public void More_broken_than_kept_is_said_plainly()
    {
        var curve = TrustCurves.Build([Week(ThisMonday.AddDays(-7), kept: 1, broken: 2)], Today);
        Assert.Equal("More promises were broken than kept in the last month.", curve.Sentence);
    }

    [Theory]
    [InlineData("2025-06-09", "2025-06-09")]
    [InlineData("2025-06-15", "2025-06-09")]
    [InlineData("2025-06-16", "2025-06-16")]
    [InlineData("2025-01-01", "2024-12-30")]
    public void Weeks_start_on_monday(string day, string monday)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(DateOnly.Parse(monday, culture), TrustCurves.WeekStart(DateOnly.Parse(day, culture)));
    }

    [Fact]
    public void Every_balance_has_a_sentence()
    {
        Assert.All(Enum.GetValues<TrustBalance>(), b => Assert.EndsWith(".", TrustCurves.Sentence(b), StringComparison.Ordinal));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrustCurves.Balance(-1, 0, 0));
    }
}
