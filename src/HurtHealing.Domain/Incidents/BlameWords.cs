using System.Diagnostics.CodeAnalysis;

namespace HurtHealing.Domain.Incidents;

/// <summary>
/// A word that sounds like a feeling but describes what the other person did.
/// <see cref="UnderlyingFeelings"/> are vocabulary words that often sit beneath it.
/// </summary>
public sealed record BlameWord(string Word, IReadOnlyList<string> UnderlyingFeelings, string Explanation);

// Nonviolent Communication's "faux feelings": words that describe what someone did rather than what
// was felt. The explanations never question what happened; they only point to the feeling underneath.
public static class BlameWords
{
    public const string Guidance =
        "Words like these are real, and your reasons for them matter. " +
        "They describe what the other person did, so said out loud they can land as an accusation. " +
        "The feelings underneath are yours alone, and they are much harder to argue with.";

    public static IReadOnlyList<BlameWord> All { get; } =
    [
        Blame("abandoned", "Abandoned describes being left; lonely or afraid says what that was like inside you.", "lonely", "afraid", "hurt"),
        Blame("attacked", "Attacked names what came at you; hurt, scared or angry names what it stirred up.", "hurt", "scared", "angry"),
        Blame("belittled", "Belittled describes how you were treated; feeling small or humiliated is what you carried away.", "small", "humiliated", "hurt"),
        Blame("betrayed", "Betrayed speaks of a trust that was broken; hurt, shock and anger are often what it leaves.", "hurt", "shocked", "angry"),
        Blame("blamed", "Blamed describes what they did; hurt or frustrated describes how it landed on you.", "hurt", "frustrated", "indignant"),
        Blame("cheated", "Cheated names what they did; heartbroken or angry names what it has done to you.", "heartbroken", "angry", "shocked"),
        Blame("controlled", "Controlled describes what happened to your choices; frustrated or afraid says how that felt.", "frustrated", "afraid", "small"),
        Blame("criticised", "Criticised describes their words; stung or not good enough describes how they landed.", "stung", "hurt", "inadequate"),
        Blame("deceived", "Deceived names what they did; shocked, hurt or angry names what it did to you.", "shocked", "hurt", "angry"),
        Blame("dismissed", "Dismissed describes how they responded; hurt or frustrated says what being brushed aside was like.", "hurt", "frustrated", "lonely"),
        Blame("disrespected", "Disrespected names how they treated you; hurt or indignant names what rose up in you.", "hurt", "indignant", "small"),
        Blame("ignored", "Ignored describes what they didn't do; lonely or sad tells them what the silence was like.", "lonely", "sad", "hurt"),
        Blame("invalidated", "Invalidated describes their answer to your feelings; hurt or frustrated tells them what it cost you.", "hurt", "frustrated", "confused"),
        Blame("judged", "Judged names what they did; exposed or ashamed names what it left you with.", "exposed", "ashamed", "hurt"),
        Blame("manipulated", "Manipulated is about what they did; uneasy, confused or angry is what it has been like for you.", "uneasy", "confused", "angry"),
        Blame("misunderstood", "Misunderstood is about how they saw you; frustrated or lonely is what it's like not to be seen clearly.", "frustrated", "lonely", "sad"),
        Blame("mocked", "Mocked names what they did; humiliated or hurt names how it felt to be on the receiving end.", "humiliated", "hurt", "angry"),
        Blame("neglected", "Neglected describes what was missing from them; lonely or sad describes the gap it left.", "lonely", "sad", "hurt"),
        Blame("patronised", "Patronised describes their tone; small or irritated describes what it stirred in you.", "small", "irritated", "indignant"),
        Blame("pressured", "Pressured describes what they did; anxious or overwhelmed describes what it was like.", "anxious", "overwhelmed", "frustrated"),
        Blame("rejected", "Rejected names their choice; hurt, sad or unsure of your place names what it touched in you.", "hurt", "sad", "insecure"),
        Blame("unappreciated", "Unappreciated is about what they didn't notice; discouraged or weary says how that feels over time.", "discouraged", "weary", "hurt"),
        Blame("unheard", "Unheard is about how they listened; frustrated or lonely tells them what that was like.", "frustrated", "lonely", "hurt"),
        Blame("unloved", "Unloved is a reading of their heart; heartbroken, lonely or insecure is what you know from yours.", "heartbroken", "lonely", "insecure"),
        Blame("unseen", "Unseen is about where their attention went; lonely or sad is what it was like to be missed.", "lonely", "sad", "disappointed"),
        Blame("unsupported", "Unsupported is about what they didn't give; alone or overwhelmed is what it was like without it.", "alone", "overwhelmed", "disappointed"),
        Blame("unwanted", "Unwanted is a guess at what they feel; hurt or insecure is what you know you feel.", "hurt", "insecure", "lonely"),
        Blame("used", "Used describes how you were treated; hurt, angry or disappointed is what you felt inside.", "hurt", "angry", "disappointed"),
        Blame("let down", "Let down is about what they didn't do; disappointed or sad is what it left in you.", "disappointed", "sad", "hurt"),
        Blame("taken for granted", "Taken for granted is about what they stopped noticing; weary or discouraged is how it feels to carry that.", "weary", "discouraged", "hurt"),
        Blame("cornered", "Cornered describes the spot they put you in; anxious or overwhelmed says what it was like inside it.", "anxious", "overwhelmed", "scared"),
        Blame("bullied", "Bullied names what they did; scared or small names what it did to you.", "scared", "small", "hurt"),
        Blame("lied to", "Lied to names what they did; shocked, hurt or angry is what finding out felt like.", "shocked", "hurt", "angry"),
        Blame("invisible", "Invisible is about where their eyes went; lonely or overlooked is what it was like to go unnoticed.", "lonely", "sad", "hurt"),
        Blame("put down", "Put down names what they said; small or stung names how it landed on you.", "small", "hurt", "embarrassed"),
        Blame("shut out", "Shut out describes what they did with the door between you; lonely or sad says what it was like outside it.", "lonely", "sad", "hurt"),
        Blame("sidelined", "Sidelined describes where they put you; hurt or discouraged says what it was like to stand there.", "hurt", "discouraged", "lonely"),
        Blame("gaslit", "Gaslit names what they did to your sense of things; confused or angry is what it was like inside.", "confused", "anxious", "angry"),
        Blame("provoked", "Provoked is about what they did; irritated or angry is what rose up in you.", "irritated", "angry", "frustrated"),
        Blame("tricked", "Tricked names what they did; foolish, shocked or angry is what it left you feeling.", "foolish", "shocked", "angry"),
    ];

    // Other spellings lead to the same entry, so a feeling's history stays under one word.
    private static readonly (string Spelling, string Word)[] OtherSpellings =
    [
        ("criticized", "criticised"),
        ("patronized", "patronised"),
        ("cheated on", "cheated"),
    ];

    private static readonly Dictionary<string, BlameWord> ByWord = BuildIndex();

    /// <summary>Every spelling that is recognised (words and other spellings), longest first so "cheated on" wins over "cheated".</summary>
    public static IReadOnlyList<string> AllSpellings { get; } =
        [.. ByWord.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];

    /// <summary>Finds a blame word, ignoring case and extra spaces, with the feelings that usually sit beneath it.</summary>
    public static bool TryGetUnderlying(string? word, [NotNullWhen(true)] out BlameWord? blameWord)
    {
        blameWord = null;
        return word is not null && ByWord.TryGetValue(Squash(word), out blameWord);
    }

    public static bool IsBlameWord(string? word) => TryGetUnderlying(word, out _);

    /// <summary>The feelings that usually sit under <paramref name="word"/>, or none when it is not a blame word.</summary>
    public static IReadOnlyList<string> UnderlyingFeelingsOf(string? word) =>
        TryGetUnderlying(word, out var blame) ? blame.UnderlyingFeelings : [];

    private static string Squash(string word) =>
        string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static BlameWord Blame(string word, string explanation, params string[] underlying) =>
        new(word, [.. underlying], explanation);

    private static Dictionary<string, BlameWord> BuildIndex()
    {
        var index = All.ToDictionary(blame => blame.Word, StringComparer.OrdinalIgnoreCase);
        foreach (var (spelling, word) in OtherSpellings)
            index.Add(spelling, index[word]);
        return index;
    }
}
