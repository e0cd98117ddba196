using System.Security.Cryptography;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Keeps authentication tickets in PostgreSQL. The cookie holds only a random key, so a session
/// can be ended on the server (sign-out, idle time-out, password change) and a copied cookie dies with it.
/// </summary>
public sealed class DbTicketStore(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    IOptions<PrivacyOptions> privacy,
    TimeProvider time) : ITicketStore
{
    // Writing LastSeenAt on every request would double the cost of a page; a minute is precise enough.
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    private readonly IDataProtector _protector = dataProtection.CreateProtector("HurtHealing.SessionTickets.v1");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.UserSessions.Add(new UserSession
        {
            Id = key,
            UserId = UserIdOf(ticket),
            ProtectedTicket = Protect(ticket),
            IsPersistent = ticket.Properties.IsPersistent,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc ?? now.Add(privacy.Value.IdleTimeout),
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.UserSessions.FindAsync(key);
        if (session is null)
        {
            return;
        }
        session.ProtectedTicket = Protect(ticket);
        session.ExpiresAt = ticket.Properties.ExpiresUtc ?? session.ExpiresAt;
        session.LastSeenAt = time.GetUtcNow();
        await db.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.UserSessions.FindAsync(key);
        if (session is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var idleLimit = session.IsPersistent ? privacy.Value.RememberedIdleTimeout : privacy.Value.IdleTimeout;
        if (now - session.LastSeenAt > idleLimit || now > session.ExpiresAt)
        {
            db.UserSessions.Remove(session);
            await db.SaveChangesAsync();
            return null;
        }

        if (now - session.LastSeenAt > LastSeenResolution)
        {
            session.LastSeenAt = now;
            await db.SaveChangesAsync();
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(session.ProtectedTicket));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
        ?? throw new InvalidOperationException("A session needs a signed-in user.");
}

/// <summary>Gives the cookie handler its ticket store once DI is built.</summary>
public sealed class ConfigureTicketStore(DbTicketStore store) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
        {
            options.SessionStore = store;
        }
    }
}
