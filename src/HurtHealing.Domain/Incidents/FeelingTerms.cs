using System.Diagnostics.CodeAnalysis;
using HurtHealing.Domain.Safety;

namespace HurtHealing.Domain.Incidents;

/// <summary>
/// The words a feeling record accepts: a vocabulary feeling, a blame word (accepted, then gently explained),
/// or a safety feeling ("unsafe", "threatened"), accepted as it is and raising the safety signal.
/// </summary>
public static class FeelingTerms
{
    public static bool IsAcceptable(string? word) => TryNormalize(word, out _);

    /// <summary>Gives the stored key for an acceptable word: lower case, trimmed, one spelling.</summary>
    public static bool TryNormalize(string? word, [NotNullWhen(true)] out string? key)
    {
        if (FeelingVocabulary.TryGet(word, out var feeling))
        {
            key = feeling.Word;
            return true;
        }
        if (BlameWords.TryGetUnderlying(word, out var blame))
        {
            key = blame.Word;
            return true;
        }
        if (SafetyFeelingWords.TryGet(word, out var safety))
        {
            key = safety.Word;
            return true;
        }
        key = null;
        return false;
    }
}
