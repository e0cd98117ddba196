using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Plans;

/// <summary>How a kind of need reads inside an "I feel" statement.</summary>
public static class NeedWording
{
    /// <summary>"because I need …" for a need kind, or null for "something else".</summary>
    public static string? Need(NeedKind kind) => kind switch
    {
        NeedKind.ToBeHeard => "to be heard",
        NeedKind.Acknowledgment => "to know you see how it landed on me",
        NeedKind.Apology => "an apology",
        NeedKind.Explanation => "to understand what happened",
        NeedKind.Reassurance => "to know I matter to you",
        NeedKind.ChangeInBehaviour => "to know next time can be different",
        NeedKind.Space => "a little space",
        _ => null,
    };

    /// <summary>"Would you …?" for a need kind, or null for "something else".</summary>
    public static string? Request(NeedKind kind) => kind switch
    {
        NeedKind.ToBeHeard => "listen to how it was for me before you answer",
        NeedKind.Acknowledgment => "tell me what you hear me saying",
        NeedKind.Apology => "think about how it landed for me, and say sorry if you can",
        NeedKind.Explanation => "help me understand what was going on for you",
        NeedKind.Reassurance => "tell me where I stand with you",
        NeedKind.ChangeInBehaviour => "tell me one thing you'll do differently next time",
        NeedKind.Space => "give me some time, and check in with me tomorrow",
        _ => null,
    };
}
