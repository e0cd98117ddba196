using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// One pattern of the accusation check. The finding's span is the <c>hit</c> group when the pattern
/// has one, otherwise the whole match. <see cref="Accept"/> turns away matches a regex alone cannot
/// judge (affectionate "you're so kind", "you always make me laugh"); <see cref="FallbackFeelings"/>
/// offers gentler feelings for the rewrite when the incident names none.
/// </summary>
internal sealed record AccusationRule(
    AccusationKind Kind,
    Regex Pattern,
    Func<Match, bool>? Accept = null,
    Func<Match, IReadOnlyList<string>>? FallbackFeelings = null);
