using System.Diagnostics.CodeAnalysis;

namespace HurtHealing.Domain.Incidents;

public enum FeelingFamily
{
    Hurt = 1,
    Sad = 2,
    Angry = 3,
    Afraid = 4,
    Ashamed = 5,
    Lonely = 6,
    Confused = 7,
    Easing = 8,
}

/// <summary>A precisely named feeling. <see cref="Word"/> is the lower-case key that records store.</summary>
public sealed record FeelingWord(string Word, FeelingFamily Family, string Definition);

public sealed record FeelingFamilyGroup(FeelingFamily Family, string Label, IReadOnlyList<FeelingWord> Words);

public static class FeelingVocabulary
{
    public static IReadOnlyList<FeelingFamilyGroup> Families { get; } =
    [
        Family(FeelingFamily.Hurt, "Hurt",
            ("hurt", "Pain from something a person close to you did, said or didn't do."),
            ("wounded", "Hurt deeply enough that it feels like an injury that needs time."),
            ("stung", "A sharp, sudden hurt, often from a remark."),
            ("crushed", "Pressed flat by a hurt so heavy it's hard to get up from."),
            ("heartbroken", "A deep ache of loss, as if something precious has cracked."),
            ("humiliated", "Hurt by being made to look small, often in front of others."),
            ("disappointed", "Sad that something you hoped for or counted on didn't happen."),
            ("devastated", "Shaken to the core; for now the hurt touches everything.")),
        Family(FeelingFamily.Sad, "Sad",
            ("sad", "A low, heavy feeling that something that matters is lost or missing."),
            ("grieving", "Mourning something you had, or hoped you would have."),
            ("hopeless", "Feeling that nothing you do will change things."),
            ("discouraged", "Losing heart after trying and not seeing it help."),
            ("weary", "Tired in your heart, worn down by carrying this."),
            ("empty", "Hollow inside, as if the feeling has drained away."),
            ("regretful", "Wishing something had gone another way."),
            ("melancholy", "A quiet, lingering sadness without a sharp edge.")),
        Family(FeelingFamily.Angry, "Angry",
            ("angry", "Heat and energy that rise when something feels wrong or unfair."),
            ("furious", "Anger at full strength, hard to hold in."),
            ("resentful", "Anger that keeps coming back because the hurt still feels unsettled."),
            ("frustrated", "Stuck, blocked from something you want or need."),
            ("irritated", "A low, prickly annoyance."),
            ("indignant", "Angry because a line of what's fair or right was crossed."),
            ("bitter", "A sourness that stays when a hurt wasn't put right."),
            ("exasperated", "Worn thin by the same thing happening again.")),
        Family(FeelingFamily.Afraid, "Afraid",
            ("afraid", "Sensing that something you care about could be in danger."),
            ("anxious", "Uneasy worry about what might happen, often felt in the body."),
            ("insecure", "Unsure of your place, or of being wanted."),
            ("worried", "Thoughts returning again and again to what could go wrong."),
            ("scared", "A sharp fear, right now."),
            ("vulnerable", "Open and unprotected, aware that you could be hurt."),
            ("panicked", "Fear so strong that thinking clearly is hard."),
            ("uneasy", "A quiet sense that something isn't right.")),
        Family(FeelingFamily.Ashamed, "Ashamed",
            ("ashamed", "A painful sense that something is wrong with you, not just with what happened."),
            ("embarrassed", "Awkward and self-aware, wishing no one had seen."),
            ("guilty", "Feeling you did something wrong and wanting to put it right."),
            ("exposed", "As if something private has been laid open."),
            ("inadequate", "Feeling not enough, as if you don't measure up."),
            ("self-conscious", "Painfully aware of how you look to others."),
            ("small", "Feeling diminished, as if you take up less room than you should."),
            ("foolish", "Feeling silly for having trusted, hoped or believed.")),
        Family(FeelingFamily.Lonely, "Lonely",
            ("lonely", "Longing for a closeness that isn't there right now."),
            ("isolated", "Cut off, with no one to turn to."),
            ("disconnected", "Out of touch with your partner, even when you're close by."),
            ("alone", "Carrying this by yourself, with no one beside you."),
            ("distant", "Far away from someone you want to feel near."),
            ("forlorn", "Lonely and a little lost, as if you've been left behind."),
            ("longing", "Strongly wanting someone or something you miss."),
            ("withdrawn", "Pulled inward to keep yourself safe.")),
        Family(FeelingFamily.Confused, "Confused",
            ("confused", "Unsure what happened, what it means or what you feel."),
            ("shocked", "Jolted by something you didn't see coming."),
            ("stunned", "So surprised that you can't react yet."),
            ("bewildered", "Lost, unable to make sense of it."),
            ("torn", "Pulled two ways at once."),
            ("numb", "Feeling very little, as if your feelings have gone quiet for a while."),
            ("uncertain", "Not knowing what to trust or what comes next."),
            ("overwhelmed", "Too much at once to take in.")),
        Family(FeelingFamily.Easing, "Easing",
            ("relieved", "A weight lifting after something eased or was put right."),
            ("hopeful", "Sensing that things could get better."),
            ("grateful", "Warm thanks for something given or done."),
            ("calm", "Settled and steady, with no rush."),
            ("peaceful", "At rest with how things are, for now."),
            ("lighter", "Carrying less than you were."),
            ("reassured", "A worry answered well enough to let go of a little."),
            ("content", "Quietly satisfied; nothing needs to change this minute."),
            ("tender", "Soft and open towards yourself or someone else."),
            ("safe", "Free from threat, able to lower your guard.")),
    ];

    public static IReadOnlyList<FeelingWord> All { get; } = [.. Families.SelectMany(family => family.Words)];

    private static readonly Dictionary<string, FeelingWord> ByWord =
        All.ToDictionary(feeling => feeling.Word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a feeling by word, ignoring case and surrounding spaces.</summary>
    public static bool TryGet(string? word, [NotNullWhen(true)] out FeelingWord? feeling)
    {
        feeling = null;
        return word is not null && ByWord.TryGetValue(word.Trim(), out feeling);
    }

    public static bool IsKnown(string? word) => TryGet(word, out _);

    private static FeelingFamilyGroup Family(FeelingFamily family, string label, params (string Word, string Definition)[] words) =>
        new(family, label, [.. words.Select(w => new FeelingWord(w.Word, family, w.Definition))]);
}
