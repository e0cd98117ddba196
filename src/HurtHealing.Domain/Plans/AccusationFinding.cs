namespace HurtHealing.Domain.Plans;

/// <summary>
/// One place in a planned sentence that tends to put a partner on the defensive.
/// <see cref="Start"/> and <see cref="Length"/> index into the text that was checked, so
/// <c>text.Substring(Start, Length) == Matched</c>.
/// </summary>
/// <param name="Start">Index of the first character of the finding in the checked text.</param>
/// <param name="Length">Number of characters covered.</param>
/// <param name="Kind">What kind of wording was found.</param>
/// <param name="Matched">The exact text found, as the person wrote it.</param>
/// <param name="Why">One gentle sentence on why this wording tends to backfire.</param>
/// <param name="UnderlyingFeelings">Gentler feeling words for what the person wrote ("stupid" → small, embarrassed), or none.</param>
public sealed record AccusationFinding(int Start, int Length, AccusationKind Kind, string Matched, string Why, IReadOnlyList<string> UnderlyingFeelings);
