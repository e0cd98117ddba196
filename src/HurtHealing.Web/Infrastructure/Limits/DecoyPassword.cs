using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure.Limits;

/// <summary>
/// A password hash made by the app's own hasher (same algorithm and iterations as real accounts), checked
/// on every sign-in path that has no real hash to check: an unknown email, or a try the back-off refuses.
/// Every answer then costs one hash, so timing says nothing about whether an account exists.
/// </summary>
/// <remarks>
/// A singleton, so it builds its own <see cref="PasswordHasher{TUser}"/> from the configured options
/// (Identity registers the hasher as scoped) — the same algorithm and iteration count as real accounts.
/// </remarks>
public sealed class DecoyPassword(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<AppUser> _hasher = new(options);
    private readonly AppUser _nobody = new();
    private string? _hash;

    public void Check(string password)
    {
        // Racing first calls may each make a decoy; any of them serves.
        _hash ??= _hasher.HashPassword(_nobody, Guid.NewGuid().ToString());
        _hasher.VerifyHashedPassword(_nobody, _hash, password);
    }
}
