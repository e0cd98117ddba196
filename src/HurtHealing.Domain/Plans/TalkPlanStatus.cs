namespace HurtHealing.Domain.Plans;

/// <summary>Where a talk plan stands. Values are stored, so they never change.</summary>
public enum TalkPlanStatus
{
    Draft = 0,
    Ready = 1,
    Done = 2,
}
