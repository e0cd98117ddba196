using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Insights;

namespace HurtHealing.Domain.Tests.Insights;

public class PatternRulesTests
{
    private static readonly DateOnly Today = new(2025, 9, 1);
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static PatternInputs Inputs(
        IReadOnlyList<RecentIncident>? recent = null,
        IReadOnlyList<CategoryTally>? tallies = null,
        PromiseTally promises = default,
        IReadOnlyList<IncidentHeaviness>? heaviness = null) =>
        new(recent ?? [], tallies ?? [], promises, heaviness ?? []);

    private static RecentIncident Incident(IncidentCategory category, int daysAgo) => new(Guid.NewGuid(), category, Today.AddDays(-daysAgo));

    [Fact]
    public void Nothing_logged_observes_nothing()
    {
        Assert.Empty(PatternRules.Observe(Inputs(), Today, Now));
    }

    [Fact]
    public void Three_of_one_kind_in_six_weeks_is_observed_with_its_incidents()
    {
        var a = Incident(IncidentCategory.Dismissed, 42);
        var b = Incident(IncidentCategory.Dismissed, 10);
        var c = Incident(IncidentCategory.Dismissed, 0);

        var observation = Assert.Single(PatternRules.Observe(Inputs(recent: [c, a, b, Incident(IncidentCategory.Forgotten, 3)]), Today, Now));

        Assert.Equal(PatternKind.SameKindAgain, observation.Kind);
        Assert.Equal(IncidentCategory.Dismissed, observation.Category);
        Assert.Equal([a.Id, b.Id, c.Id], observation.IncidentIds);
        Assert.Contains("3 hurts of one kind in the last six weeks: dismissed or belittled", observation.Text, StringComparison.Ordinal);
        Assert.Contains("counsellor", observation.Text, StringComparison.Ordinal);
        Assert.False(observation.PointsToSafetyPage);
    }

    [Fact]
    public void Two_of_a_kind_or_one_older_than_six_weeks_is_not_a_pattern()
    {
        Assert.Empty(PatternRules.Observe(Inputs(recent: [Incident(IncidentCategory.Criticism, 1), Incident(IncidentCategory.Criticism, 2)]), Today, Now));
        Assert.Empty(PatternRules.Observe(Inputs(recent:
            [Incident(IncidentCategory.Criticism, 1), Incident(IncidentCategory.Criticism, 2), Incident(IncidentCategory.Criticism, 43)]), Today, Now));
    }

    [Fact]
    public void Something_else_is_not_a_kind_and_contempt_and_control_have_their_own_observation()
    {
        var observations = PatternRules.Observe(Inputs(recent:
        [
            Incident(IncidentCategory.Other, 1), Incident(IncidentCategory.Other, 2), Incident(IncidentCategory.Other, 3),
            Incident(IncidentCategory.Contempt, 1), Incident(IncidentCategory.Contempt, 2), Incident(IncidentCategory.Contempt, 3),
        ]), Today, Now);

        Assert.DoesNotContain(observations, o => o.Kind == PatternKind.SameKindAgain);
    }

    [Theory]
    [InlineData(1, 0, 2, true)]
    [InlineData(0, 4, 2, true)]
    [InlineData(2, 0, 2, false)]
    [InlineData(0, 0, 1, false)]
    [InlineData(5, 0, 3, false)]
    public void Promises_broken_more_often_than_kept_needs_at_least_two_broken(int kept, int partly, int broken, bool observed)
    {
        var observations = PatternRules.Observe(Inputs(promises: new PromiseTally(kept, partly, broken)), Today, Now);

        Assert.Equal(observed, observations.Any(o => o.Kind == PatternKind.PromisesBrokenMoreThanKept));
        if (observed)
            Assert.Contains($"broken ({broken}) than kept ({kept})", observations[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_contempt_or_control_is_observed_and_points_to_the_safety_page()
    {
        var observations = PatternRules.Observe(Inputs(tallies:
        [
            new CategoryTally(IncidentCategory.Contempt, 1),
            new CategoryTally(IncidentCategory.Controlling, 4),
            new CategoryTally(IncidentCategory.Dismissed, 30),
        ]), Today, Now);

        Assert.Equal([PatternKind.Contempt, PatternKind.Controlling], observations.Select(o => o.Kind));
        Assert.All(observations, o => Assert.True(o.PointsToSafetyPage));
        Assert.All(observations, o => Assert.Contains("safety page", o.Text, StringComparison.Ordinal));
        Assert.StartsWith("One of the hurts you've logged was about being mocked", observations[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("4 of the hurts you've logged were about your choices", observations[1].Text, StringComparison.Ordinal);
        Assert.Equal(IncidentCategory.Controlling, observations[1].Category);
        // A joint session may not be the safe step: control points to specialist help, not couples counselling.
        Assert.DoesNotContain("couple", observations[1].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_hurt_still_as_heavy_after_two_months_is_observed()
    {
        var heavy = new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-56), 7, 6.5, 3);
        var easing = new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-90), 7, 6, 5);
        var low = new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-90), 4, 4.5, 5);
        var young = new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-55), 7, 7, 5);
        var sparse = new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-90), 7, 7, 2);
        var quiet = new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-90), 7, null, 9);

        var observation = Assert.Single(PatternRules.Observe(Inputs(heaviness: [heavy, easing, low, young, sparse, quiet]), Today, Now));

        Assert.Equal(PatternKind.StillHeavy, observation.Kind);
        Assert.Equal([heavy.IncidentId], observation.IncidentIds);
        Assert.StartsWith("One hurt still feels about as heavy as two months ago", observation.Text, StringComparison.Ordinal);
        Assert.Contains("isn't a failing", observation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Observations_come_in_a_fixed_order()
    {
        var observations = PatternRules.Observe(Inputs(
            recent: [Incident(IncidentCategory.Betrayal, 1), Incident(IncidentCategory.Betrayal, 2), Incident(IncidentCategory.Betrayal, 3)],
            tallies: [new CategoryTally(IncidentCategory.Controlling, 1)],
            promises: new PromiseTally(0, 0, 2),
            heaviness: [new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-100), 8, 8, 4), new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-70), 6, 6, 4)]), Today, Now);

        Assert.Equal(
            [PatternKind.SameKindAgain, PatternKind.PromisesBrokenMoreThanKept, PatternKind.Controlling, PatternKind.StillHeavy],
            observations.Select(o => o.Kind));
        Assert.StartsWith("2 hurts still feel", observations[^1].Text, StringComparison.Ordinal);
    }
}
