namespace HurtHealing.Domain.Plans;

/// <summary>The kinds of wording the accusation check looks for in what a person plans to say.</summary>
public enum AccusationKind
{
    /// <summary>"You always…", "you never…": one hurt turned into a verdict on everything.</summary>
    AlwaysNever,

    /// <summary>"You make me feel…": the partner made responsible for the feeling.</summary>
    YouMakeMeFeel,

    /// <summary>"You're so…", "you're such a…": a label for who they are.</summary>
    YoureSo,

    /// <summary>"Why do you…", "why can't you…": a question that asks for a defence.</summary>
    WhyDoYou,

    /// <summary>"Anyone would…", "a normal person would…": a comparison that puts them on trial.</summary>
    AnyoneWould,

    /// <summary>Names, insults and character labels aimed at the partner.</summary>
    NameCalling,

    /// <summary>Mockery, "whatever", sarcasm cues such as "oh great" or "nice job".</summary>
    Contempt,

    /// <summary>Threats and ultimatums.</summary>
    Threat,

    /// <summary>A feeling word that carries a charge: "I feel abandoned", "I felt ignored".</summary>
    BlameFeeling,

    /// <summary>A thought about the partner dressed as a feeling: "I feel that you…".</summary>
    JudgementAsFeeling,

    /// <summary>"You obviously don't care", "you did it on purpose": a claim to know what they think or mean.</summary>
    MindReading,

    /// <summary>"You don't care about anyone but yourself": a verdict on their whole character.</summary>
    GlobalCriticism,

    /// <summary>"Your phone matters more to you than I do", "my ex would never": measured against someone or something else.</summary>
    Comparison,

    /// <summary>"Everyone thinks…", "my friends agree…": other people brought in as a jury.</summary>
    OthersOpinion,

    /// <summary>"Keep it up and see what happens": a threat left unsaid.</summary>
    VeiledThreat,

    /// <summary>"Great job remembering, really": praise that means its opposite.</summary>
    SarcasticPraise,

    /// <summary>
    /// A boundary or a decision to leave ("If you hit me again, I'll leave", "I want a divorce"): the person's
    /// own choice, acknowledged as it stands, never softened and never called a threat.
    /// </summary>
    Boundary,
}
