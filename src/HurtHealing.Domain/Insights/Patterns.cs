using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Insights;

// Explicit numbers: stored values must not shift if members are reordered. 0 is left unused so an unset value is never a real one.
public enum PatternKind
{
    SameKindAgain = 1,
    PromisesBrokenMoreThanKept = 2,
    Contempt = 3,
    Controlling = 4,
    StillHeavy = 5,
}

/// <summary>An incident that happened in the last <see cref="PatternRules.SameKindWindowDays"/> days.</summary>
public readonly record struct RecentIncident(Guid Id, IncidentCategory Category, DateOnly OccurredOn);

/// <summary>How many incidents of one kind there are in all (one SQL <c>GROUP BY category</c>).</summary>
public readonly record struct CategoryTally(IncidentCategory Category, int Count);

/// <summary>Promise follow-throughs set in the last <see cref="PatternRules.PromiseWindowDays"/> days.</summary>
public readonly record struct PromiseTally(int Kept, int PartlyKept, int Broken);

/// <summary>
/// One incident's first point and its recent level, as one SQL aggregate per incident gives them:
/// <paramref name="RecentIntensity"/> is the mean of its points from the last
/// <see cref="PatternRules.StillHeavyRecentDays"/> days (none when there were none).
/// </summary>
public readonly record struct IncidentHeaviness(Guid IncidentId, DateTimeOffset FirstAt, double FirstIntensity, double? RecentIntensity, int PointCount);

public sealed record PatternInputs(
    IReadOnlyList<RecentIncident> RecentIncidents,
    IReadOnlyList<CategoryTally> CategoryTallies,
    PromiseTally Promises,
    IReadOnlyList<IncidentHeaviness> Heaviness);

/// <summary>
/// A gentle observation across incidents. It describes what the person logged and never names or
/// diagnoses anyone. <paramref name="IncidentIds"/> are the incidents it is about, so each can be marked
/// "part of a pattern" from it (empty when the observation covers a whole kind, given in
/// <paramref name="Category"/>). <paramref name="PointsToSafetyPage"/> asks the page to link the safety
/// page beside the counsellor line.
/// </summary>
public sealed record PatternObservation(
    PatternKind Kind,
    string Text,
    IReadOnlyList<Guid> IncidentIds,
    IncidentCategory? Category,
    bool PointsToSafetyPage);

/// <summary>
/// Patterns across incidents, with the thresholds written down:
/// <list type="bullet">
/// <item>the same kind of hurt: at least <see cref="SameKindMinCount"/> incidents of one kind that
/// happened in the last <see cref="SameKindWindowDays"/> days (six weeks; "something else" is not a kind,
/// and contempt and control have their own observation). Twice can be chance; three times in six weeks
/// is a repeat worth looking at;</item>
/// <item>promises: in the last <see cref="PromiseWindowDays"/> days more broken than kept, and at least
/// <see cref="PromisesBrokenMin"/> broken (one broken promise is not a pattern);</item>
/// <item>contempt, and controlling behaviour: any incident of that kind at all, with a pointer to the
/// safety page (PRODUCT.md, "Safety comes before guidance");</item>
/// <item>not coming down: an incident whose first point is at least <see cref="StillHeavyMinAgeDays"/>
/// days old, with at least <see cref="StillHeavyMinPoints"/> points, whose mean over the last
/// <see cref="StillHeavyRecentDays"/> days is at least <see cref="StillHeavyLevel"/> and has not come
/// down by <see cref="HealingDirection.SameBand"/> or more from its first point.</item>
/// </list>
/// </summary>
public static class PatternRules
{
    public const int SameKindMinCount = 3;
    public const int SameKindWindowDays = 42;
    public const int PromiseWindowDays = 90;
    public const int PromisesBrokenMin = 2;
    public const int StillHeavyMinAgeDays = 56;
    public const int StillHeavyRecentDays = 28;
    public const int StillHeavyMinPoints = 3;
    public const double StillHeavyLevel = 5;

    /// <summary>The earliest date an incident can have to count as recent on <paramref name="today"/>.</summary>
    public static DateOnly RecentSince(DateOnly today) => today.AddDays(-SameKindWindowDays);

    /// <summary>Every observation that applies, in the order of <see cref="PatternKind"/>.</summary>
    public static IReadOnlyList<PatternObservation> Observe(PatternInputs inputs, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return
        [
            .. SameKindAgain(inputs.RecentIncidents, today),
            .. BrokenPromises(inputs.Promises),
            .. ContemptAndControl(inputs.CategoryTallies),
            .. StillHeavy(inputs.Heaviness, now),
        ];
    }

    private static IEnumerable<PatternObservation> SameKindAgain(IReadOnlyList<RecentIncident> incidents, DateOnly today)
    {
        var since = RecentSince(today);
        return incidents
            .Where(i => i.OccurredOn >= since && i.Category is not (IncidentCategory.Other or IncidentCategory.Contempt or IncidentCategory.Controlling))
            .GroupBy(i => i.Category)
            .Where(g => g.Count() >= SameKindMinCount)
            .OrderBy(g => g.Key)
            .Select(g => new PatternObservation(
                PatternKind.SameKindAgain,
                // The reference article's "noticing patterns", and Gottman's perpetual problems: a hurt that
                // keeps returning usually needs a different kind of conversation than a one-off. It counts;
                // it does not explain or judge.
                $"You've logged {g.Count()} hurts of one kind in the last six weeks: {LowerFirst(IncidentCategories.Label(g.Key))}. " +
                "When the same thing keeps coming back, it can help to look at it as a whole, on your own or with a counsellor.",
                [.. g.OrderBy(i => i.OccurredOn).Select(i => i.Id)],
                g.Key,
                PointsToSafetyPage: false));
    }

    private static IEnumerable<PatternObservation> BrokenPromises(PromiseTally promises)
    {
        if (promises.Broken < PromisesBrokenMin || promises.Broken <= promises.Kept)
            yield break;
        // Gottman on trust: it is rebuilt by promises that hold over time. The text states the counts and
        // validates the weight of them; it says nothing about who the partner is.
        yield return new PatternObservation(
            PatternKind.PromisesBrokenMoreThanKept,
            $"Over the last three months, more promises were broken ({promises.Broken}) than kept ({promises.Kept}). " +
            "Trust grows back through promises that hold, so it makes sense if this weighs on you. " +
            "A counsellor can help you think through what you need now.",
            [],
            null,
            PointsToSafetyPage: false);
    }

    private static IEnumerable<PatternObservation> ContemptAndControl(IReadOnlyList<CategoryTally> tallies)
    {
        var contempt = tallies.Where(t => t.Category == IncidentCategory.Contempt).Sum(t => t.Count);
        if (contempt > 0)
        {
            // Gottman's "four horsemen": contempt hurts in a way ordinary criticism doesn't. Observed, never
            // diagnosed; the counsellor is one of the person's own (a joint session may not be the safe step),
            // and the safety page is offered because contempt can sit beside fear (PRODUCT.md, Safety).
            yield return new PatternObservation(
                PatternKind.Contempt,
                $"{Involved(contempt)} being mocked or looked down on. That kind of hurt cuts deep, and you don't have to carry it alone. " +
                "A counsellor of your own can help, and if you ever feel afraid, the safety page has people you can talk to.",
                [],
                IncidentCategory.Contempt,
                PointsToSafetyPage: true);
        }

        var controlling = tallies.Where(t => t.Category == IncidentCategory.Controlling).Sum(t => t.Count);
        if (controlling > 0)
        {
            // Coercive control (Evan Stark): limits on choices, money, time or friends are more than ordinary
            // hurt. PRODUCT.md, Safety: observe, don't diagnose, and point to specialist help rather than to a
            // joint talk or couples counselling.
            yield return new PatternObservation(
                PatternKind.Controlling,
                $"{Involved(controlling)} your choices, money, time or friends being limited or watched. You deserve to feel free and safe. " +
                "A specialist service can help you think it through, and the safety page has people you can talk to.",
                [],
                IncidentCategory.Controlling,
                PointsToSafetyPage: true);
        }
    }

    private static IEnumerable<PatternObservation> StillHeavy(IReadOnlyList<IncidentHeaviness> incidents, DateTimeOffset now)
    {
        var heavy = incidents
            .Where(i => i.FirstAt <= now.AddDays(-StillHeavyMinAgeDays)
                        && i.PointCount >= StillHeavyMinPoints
                        && i.RecentIntensity is { } recent
                        && recent >= StillHeavyLevel
                        && recent > i.FirstIntensity - HealingDirection.SameBand)
            .OrderBy(i => i.FirstAt)
            .Select(i => i.IncidentId)
            .ToList();
        if (heavy.Count == 0)
            yield break;

        // The reference article and Enright: when forgiving feels impossible, support from a therapist can
        // change what time alone doesn't. Framed so it never reads as the person failing to heal.
        var subject = heavy.Count == 1 ? "One hurt still feels" : $"{heavy.Count} hurts still feel";
        yield return new PatternObservation(
            PatternKind.StillHeavy,
            $"{subject} about as heavy as two months ago or more. That isn't a failing: some hurts need more than time, " +
            "and a counsellor can help with the ones that stay.",
            heavy,
            null,
            PointsToSafetyPage: false);
    }

    private static string Involved(int count) =>
        count == 1 ? "One of the hurts you've logged was about" : $"{count} of the hurts you've logged were about";

    private static string LowerFirst(string text) => string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1));
}
