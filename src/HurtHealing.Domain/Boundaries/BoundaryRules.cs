namespace HurtHealing.Domain.Boundaries;

/// <summary>Limits a boundary keeps, and its words; the web layer validates against the same numbers.</summary>
public static class BoundaryRules
{
    public const int MaxWhatIWillNotAccept = 500;
    public const int MaxWhatIWillDo = 500;

    // Enright's forgiveness process: forgiving is not excusing, forgetting, reconciling or permitting.
    // A boundary sits beside forgiveness; the app never suggests softening one.
    public const string BesideForgiveness =
        "Forgiving isn't the same as allowing it again. A boundary says what you won't accept, and it can stand beside forgiveness.";

    public const string WhatIWillNotAcceptPrompt = "What I won't accept";
    public const string WhatIWillDoPrompt = "What I'll do if it happens again";

    // Written for the moment a boundary is marked crossed: it validates, and it never asks the person to
    // explain, excuse or soften (Enright: forgiving is not permitting).
    public const string WhenCrossed =
        "Your boundary was crossed. That matters, and it's yours to decide what happens next. It can help to look at what you said you'd do.";
}
