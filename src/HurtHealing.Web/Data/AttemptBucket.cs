namespace HurtHealing.Web.Data;

/// <summary>
/// A token bucket of wrong tries for one account at one step, in one lane (strangers or the owner's known
/// devices). Written only by <see cref="Infrastructure.Limits.SignInBackOff"/> in single SQL statements, so
/// two instances and a restart see the same allowance.
/// </summary>
public class AttemptBucket
{
    /// <summary>A SHA-256 of the step, the lane and the normalized email: no address is stored.</summary>
    public required string Key { get; init; }
    public double Tokens { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
