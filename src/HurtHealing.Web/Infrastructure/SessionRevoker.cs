using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Infrastructure;

public static class SessionRevoker
{
    /// <summary>Ends every server-side session of a user, e.g. after a password change or reset.</summary>
    public static Task<int> RevokeAllAsync(AppDbContext db, string userId, CancellationToken ct = default) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
}
