using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

public static class SessionRevoker
{
    // The claim the cookie handler puts in the cookie to name the server-side session (CookieAuthenticationHandler.SessionIdClaim).
    private const string SessionIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";

    /// <summary>Ends every server-side session of a user, e.g. after a password reset.</summary>
    public static Task<int> RevokeAllAsync(AppDbContext db, string userId, CancellationToken ct = default) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    /// <summary>
    /// Ends every session of a user except the one this request came with, e.g. after a password change.
    /// If the current session cannot be told apart, all of them end: signing in again is a smaller harm
    /// than leaving another device open.
    /// </summary>
    public static Task<int> RevokeOthersAsync(AppDbContext db, HttpContext context, string userId, CancellationToken ct = default)
    {
        var current = CurrentSessionKey(context);
        return current is null
            ? RevokeAllAsync(db, userId, ct)
            : db.UserSessions.Where(s => s.UserId == userId && s.Id != current).ExecuteDeleteAsync(ct);
    }

    /// <summary>The key of the server-side session named by this request's sign-in cookie, if it has one.</summary>
    public static string? CurrentSessionKey(HttpContext context)
    {
        var options = context.RequestServices
            .GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var cookie = options.CookieManager.GetRequestCookie(context, options.Cookie.Name!);
        return string.IsNullOrEmpty(cookie)
            ? null
            : options.TicketDataFormat.Unprotect(cookie)?.Principal.FindFirst(SessionIdClaim)?.Value;
    }
}
