namespace HurtHealing.Domain.Plans;

/// <summary>Limits a talk plan keeps; the web layer validates against the same numbers.</summary>
public static class TalkPlanRules
{
    public const int NeedToStateMaxLength = 1_000;
    public const int OpeningLineMaxLength = 500;
    public const int StatementPartMaxLength = 500;
    public const int MaxStatements = 10;
    public const int ListenForMaxLength = 2_000;
    public const int HowItWentMaxLength = 4_000;
    public const int WhatWeAgreedMaxLength = 4_000;
    public const int WhatIStillNeedMaxLength = 2_000;
    public const int HeardScoreMin = 0;
    public const int HeardScoreMax = 10;
}
