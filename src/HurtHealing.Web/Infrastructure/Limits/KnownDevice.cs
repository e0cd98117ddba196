using Microsoft.AspNetCore.DataProtection;

namespace HurtHealing.Web.Infrastructure.Limits;

/// <summary>
/// Remembers, in an encrypted cookie, the account a browser has fully signed in to (or reset the password
/// of). Tries from that browser for that account use the owner's own allowance, which a stranger guessing
/// from elsewhere cannot spend (OWASP's "device cookie" defence against lockout abuse).
/// </summary>
public sealed class KnownDevice(IDataProtectionProvider dataProtection)
{
    public const string CookieName = "hh.device";

    // Over HTTPS the cookie is host-only and Secure like every other cookie (__Host- needs Path=/).
    private static string NameFor(HttpContext context) => context.Request.IsHttps ? "__Host-" + CookieName : CookieName;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("HurtHealing.KnownDevice.v1");

    public bool IsKnownFor(HttpContext context, string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || !context.Request.Cookies.TryGetValue(NameFor(context), out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return false;
        }
        try
        {
            return string.Equals(_protector.Unprotect(cookie), Normalize(email), StringComparison.Ordinal);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public void Remember(HttpContext context, string email) =>
        context.Response.Cookies.Append(NameFor(context), _protector.Protect(Normalize(email)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });

    private static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
