namespace HurtHealing.Domain.Plans;

/// <summary>A heading and a few prompts to think through before a talk.</summary>
public sealed record ListeningPromptGroup(string Title, IReadOnlyList<string> Prompts);
