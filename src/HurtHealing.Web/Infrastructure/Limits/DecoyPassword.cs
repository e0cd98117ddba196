using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace HurtHealing.Web.Infrastructure.Limits;

/// <summary>
/// A password hash made by the app's own hasher (same algorithm and iterations as real accounts), checked
/// on every sign-in path that has no real hash to check: an unknown email, or a try the back-off refuses.
/// Every answer then costs one hash, so timing says nothing about whether an account exists.
/// </summary>
public sealed class DecoyPassword(IPasswordHasher<AppUser> hasher)
{
    private readonly AppUser _nobody = new();
    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public void Check(string password) => hasher.VerifyHashedPassword(_nobody, _hash.Value, password);
}
