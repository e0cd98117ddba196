using HurtHealing.Web.Data.Encryption;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HurtHealing.Web.Data;

/// <summary>
/// Identity's store with the two-factor secrets kept out of reach of a database copy: the authenticator
/// key is encrypted with Data Protection and recovery codes are stored hashed (<see cref="RecoveryCodeHashes"/>).
/// Identity saves both as rows of AspNetUserTokens; the names below are the ones its store uses.
/// A passkey's name, written by the person, is encrypted like other free text, and each sign-in with a passkey
/// records when it was last used.
/// </summary>
public class AppUserStore(AppDbContext context, IDataProtectionProvider dataProtection, TimeProvider time, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, AppDbContext>(context, describer)
{
    public const string PasskeyNamePurpose = "HurtHealing.PasskeyName.v1";

    public const string TokenProvider = "[AspNetUserStore]";
    public const string AuthenticatorKeyName = "AuthenticatorKey";
    public const string RecoveryCodesName = "RecoveryCodes";
    public const string AuthenticatorKeyPurpose = "HurtHealing.AuthenticatorKey.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(AuthenticatorKeyPurpose);
    private readonly IDataProtector _passkeyNames = dataProtection.CreateProtector(PasskeyNamePurpose);

    /// <summary>
    /// Identity checks that an address is free before inserting, but two sign-ups for one address at the same
    /// moment both pass that check; the second then meets the unique index. Answer it as the duplicate it is.
    /// </summary>
    public override async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.CreateAsync(user, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            Context.Entry(user).State = EntityState.Detached;
            return IdentityResult.Failed(ErrorDescriber.DuplicateUserName(user.UserName ?? ""));
        }
    }

    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken = default) =>
        SetTokenAsync(user, TokenProvider, AuthenticatorKeyName, _protector.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken = default) =>
        await GetTokenAsync(user, TokenProvider, AuthenticatorKeyName, cancellationToken) is { } stored ? _protector.Unprotect(stored) : null;

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        SetTokenAsync(user, TokenProvider, RecoveryCodesName, RecoveryCodeHashes.Hash(recoveryCodes), cancellationToken);

    /// <summary>A used code is removed; UserManager then saves through the user's concurrency stamp, so two racing uses can't both succeed.</summary>
    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var stored = await GetTokenAsync(user, TokenProvider, RecoveryCodesName, cancellationToken);
        if (RecoveryCodeHashes.Remove(stored, code) is not { } remaining)
        {
            return false;
        }
        await SetTokenAsync(user, TokenProvider, RecoveryCodesName, remaining, cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken = default) =>
        RecoveryCodeHashes.Count(await GetTokenAsync(user, TokenProvider, RecoveryCodesName, cancellationToken));

    /// <summary>Adds a passkey (its name encrypted) or, after a sign-in with it, updates it and notes when it was used.</summary>
    public override async Task AddOrUpdatePasskeyAsync(AppUser user, UserPasskeyInfo passkey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passkey);
        var stored = new UserPasskeyInfo(passkey.CredentialId, passkey.PublicKey, passkey.CreatedAt, passkey.SignCount,
            passkey.Transports, passkey.IsUserVerified, passkey.IsBackupEligible, passkey.IsBackedUp,
            passkey.AttestationObject, passkey.ClientDataJson)
        {
            Name = passkey.Name is { } name ? _passkeyNames.Protect(name) : null,
        };
        var signedIn = await Context.Set<IdentityUserPasskey<string>>().AnyAsync(p => p.CredentialId == passkey.CredentialId, cancellationToken);
        await base.AddOrUpdatePasskeyAsync(user, stored, cancellationToken);
        var entry = Context.ChangeTracker.Entries<IdentityUserPasskey<string>>()
            .FirstOrDefault(e => e.Entity.CredentialId.AsSpan().SequenceEqual(passkey.CredentialId));
        if (signedIn && entry is not null)
        {
            entry.Property<DateTimeOffset?>(Configurations.UserPasskeyConfiguration.LastUsedAt).CurrentValue = time.GetUtcNow();
            await SaveChanges(cancellationToken);
        }
    }

    public override async Task<IList<UserPasskeyInfo>> GetPasskeysAsync(AppUser user, CancellationToken cancellationToken)
    {
        var passkeys = await base.GetPasskeysAsync(user, cancellationToken);
        foreach (var passkey in passkeys)
        {
            passkey.Name = UnprotectPasskeyName(passkey.Name);
        }
        return passkeys;
    }

    public override async Task<UserPasskeyInfo?> FindPasskeyAsync(AppUser user, byte[] credentialId, CancellationToken cancellationToken)
    {
        var passkey = await base.FindPasskeyAsync(user, credentialId, cancellationToken);
        if (passkey is not null)
        {
            passkey.Name = UnprotectPasskeyName(passkey.Name);
        }
        return passkey;
    }

    public string? UnprotectPasskeyName(string? stored) => stored is null ? null : _passkeyNames.Unprotect(stored);
}
