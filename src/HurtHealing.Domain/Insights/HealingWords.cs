namespace HurtHealing.Domain.Insights;

/// <summary>Words shown beside every piece of healing guidance.</summary>
public static class HealingWords
{
    /// <summary>The same line the talk plan pages show (PRODUCT.md, Tone: every guidance page says it once).</summary>
    public const string TherapistLine = "A licensed therapist or counsellor can offer far more than any app.";

    // The reference article's closing idea, and Enright's process model: what matters is the general
    // direction over weeks, not any one day. Written so a "heavier" reading never reads as a verdict.
    public const string NotLinear =
        "Healing rarely moves in a straight line. What these show is the general direction, from your own check-ins, not a score.";
}
