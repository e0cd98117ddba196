namespace HurtHealing.Domain.Talks;

/// <summary>
/// Words that sound like feelings but carry a charge about what the other person did
/// ("I feel abandoned" says "you abandoned me"), each with gentler feelings that may sit underneath.
/// A deliberately small list for the accusation check; the richer feelings vocabulary lives elsewhere
/// and the two will be unified later.
/// </summary>
public static class BlameWords
{
    private static readonly Dictionary<string, string[]> Gentler = new(StringComparer.OrdinalIgnoreCase)
    {
        ["abandoned"] = ["alone", "scared"],
        ["betrayed"] = ["deeply hurt", "shaken"],
        ["manipulated"] = ["uneasy", "confused"],
        ["ignored"] = ["lonely", "unimportant"],
        ["rejected"] = ["hurt", "sad"],
        ["used"] = ["hurt", "sad"],
        ["attacked"] = ["scared", "defensive"],
        ["disrespected"] = ["hurt", "small"],
        ["invalidated"] = ["frustrated", "alone"],
        ["controlled"] = ["tense", "anxious"],
        ["cheated"] = ["devastated", "shaken"],
        ["cheated on"] = ["devastated", "shaken"],
        ["unappreciated"] = ["sad", "tired"],
        ["neglected"] = ["lonely"],
        ["belittled"] = ["small", "embarrassed"],
        ["dismissed"] = ["hurt", "unimportant"],
        ["criticised"] = ["hurt", "discouraged"],
        ["criticized"] = ["hurt", "discouraged"],
        ["judged"] = ["embarrassed", "anxious"],
        ["patronised"] = ["frustrated"],
        ["patronized"] = ["frustrated"],
        ["let down"] = ["disappointed"],
        ["taken for granted"] = ["sad", "tired"],
        ["unwanted"] = ["lonely", "sad"],
        ["unheard"] = ["lonely", "frustrated"],
        ["unsupported"] = ["alone", "overwhelmed"],
        ["pressured"] = ["anxious"],
        ["cornered"] = ["anxious", "overwhelmed"],
        ["bullied"] = ["scared", "small"],
        ["mocked"] = ["embarrassed", "hurt"],
        ["blamed"] = ["hurt", "defensive"],
        ["lied to"] = ["shaken", "confused"],
        ["deceived"] = ["shaken", "confused"],
        ["tricked"] = ["confused", "embarrassed"],
    };

    /// <summary>Every blame word, longest first (so "cheated on" is tried before "cheated").</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Gentler.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];

    /// <summary>True when <paramref name="word"/> is a blame word (case and inner spacing ignored).</summary>
    public static bool Contains(string word) => Gentler.ContainsKey(Squash(word));

    /// <summary>
    /// Gentler feelings that may sit under a blame word ("ignored" → "lonely", "unimportant"),
    /// or an empty list when the word is not a blame word.
    /// </summary>
    public static IReadOnlyList<string> GentlerFeelings(string word) =>
        Gentler.TryGetValue(Squash(word), out var feelings) ? feelings : [];

    private static string Squash(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
