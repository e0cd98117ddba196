using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Repairs;

namespace HurtHealing.Web.Data.Export;

/// <summary>What a value may be, as the domain would have allowed it when it was written.</summary>
public abstract record ValueLimit
{
    /// <summary>Null when the value is allowed; otherwise what it should have been, in words for the person.</summary>
    public abstract string? Refusal(object value);
}

/// <summary>A whole number from <c>Min</c> to <c>Max</c>.</summary>
public sealed record NumberRange(int Min, int Max) : ValueLimit
{
    public override string? Refusal(object value) =>
        value is int n && n >= Min && n <= Max ? null : $"a number from {Min} to {Max}";
}

/// <summary>One of a few whole numbers.</summary>
public sealed record NumberChoice(IReadOnlyList<int> Allowed) : ValueLimit
{
    public override string? Refusal(object value) =>
        value is int n && Allowed.Contains(n) ? null : $"one of {string.Join(", ", Allowed)}";
}

/// <summary>
/// A text of at most <c>MaxLength</c> characters counted as the domain counts them (a line break is one, surrounding
/// spaces are not), with no NUL, and not blank.
/// </summary>
public sealed record TextLength(int MaxLength) : ValueLimit
{
    public override string? Refusal(object value)
    {
        if (value is not string text || text.Contains('\0', StringComparison.Ordinal))
        {
            return "a text without hidden control characters";
        }
        var length = text.ReplaceLineEndings("\n").Trim().Length;
        return length == 0 ? "a text that isn't blank"
            : length > MaxLength ? $"a text of at most {MaxLength} characters"
            : null;
    }
}

/// <summary>A word from the app's list of feelings.</summary>
public sealed record KnownFeeling : ValueLimit
{
    public override string? Refusal(object value) => value is string word && FeelingVocabulary.IsKnown(word) ? null : "a feeling from the app's list";
}

/// <summary>An IANA time zone this machine knows.</summary>
public sealed record KnownTimeZone : ValueLimit
{
    public override string? Refusal(object value) =>
        value is string id && id.Length <= Domain.Common.OwnerRules.MaxTimeZoneId
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? null : "a time zone such as Europe/London";
}

/// <summary>
/// The domain's limits for every number and text an import writes. An import sets values directly rather than through
/// the entities' methods (it restores what those methods once accepted), so without these a hand-edited file could
/// store a hurt of 99 or a title of a million characters. A test keeps this list complete: every number and text of
/// every owned table has its limit here.
/// </summary>
public static class ImportLimits
{
    private static readonly Dictionary<(Type Owner, string Property), ValueLimit> Limits = new()
    {
        [(typeof(Incident), nameof(Incident.Title))] = new TextLength(IncidentRules.MaxTitle),
        [(typeof(Incident), nameof(Incident.WhatHappened))] = new TextLength(IncidentRules.MaxWhatHappened),
        [(typeof(Incident), nameof(Incident.Hurt))] = new NumberRange(IncidentRules.HurtMin, IncidentRules.HurtMax),
        [(typeof(Incident), nameof(Incident.TimeZoneId))] = new KnownTimeZone(),
        [(typeof(FeelingRecord), nameof(FeelingRecord.Word))] = new KnownFeeling(),
        [(typeof(FeelingRecord), nameof(FeelingRecord.Intensity))] = new NumberRange(IncidentRules.IntensityMin, IncidentRules.IntensityMax),
        [(typeof(NeedRecord), nameof(NeedRecord.ResolutionLooksLike))] = new TextLength(IncidentRules.MaxNeedText),
        [(typeof(JournalEntry), nameof(JournalEntry.Text))] = new TextLength(JournalRules.MaxText),
        [(typeof(JournalEntry), nameof(JournalEntry.FeelingWindowMinutes))] = new NumberChoice(JournalRules.FeelingWindowMinutes),
        [(typeof(TalkPlan), nameof(TalkPlan.NeedToState))] = new TextLength(TalkPlanRules.NeedToStateMaxLength),
        [(typeof(TalkPlan), nameof(TalkPlan.OpeningLine))] = new TextLength(TalkPlanRules.OpeningLineMaxLength),
        [(typeof(TalkPlan), nameof(TalkPlan.ListenFor))] = new TextLength(TalkPlanRules.ListenForMaxLength),
        [(typeof(TalkPlan), nameof(TalkPlan.HowItWent))] = new TextLength(TalkPlanRules.HowItWentMaxLength),
        [(typeof(TalkPlan), nameof(TalkPlan.WhatWeAgreed))] = new TextLength(TalkPlanRules.WhatWeAgreedMaxLength),
        [(typeof(TalkPlan), nameof(TalkPlan.WhatIStillNeed))] = new TextLength(TalkPlanRules.WhatIStillNeedMaxLength),
        [(typeof(TalkPlan), nameof(TalkPlan.HeardScore))] = new NumberRange(TalkPlanRules.HeardScoreMin, TalkPlanRules.HeardScoreMax),
        [(typeof(FeelStatement), nameof(FeelStatement.Position))] = new NumberRange(0, TalkPlanRules.MaxStatements - 1),
        [(typeof(FeelStatement), nameof(FeelStatement.When))] = new TextLength(TalkPlanRules.StatementPartMaxLength),
        [(typeof(FeelStatement), nameof(FeelStatement.Felt))] = new TextLength(TalkPlanRules.StatementPartMaxLength),
        [(typeof(FeelStatement), nameof(FeelStatement.BecauseINeed))] = new TextLength(TalkPlanRules.StatementPartMaxLength),
        [(typeof(FeelStatement), nameof(FeelStatement.WouldYou))] = new TextLength(TalkPlanRules.StatementPartMaxLength),
        [(typeof(RepairAttempt), nameof(RepairAttempt.WhatWasSaidOrDone))] = new TextLength(RepairRules.MaxWhatWasSaidOrDone),
        [(typeof(RepairAttempt), nameof(RepairAttempt.HowAcknowledged))] = new TextLength(RepairRules.MaxHowAcknowledged),
        [(typeof(RepairAttempt), nameof(RepairAttempt.Landed))] = new NumberRange(RepairRules.LandedMin, RepairRules.LandedMax),
        [(typeof(Promise), nameof(Promise.WhatWasPromised))] = new TextLength(RepairRules.MaxWhatWasPromised),
        [(typeof(CheckIn), nameof(CheckIn.Intensity))] = new NumberRange(CheckInRules.IntensityMin, CheckInRules.IntensityMax),
        [(typeof(CheckIn), nameof(CheckIn.ResentmentGrip))] = new NumberRange(CheckInRules.ResentmentMin, CheckInRules.ResentmentMax),
        [(typeof(CheckIn), nameof(CheckIn.WhatRetriggered))] = new TextLength(CheckInRules.MaxWhatRetriggered),
        [(typeof(CheckIn), nameof(CheckIn.Note))] = new TextLength(CheckInRules.MaxNote),
        [(typeof(Boundary), nameof(Boundary.WhatIWillNotAccept))] = new TextLength(BoundaryRules.MaxWhatIWillNotAccept),
        [(typeof(Boundary), nameof(Boundary.WhatIWillDo))] = new TextLength(BoundaryRules.MaxWhatIWillDo),
    };

    /// <summary>The limit of a property declared on <paramref name="owner"/>, or null when it has none (ids, dates, choices).</summary>
    public static ValueLimit? For(Type owner, string property) => Limits.GetValueOrDefault((owner, property));
}
