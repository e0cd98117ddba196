using HurtHealing.Domain.Talks;

namespace HurtHealing.Web.Pages.Plans;

public static class PlanKinds
{
    /// <summary>A short, plain name for a kind of finding.</summary>
    public static string Label(AccusationKind kind) => kind switch
    {
        AccusationKind.AlwaysNever => "“Always” or “never”",
        AccusationKind.YouMakeMeFeel => "“You make me feel”",
        AccusationKind.YoureSo => "A label for who they are",
        AccusationKind.WhyDoYou => "A “why do you” question",
        AccusationKind.AnyoneWould => "A comparison with others",
        AccusationKind.NameCalling => "Name-calling",
        AccusationKind.Contempt => "Mockery or sarcasm",
        AccusationKind.Threat => "A threat or ultimatum",
        AccusationKind.Boundary => "A boundary or a decision",
        AccusationKind.BlameFeeling => "A word about what they did",
        AccusationKind.JudgementAsFeeling => "A thought dressed as a feeling",
        _ => kind.ToString(),
    };
}
