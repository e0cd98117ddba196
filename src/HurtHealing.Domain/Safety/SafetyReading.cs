using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Safety;

/// <summary>
/// Everything a person has written or typed about one hurt, read together for safety signals: the
/// title and what happened, every feeling word ever typed for it, what meeting a need would look like,
/// journal entries, and every plan's own words. A signal once written stays found: fear does not expire.
/// </summary>
public static class SafetyReading
{
    public static IReadOnlyList<SafetySignalKind> Of(Incident incident, IEnumerable<JournalEntry> journal, IEnumerable<TalkPlan> plans) =>
        SafetySignals.KindsIn(TextsOf(incident, journal, plans));

    /// <summary>The texts <see cref="Of"/> reads, one by one (a caller may remember each text's reading).</summary>
    public static IReadOnlyList<string?> TextsOf(Incident incident, IEnumerable<JournalEntry> journal, IEnumerable<TalkPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(plans);
        return
        [
            incident.Title,
            incident.WhatHappened,
            .. incident.Feelings.Select(f => f.Word).Distinct(StringComparer.OrdinalIgnoreCase),
            .. incident.Needs.Select(n => n.ResolutionLooksLike),
            .. journal.Select(j => j.Text),
            .. plans.SelectMany(WordsOf),
        ];
    }

    /// <summary>The person's own words in a plan: its need, opening, statements, what to listen for and how it went.</summary>
    public static IEnumerable<string?> WordsOf(TalkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            plan.NeedToState, plan.OpeningLine, plan.ListenFor, plan.HowItWent, plan.WhatWeAgreed, plan.WhatIStillNeed,
            .. plan.Statements.Select(s => s.ToSentence()),
        ];
    }
}
