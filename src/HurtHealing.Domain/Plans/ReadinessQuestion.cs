namespace HurtHealing.Domain.Plans;

/// <summary>The questions of the readiness check, in the order they are asked.</summary>
public enum ReadinessQuestion
{
    /// <summary>My body is calm: not flooded, heart not racing.</summary>
    BodyCalm = 0,

    /// <summary>I have eaten and rested.</summary>
    FedAndRested = 1,

    /// <summary>Neither of us is rushed.</summary>
    NeitherRushed = 2,

    /// <summary>We'll be somewhere I feel safe and could leave if I needed to (stored under its first name).</summary>
    Privacy = 3,

    /// <summary>Enough time has passed since it happened.</summary>
    EnoughTimePassed = 4,

    /// <summary>I know what I need from this talk.</summary>
    KnowWhatINeed = 5,

    /// <summary>My partner is likely to be calm too.</summary>
    PartnerLikelyCalm = 6,

    /// <summary>I feel safe raising this with my partner. Asked first: safety comes before any talk.</summary>
    FeelSafe = 7,
}
