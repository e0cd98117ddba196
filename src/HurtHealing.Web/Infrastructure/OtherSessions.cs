using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Ends a user's sessions on every other device while keeping the one making the request.
/// (Revoking all of them and then refreshing the sign-in does not work: the cookie handler renews the
/// current session key in the store rather than making a new one, so the refreshed session would be gone too.)
/// </summary>
public static class OtherSessions
{
    /// <summary>The claim the cookie handler puts in the cookie to name its server-side session.</summary>
    private const string SessionIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";

    public static Task<int> RevokeAsync(HttpContext context, AppDbContext db, string userId, CancellationToken ct = default)
    {
        var current = CurrentKey(context);
        return current is null
            ? SessionRevoker.RevokeAllAsync(db, userId, ct)
            : db.UserSessions.Where(s => s.UserId == userId && s.Id != current).ExecuteDeleteAsync(ct);
    }

    private static string? CurrentKey(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var cookie = options.Cookie.Name is { } name ? options.CookieManager.GetRequestCookie(context, name) : null;
        return string.IsNullOrEmpty(cookie) ? null : options.TicketDataFormat.Unprotect(cookie)?.Principal.FindFirst(SessionIdClaim)?.Value;
    }
}
