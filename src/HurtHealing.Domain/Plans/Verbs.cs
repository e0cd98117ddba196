namespace HurtHealing.Domain.Plans;

/// <summary>
/// Just enough English verb forms for a rewrite to turn "you never call" into "you didn't call" and
/// "you always interrupt" into "you interrupted": the common irregular verbs, then the regular rules.
/// </summary>
internal static class Verbs
{
    private static readonly Dictionary<string, string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        ["am"] = "was", ["is"] = "was", ["are"] = "were", ["be"] = "were", ["have"] = "had", ["has"] = "had",
        ["do"] = "did", ["does"] = "did", ["go"] = "went", ["goes"] = "went", ["say"] = "said", ["says"] = "said",
        ["make"] = "made", ["makes"] = "made", ["take"] = "took", ["takes"] = "took", ["come"] = "came",
        ["comes"] = "came", ["get"] = "got", ["gets"] = "got", ["give"] = "gave", ["gives"] = "gave",
        ["tell"] = "told", ["tells"] = "told", ["leave"] = "left", ["leaves"] = "left", ["forget"] = "forgot",
        ["forgets"] = "forgot", ["think"] = "thought", ["thinks"] = "thought", ["put"] = "put", ["puts"] = "put",
        ["let"] = "let", ["lets"] = "let", ["know"] = "knew", ["knows"] = "knew", ["find"] = "found",
        ["finds"] = "found", ["keep"] = "kept", ["keeps"] = "kept", ["bring"] = "brought", ["brings"] = "brought",
        ["buy"] = "bought", ["buys"] = "bought", ["spend"] = "spent", ["spends"] = "spent", ["run"] = "ran",
        ["runs"] = "ran", ["sit"] = "sat", ["sits"] = "sat", ["stand"] = "stood", ["stands"] = "stood",
        ["choose"] = "chose", ["chooses"] = "chose", ["break"] = "broke", ["breaks"] = "broke", ["hear"] = "heard",
        ["hears"] = "heard", ["feel"] = "felt", ["feels"] = "felt", ["send"] = "sent", ["sends"] = "sent",
        ["pay"] = "paid", ["pays"] = "paid", ["lie"] = "lied", ["lies"] = "lied", ["see"] = "saw", ["sees"] = "saw",
        ["speak"] = "spoke", ["speaks"] = "spoke", ["drink"] = "drank", ["drinks"] = "drank", ["eat"] = "ate",
        ["eats"] = "ate", ["win"] = "won", ["wins"] = "won", ["shut"] = "shut", ["shuts"] = "shut",
        ["end"] = "ended", ["ends"] = "ended", ["can"] = "could", ["will"] = "would",
        ["can't"] = "couldn't", ["won't"] = "wouldn't", ["don't"] = "didn't", ["doesn't"] = "didn't",
        ["want"] = "wanted", ["wants"] = "wanted",
    };

    private static readonly Dictionary<string, string> IrregularBase = IrregularPast
        .Where(p => !p.Key.EndsWith('s') || p.Key is "is" or "does" or "goes")
        .GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["taken"] = "take", ["given"] = "give", ["gone"] = "go", ["done"] = "do", ["seen"] = "see", ["been"] = "be",
        ["forgotten"] = "forget", ["written"] = "write", ["spoken"] = "speak", ["eaten"] = "eat", ["known"] = "know",
        ["shown"] = "show", ["broken"] = "break", ["chosen"] = "choose", ["driven"] = "drive", ["hidden"] = "hide",
    };

    // Words that follow "you always/never" but are not verbs: "you're always late" → "you were late".
    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "late", "on", "in", "at", "so", "too", "there", "here", "busy", "tired", "angry", "home", "right", "wrong",
        "the", "a", "an", "my", "your", "out", "away", "around", "there's", "with", "without",
    };

    public static bool LooksLikeVerb(string word) => word.Length > 0 && !NotVerbs.Contains(word) && char.IsLetter(word[0]);

    /// <summary>"interrupt" → "interrupted", "forget" → "forgot", "checks" → "checked".</summary>
    public static string Past(string verb)
    {
        if (verb.Length == 0 || verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return verb;
        }
        if (IrregularPast.TryGetValue(verb, out var past) || IrregularPast.TryGetValue(verb.TrimEnd('s'), out past))
        {
            return past;
        }
        var stem = verb.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? verb[..^3] + "y"
            : verb.EndsWith("ches", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("shes", StringComparison.OrdinalIgnoreCase)
              || verb.EndsWith("sses", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("xes", StringComparison.OrdinalIgnoreCase) ? verb[..^2]
            : verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? verb[..^1]
            : verb;
        if (stem.EndsWith('e'))
        {
            return stem + "d";
        }
        if (stem.Length > 1 && stem.EndsWith('y') && !"aeiou".Contains(char.ToLowerInvariant(stem[^2]), StringComparison.Ordinal))
        {
            return stem[..^1] + "ied";
        }
        if (stem is "stop" or "plan" or "drop" or "shop" or "skip" or "slam" or "snap" or "grab" or "hug" or "nag")
        {
            return stem + stem[^1] + "ed";
        }
        return stem + "ed";
    }

    /// <summary>"called" → "call", "forgot" → "forget", "listens" → "listen".</summary>
    public static string Base(string verb)
    {
        if (verb.Length == 0)
        {
            return verb;
        }
        if (IrregularBase.TryGetValue(verb, out var irregular) || Participles.TryGetValue(verb, out irregular))
        {
            return irregular;
        }
        if (verb.EndsWith("ied", StringComparison.OrdinalIgnoreCase))
        {
            return verb[..^3] + "y";
        }
        if (verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && verb.Length > 4)
        {
            var stem = verb[..^2];
            // "noticed" → "notice", "cared" → "care": a stem that needs its "e" back.
            return stem.EndsWith('c') || stem.EndsWith('v') || stem.EndsWith('u') || stem.EndsWith('z') || stem.EndsWith("ar", StringComparison.OrdinalIgnoreCase)
                || stem.EndsWith("at", StringComparison.OrdinalIgnoreCase) || stem.EndsWith("ang", StringComparison.OrdinalIgnoreCase) || stem.EndsWith("os", StringComparison.OrdinalIgnoreCase)
                ? stem + "e"
                : stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's') ? stem[..^1] : stem;
        }
        if (verb.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            return verb[..^3] + "y";
        }
        if (verb.EndsWith("ches", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("shes", StringComparison.OrdinalIgnoreCase))
        {
            return verb[..^2];
        }
        return verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && verb.Length > 3 ? verb[..^1] : verb;
    }
}
