using FluentValidation;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Infrastructure;

namespace HurtHealing.Web.Common;

/// <summary>
/// Feelings as posted by the chip picker: the chosen words, an intensity for each, and one typed word.
/// Used by the log form and the re-rate form.
/// </summary>
public sealed class FeelingsInput
{
    public const int DefaultIntensity = 5;
    public const int MaxWordLength = 40;

    public List<string> Chosen { get; set; } = [];

    /// <summary>Keyed by word. Every chip posts one, chosen or not; only chosen words count.</summary>
    public Dictionary<string, int?> Intensity { get; set; } = [];

    /// <summary>A word typed rather than picked; words that describe what the other person did are accepted too.</summary>
    public string? Other { get; set; }

    public int? OtherIntensity { get; set; }

    public int IntensityOf(string word) =>
        Intensity.TryGetValue(word, out var value) && value is { } v ? v : DefaultIntensity;

    /// <summary>One rating per feeling (a word picked twice counts once), as the domain stores them.</summary>
    public IReadOnlyList<FeelingRating> ToRatings()
    {
        var ratings = new List<FeelingRating>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Chosen)
        {
            if (FeelingTerms.TryNormalize(word, out var key) && seen.Add(key))
            {
                ratings.Add(new FeelingRating(key, IntensityOf(word)));
            }
        }
        if (FeelingTerms.TryNormalize(Other, out var otherKey) && seen.Add(otherKey))
        {
            ratings.Add(new FeelingRating(otherKey, OtherIntensity ?? DefaultIntensity));
        }
        return ratings;
    }

    public sealed class Validator : AbstractValidator<FeelingsInput>
    {
        public Validator()
        {
            RuleFor(x => x.Chosen).Cascade(CascadeMode.Stop)
                .Must(chosen => chosen.Count <= IncidentRules.MaxFeelingsPerPost)
                .WithMessage($"You can pick up to {IncidentRules.MaxFeelingsPerPost} feelings at a time.")
                .Must(chosen => chosen.All(FeelingTerms.IsAcceptable))
                .WithMessage("We don't know one of those words. Please pick from the words shown.")
                .Must((input, chosen) => chosen.All(word => input.IntensityOf(word) is >= IncidentRules.IntensityMin and <= IncidentRules.IntensityMax))
                .WithMessage("Please rate each feeling from 0 to 10.");
            RuleFor(x => x.Other).Cascade(CascadeMode.Stop)
                .Must(TextRules.HasOnlyStorableCharacters).WithMessage(TextRules.UnstorableCharacterMessage)
                .MaximumLength(MaxWordLength).WithMessage("Please use a single word or two.")
                .Must(word => string.IsNullOrWhiteSpace(word) || FeelingTerms.IsAcceptable(word))
                .WithMessage("We don't know that word yet. Try one of the words above, or leave this empty.");
            RuleFor(x => x.OtherIntensity)
                .InclusiveBetween(IncidentRules.IntensityMin, IncidentRules.IntensityMax)
                .WithMessage("Please choose a number from 0 to 10.");
        }
    }
}

/// <summary>What the chip picker partial needs: the field prefix and what is already chosen.</summary>
public sealed record FeelingPickerView(string Prefix, FeelingsInput Input, bool OpenFirstFamily)
{
    public bool IsChosen(string word) => Input.Chosen.Contains(word, StringComparer.OrdinalIgnoreCase);

    public bool IsOpen(FeelingFamilyGroup family, int index) =>
        (OpenFirstFamily && index == 0) || family.Words.Any(w => IsChosen(w.Word));
}
