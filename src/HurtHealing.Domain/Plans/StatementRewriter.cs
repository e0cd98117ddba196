using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Safety;
using System.Text;
using System.Text.RegularExpressions;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// Rewrites the statement that was checked (Gottman's softened start-up in the shape of Nonviolent
/// Communication's observation, feeling, need and request). It keeps the person's own words and changes only
/// what was flagged, one pattern per kind: an "always"/"never" becomes one moment; a label, a verdict, a
/// comparison, a guess at their motives or a threat is taken out so the observation stands on its own; sarcasm
/// becomes the plain hurt under it; "everyone thinks" becomes "I think"; a "why can't you…" becomes a wish; a
/// word for what they did becomes the feeling underneath. All findings in a statement give one rewrite.
/// A missing piece becomes a placeholder the person fills; the incident's title is never pasted in.
/// </summary>
public static partial class StatementRewriter
{
    public const string WhatHappenedPlaceholder = "[what happened, as a camera would have seen it]";
    public const string FeelingsPlaceholder = "[how I felt]";
    public const string NeedPlaceholder = "[what I need]";
    public const string RequestPlaceholder = "[one small thing they could do]";
    public const string WhenPlaceholder = "[say when]";

    private static readonly string[] WhenLeadIns = ["when"];
    private static readonly string[] FeltLeadIns = ["i felt", "i feel", "i was feeling", "i am feeling", "i'm feeling", "felt", "feeling"];
    private static readonly string[] NeedLeadIns = ["because i need", "because i needed", "i need", "i needed", "because"];
    private static readonly string[] RequestLeadIns = ["would you please", "would you", "could you please", "could you", "will you", "can you", "please"];

    // Sentence openers that read naturally in lower case after "When": never names or "I".
    private static readonly HashSet<string> LowerCaseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "your", "you're", "we", "we're", "our", "my", "they", "their", "he", "she", "his", "her",
        "it", "its", "it's", "the", "that", "this", "a", "an", "there", "at", "on", "in", "after", "before",
        "during", "last", "yesterday", "today", "tonight", "someone", "nobody", "everyone", "every", "not",
        "you've", "you'd", "you'll", "we've", "he's", "she's", "they're", "they've", "all", "these", "those", "each", "both",
    };

    /// <summary>
    /// Builds one "I feel" statement from the parts a person typed, using only the parts given.
    /// A missing feeling is shown as a placeholder when "when" is given (the sentence needs it);
    /// everything else that is missing is simply left out. Returns "" when every part is empty.
    /// </summary>
    public static string Compose(string? when, string? felt, string? becauseINeed, string? wouldYou) =>
        ComposeCleaned(Clean(when, WhenLeadIns), Clean(felt, FeltLeadIns), Clean(becauseINeed, NeedLeadIns), Clean(wouldYou, RequestLeadIns)).Sentence;

    /// <summary>
    /// The one rewrite of a four-part statement, or null when there is nothing to rewrite: no finding, only a
    /// boundary (the person's own decision), or a safety signal (a sentence that tells of danger is never softened).
    /// </summary>
    public static StatementRewrite? Rewrite(string? when, string? felt, string? becauseINeed, string? wouldYou, RewriteContext context) =>
        Rewrite(when, felt, becauseINeed, wouldYou, context, AccusationCheck.Review);

    private static StatementRewrite? Rewrite(string? when, string? felt, string? becauseINeed, string? wouldYou, RewriteContext context, Func<string, StatementCheck> review)
    {
        ArgumentNullException.ThrowIfNull(context);
        string[] parts = [Clean(when, WhenLeadIns), Clean(felt, FeltLeadIns), Clean(becauseINeed, NeedLeadIns), Clean(wouldYou, RequestLeadIns)];
        var (sentence, ranges) = ComposeCleaned(parts[0], parts[1], parts[2], parts[3]);
        return sentence.Length == 0 ? null : Rewrite(when, felt, becauseINeed, wouldYou, parts, sentence, ranges, context, review);
    }

    private static StatementRewrite? Rewrite(
        string? when, string? felt, string? becauseINeed, string? wouldYou, string[] parts, string sentence, (int Start, int Length)[] ranges, RewriteContext context,
        Func<string, StatementCheck> review)
    {
        var check = review(sentence);
        var findings = check.Findings.Where(f => f.Kind != AccusationKind.Boundary).ToList();
        if (findings.Count == 0 || !check.OffersRewrites)
        {
            return null;
        }

        var notes = new Notes();
        var rewritten = new string[4];
        var changed = new bool[4];
        for (var i = 0; i < 4; i++)
        {
            var (start, length) = ranges[i];
            var local = findings
                .Where(f => length > 0 && (f.Start < start + length && start < f.Start + f.Length
                    // "I felt you…": the thought frame sits just before the feeling part.
                    || (i == 1 && f.Kind == AccusationKind.JudgementAsFeeling && f.Start + f.Length <= start && f.Start + f.Length >= start - 2)))
                .Select(f =>
                {
                    var s = Math.Max(f.Start, start);
                    var e = Math.Max(s, Math.Min(f.Start + f.Length, start + length));
                    return new Local(s - start, e - s, f.Kind, f.UnderlyingFeelings);
                })
                .ToList();
            foreach (var f in findings.Where(f => f.Start < start + length && start < f.Start + f.Length))
            {
                notes.Kinds.Add(f.Kind);
            }
            if (local.Count == 0)
            {
                rewritten[i] = parts[i];
                continue;
            }
            // The text in the sentence is the part after LowerOpener; take it from the sentence so indices match.
            var written = sentence.Substring(start, length);
            rewritten[i] = Shouted(written) ? Calmly(RewritePart(i, written, local, notes)) : RewritePart(i, written, local, notes);
            changed[i] = true;
        }
        foreach (var f in findings.Where(f => !ranges.Any(r => r.Length > 0 && f.Start < r.Start + r.Length && r.Start < f.Start + f.Length)))
        {
            // A finding only in the frame words ("I felt like" with an empty feeling part) still counts.
            notes.Kinds.Add(f.Kind);
        }

        Fill(rewritten, changed, parts, notes, context, sentence);
        var final = new string?[4];
        for (var i = 0; i < 4; i++)
        {
            final[i] = changed[i] ? (rewritten[i].Length > 0 ? rewritten[i] : null) : NullIfEmpty(parts[i]);
        }

        var composed = ComposeCleaned(final[0] ?? "", final[1] ?? "", final[2] ?? "", final[3] ?? "").Sentence;
        if (changed[0] && final[0] is { } observation && !observation.Contains(WhatHappenedPlaceholder, StringComparison.Ordinal)
            && StillAccuses(ComposeCleaned(observation, final[1] ?? "", "", ""), review))
        {
            // What is left of the observation still accuses ("you did this to me", "everyone can see it"): the person
            // is better served by the placeholder than by a rewrite that needs rewriting again.
            final[0] = WhatHappenedPlaceholder;
            composed = ComposeCleaned(WhatHappenedPlaceholder, final[1] ?? "", final[2] ?? "", final[3] ?? "").Sentence;
        }
        return new StatementRewrite(
            changed[0] ? final[0] : when, changed[1] ? final[1] : felt, changed[2] ? final[2] : becauseINeed, changed[3] ? final[3] : wouldYou,
            composed, changed);
    }

    // Read as it opens the statement, up to the feeling (a jury's "everyone can see it" accuses only there), not the
    // whole statement again: that second reading would cost as much as the first.
    private static bool StillAccuses((string Sentence, (int Start, int Length)[] Ranges) opening, Func<string, StatementCheck> review) =>
        review(opening.Sentence).Findings.Any(f => f.Kind != AccusationKind.Boundary && f.Start < opening.Ranges[0].Start + opening.Ranges[0].Length && opening.Ranges[0].Start < f.Start + f.Length);

    /// <summary>The rewrite of a free sentence: it is read into the four parts first (see <see cref="Parse"/>).</summary>
    public static StatementRewrite? RewriteSentence(string sentence, RewriteContext context) => RewriteSentence(sentence, context, AccusationCheck.Review);

    /// <summary>As <see cref="RewriteSentence(string, RewriteContext)"/> with the rules alone: the rewrites the second opinion learns from.</summary>
    internal static StatementRewrite? RewriteSentenceByRulesAlone(string sentence, RewriteContext context) => RewriteSentence(sentence, context, text => new StatementCheck(AccusationCheck.FindByRulesAlone(text), SafetySignals.FindByRulesAlone(text)));

    private static StatementRewrite? RewriteSentence(string sentence, RewriteContext context, Func<string, StatementCheck> review)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(context);
        var (when, felt, need, request) = Parse(sentence);
        if (felt is null && need is null && request is null && when is not null)
        {
            // No frame at all: the sentence is checked exactly as written, and all of it is the observation.
            var raw = AccusationCheck.NormalizeQuotes(sentence.Trim());
            var kept = raw.TrimEnd('.', '!', '?', ',', ';', ':', ' ', '\u2026');
            return kept.Length == 0 ? null : Rewrite(when, null, null, null, [kept, "", "", ""], raw, [(0, kept.Length), (0, 0), (0, 0), (0, 0)], context, review);
        }
        return Rewrite(when, felt, need, request, context, review);
    }

    /// <summary>
    /// Reads a free sentence into the four parts: "When…, I felt…, because I need…. Would you…?" where present;
    /// anything outside those frames is the observation ("when") part.
    /// </summary>
    public static (string? When, string? Felt, string? Need, string? Request) Parse(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = AccusationCheck.NormalizeQuotes(sentence.Trim());
        string? request = null, need = null, felt = null;
        var r = RequestFrame().Match(text);
        if (r.Success)
        {
            request = text[(r.Index + r.Length)..];
            text = text[..r.Index];
        }
        var n = NeedFrame().Match(text);
        if (n.Success)
        {
            need = text[(n.Index + n.Length)..];
            text = text[..n.Index];
        }
        var f = FeltFrame().Match(text);
        if (f.Success && !JudgementFrame().IsMatch(text[f.Index..]))
        {
            felt = text[(f.Index + f.Length)..];
            text = text[..f.Index];
        }
        return (NullIfEmpty(Clean(text, WhenLeadIns)), NullIfEmpty(felt?.Trim()), NullIfEmpty(need?.Trim()), NullIfEmpty(request?.Trim()));
    }

    [GeneratedRegex(@"(?:^|[.!?;,]\s*)(?:would|could|will|can)\s+you\s+(?:please\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestFrame();

    [GeneratedRegex(@"(?:^|,\s*|\s)because\s+i\s+need(?:ed)?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeedFrame();

    [GeneratedRegex(@"(?:^|,\s*)i(?:'ve\s+been|\s+have\s+been|'m|\s+am|\s+was)?\s+(?:felt|feel|feeling)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeltFrame();

    // "I feel like you…" is a thought, not a feeling: it stays whole so the check reads it as one.
    [GeneratedRegex(@"^,?\s*i\s+(?:felt|feel)\s+(?:(?:that|like|as\s+if|as\s+though)\s+)?(?:you|he|she|they)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JudgementFrame();

    /// <summary>"hurt" / "hurt and lonely" / "hurt, lonely and scared". Blank and repeated items are skipped.</summary>
    public static string JoinList(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();
        foreach (var item in items)
        {
            var cleaned = Clean(item, FeltLeadIns);
            if (cleaned.Length > 0 && seen.Add(cleaned))
            {
                kept.Add(cleaned);
            }
        }

        return kept.Count switch
        {
            0 => "",
            1 => kept[0],
            _ => string.Join(", ", kept.Take(kept.Count - 1)) + " and " + kept[^1],
        };
    }

    // ---- composing -------------------------------------------------------------------------------

    private static (string Sentence, (int Start, int Length)[] Ranges) ComposeCleaned(string w, string f, string n, string r)
    {
        var ranges = new (int Start, int Length)[4];
        var sentence = new StringBuilder();
        void Put(int index, string text)
        {
            ranges[index] = (sentence.Length, text.Length);
            sentence.Append(text);
        }

        if (w.Length > 0)
        {
            sentence.Append("When ");
            Put(0, LowerOpener(w));
            sentence.Append(", I felt ");
            if (f.Length > 0)
            {
                Put(1, f);
            }
            else
            {
                sentence.Append(FeelingsPlaceholder);
            }
            if (n.Length > 0)
            {
                sentence.Append(", because I need ");
                Put(2, n);
            }
        }
        else if (f.Length > 0)
        {
            sentence.Append("I felt ");
            Put(1, f);
            if (n.Length > 0)
            {
                sentence.Append(", because I need ");
                Put(2, n);
            }
        }
        else if (n.Length > 0)
        {
            sentence.Append("I need ");
            Put(2, n);
        }

        if (sentence.Length > 0)
        {
            sentence.Append('.');
        }

        if (r.Length > 0)
        {
            sentence.Append(sentence.Length > 0 ? " " : "").Append("Would you ");
            Put(3, r);
            sentence.Append('?');
        }

        return (sentence.ToString(), ranges);
    }

    // Collapses whitespace, drops a repeated lead-in and trailing punctuation.
    private static string Clean(string? text, string[] leadIns)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var comparable = AccusationCheck.NormalizeQuotes(collapsed);
        foreach (var leadIn in leadIns)
        {
            if (collapsed.Length > leadIn.Length
                && comparable.StartsWith(leadIn, StringComparison.OrdinalIgnoreCase)
                && !char.IsLetterOrDigit(collapsed[leadIn.Length]))
            {
                collapsed = collapsed[leadIn.Length..].TrimStart(' ', ',', ':');
                break;
            }
        }

        return collapsed.TrimEnd('.', '!', '?', ',', ';', ':', ' ', '\u2026');
    }

    private static string LowerOpener(string text)
    {
        var firstWord = text.Split(' ', 2)[0].TrimEnd(',');
        // A gerund or "me" opens an observation too ("Missing the interview…", "Me missing the interview…").
        var opensAnObservation = LowerCaseOpeners.Contains(firstWord) || firstWord.Equals("me", StringComparison.OrdinalIgnoreCase)
            || (firstWord.Length > 4 && firstWord.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        return opensAnObservation && char.IsUpper(text[0])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    // A part written in capitals ("YOU ALWAYS DO THIS") is shouting; its rewrite is said calmly, in ordinary case.
    private static bool Shouted(string text) => text.Count(char.IsUpper) >= 4 && !text.Any(char.IsLower);

    private static string Calmly(string text)
    {
        var placeholders = PlaceholderText().Matches(text);
        var pieces = PlaceholderText().Split(text);
        return string.Concat(pieces.Select((piece, i) =>
            PronounI().Replace(piece.ToLowerInvariant(), "I") + (i < placeholders.Count ? placeholders[i].Value : "")));
    }

    [GeneratedRegex(@"\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderText();

    [GeneratedRegex(@"\bi\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounI();

    // ---- rewriting one part ----------------------------------------------------------------------

    private sealed record Local(int Start, int Length, AccusationKind Kind, IReadOnlyList<string> Feelings);

    private sealed class Notes
    {
        public HashSet<AccusationKind> Kinds { get; } = [];
        public List<string> Feelings { get; } = [];
        public List<string> Thoughts { get; } = [];
        public string? Wish { get; set; }
        public bool OneMoment { get; set; }
    }

    // Kinds whose clause is a verdict, not an observation: the clause is taken out so what happened stands alone.
    private static readonly HashSet<AccusationKind> VerdictKinds =
    [
        AccusationKind.YoureSo, AccusationKind.NameCalling, AccusationKind.GlobalCriticism, AccusationKind.MindReading,
        AccusationKind.Comparison, AccusationKind.AnyoneWould, AccusationKind.Threat, AccusationKind.VeiledThreat,
        AccusationKind.Contempt, AccusationKind.SarcasticPraise,
    ];

    // "never, ever" is one clause, so its comma is not a break. "So" joins clauses only when a new clause follows
    // ("…, so I left"); before a word it is an intensifier ("you made me feel so small").
    [GeneratedRegex(@"(\s*[,;:.!?…—]+(?!\s*ever\b)\s*|\s+(?:and|but|or|then)\s+(?!(?:over|every|again)\b)|\s+so\s+(?=(?:i|i'm|i've|we|you|he|she|they|it|now|then|that|there|my|our|your|the)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    private static string RewritePart(int part, string text, List<Local> findings, Notes notes)
    {
        foreach (var f in findings)
        {
            notes.Feelings.AddRange(f.Feelings);
        }

        // Split into clauses, keeping each clause's leading separator.
        var pieces = ClauseBreak().Split(text);
        var clauses = new List<(int Start, string Text, string Separator)>();
        var position = 0;
        var separator = "";
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 1)
            {
                separator = pieces[i];
            }
            else
            {
                clauses.Add((position, pieces[i], separator));
            }
            position += pieces[i].Length;
        }

        var output = new StringBuilder();
        var verdictTaken = clauses.Any(c => findings.Any(f => VerdictKinds.Contains(f.Kind) && f.Start < c.Start + c.Text.Length && c.Start < f.Start + f.Length));
        foreach (var (start, clause, sep) in clauses)
        {
            var inClause = findings.Where(f => f.Start < start + clause.Length && start < f.Start + f.Length && clause.Length > 0).ToList();
            var kept = inClause.Count > 0 ? RewriteClause(part, clause, start, inClause, notes)
                // Beside a verdict that was taken out, only what reads as an observation stays ("Keep it up" goes).
                : part == 0 && verdictTaken && !LooksLikeObservation(clause) ? ""
                : clause;
            if (kept.Length == 0)
            {
                continue;
            }
            if (output.Length > 0)
            {
                output.Append(sep);
            }
            output.Append(kept);
        }

        return Tidy(output.ToString());
    }

    private static bool LooksLikeObservation(string clause)
    {
        var words = clause.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && !NotAnObservation().IsMatch(clause) && ObservationSubject().IsMatch(clause);
    }

    [GeneratedRegex(@"^\s*(?:if|unless|keep|carry|change|grow|spare|do|does|did|don't|dont|stop|sure|coming|plain|are|is|was|were|get|give|go|ask|try|see|just|whatever)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAnObservation();

    [GeneratedRegex(@"\b(?:i|you|we|he|she|they|my|our|your|his|her|their|it|the)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObservationSubject();

    private static string RewriteClause(int part, string clause, int clauseStart, List<Local> findings, Notes notes)
    {
        if (findings.Any(f => VerdictKinds.Contains(f.Kind)))
        {
            if (findings.Any(f => f.Kind is AccusationKind.SarcasticPraise or AccusationKind.Contempt))
            {
                notes.Feelings.Add("hurt");
            }
            return "";
        }

        // Right to left, so earlier offsets stay valid.
        var text = clause;
        foreach (var f in findings.OrderByDescending(f => f.Start))
        {
            var s = Math.Max(0, f.Start - clauseStart);
            var e = Math.Min(text.Length, f.Start + f.Length - clauseStart);
            // A finding that stops inside a word ("every single week|end") takes the whole word.
            while (e < text.Length && e > 0 && char.IsLetter(text[e]) && char.IsLetter(text[e - 1]))
            {
                e++;
            }
            if (e <= s)
            {
                continue;
            }
            text = f.Kind switch
            {
                AccusationKind.AlwaysNever => OneMoment(text, s, e, notes),
                AccusationKind.OthersOpinion => OwnOpinion(text, s, e),
                AccusationKind.YouMakeMeFeel => text[..s] + AfterBlame(text[e..]),
                AccusationKind.WhyDoYou => FromQuestion(text, s, notes),
                AccusationKind.BlameFeeling => UnderlyingFeeling(text, s, e, f.Feelings, findings.Count(x => x.Kind == AccusationKind.BlameFeeling) > 1),
                AccusationKind.JudgementAsFeeling => AsAThought(part, text, s, e, notes),
                _ => text,
            };
        }

        text = Tidy(text);
        // A remainder of one word ("really", "again") is not an observation.
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 && !text.StartsWith('[') ? "" : text;
    }

    // "you never listen" → "you didn't listen [say when]"; "you always interrupt me" → "you interrupted me [say when]".
    private static string OneMoment(string text, int s, int e, Notes notes)
    {
        notes.OneMoment = true;
        // Text-speak subjects read as the words they stand for: "ur always on that phone", "u never text back".
        var hit = TextSpeakYoure().Replace(TextSpeakYou().Replace(text[s..e], "you"), "you're");
        var rest = text[e..];
        var m = NeverOrAlways().Match(hit);
        if (!m.Success && NeverOrAlways().Match(TextSpeakYoure().Replace(TextSpeakYou().Replace(text[..e].Trim(), "you"), "you're")) is { Success: true } widened)
        {
            // "You have literally never once cleaned the oven": the subject and its helpers sit before the finding.
            m = widened;
            s = 0;
        }
        string replaced;
        if (m.Success)
        {
            var adverb = m.Groups["adv"].Value.ToLowerInvariant();
            var subject = m.Groups["subject"].Value;
            rest = OnceOrEver().Replace(rest, "");
            var (verb, after) = FirstWord(rest);
            var isBe = m.Groups["be"].Success || BeVerb(verb);
            var be = subject.Equals("he", StringComparison.OrdinalIgnoreCase) || subject.Equals("she", StringComparison.OrdinalIgnoreCase) ? "was" : "were";
            if (adverb.StartsWith("never", StringComparison.Ordinal) || adverb.Contains("ever", StringComparison.Ordinal))
            {
                replaced = isBe
                    ? subject + " " + be + " not " + rest.TrimStart()
                    : subject + " didn't " + Verbs.Base(verb) + after;
            }
            else
            {
                replaced = isBe
                    ? subject + " " + be + " " + rest.TrimStart()
                    : subject + " " + Verbs.Past(verb) + after;
            }
            return SayWhen(Tidy(OtherAbsolutes().Replace(text[..s] + replaced, " ")));
        }

        // "every single time", "not once", "as usual", "again": the absolute words go, one moment takes their place.
        // "Not once did you say thank you" loses its inversion: "you didn't say thank you".
        var inverted = Inverted().Match(rest);
        if (inverted.Success)
        {
            // "Not one time this year have you asked…": the time goes after what they didn't do.
            var time = inverted.Groups["time"].Value.Trim();
            rest = " " + inverted.Groups["subject"].Value + " didn't " + Verbs.Base(inverted.Groups["verb"].Value)
                + inverted.Groups["after"].Value.TrimEnd() + (time.Length > 0 ? " " + time : "");
        }
        var before = text[..s].TrimEnd();
        return SayWhen(Tidy(OtherAbsolutes().Replace(before + " " + rest.TrimStart(), " ")));
    }

    // One moment in place of "always": the person names when, unless their words already name one ("yesterday", "last
    // night", "on Sunday"). "At dinner" does not: after "always" it is every dinner.
    private static string SayWhen(string observation) =>
        ATime().IsMatch(observation) ? observation : observation + " " + WhenPlaceholder;

    [GeneratedRegex(@"\b(?:yesterday|today|tonight|earlier|this\s+(?:morning|afternoon|evening|week|weekend)|last\s+(?:night|week|weekend|month|year|time|\w+day)"
        + @"|on\s+(?:\w+day|the\s+\d+\w*|my\s+birthday|your\s+birthday|our\s+anniversary|christmas(?:\s+day|\s+eve)?|new\s+year'?s(?:\s+eve|\s+day)?)"
        + @"|(?:an?|one|two|three|a\s+few|a\s+couple\s+of)\s+(?:hours?|days?|weeks?)\s+ago)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ATime();

    [GeneratedRegex(@"^(?:ur|youre)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextSpeakYoure();

    [GeneratedRegex(@"^u\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextSpeakYou();

    [GeneratedRegex(@"^\s*(?<time>(?:this|last|in|all|for|since)\s+[a-z0-9]+(?:\s+[a-z0-9]+)?\s+)?(?:did|have|has|had|do|does)\s+(?<subject>you|he|she|they)\s+(?:ever\s+|even\s+)?(?<verb>[a-z']+)(?<after>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Inverted();

    // The rest of the absolute words in a clause go with the first: "every weekend you're always…" is one moment too.
    [GeneratedRegex(@"\b(?:(?:each\s+and\s+)?every\s+(?:single\s+)?(?:time|day|night|week|weekend|morning|evening)|all\s+the\s+time|as\s+usual|yet\s+again|once\s+again|again\s+and\s+again|over\s+and\s+over(?:\s+again)?|for\s+(?:years|months|weeks|ages)(?:\s+now)?|anymore|any\s+more|constantly|always|ever)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherAbsolutes();

    [GeneratedRegex(@"^(?<subject>you|he|she|they)(?:(?<be>'re|re|\s+are|\s+were|'s|\s+is|\s+was)|'ve|ve|\s+have|\s+has|\s+just|\s+literally|\s+seriously|\s+honestly|\s+really)*\s+(?<adv>always|never|constantly|forever|don't\s+ever|dont\s+ever|didn't\s+ever)(?:\s*,?\s*(?:once|ever|even\s+once))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeverOrAlways();

    private static bool BeVerb(string verb) => verb.Length == 0 || !Verbs.LooksLikeVerb(verb);

    [GeneratedRegex(@"^\s*,?\s*(?:once|ever|,)\s*,?\s*(?:ever\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnceOrEver();

    private static (string Word, string After) FirstWord(string rest)
    {
        var trimmed = rest.TrimStart();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (trimmed, "") : (trimmed[..space], trimmed[space..]);
    }

    // What follows "you make me feel…": the feeling words go (they move to the feeling part); a "when…" stays as
    // the observation; a time or place stays beside a placeholder for what happened.
    private static string AfterBlame(string rest)
    {
        var m = BlameTail().Match(rest);
        var tail = m.Success ? rest[m.Length..] : rest;
        var connective = Connective().Match(tail);
        if (connective.Success)
        {
            return " " + tail[connective.Length..];
        }
        if (TimeOrPlace().IsMatch(tail))
        {
            return " " + WhatHappenedPlaceholder + " " + tail.Trim();
        }
        return m.Success || tail.Trim().Split(' ').Length < 3 ? "" : " " + tail;
    }

    [GeneratedRegex(@"^\s*(?:(?:so|really|very|completely|totally|such|a\s+bit|kind\s+of|this|that)\s+)*(?:(?:like|as\s+if)\s+[^,.;]*?(?=\s+(?:when|whenever|because|at|on|in|after|during|last|by|for)\b|$)|(?!when\b|whenever\b)[\w'-]+(?:\s+(?:for|about)\s+[\w'-]+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlameTail();

    [GeneratedRegex(@"^\s*,?\s*(?:when|that|whenever|because|by)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connective();

    [GeneratedRegex(@"^\s*(?:on|at|in\s+front\s+of|during|after|last|this|yesterday|in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOrPlace();

    // "everyone thinks you…" → "I think you…"; an appeal with nothing after it goes.
    private static string OwnOpinion(string text, int s, int e)
    {
        var rest = text[e..].TrimStart();
        rest = rest.StartsWith("that ", StringComparison.OrdinalIgnoreCase) ? rest[5..] : rest;
        // "everyone noticed how you spoke to me": what they noticed is what happened.
        var how = HowOrWhat().Match(rest);
        if (how.Success && YouOrI().IsMatch(rest[how.Length..]))
        {
            return text[..s] + rest[how.Length..];
        }
        // "everyone noticed you ignoring me": a moment seen, so it is what happened ("you were ignoring me").
        if (SeenDoing().Match(rest) is { Success: true } seen)
        {
            var subject = seen.Groups["who"].Value.ToLowerInvariant() switch
            {
                "him" => "he was",
                "her" => "she was",
                "them" => "they were",
                _ => "you were",
            };
            return text[..s] + subject + " " + rest[(seen.Groups["who"].Length + 1)..].TrimStart();
        }
        // What others say of the person ("everybody says I'm a saint for putting up with you") is no observation.
        if (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 || !YouOrI().IsMatch(rest) || AboutMe().IsMatch(rest))
        {
            return "";
        }
        return text[..s] + "I think " + rest;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z\[])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^\s*(?:(?:at|by|on|of|about)\s+)?(?:how|what)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowOrWhat();

    [GeneratedRegex(@"^(?<who>you|him|her|them)\s+[a-z]+ing\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeenDoing();

    [GeneratedRegex(@"^\s*(?:i|i'm|i've|i'd|my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutMe();

    [GeneratedRegex(@"^\s*(?:you|you're|you've|you'd|you'll|i|i'm|i've|we|we're|your|my|our)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YouOrI();

    // "why can't you just put your phone down" → a wish; "why did you tell him" → what happened.
    private static string FromQuestion(string text, int s, Notes notes)
    {
        var m = WhyQuestion().Match(text[s..]);
        if (!m.Success)
        {
            return "";
        }
        var aux = m.Groups["aux"].Value.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
        var (verb, after) = FirstWord(m.Groups["rest"].Value);
        if (verb.Length == 0)
        {
            return "";
        }
        // "How did you expect I would feel?" asks what they thought: there is no act in it to keep.
        if (m.Groups["how"].Success && verb.ToLowerInvariant() is "think" or "expect" or "imagine" or "suppose")
        {
            return "";
        }
        var always = m.Groups["always"].Value.ToLowerInvariant();
        var negative = aux is "cant" or "cannot" or "wont" or "couldnt" or "dont" or "didnt" or "wouldnt" || always == "never" || m.Groups["not"].Success;
        if (m.Groups["hard"].Success || (negative && always.Length == 0 && aux is "cant" or "cannot" or "wont" or "couldnt" or "dont"))
        {
            notes.Wish ??= Tidy(Verbs.Base(verb) + after);
            return "";
        }
        if (negative)
        {
            if (always.Length > 0)
            {
                notes.OneMoment = true;
            }
            var didnt = text[..s] + "you didn't " + Verbs.Base(verb) + after;
            return always.Length > 0 ? SayWhen(didnt) : didnt;
        }
        if (always.Length > 0)
        {
            notes.OneMoment = true;
            return SayWhen(text[..s] + "you " + Verbs.Past(verb) + after);
        }
        return text[..s] + "you " + Verbs.Past(verb) + after;
    }

    [GeneratedRegex(@"^(?:why'?d(?<aux>)\s+you|(?<hard>why\s+is\s+it\s+so\s+hard\s+for)\s+you\s+to|(?:why|(?<how>how))\s+(?:on\s+earth\s+|the\s+hell\s+|come\s+)?(?<aux>do|does|did|would|could|can't|cant|cannot|won't|wont|couldn't|don't|dont|didn't|didnt|wouldn't|must)?\s*you)(?<not>\s+not)?(?:\s+(?<always>always|never|constantly|still|ever))?(?:\s+(?:just|even|have\s+to|had\s+to|need\s+to))*\s+(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhyQuestion();

    // "I felt betrayed by you" → "I felt hurt and shocked".
    private static string UnderlyingFeeling(string text, int s, int e, IReadOnlyList<string> feelings, bool several)
    {
        var rest = text[e..];
        var by = ByWhom().Match(rest);
        if (by.Success)
        {
            rest = rest[by.Length..];
        }
        var fresh = feelings.Where(w => !Regex.IsMatch(text, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase)).Take(several ? 1 : 2).ToList();
        if (fresh.Count == 0 && feelings.Count > 0)
        {
            // "lonely and neglected": the feeling underneath is already said, so the blame word just goes.
            return AndBefore().Replace(text[..s], "") + rest;
        }
        if (fresh.Count == 0 && string.IsNullOrWhiteSpace(text[..s]) && string.IsNullOrWhiteSpace(rest))
        {
            // Nothing known underneath and nothing else in the part (the second opinion's finding covers all of it):
            // left empty, so the feelings the person logged fill it, as for any empty feeling part.
            return "";
        }
        var words = fresh.Count > 0 ? JoinList(fresh) : FeelingsPlaceholder;
        return text[..s] + words + rest;
    }

    [GeneratedRegex(@"\s*(?:,|\band\b|\bor\b)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndBefore();

    [GeneratedRegex(@"^\s+(?:by|from)\s+(?:you|him|her|them)(?:\s+and\s+your\s+\w+)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByWhom();

    // "I feel like you don't care" → the feeling is asked for, and the thought is kept as a thought.
    private static string AsAThought(int part, string text, int s, int e, Notes notes)
    {
        // Kept as a wondering, not a verdict: "whether you put your parents above me", without its "every time".
        var thought = Tidy(OtherAbsolutes().Replace(ThoughtFrame().Replace(text[e..], ""), " "));
        if (thought.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
        {
            notes.Thoughts.Add(thought);
        }
        _ = part;
        return text[..s].TrimEnd();
    }

    [GeneratedRegex(@"^\s*(?:that|like|as\s+if|as\s+though)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThoughtFrame();

    // ---- filling what the rewrite took out --------------------------------------------------------

    private static void Fill(string[] rewritten, bool[] changed, string[] original, Notes notes, RewriteContext context, string sentence)
    {
        // The observation: the person's own, or a placeholder to fill, never the incident's title.
        // A "[say when]" with nothing before it ("I can't remember the last time you cooked" taken out whole) is no observation.
        // Nor is one word on its own ("Honestly, I feel used.").
        if (rewritten[0].Length == 0 || rewritten[0].Trim() == WhenPlaceholder || NoObservation().IsMatch(rewritten[0])
            || !rewritten[0].Trim().Contains(' ', StringComparison.Ordinal))
        {
            rewritten[0] = WhatHappenedPlaceholder;
            changed[0] = true;
        }
        else if (changed[0] && WithSubject(rewritten[0], sentence) is { } withSubject)
        {
            rewritten[0] = withSubject;
        }
        else if (changed[0])
        {
            // What is left must still say who did what: "like you were working late" keeps "you were working late";
            // "another Saturday at the garden centre" or "deal with it" is no observation, so the person fills it in.
            var trimmed = LeadingFiller().Replace(rewritten[0], "");
            var sayWhenFirst = trimmed.StartsWith(WhenPlaceholder + ",", StringComparison.Ordinal);
            trimmed = sayWhenFirst ? trimmed[(WhenPlaceholder.Length + 1)..].TrimStart() + " " + WhenPlaceholder : trimmed;
            rewritten[0] = ObservationOpening().IsMatch(trimmed) && !OwnFeeling().IsMatch(trimmed) && !StatesAFeeling(trimmed) && !NoObservation().IsMatch(trimmed) ? trimmed : WhatHappenedPlaceholder;
        }

        // An entry of several sentences ("She laughed when I slipped and everyone turned around. You made me feel like
        // a fool."): its first sentence, when it says who did what, is the moment; what follows (a feeling, what a
        // finding left) is not part of it.
        if (rewritten[0] != WhatHappenedPlaceholder && SentenceBreak().Split(rewritten[0].Trim()) is { Length: > 1 } sentences
            && ObservationOpening().IsMatch(sentences[0]) && !sentences[0].Contains('[', StringComparison.Ordinal))
        {
            rewritten[0] = sentences[0].TrimEnd('.', '!', '?');
            changed[0] = true;
        }

        // Beside a comparison or a jury, what stays must be about the two of them, not about the others brought in.
        if (changed[0] && (notes.Kinds.Contains(AccusationKind.Comparison) || notes.Kinds.Contains(AccusationKind.OthersOpinion))
            && rewritten[0] != WhatHappenedPlaceholder && !TheTwoOfThem().IsMatch(rewritten[0]))
        {
            rewritten[0] = WhatHappenedPlaceholder;
        }

        // "the whole mess with the bank" (its "is down to you" taken out) is a thing, not a moment: "…happened".
        if (changed[0] && ThingWithoutVerb().IsMatch(rewritten[0]) && !SomeVerb().IsMatch(rewritten[0]))
        {
            rewritten[0] += " happened";
        }

        // One "[say when]" is enough, and it needs no comma before it.
        rewritten[0] = RepeatedWhen().Replace(rewritten[0], " " + WhenPlaceholder).Trim();
        // Nor is it needed where another clause already says when ("Yesterday you forgot to pick me up, like always").
        if (rewritten[0].Contains(WhenPlaceholder, StringComparison.Ordinal) && ATime().IsMatch(rewritten[0]))
        {
            rewritten[0] = Tidy(rewritten[0].Replace(WhenPlaceholder, "", StringComparison.Ordinal));
        }

        var lowered = sentence.ToLowerInvariant();
        var cue = Cues.FirstOrDefault(c => c.Words.IsMatch(lowered));

        // "I feel like you didn't think of me" is a thought, not a feeling: it is kept as one, and the feeling is asked for.
        var thought = FeltAsThought().Match(rewritten[1]);
        if (thought.Success)
        {
            notes.Thoughts.Insert(0, Tidy(thought.Groups["thought"].Value.Replace(WhenPlaceholder, "", StringComparison.Ordinal)));
            rewritten[1] = "";
            changed[1] = true;
        }

        // The feeling: the person's own words first, then what they logged, then a placeholder.
        if (rewritten[1].Length == 0)
        {
            var feelings = JoinList(notes.Feelings.Distinct(StringComparer.OrdinalIgnoreCase).Take(2));
            if (feelings.Length == 0)
            {
                feelings = JoinList(context.Feelings.Take(2));
            }
            rewritten[1] = feelings.Length > 0 ? feelings : FeelingsPlaceholder;
            changed[1] = true;
        }
        if (notes.Thoughts.Count > 0)
        {
            rewritten[1] = Tidy(rewritten[1]) + ", and I started to wonder whether " + notes.Thoughts[0];
            changed[1] = true;
        }

        // The need: one the kind itself points to, then the one they logged, then one the sentence is about, then a placeholder.
        if (rewritten[2].Length == 0)
        {
            var logged = Clean(context.Need, NeedLeadIns);
            var need = KindNeed(notes.Kinds) ?? (logged.Length > 0 ? logged : cue?.Need ?? "");
            rewritten[2] = need.Length > 0 ? need : NeedPlaceholder;
            changed[2] = true;
        }

        // The request: a wish from the person's own question, then the logged one, then one specific, doable ask; never "let's talk".
        if (rewritten[3].Length == 0)
        {
            var logged = Clean(context.Request, RequestLeadIns);
            var request = notes.Wish ?? (logged.Length > 0 ? logged : cue?.Request ?? "");
            rewritten[3] = request.Length > 0 ? request : RequestPlaceholder;
            changed[3] = true;
        }

        for (var i = 0; i < 4; i++)
        {
            if (changed[i] && string.Equals(rewritten[i], original[i], StringComparison.Ordinal))
            {
                changed[i] = false;
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:you|you're|you've|you'd|you'll|you\s+were|i|i'm|i've|i\s+think|i\s+ended\s+up|we|we're)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheTwoOfThem();

    [GeneratedRegex(@"^\s*(?:the|this|that|all\s+this|all\s+that)\s+\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThingWithoutVerb();

    [GeneratedRegex(@"\b(?:is|was|are|were|has|have|had|did|do|does|went|got|made|said|left|took|came|happened|\w+ed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomeVerb();

    [GeneratedRegex(@"(?:\s*,?\s*\[say when\])+", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedWhen();

    [GeneratedRegex(@"^\s*(?:like|that|as\s+if|as\s+though)\s+(?<thought>(?:you|u|he|she|they)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeltAsThought();

    [GeneratedRegex(@"^\s*(?:(?:like|now|then|so|just|still|even|again|and|but|yet)\b\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFiller();

    // Who an observation is about, at its start: a person, their things, or "it"/"the …" with a verb after; after a
    // moment in time or place ("Last night you…", "At dinner on Friday he…").
    [GeneratedRegex(@"^\s*(?:(?:last|this|on|at|in|yesterday|today|tonight|earlier|after|before|during)\b[^,.;!?\[]{0,40}?,?\s+(?=(?:you|he|she|they|we|i)\b))?(?:you|you're|you've|you'd|you'll|i|i'm|i've|i'd|we|we're|we've|he|he's|she|she's|they|they're|they've|it|it's|it\s+was|that|that's|this|there|there's|my|your|our|his|her|their|the\s+\w+|a\s+\w+|someone|everyone|nobody|no\s+one|[A-Z][a-z]+\s+(?:was|is|said|told|came|went|got|had|did))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObservationOpening();

    // "I am too much ashamed" is a feeling too, not what happened.
    private static bool StatesAFeeling(string text) =>
        IAmSomething().Match(text) is { Success: true } m && FeelingVocabulary.IsKnown(m.Groups["word"].Value);

    [GeneratedRegex(@"^\s*i(?:'m|\s+am|\s+was)\s+(?:so\s+|too\s+(?:much\s+)?|very\s+|really\s+|just\s+|feeling\s+)?(?<word>[a-z]+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IAmSomething();

    // "i feel used" is a feeling, not what happened: it belongs in the "I felt" part.
    [GeneratedRegex(@"^\s*i(?:'ve|\s+have|'d|\s+had)?\s+(?:been\s+)?(?:feel|felt|feeling|am\s+feeling|'m\s+feeling|was\s+feeling)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnFeeling();

    // What is left of an observation with no one doing anything: "not me", "[say when] and".
    [GeneratedRegex(@"^\s*(?:not\s+(?:me|you|us|him|her|them)|\[say when\]\s+and\b.*|and\b.*|that(?:'s|\s+is)\s+(?:what|the\s+only|the\s+word|all)\b.*|(?:your|my|his|her|their)\s+\w+(?:\s+\[say when\])?(?:\s*,.*)?|(?:you|he|she|they|we)\s+(?:do|did|does|are|were|is|have|has)(?:\s+\[say when\])?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoObservation();

    // An observation left as a bare "-ing" phrase has no one doing it. After a verdict that was taken out ("Pure genius,
    // forgetting the tickets") it is what they did: "you were forgetting the tickets". Opening the sentence ("Me missing
    // the interview is down to you") it is what happened to the person: "I ended up missing the interview".
    private static string? WithSubject(string observation, string sentence)
    {
        var m = BareGerund().Match(observation);
        if (!m.Success)
        {
            return null;
        }
        var rest = observation[m.Groups["gerund"].Index..];
        var opensTheSentence = sentence.TrimStart().StartsWith(m.Groups["me"].Success ? m.Value.TrimEnd() : m.Groups["gerund"].Value, StringComparison.OrdinalIgnoreCase);
        return (m.Groups["me"].Success || opensTheSentence ? "I ended up " : "you were ") + char.ToLowerInvariant(rest[0]) + rest[1..];
    }

    [GeneratedRegex(@"^\s*(?<me>me\s+)?(?<gerund>(?!(?:some|no|any|every)thing\b|(?:morn|even|wedd|build|ceil|cous|k|r|spr|str|th|wing|pudd|mean|feel|bless|open|warn|clos|head|paint|listen|sett|shopp|suffer|understand|beginn|end|sav|earn|hold|sibl|dar|lov)ing\b)[a-z]{2,}ing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareGerund();

    private static string? KindNeed(HashSet<AccusationKind> kinds) =>
        kinds.Contains(AccusationKind.Comparison) ? "to know I matter to you"
        : kinds.Contains(AccusationKind.OthersOpinion) ? "to say how it was for me, in my own words"
        : null;

    private sealed record Cue(Regex Words, string Need, string Request);

    private static Regex CueWords(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    // A need and a specific, doable request for what the sentence is about. Most specific first.
    private static readonly Cue[] Cues =
    [
        new(CueWords(@"\b(?:phone|laptop|screen|tv|telly|game|games)\b"), "your attention when we're together", "put your phone away while we eat together"),
        new(CueWords(@"\b(?:late|on time|waiting|waited|wait)\b"), "to be able to count on you", "text me when you're running late"),
        new(CueWords(@"\b(?:forgot|forget|forgotten|remember|birthday|anniversary)\b"), "to know I matter to you", "set a reminder for the days that matter to me"),
        new(CueWords(@"\b(?:listen|listened|listening|hear|heard|interrupt|interrupted|interrupting|talk over|ignore|ignored)\b"), "to be heard", "let me finish before you answer"),
        new(CueWords(@"\b(?:lie|lied|lies|lying|truth|hiding|secret)\b"), "honesty between us", "tell me the truth, even when it's hard to say"),
        new(CueWords(@"\b(?:promise|promised|said you would)\b"), "to be able to count on you", "tell me straight away when you can't do what you said"),
        new(CueWords(@"\b(?:dishes|chores|housework|laundry|bins|cleaning|bills)\b"), "to feel we share the load", "choose one job at home that is yours from now on"),
        new(CueWords(@"\b(?:mum|mom|mother|dad|father|brother|sister|family|friends|boss)\b"), "to feel you're on my side", "ask me first before you share something about us"),
        new(CueWords(@"\b(?:money|spend|spent|spending)\b"), "to feel we decide together", "check with me before spending over an amount we agree"),
    ];

    // ---- tidying ---------------------------------------------------------------------------------

    [GeneratedRegex(@"^(?:\s*(?:[,;:.!?…—-]+|(?:and|but|so|or|then|well|oh|because|honestly|seriously|literally|look|okay|ok|fine|sure|yeah|whenever)\b)\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingJoin();

    [GeneratedRegex(@"(?:\s*(?:[,;:—-]+|\b(?:and|but|so|or|then|my|your|the|a|an|to|of|with|his|her|our|their|really|again)\b))+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJoin();

    [GeneratedRegex(@"\b(\w+)(\s+\1\b)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoubledWord();

    [GeneratedRegex(@"\s+([,;:.!?])")]
    private static partial Regex SpaceBeforeMark();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    private static string Tidy(string text)
    {
        var t = Spaces().Replace(text, " ").Trim();
        t = SpaceBeforeMark().Replace(t, "$1");
        t = DoubledWord().Replace(t, "$1");
        for (var i = 0; i < 3; i++)
        {
            var before = t;
            t = LeadingJoin().Replace(t, "").Trim();
            t = TrailingJoin().Replace(t, "").Trim();
            t = t.TrimEnd('.', '!', '?', ',', ';', ':', ' ', '\u2026');
            if (t == before)
            {
                break;
            }
        }
        return t;
    }
}
