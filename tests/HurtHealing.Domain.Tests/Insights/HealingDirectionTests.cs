using HurtHealing.Domain.Insights;

namespace HurtHealing.Domain.Tests.Insights;

public class HealingDirectionTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static HealingPoint DaysAgo(double days, double intensity, bool retriggered = false) =>
        new(Now.AddDays(-days), intensity, null, retriggered);

    [Fact]
    public void No_points_is_too_early_to_tell()
    {
        var reading = HealingDirection.Read([], Now);

        Assert.Equal(Direction.TooEarlyToTell, reading.Direction);
        Assert.Equal("Too early to tell", reading.Label);
        Assert.Contains("none yet", reading.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_points_are_not_a_direction_even_a_month_apart()
    {
        var reading = HealingDirection.Read([DaysAgo(40, 9), DaysAgo(1, 2)], Now);

        Assert.Equal(Direction.TooEarlyToTell, reading.Direction);
        Assert.Contains("at least three", reading.Explanation, StringComparison.Ordinal);
        Assert.Contains("2 so far", reading.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_check_in_from_the_last_two_weeks_it_is_too_early()
    {
        var reading = HealingDirection.Read([DaysAgo(40, 9), DaysAgo(30, 8), DaysAgo(20, 3)], Now);

        Assert.Equal(Direction.TooEarlyToTell, reading.Direction);
        Assert.Contains("last two weeks", reading.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_anything_from_four_to_eight_weeks_ago_it_is_too_early()
    {
        // A three-week-old hurt: clearly easing, but not yet "lighter than a month ago".
        var reading = HealingDirection.Read([DaysAgo(21, 9), DaysAgo(10, 6), DaysAgo(1, 3)], Now);

        Assert.Equal(Direction.TooEarlyToTell, reading.Direction);
        Assert.Contains("four to eight weeks ago", reading.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lighter_when_the_last_two_weeks_are_a_step_or_more_below_four_to_eight_weeks_ago()
    {
        var reading = HealingDirection.Read([DaysAgo(45, 8), DaysAgo(30, 7), DaysAgo(20, 6), DaysAgo(5, 4), DaysAgo(1, 3)], Now);

        Assert.Equal(Direction.Lighter, reading.Direction);
        Assert.Equal("Lighter than a month ago", reading.Label);
        Assert.Equal(7.5, reading.EarlierLevel);
        Assert.Equal(3.5, reading.RecentLevel);
        Assert.Contains("about 4 out of 10 lately, from about 8", reading.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Heavier_lately_says_it_does_not_undo_what_came_before()
    {
        var reading = HealingDirection.Read([DaysAgo(35, 3), DaysAgo(20, 4), DaysAgo(2, 6)], Now);

        Assert.Equal(Direction.Heavier, reading.Direction);
        Assert.Equal("Heavier lately", reading.Label);
        Assert.Contains("doesn't undo", reading.Explanation, StringComparison.Ordinal);
        Assert.Contains("counsellor", reading.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 4.1, Direction.AboutTheSame)]
    [InlineData(5, 5.9, Direction.AboutTheSame)]
    [InlineData(5, 4, Direction.Lighter)]
    [InlineData(5, 6, Direction.Heavier)]
    public void Less_than_one_step_either_way_is_about_the_same(double earlier, double recent, Direction expected)
    {
        var reading = HealingDirection.Read(new DirectionWindow(3, earlier, recent));
        Assert.Equal(expected, reading.Direction);
    }

    [Fact]
    public void Window_edges_are_exact()
    {
        // Exactly 28 days old is "earlier"; exactly 56 is out; exactly 14 is not "recent"; later than now is ignored.
        List<HealingPoint> points = [DaysAgo(56, 10), DaysAgo(28, 6), DaysAgo(14, 0), DaysAgo(0, 4), new(Now.AddHours(1), 10, null, false)];

        var window = HealingDirection.Window(points, Now);

        Assert.Equal(new DirectionWindow(3, 6, 4), window);
        Assert.Equal(Direction.Lighter, HealingDirection.Read(points, Now).Direction);
    }

    [Fact]
    public void Reading_points_and_reading_their_sql_shaped_window_agree()
    {
        List<HealingPoint> points = [DaysAgo(50, 7), DaysAgo(33, 7.5), DaysAgo(12, 6), DaysAgo(3, 7)];
        Assert.Equal(HealingDirection.Read(HealingDirection.Window(points, Now)), HealingDirection.Read(points, Now));
    }

    [Fact]
    public void The_meaning_of_too_early_names_the_thresholds()
    {
        Assert.Equal(3, HealingDirection.MinPoints);
        Assert.Contains("three ratings over the last eight weeks", HealingDirection.TooEarlyMeaning, StringComparison.Ordinal);
        Assert.All(Enum.GetValues<Direction>(), d => Assert.False(string.IsNullOrWhiteSpace(HealingDirection.Label(d))));
    }
}
