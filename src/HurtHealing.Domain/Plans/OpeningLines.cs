namespace HurtHealing.Domain.Plans;

/// <summary>
/// Suggested first words that set the temperature of a talk. The person picks one and can change it
/// freely; what they keep is stored as the plan's own <see cref="TalkPlan.OpeningLine"/>.
/// Gottman's softened start-up: the first minutes set the course of a talk, so each line starts gently,
/// speaks for the person and blames no one; none of them promises how the partner will respond.
/// </summary>
public static class OpeningLines
{
    public static IReadOnlyList<string> All { get; } =
    [
        "I'm not trying to win anything here. I'd just like you to hear me for a few minutes.",
        "Something has been sitting heavy with me, and I'd rather talk it through with you than carry it alone.",
        "This isn't easy for me to say, so I'm going to take it slowly.",
        "I care about us, and that's why I want to talk about what happened.",
        "I'd like to tell you how something landed for me, and then I really want to hear your side.",
        "Can we be on the same side for this one, the two of us looking at the problem together?",
        "What I need most from this talk is to feel heard. Solutions can wait until after.",
        "I might get emotional, and that's okay. I'm not here to blame you; I want us to understand each other.",
    ];
}
