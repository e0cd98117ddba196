using Microsoft.AspNetCore.DataProtection;

namespace HurtHealing.Web.Infrastructure.Limits;

/// <summary>
/// Remembers, in an encrypted cookie, the account a browser has fully signed in to (or reset the password
/// of). Tries from that browser for that account use the owner's own allowance, which a stranger guessing
/// from elsewhere cannot spend (OWASP's "device cookie" defence against lockout abuse).
/// </summary>
public sealed class KnownDevice(IDataProtectionProvider dataProtection, IConfiguration configuration, IHostEnvironment environment)
{
    public const string CookieName = "hh.device";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("HurtHealing.KnownDevice.v1");

    // Scoped to /Account, so not __Host-; where HTTPS is required it is still Secure and __Secure- prefixed.
    private readonly bool _httpsRequired = TransportSecurity.HttpsRequired(configuration, environment);

    private string Name => _httpsRequired ? "__Secure-" + CookieName : CookieName;

    public bool IsKnownFor(HttpContext context, string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || !context.Request.Cookies.TryGetValue(Name, out var cookie) || string.IsNullOrEmpty(cookie))
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
        context.Response.Cookies.Append(Name, _protector.Protect(Normalize(email)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = _httpsRequired || context.Request.IsHttps,
            Path = "/Account",
            MaxAge = Lifetime,
            IsEssential = true,
        });

    private static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
