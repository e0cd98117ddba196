using System.Text.RegularExpressions;
using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Safety;

/// <summary>
/// Reads a person's own words (what happened, typed feelings, needs, journal entries, plan statements,
/// notes) for signs that they may not be safe with their partner: fear of the partner, violence, threats,
/// intimidation, monitoring and control, isolation, degradation. Deterministic rules, then a small trained second
/// opinion (<see cref="SentenceModel"/>) on what they let through, as in the <see cref="AccusationCheck"/>; no outside service. It observes what was written; it never names or
/// diagnoses a person or a relationship.
/// </summary>
/// <remarks>
/// Curly apostrophes and quotes count as straight ones and case is ignored. A negation just before the
/// key word ("he has never hit me", "I'm not afraid of her") cancels a signal, and so does a hypothetical
/// without "again" ("if he ever hit me"); "you never let me see my friends" is control, because there the
/// negation is the control. Signals of one kind that overlap are merged into one span.
/// </remarks>
public static class SafetySignals
{
    /// <summary>Longer texts are read only up to this length; every field the app keeps is shorter.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Finds safety signals in <paramref name="text"/>, ordered by position.</summary>
    public static IReadOnlyList<SafetySignal> Find(string? text) => Find(text, withSecondOpinion: true);

    /// <summary>As <see cref="Find(string?)"/>, the rules alone, without the trained second opinion (for measuring it).</summary>
    public static IReadOnlyList<SafetySignal> FindByRulesAlone(string? text) => Find(text, withSecondOpinion: false);

    private static IReadOnlyList<SafetySignal> Find(string? text, bool withSecondOpinion)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var source = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        var normalized = AccusationCheck.NormalizeQuotes(source);
        var found = new List<SafetySignal>();
        foreach (var rule in SafetyRules.All)
        {
            foreach (var match in Matches(rule.Pattern, normalized))
            {
                if (match.Length == 0 || !Holds(rule, match, normalized) || (rule.Accept is not null && !rule.Accept(match)))
                {
                    continue;
                }

                var context = match.Groups["after"];
                var end = context.Success ? context.Index : match.Index + match.Length;
                var (start, length) = Trimmed(normalized, match.Index, end - match.Index);
                found.AddRange(rule.Kinds.Select(kind => new SafetySignal(kind, start, length, source.Substring(start, length))));
            }
        }

        var signals = Merge(found, source).ToList();
        if (withSecondOpinion)
        {
            signals.AddRange(SecondOpinion(normalized, source, signals));
        }
        return [.. signals.OrderBy(s => s.Start).ThenBy(s => s.Kind)];
    }

    /// <summary>How sure the trained second opinion must be before it raises what the rules let through.</summary>
    /// <remarks>
    /// Lower than the accusation check's: a missed signal steers a frightened person toward a private talk, a false one
    /// shows support lines beside ordinary hurt. Writer by writer over nine writers (sixth to fourteenth), 0.7 found
    /// 82.8 % of signals and flagged 4.7 % of ordinary sentences, 0.85 found 80.2 % and flagged 4.2 %.
    /// </remarks>
    public const double SecondOpinionThreshold = 0.7;

    private static readonly Lazy<SentenceModel> Model = new(() => SentenceModel.Shipped("safety"));

    /// <summary>The trained second opinion (<see cref="SentenceModel"/>), loaded on first use.</summary>
    public static SentenceModel SecondOpinionModel => Model.Value;

    // The rules find about two thirds of a new writer's understated signals; a model trained on every writer's
    // labelled sentences finds more. It reads only a piece of text the rules found nothing in, and names the kind of
    // the nearest labelled example (that kind's observation is what the person is shown). Figures: README.
    private static IEnumerable<SafetySignal> SecondOpinion(string normalized, string source, List<SafetySignal> found)
    {
        foreach (var (start, length) in SentenceModel.Segments(normalized))
        {
            if (found.Any(s => s.Start < start + length && start < s.Start + s.Length))
            {
                continue;
            }

            var piece = normalized.Substring(start, length);
            if (Enum.TryParse<SafetySignalKind>(Model.Value.Flag(piece, SecondOpinionThreshold), out var kind))
            {
                yield return new SafetySignal(kind, start, length, source.Substring(start, length));
            }
        }
    }

    /// <summary>Whether any of <paramref name="texts"/> shows a safety signal (a typed safety feeling counts).</summary>
    public static bool AnyIn(params IEnumerable<string?> texts) => KindsIn(texts).Count > 0;

    /// <summary>The kinds of signal in all of <paramref name="texts"/>, each once, in the enum's order.</summary>
    public static IReadOnlyList<SafetySignalKind> KindsIn(params IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var kinds = new HashSet<SafetySignalKind>();
        foreach (var text in texts)
        {
            if (SafetyFeelingWords.TryGet(text, out var word))
            {
                kinds.Add(word.Kind);
                continue;
            }

            if (SafetyFeelingWords.SignalOfBlameWord(text) is { } blameSignal)
            {
                kinds.Add(blameSignal);
                continue;
            }

            kinds.UnionWith(Find(text).Select(s => s.Kind));
        }

        return [.. kinds.Order()];
    }

    private static readonly Regex ClauseBreak = new(
        @"[.!?;:,\n]|\b(?:but|though|although|however|whereas)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, SafetyRules.MatchTimeout);

    private static readonly Regex ClauseEnd = new(
        @"[.!?;:\n]|\b(?:but|though|although|however|whereas)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, SafetyRules.MatchTimeout);

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
    {
        "never", "not", "no", "nor", "neither", "didnt", "dont", "doesnt", "wont", "wouldnt", "hasnt", "havent", "hadnt",
        "isnt", "wasnt", "werent", "arent", "aint", "shouldnt", "nobody",
    };

    private static readonly HashSet<string> Hypotheticals = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "unless", "whether", "suppose", "supposing", "imagine", "ever",
    };

    // Words that may sit between a subject and the key word without changing who did it.
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "just", "really", "suddenly", "finally", "then", "totally", "literally", "actually", "also", "even", "still", "kind",
        "sort", "of", "almost", "nearly", "all", "has", "have", "had", "been", "once", "again", "sometimes", "only", "truly",
        "properly", "completely", "so", "hard", "kinda", "sorta", "used", "to", "would", "did", "does", "do", "ever", "keeps",
        "kept", "tried", "tries", "started", "starts", "began", "will", "might", "could", "can", "may", "twice",
    };

    private static bool Holds(SafetyRule rule, Match match, string text)
    {
        var key = match.Groups["v"] is { Success: true } v ? v : match.Groups[0];
        var clauseStart = ClauseStartBefore(text, key.Index);
        var before = Words(text[clauseStart..key.Index]);
        var window = before.Count <= 3 ? before : before.GetRange(before.Count - 3, 3);
        var afterEnd = ClauseEndAfter(text, key.Index + key.Length);
        var after = text[(key.Index + key.Length)..afterEnd];

        if (rule.Checks.HasFlag(SafetyRuleChecks.Negation) && window.Any(IsNegation))
        {
            return false;
        }

        if (rule.Checks.HasFlag(SafetyRuleChecks.Hypothetical)
            && before.TakeLast(6).Any(Hypotheticals.Contains)
            && !Regex.IsMatch(after, @"\b(?:again|one\s+more\s+time|another\s+time|next\s+time|anymore)\b", RegexOptions.IgnoreCase, SafetyRules.MatchTimeout))
        {
            return false;
        }

        if (rule.Checks.HasFlag(SafetyRuleChecks.Deliberate)
            && (before.TakeLast(3).Any(w => w is "accidentally" or "accidently")
                || Regex.IsMatch(after, @"\b(?:by\s+(?:accident|mistake)|by\s+(?:sitting|stepping|treading|standing|leaning|lying|rolling|falling)\s+on|by\s+(?:dropping|knocking|tripping)|accidentally|accidently|without\s+meaning\s+to|while\s+(?:playing|asleep|sleeping|dreaming))\b", RegexOptions.IgnoreCase, SafetyRules.MatchTimeout)))
        {
            return false;
        }

        if (rule.Checks.HasFlag(SafetyRuleChecks.PersonSubject))
        {
            var subject = before.LastOrDefault(w => !Fillers.Contains(w));
            if (subject is not null && SafetyRules.IsNotAPerson(subject))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNegation(string word) =>
        Negations.Contains(word) || (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                                     && !word.Equals("can't", StringComparison.OrdinalIgnoreCase)
                                     && !word.Equals("couldn't", StringComparison.OrdinalIgnoreCase));

    private static int ClauseStartBefore(string text, int index)
    {
        var match = ClauseBreak.Match(text, 0, index);
        return match.Success ? match.Index + match.Length : 0;
    }

    private static int ClauseEndAfter(string text, int index)
    {
        var match = ClauseEnd.Match(text, index);
        return match.Success ? match.Index : text.Length;
    }

    // Lower-case words, with a possessive or contraction's tail dropped: "it's" -> "it", "he'd" -> "he".
    private static List<string> Words(string text) =>
        [.. Regex.Split(text.ToLowerInvariant(), @"[^a-z']+", RegexOptions.None, SafetyRules.MatchTimeout)
            .Where(w => w.Length > 0)
            .Select(w => w.EndsWith("n't", StringComparison.Ordinal) ? w : Regex.Replace(w, "'(?:s|d|ll|re|ve|m)$", "", RegexOptions.None, SafetyRules.MatchTimeout))];

    // A span never ends in spaces or punctuation picked up by a trailing context group.
    private static (int Start, int Length) Trimmed(string text, int start, int length)
    {
        var end = start + length;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1]) && text[end - 1] != '\''))
        {
            end--;
        }

        return (start, Math.Max(1, end - start));
    }

    private static IEnumerable<SafetySignal> Merge(List<SafetySignal> found, string source)
    {
        foreach (var group in found.GroupBy(s => s.Kind))
        {
            (int Start, int End)? open = null;
            foreach (var s in group.OrderBy(s => s.Start).ThenByDescending(s => s.Length))
            {
                if (open is { } o && s.Start < o.End)
                {
                    open = (o.Start, Math.Max(o.End, s.Start + s.Length));
                    continue;
                }

                if (open is { } done)
                {
                    yield return new SafetySignal(group.Key, done.Start, done.End - done.Start, source[done.Start..done.End]);
                }

                open = (s.Start, s.Start + s.Length);
            }

            if (open is { } last)
            {
                yield return new SafetySignal(group.Key, last.Start, last.End - last.Start, source[last.Start..last.End]);
            }
        }
    }

    // A rule that times out on a pathological input yields no signals rather than failing the page.
    private static List<Match> Matches(Regex pattern, string text)
    {
        try
        {
            return [.. pattern.Matches(text).Cast<Match>()];
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }
}
