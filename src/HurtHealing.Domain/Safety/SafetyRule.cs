using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Safety;

/// <summary>
/// One pattern of the safety-signal detector. The signal's span is the whole match; the <c>v</c> group,
/// when present, marks the word that carries the meaning ("hit", "afraid", "checks"), and the few words
/// just before it are read for a negation ("he has never hit me"), a hypothetical ("if he ever hit me")
/// or a subject that is not a person ("it suddenly hit me").
/// </summary>
internal sealed record SafetyRule(
    IReadOnlyList<SafetySignalKind> Kinds,
    Regex Pattern,
    SafetyRuleChecks Checks = SafetyRuleChecks.Negation,
    Func<Match, bool>? Accept = null);

/// <summary>The context checks a rule asks for before its match counts.</summary>
[Flags]
internal enum SafetyRuleChecks
{
    None = 0,

    /// <summary>"never", "not", "didn't"… just before the key word cancel the match.</summary>
    Negation = 1,

    /// <summary>"if he ever…" cancels the match unless "again" follows ("if you hit me again").</summary>
    Hypothetical = 2,

    /// <summary>A subject that is not a person ("it", "the news", "the dog", "I") cancels the match.</summary>
    PersonSubject = 4,

    /// <summary>"accidentally" or "by accident" just before the key word cancels the match.</summary>
    Deliberate = 8,

    Act = Negation | Hypothetical,
    Force = Negation | Hypothetical | PersonSubject | Deliberate,
}
