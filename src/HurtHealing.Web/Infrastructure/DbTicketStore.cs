using System.Security.Cryptography;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Keeps authentication tickets in PostgreSQL. The cookie holds only a random key, so a session
/// can be ended on the server (sign-out, idle time-out, password change) and a copied cookie dies with it.
/// A session read in the last minute is served from <see cref="SessionChanges"/> (no query, no decryption)
/// while this instance hears every change to the table; older than that it is read, and touched, again.
/// The person's saved time zone is read with the session (same statement) and carried beside the ticket, so a
/// page that shows dates needs no query of its own for it; a change to it is announced like a changed ticket.
/// </summary>
public sealed class DbTicketStore(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    IOptions<PrivacyOptions> privacy,
    SessionChanges changes,
    TimeProvider time) : ITicketStore
{
    // Writing LastSeenAt on every request would double the cost of a page; a minute is precise enough.
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after its LastSeenAt a session may be served from memory: within the minute the database
    /// would neither touch it nor find it idle (the idle limits are far longer), so the answer is the same.
    /// </summary>
    public static TimeSpan FreshFor => LastSeenResolution;

    /// <summary>
    /// The item of a retrieved ticket's properties that carries the saved time zone ("" for none); never stored,
    /// read with <see cref="SavedTimeZoneOf"/>.
    /// </summary>
    private const string SavedTimeZoneItem = ".hh-saved-time-zone";

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
        // The table's trigger announces the new ticket to every instance; this one forgets it at once.
        changes.Evict(key);
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
        changes.Evict(key);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = time.GetUtcNow();
        if (changes.TryGet(key, out var cached) && now - cached.LastSeenAt <= FreshFor && now <= cached.ExpiresAt)
        {
            return cached.Copy();
        }

        var epoch = changes.Epoch;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var found = await db.UserSessions
            .Where(s => s.Id == key)
            .Select(s => new { Session = s, TimeZoneId = db.Users.Where(u => u.Id == s.UserId).Select(u => u.TimeZoneId).FirstOrDefault() })
            .FirstOrDefaultAsync();
        if (found is null)
        {
            return null;
        }
        var session = found.Session;

        var idleLimit = session.IsPersistent ? privacy.Value.RememberedIdleTimeout : privacy.Value.IdleTimeout;
        if (now - session.LastSeenAt > idleLimit || now > session.ExpiresAt)
        {
            changes.Evict(key);
            db.UserSessions.Remove(session);
            await db.SaveChangesAsync();
            return null;
        }

        if (now - session.LastSeenAt > LastSeenResolution)
        {
            session.LastSeenAt = now;
            await db.SaveChangesAsync();
        }

        AuthenticationTicket? ticket;
        try
        {
            ticket = TicketSerializer.Default.Deserialize(_protector.Unprotect(session.ProtectedTicket));
        }
        catch (CryptographicException)
        {
            return null;
        }
        if (ticket is null)
        {
            return null;
        }
        ticket.Properties.Items[SavedTimeZoneItem] = found.TimeZoneId ?? "";
        var entry = new CachedSession(ticket, session.LastSeenAt, session.ExpiresAt);
        changes.Add(key, entry, epoch);
        return entry.Copy();
    }

    public async Task RemoveAsync(string key)
    {
        changes.Evict(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
        // Sign-out, quick exit and account deletion answer only once the change has gone out to every instance.
        await changes.AwaitDeliveryAsync(db);
    }

    /// <summary>
    /// The saved time zone that came with this request's session: Known is false when the request's ticket was
    /// not read through this store (then ask the database).
    /// </summary>
    public static (bool Known, string? TimeZoneId) SavedTimeZoneOf(HttpContext context)
    {
        var items = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.Items;
        return items is not null && items.TryGetValue(SavedTimeZoneItem, out var zone)
            ? (true, string.IsNullOrEmpty(zone) ? null : zone)
            : (false, null);
    }

    private byte[] Protect(AuthenticationTicket ticket)
    {
        if (ticket.Properties.Items.ContainsKey(SavedTimeZoneItem))
        {
            var properties = ticket.Properties.Clone();
            properties.Items.Remove(SavedTimeZoneItem);
            ticket = new AuthenticationTicket(ticket.Principal, properties, ticket.AuthenticationScheme);
        }
        return _protector.Protect(TicketSerializer.Default.Serialize(ticket));
    }

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
        ?? throw new InvalidOperationException("A session needs a signed-in user.");
}

/// <summary>
/// Gives the cookie handler its ticket store once DI is built, and lets Identity's security-stamp
/// validator run only when its interval is due.
/// </summary>
public sealed class ConfigureTicketStore(DbTicketStore store, IOptions<SecurityStampValidatorOptions> stampOptions)
    : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != IdentityConstants.ApplicationScheme)
        {
            return;
        }
        options.SessionStore = store;

        // Identity's validator checks the interval itself, but only after resolving itself from the request's
        // services, which builds SignInManager, UserManager, the user store and a DbContext on every request.
        // Asking the same question first (same options, same clock, same rule) skips that while the check is
        // not due, and changes nothing when it is.
        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = context => StampCheckDue(context) ? validate(context) : Task.CompletedTask;
    }

    private bool StampCheckDue(CookieValidatePrincipalContext context)
    {
        var issued = context.Properties.IssuedUtc;
        if (issued is null)
        {
            return true;
        }
        var clock = stampOptions.Value.TimeProvider ?? TimeProvider.System;
        return clock.GetUtcNow() - issued.Value > stampOptions.Value.ValidationInterval;
    }
}
