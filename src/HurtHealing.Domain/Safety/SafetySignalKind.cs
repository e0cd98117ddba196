namespace HurtHealing.Domain.Safety;

/// <summary>
/// What a person's own words can show about their safety. These name what was described, never the
/// person or the relationship: the app observes ("You've mentioned being afraid"), it does not diagnose.
/// </summary>
public enum SafetySignalKind
{
    /// <summary>Being afraid of the partner, or not feeling safe with them or at home.</summary>
    Fear = 1,

    /// <summary>Physical harm or force: hit, pushed, grabbed, choked, thrown at, held or blocked in.</summary>
    Violence = 2,

    /// <summary>Threats by the partner, including threats to hurt themselves if the person leaves.</summary>
    Threat = 3,

    /// <summary>Frightening without touching: punching walls, smashing things, standing over, "walking on eggshells".</summary>
    Intimidation = 4,

    /// <summary>Watching and controlling: phone, location, money, work, clothes, friends, family, permission.</summary>
    MonitoringAndControl = 5,

    /// <summary>Being cut off from friends, family or the outside world.</summary>
    Isolation = 6,

    /// <summary>Being called names, put down, humiliated again and again, or told they are worthless.</summary>
    Degradation = 7,
}
