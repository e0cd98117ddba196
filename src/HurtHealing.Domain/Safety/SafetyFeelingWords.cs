using System.Diagnostics.CodeAnalysis;

namespace HurtHealing.Domain.Safety;

/// <summary>A word a person may type as a feeling that tells of danger rather than ordinary hurt.</summary>
/// <param name="Word">The stored key: lower case, one spelling.</param>
/// <param name="Kind">The safety signal the word raises.</param>
/// <param name="Definition">A plain description, in the voice of the feeling vocabulary; it never diagnoses.</param>
public sealed record SafetyFeelingWord(string Word, SafetySignalKind Kind, string Definition);

/// <summary>
/// Safety feelings: accepted wherever feelings are typed, and raising the safety signal instead of the
/// "we don't know that word yet" error. They are neither softened into a gentler feeling (as blame words
/// are) nor questioned: a person who says they feel unsafe is shown safety resources at once.
/// </summary>
public static class SafetyFeelingWords
{
    public static IReadOnlyList<SafetyFeelingWord> All { get; } =
    [
        new("unsafe", SafetySignalKind.Fear, "Not safe, or not sure you are safe."),
        new("in danger", SafetySignalKind.Fear, "Sensing that you could be harmed."),
        new("terrified", SafetySignalKind.Fear, "Fear at full strength."),
        new("frightened", SafetySignalKind.Fear, "Gripped by fear of what could happen."),
        new("petrified", SafetySignalKind.Fear, "So afraid it is hard to move or think."),
        new("afraid of my partner", SafetySignalKind.Fear, "Fear of the person you are with."),
        new("scared of my partner", SafetySignalKind.Fear, "Fear of the person you are with."),
        new("threatened", SafetySignalKind.Threat, "Warned, in words or in deeds, that harm could come."),
        new("intimidated", SafetySignalKind.Intimidation, "Made to feel afraid so that you hold back."),
        new("on edge", SafetySignalKind.Intimidation, "Braced all the time for what might come next."),
        new("abused", SafetySignalKind.Violence, "Harmed or mistreated by someone who should care for you."),
        new("hurt physically", SafetySignalKind.Violence, "Harm done to your body."),
        new("trapped", SafetySignalKind.MonitoringAndControl, "Feeling there is no way out."),
        new("coerced", SafetySignalKind.MonitoringAndControl, "Pushed into something by pressure you could not refuse."),
        new("watched", SafetySignalKind.MonitoringAndControl, "As if every move is being checked."),
        new("stalked", SafetySignalKind.MonitoringAndControl, "Followed or watched against your will."),
        new("cut off", SafetySignalKind.Isolation, "Kept apart from the people who matter to you."),
        new("degraded", SafetySignalKind.Degradation, "Treated as if you were worth less than you are."),
        new("worthless", SafetySignalKind.Degradation, "Made to feel you have no worth. You do."),
    ];

    // Other spellings and phrasings lead to the same entry.
    private static readonly (string Spelling, string Word)[] OtherSpellings =
    [
        ("not safe", "unsafe"),
        ("afraid of my husband", "afraid of my partner"),
        ("afraid of my wife", "afraid of my partner"),
        ("afraid of my boyfriend", "afraid of my partner"),
        ("afraid of my girlfriend", "afraid of my partner"),
        ("afraid of him", "afraid of my partner"),
        ("afraid of her", "afraid of my partner"),
        ("afraid of them", "afraid of my partner"),
        ("scared of my husband", "scared of my partner"),
        ("scared of my wife", "scared of my partner"),
        ("scared of my boyfriend", "scared of my partner"),
        ("scared of my girlfriend", "scared of my partner"),
        ("scared of him", "scared of my partner"),
        ("scared of her", "scared of my partner"),
        ("scared of them", "scared of my partner"),
        ("threatned", "threatened"),
        ("intimidate", "intimidated"),
        ("controlled and trapped", "trapped"),
        ("scared for my life", "in danger"),
        ("afraid for my life", "in danger"),
    ];

    private static readonly Dictionary<string, SafetyFeelingWord> ByWord = BuildIndex();

    /// <summary>Finds a safety feeling, ignoring case, curly apostrophes and extra spaces.</summary>
    public static bool TryGet(string? word, [NotNullWhen(true)] out SafetyFeelingWord? feeling)
    {
        feeling = null;
        return word is not null && ByWord.TryGetValue(Squash(word), out feeling);
    }

    public static bool IsSafetyWord(string? word) => TryGet(word, out _);

    /// <summary>
    /// Two blame words (kept on that list, with its gentle explanation) also tell of control or
    /// intimidation when typed as a feeling: "controlled" and "bullied".
    /// </summary>
    public static SafetySignalKind? SignalOfBlameWord(string? word) => word is null ? null : Squash(word).ToLowerInvariant() switch
    {
        "controlled" => SafetySignalKind.MonitoringAndControl,
        "bullied" => SafetySignalKind.Intimidation,
        _ => null,
    };

    private static string Squash(string word) =>
        string.Join(' ', word.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, SafetyFeelingWord> BuildIndex()
    {
        var index = All.ToDictionary(w => w.Word, StringComparer.OrdinalIgnoreCase);
        foreach (var (spelling, word) in OtherSpellings)
        {
            index.Add(spelling, index[word]);
        }

        return index;
    }
}
