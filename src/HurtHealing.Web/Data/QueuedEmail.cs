namespace HurtHealing.Web.Data;

/// <summary>
/// An account email waiting to be sent (or recently sent, kept to throttle mail per account). The address,
/// subject and body are encrypted at rest: a reset link in a database copy would open the account.
/// </summary>
public class QueuedEmail
{
    public long Id { get; init; }
    public required string UserId { get; init; }

    /// <summary>Which email it is (<see cref="Infrastructure.Email.EmailKind"/>): the throttle counts per kind.</summary>
    public required string Kind { get; init; }

    public required string ToAddress { get; init; }
    public required string Subject { get; init; }

    /// <summary>Cleared once sent or given up on.</summary>
    public string? Body { get; set; }

    public DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>When to try next; null once sent or given up on.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
