using System.Text;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// Builds "I feel" sentences (Gottman's softened start-up in the shape of Nonviolent Communication's
/// observation, feeling, need and request): "When [what happened], I felt [feelings], because I need [need].
/// Would you [request]?" Pieces are trimmed, stray lead-ins ("when", "I felt", "because I need",
/// "would you") and end punctuation are dropped so nothing doubles up.
/// </summary>
public static class StatementRewriter
{
    public const string WhatHappenedPlaceholder = "[what happened]";
    public const string FeelingsPlaceholder = "[how I felt]";
    public const string NeedPlaceholder = "[what I need]";

    /// <summary>
    /// Used when no request is known. Nonviolent Communication's request: small, concrete and free to
    /// refuse; it asks to be heard, not for more talk.
    /// </summary>
    public const string DefaultRequest = "let me know you've heard this";

    // The one sentence format of a rewrite: Rewrite builds it and Split takes it apart.
    private const string WhenLead = "When ";
    private const string FeltSeparator = ", I felt ";
    private const string NeedSeparator = ", because I need ";
    private const string RequestSeparator = ". Would you ";

    private static readonly string[] WhenLeadIns = ["when"];
    private static readonly string[] FeltLeadIns = ["i felt", "i feel", "i was feeling", "i am feeling", "i'm feeling", "felt", "feeling"];
    private static readonly string[] NeedLeadIns = ["because i need", "because i needed", "i need", "i needed", "because"];
    private static readonly string[] RequestLeadIns = ["would you please", "would you", "could you please", "could you", "will you", "can you", "please"];

    // Sentence openers that read naturally in lower case after "When": never names or "I".
    private static readonly HashSet<string> LowerCaseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "your", "you're", "we", "we're", "our", "my", "they", "their", "he", "she", "his", "her",
        "it", "its", "it's", "the", "that", "this", "a", "an", "there", "at", "on", "in", "after", "before",
        "during", "last", "yesterday", "today", "tonight", "someone", "nobody", "everyone",
    };

    /// <summary>
    /// The full rewrite for a finding. Feelings come from <paramref name="context"/>; when it has none,
    /// <paramref name="fallbackFeelings"/> (gentler words for what the person wrote) are used, and
    /// failing that a placeholder the person fills in.
    /// </summary>
    public static string Rewrite(RewriteContext context, IReadOnlyList<string>? fallbackFeelings = null)
    {
        ArgumentNullException.ThrowIfNull(context);

        var whatHappened = Clean(context.WhatHappened, WhenLeadIns);
        var feelings = JoinList(context.Feelings ?? []);
        if (feelings.Length == 0 && fallbackFeelings is not null)
        {
            feelings = JoinList(fallbackFeelings);
        }

        var need = Clean(context.Need, NeedLeadIns);
        var request = Clean(context.Request, RequestLeadIns);

        return WhenLead + (whatHappened.Length > 0 ? LowerOpener(whatHappened) : WhatHappenedPlaceholder)
            + FeltSeparator + (feelings.Length > 0 ? feelings : FeelingsPlaceholder)
            + NeedSeparator + (need.Length > 0 ? need : NeedPlaceholder)
            + RequestSeparator + (request.Length > 0 ? request : DefaultRequest) + "?";
    }

    /// <summary>
    /// A rewrite made by <see cref="Rewrite"/> back into its four parts (when, felt, need, request). Only the
    /// first part is the person's free text, so the separators are found from the end. A text in any other
    /// shape comes back whole as the request.
    /// </summary>
    public static (string When, string Felt, string Need, string Request) Split(string rewrite)
    {
        ArgumentNullException.ThrowIfNull(rewrite);
        var text = rewrite.Trim();
        var r = text.LastIndexOf(RequestSeparator, StringComparison.Ordinal);
        var n = r < 0 ? -1 : text.LastIndexOf(NeedSeparator, r, StringComparison.Ordinal);
        var f = n < 0 ? -1 : text.LastIndexOf(FeltSeparator, n, StringComparison.Ordinal);
        if (!text.StartsWith(WhenLead, StringComparison.Ordinal) || f < 0)
        {
            return ("", "", "", text);
        }
        return (
            text[WhenLead.Length..f],
            text[(f + FeltSeparator.Length)..n],
            text[(n + NeedSeparator.Length)..r],
            text[(r + RequestSeparator.Length)..].TrimEnd('?'));
    }

    /// <summary>
    /// Builds one "I feel" statement from the parts a person typed, using only the parts given.
    /// A missing feeling is shown as a placeholder when "when" is given (the sentence needs it);
    /// everything else that is missing is simply left out. Returns "" when every part is empty.
    /// </summary>
    public static string Compose(string? when, string? felt, string? becauseINeed, string? wouldYou)
    {
        var w = Clean(when, WhenLeadIns);
        var f = Clean(felt, FeltLeadIns);
        var n = Clean(becauseINeed, NeedLeadIns);
        var r = Clean(wouldYou, RequestLeadIns);

        var sentence = new StringBuilder();
        if (w.Length > 0)
        {
            sentence.Append("When ").Append(LowerOpener(w)).Append(", I felt ").Append(f.Length > 0 ? f : FeelingsPlaceholder);
            if (n.Length > 0)
            {
                sentence.Append(", because I need ").Append(n);
            }
        }
        else if (f.Length > 0)
        {
            sentence.Append("I felt ").Append(f);
            if (n.Length > 0)
            {
                sentence.Append(", because I need ").Append(n);
            }
        }
        else if (n.Length > 0)
        {
            sentence.Append("I need ").Append(n);
        }

        if (sentence.Length > 0)
        {
            sentence.Append('.');
        }

        if (r.Length > 0)
        {
            sentence.Append(sentence.Length > 0 ? " " : "").Append("Would you ").Append(r).Append('?');
        }

        return sentence.ToString();
    }

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
        return LowerCaseOpeners.Contains(firstWord) && char.IsUpper(text[0])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }
}
