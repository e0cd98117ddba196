using System.Security.Claims;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

public static class SessionRevoker
{
    // The claim the cookie handler puts in the cookie to name the server-side session (CookieAuthenticationHandler.SessionIdClaim).
    private const string SessionIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";

    // Kept across the new session as SignInManager.RefreshSignInAsync keeps them: how this person signed in.
    private static readonly string[] SignInMethodClaims = [ClaimTypes.AuthenticationMethod, "amr"];

    /// <summary>
    /// Ends every server-side session of a user, e.g. after a password reset, and returns once every
    /// instance has been told (the table's trigger announces each deleted row; see <see cref="SessionChanges"/>).
    /// </summary>
    public static async Task<int> RevokeAllAsync(HttpContext context, AppDbContext db, string userId)
    {
        var ended = await db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(context.RequestAborted);
        await context.RequestServices.GetRequiredService<SessionChanges>().AwaitDeliveryAsync(db, context.RequestAborted);
        return ended;
    }

    /// <summary>
    /// Ends every session of the user, this one included, and signs this browser in again under a new
    /// session key: after a password change, "sign out everywhere else" or a change to two-step sign-in,
    /// a copy of this browser's earlier cookie opens nothing, while the person carries on here.
    /// Returns how many sessions ended besides this one.
    /// </summary>
    public static async Task<int> RenewAfterSecurityChangeAsync(HttpContext context, AppDbContext db,
        SignInManager<AppUser> signInManager, AppUser user)
    {
        var current = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var isPersistent = current.Properties?.IsPersistent ?? false;
        var methods = current.Principal?.Claims.Where(c => SignInMethodClaims.Contains(c.Type)).ToList() ?? [];

        // Signing out removes this session's row, and stops this request's cookie handler from sending
        // the old key again when the response starts (a sliding or security-stamp renewal would).
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        var ended = await RevokeAllAsync(context, db, user.Id);

        var principal = await signInManager.CreateUserPrincipalAsync(user);
        principal.Identities.First().AddClaims(methods);
        // This request's handler remembers the old key and would only renew it; a handler of its own finds
        // no session for the old cookie and stores a new one.
        var schemes = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        var handler = await new AuthenticationHandlerProvider(schemes).GetHandlerAsync(context, IdentityConstants.ApplicationScheme)
                      as IAuthenticationSignInHandler
                      ?? throw new InvalidOperationException("The application cookie scheme cannot sign in.");
        await handler.SignInAsync(principal, new AuthenticationProperties { IsPersistent = isPersistent });
        return ended;
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
