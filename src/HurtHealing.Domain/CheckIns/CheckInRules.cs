namespace HurtHealing.Domain.CheckIns;

/// <summary>Limits a check-in keeps; the web layer validates against the same numbers.</summary>
public static class CheckInRules
{
    public const int IntensityMin = 0;
    public const int IntensityMax = 10;
    public const int ResentmentMin = 0;
    public const int ResentmentMax = 10;
    public const int MaxWhatRetriggered = 500;
    public const int MaxNote = 1000;

    // Enright's process model: forgiveness loosens resentment's hold over time; it is not a feeling
    // switched off. The grip is asked about on its own because it can ease while the hurt still aches.
    public const string IntensityQuestion = "How heavy does it feel today?";
    public const string ResentmentQuestion = "How much grip does resentment have on you?";
    public const string RetriggeredQuestion = "Did something bring it back?";

    // Changing a check-in looks back at the day it was made, not at today.
    public const string IntensityQuestionThen = "How heavy did it feel then?";
    public const string ResentmentQuestionThen = "How much grip did resentment have on you then?";
}
