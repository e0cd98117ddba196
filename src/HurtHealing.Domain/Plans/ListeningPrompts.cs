namespace HurtHealing.Domain.Plans;

/// <summary>
/// Prompts for the listening half of a talk, built on the idea that each partner's experience is real:
/// what they might have been going through, what to ask them, and how to show they were heard.
/// </summary>
/// <remarks>
/// Gottman's Aftermath of a Regrettable Incident: each partner's account of the same moment is real to
/// them, and understanding is not agreeing. EFT's view of attachment injuries: the hurt partner is heard
/// first, so these prompts come after the person has said what they need, never in place of it, and
/// none of them explains the hurt away.
/// </remarks>
public static class ListeningPrompts
{
    public static ListeningPromptGroup TheirSide { get; } = new(
        "Their side, once I've been heard",
        [
            "How might this moment have looked from where they stood? Understanding it doesn't mean excusing it.",
            "What else was happening for them then, that I'd like to hear about?",
            "What might be hard for them to say about this?",
            "What would I want to ask before I decide what it meant?",
        ]);

    public static ListeningPromptGroup WhatToAsk { get; } = new(
        "What I want to ask them",
        [
            "What was going on for you that day?",
            "How did that evening feel from your side?",
            "Is there something you've wanted to tell me but haven't felt able to?",
            "What would help you feel safe talking about this with me?",
        ]);

    public static ListeningPromptGroup ShowingIHeard { get; } = new(
        "How I'll show I heard them before I answer",
        [
            "Say back what I heard in my own words: \"So for you, it felt like…\"",
            "Ask \"Did I get that right?\" and let them correct me.",
            "Name one thing that makes sense about their side, even if I see it differently.",
            // Gottman's flooding break: when the body is flooded, a pause of at least 20 minutes helps.
            "If my heart starts racing, I can ask for a break of at least 20 minutes and come back to it.",
        ]);

    /// <summary>The groups in the order they are shown.</summary>
    public static IReadOnlyList<ListeningPromptGroup> Groups { get; } = [TheirSide, WhatToAsk, ShowingIHeard];
}
