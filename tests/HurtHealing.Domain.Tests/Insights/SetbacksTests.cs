using HurtHealing.Domain.Insights;

namespace HurtHealing.Domain.Tests.Insights;

public class SetbacksTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 20, 0, 0, TimeSpan.Zero);

    private static List<HealingPoint> Curve(params double[] values) =>
        [.. values.Select((v, i) => new HealingPoint(Start.AddDays(i), v, null, false))];

    private static int[] RiseDays(params double[] values) =>
        [.. Setbacks.Rises(Curve(values)).Select(at => (int)(at - Start).TotalDays)];

    [Fact]
    public void A_rise_after_a_fall_is_marked_and_so_is_the_next_one_after_a_new_fall()
    {
        Assert.Equal([2, 4], RiseDays(8, 3, 6, 4, 7));
    }

    [Fact]
    public void A_steady_climb_from_the_start_is_not_a_rise_after_a_fall()
    {
        Assert.Empty(RiseDays(2, 5, 8));
        Assert.Empty(RiseDays(8, 7, 8, 9));
    }

    [Fact]
    public void A_rise_is_two_steps_above_the_low_and_marked_once_while_it_climbs()
    {
        Assert.Equal([4], RiseDays(8, 3, 4, 4, 5, 6, 7));
        Assert.Empty(RiseDays(8, 3, 4));
    }

    [Fact]
    public void Retriggers_broken_promises_and_crossed_boundaries_are_all_marked_in_time_order()
    {
        List<HealingPoint> points =
        [
            new(Start.AddDays(3), 3, 2, false),
            new(Start, 8, null, false),
            new(Start.AddDays(5), 6, 5, true),
        ];

        var setbacks = Setbacks.Find(points, [Start.AddDays(4)], [Start.AddDays(1), Start.AddDays(5)]);

        Assert.Equal(
        [
            new Setback(Start.AddDays(1), SetbackKind.BoundaryCrossed),
            new Setback(Start.AddDays(4), SetbackKind.PromiseBroken),
            new Setback(Start.AddDays(5), SetbackKind.Rise),
            new Setback(Start.AddDays(5), SetbackKind.Retriggered),
            new Setback(Start.AddDays(5), SetbackKind.BoundaryCrossed),
        ], setbacks);
    }

    [Fact]
    public void The_words_say_setbacks_are_a_normal_part_of_healing()
    {
        Assert.Contains("normal part of healing", Setbacks.Reassurance, StringComparison.Ordinal);
        Assert.All(Enum.GetValues<SetbackKind>(), k => Assert.False(string.IsNullOrWhiteSpace(Setbacks.Label(k))));
        Assert.Empty(Setbacks.Find([], [], []));
    }
}
