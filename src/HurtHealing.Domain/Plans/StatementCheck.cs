using HurtHealing.Domain.Safety;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// What the accusation check found in one planned sentence, and whether the sentence carries a safety
/// signal. The page uses it to decide what to show: with a signal, no praise line and no rewrite button,
/// and the safety note first; with a boundary and a signal, a word that leaving can be a risky moment.
/// </summary>
public sealed record StatementCheck(IReadOnlyList<AccusationFinding> Findings, IReadOnlyList<SafetySignal> SafetySignals)
{
    public bool HasSafetySignal => SafetySignals.Count > 0;

    public bool HasBoundary => Findings.Any(f => f.Kind == AccusationKind.Boundary);

    /// <summary>The praise line is only for a sentence with nothing to point out and no safety signal.</summary>
    public bool ShowsPraise => Findings.Count == 0 && !HasSafetySignal;

    /// <summary>Rewrites soften wording; a sentence that tells of danger is never softened.</summary>
    public bool OffersRewrites => !HasSafetySignal;

    /// <summary>The findings a rewrite changes: every one but a boundary (none when a safety signal is present).</summary>
    public IReadOnlyList<AccusationFinding> Rewritable =>
        OffersRewrites ? [.. Findings.Where(f => f.Kind != AccusationKind.Boundary)] : [];

    /// <summary>Shown beside a boundary in a sentence that also carries a safety signal; otherwise null.</summary>
    public string? LeavingNote => HasBoundary && HasSafetySignal ? SafetyNotes.LeavingCanBeRisky : null;
}
