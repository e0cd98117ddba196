namespace HurtHealing.Domain.Incidents;

/// <summary>One feeling and how strong it is (0 to 10), as the person rates it in a single post.</summary>
public readonly record struct FeelingRating(string Word, int Intensity);
