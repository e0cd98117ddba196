namespace HurtHealing.Domain.Plans;

/// <summary>
/// Prompts for the listening half of a talk, built on the idea that each partner's experience is real:
/// what they might have been going through, what to ask them, and how to show they were heard.
/// </summary>
public static class ListeningPrompts
{
    public static ListeningPromptGroup TheirSide { get; } = new(
        "What might they have been going through?",
        [
            "What else was happening in their day or week when this happened?",
            "Could they have been tired, worried or caught up in something I don't know about?",
            "How might this moment have looked from where they stood?",
            "Is there something they've tried to tell me before that I didn't quite catch?",
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
            "Take a breath before I reply, so I'm answering them and not my own alarm.",
        ]);

    /// <summary>The groups in the order they are shown.</summary>
    public static IReadOnlyList<ListeningPromptGroup> Groups { get; } = [TheirSide, WhatToAsk, ShowingIHeard];
}
