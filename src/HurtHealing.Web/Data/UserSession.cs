namespace HurtHealing.Web.Data;

/// <summary>
/// A signed-in session kept on the server. The cookie carries only <see cref="Id"/>, so signing out
/// (deleting the row) makes every copy of that cookie worthless.
/// </summary>
public class UserSession
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required byte[] ProtectedTicket { get; set; }
    public bool IsPersistent { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
