using System.Security.Cryptography;
using System.Text;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure.Passkeys;

/// <summary>
/// Identity's own passkey handler with two additions. Each challenge can be answered once: Identity keeps the
/// challenge in a short-lived cookie, and a copied cookie sent again with the same signed answer would
/// otherwise pass (authenticators that always report a sign count of 0 give nothing else to catch it). A
/// credential id already registered (to this account or another) is never registered again. And a passkey
/// signs in only an account that may sign in with a password: confirmed and not locked out.
/// </summary>
public sealed class SingleUsePasskeyHandler(
    UserManager<AppUser> userManager,
    IOptions<IdentityPasskeyOptions> options,
    AppDbContext db,
    TimeProvider time) : IPasskeyHandler<AppUser>
{
    /// <summary>Longer than the challenge cookie lives (Identity's two-step cookie, 5 minutes), so a replay finds its row.</summary>
    public static readonly TimeSpan KeepUsedFor = TimeSpan.FromHours(1);

    private readonly PasskeyHandler<AppUser> _inner = new(userManager, options);

    public Task<PasskeyCreationOptionsResult> MakeCreationOptionsAsync(PasskeyUserEntity userEntity, HttpContext httpContext) =>
        _inner.MakeCreationOptionsAsync(userEntity, httpContext);

    public Task<PasskeyRequestOptionsResult> MakeRequestOptionsAsync(AppUser? user, HttpContext httpContext) =>
        _inner.MakeRequestOptionsAsync(user, httpContext);

    public async Task<PasskeyAttestationResult> PerformAttestationAsync(PasskeyAttestationContext context)
    {
        if (!await TryUseAsync(context.AttestationState, context.HttpContext.RequestAborted))
        {
            return PasskeyAttestationResult.Fail(new PasskeyException("This passkey challenge was already answered."));
        }
        var result = await _inner.PerformAttestationAsync(context);
        // A credential id belongs to one passkey of one account: adding it again must not replace its key.
        if (result.Succeeded && await userManager.FindByPasskeyIdAsync(result.Passkey.CredentialId) is not null)
        {
            return PasskeyAttestationResult.Fail(new PasskeyException("This passkey is already registered."));
        }
        return result;
    }

    public async Task<PasskeyAssertionResult<AppUser>> PerformAssertionAsync(PasskeyAssertionContext context)
    {
        if (!await TryUseAsync(context.AssertionState, context.HttpContext.RequestAborted))
        {
            return PasskeyAssertionResult.Fail<AppUser>(new PasskeyException("This passkey challenge was already answered."));
        }
        var result = await _inner.PerformAssertionAsync(context);
        if (result.Succeeded && (!result.User.EmailConfirmed || await userManager.IsLockedOutAsync(result.User)))
        {
            return PasskeyAssertionResult.Fail<AppUser>(new PasskeyException("This account can't sign in now."));
        }
        return result;
    }

    /// <summary>Records the challenge as answered; false when it already was (one statement, so two at once can't both pass).</summary>
    private async Task<bool> TryUseAsync(string? state, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(state))
        {
            return false;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(state));
        var now = time.GetUtcNow();
        var stale = now - KeepUsedFor;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM used_passkey_challenges WHERE used_at < {stale}", ct);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO used_passkey_challenges (hash, used_at) VALUES ({hash}, {now}) ON CONFLICT (hash) DO NOTHING", ct);
        return inserted == 1;
    }
}
