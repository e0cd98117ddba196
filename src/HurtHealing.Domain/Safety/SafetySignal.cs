namespace HurtHealing.Domain.Safety;

/// <summary>
/// One place in a person's words that shows a safety signal. <see cref="Start"/> and <see cref="Length"/>
/// index into the text that was read, so <c>text.Substring(Start, Length) == Matched</c>.
/// </summary>
public sealed record SafetySignal(SafetySignalKind Kind, int Start, int Length, string Matched);
