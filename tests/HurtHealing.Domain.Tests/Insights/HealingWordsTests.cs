using System.Text.RegularExpressions;
using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Insights;
using HurtHealing.Domain.Repairs;

namespace HurtHealing.Domain.Tests.Insights;

/// <summary>Every sentence the healing pages show follows PRODUCT.md's Tone and Safety sections.</summary>
public class HealingWordsTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    // Diagnoses, blame, minimising, doubt, promised outcomes, and streak or guilt mechanics.
    private static readonly string[] Forbidden =
    [
        "abusive", "abuser", "narcissis", "toxic", "manipulat", "gaslight",
        "your fault", "overreact", "bigger than it is", "you believe", "will help them", "this helps them",
        "streak", "missed", "overdue", "failed to", "you should", "you must", "why haven't",
    ];

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>
        {
            HealingWords.TherapistLine, HealingWords.NotLinear, HealingDirection.TooEarlyMeaning,
            Setbacks.Reassurance, TrustCurves.Consistency, DueRules.PromiseDueLine, DueRules.CheckInInvitation,
            DueRules.DismissInvitation, BoundaryRules.BesideForgiveness, BoundaryRules.WhenCrossed,
            CheckInRules.IntensityQuestion, CheckInRules.ResentmentQuestion, CheckInRules.RetriggeredQuestion,
            CheckInRules.IntensityQuestionThen, CheckInRules.ResentmentQuestionThen,
            DueRules.HomeLine(3, 2)!,
        };
        foreach (var window in new DirectionWindow[] { new(0, null, null), new(1, null, null), new(5, null, 3), new(5, 3, null), new(5, 8, 3), new(5, 3, 8), new(5, 5, 5) })
            data.Add(HealingDirection.Read(window).Explanation);
        foreach (var kind in Enum.GetValues<SetbackKind>())
            data.Add(Setbacks.Label(kind));
        foreach (var balance in Enum.GetValues<TrustBalance>())
            data.Add(TrustCurves.Sentence(balance));
        foreach (var kind in RepairKinds.All)
            data.Add(RepairKinds.Label(kind) + " " + RepairKinds.Hint(kind));
        foreach (var status in PromiseFollowThroughs.All)
            data.Add(PromiseFollowThroughs.Label(status));
        foreach (var observation in AllObservations())
            data.Add(observation.Text);
        return data;
    }

    private static IReadOnlyList<PatternObservation> AllObservations()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        List<RecentIncident> recent = [.. IncidentCategories.All.SelectMany(c => Enumerable.Range(0, 3).Select(i => new RecentIncident(Guid.NewGuid(), c, today.AddDays(-i))))];
        return PatternRules.Observe(new PatternInputs(
            recent,
            [.. IncidentCategories.All.Select(c => new CategoryTally(c, 2))],
            new PromiseTally(1, 0, 3),
            [new IncidentHeaviness(Guid.NewGuid(), Now.AddDays(-80), 7, 7, 4)]), today, Now);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void No_sentence_diagnoses_blames_minimises_or_counts_a_streak(string sentence)
    {
        Assert.False(string.IsNullOrWhiteSpace(sentence));
        Assert.All(Forbidden, word => Assert.DoesNotMatch(new Regex($@"\b{Regex.Escape(word)}", RegexOptions.IgnoreCase), sentence));
    }

    [Fact]
    public void Every_pattern_observation_points_to_a_counsellor_or_specialist_help()
    {
        var observations = AllObservations();
        Assert.Equal(Enum.GetValues<PatternKind>().Length - 1 + IncidentCategories.All.Count - 3, observations.Count);
        Assert.All(observations, o => Assert.Matches("counsellor|specialist service", o.Text));
    }

    [Fact]
    public void Forgiving_is_not_permitting()
    {
        Assert.Contains("isn't the same as allowing it again", BoundaryRules.BesideForgiveness, StringComparison.Ordinal);
    }
}
