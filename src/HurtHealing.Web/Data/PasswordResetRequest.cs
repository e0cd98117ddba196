namespace HurtHealing.Web.Data;

/// <summary>
/// Someone asked for a password reset link for this address. The forgot-password page only writes this row,
/// whether or not the address has an account, so the answer takes the same time either way;
/// <see cref="Infrastructure.Email.PasswordResetRequests"/> looks the address up off the request path.
/// </summary>
public class PasswordResetRequest
{
    public long Id { get; init; }

    /// <summary>As typed (encrypted at rest); deleted as soon as it is looked up.</summary>
    public required string Email { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
}
