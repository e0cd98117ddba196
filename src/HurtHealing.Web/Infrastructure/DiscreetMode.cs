using System.Security.Claims;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// Discreet mode: someone glancing at the screen, the tab list or the history sees "Notes" and a plain
/// icon, not the app's name. The choice lives on the account and rides in the signed-in session as a
/// claim, so pages read it without a query; signed-out pages never name what the account holds anyway.
/// </summary>
public static class DiscreetMode
{
    public const string ClaimType = "hh:discreet";
    public const string NeutralName = "Notes";
    public const string NeutralIcon = "~/favicon-plain.svg";

    public static bool IsOn(ClaimsPrincipal user) => user.HasClaim(ClaimType, "on");
}

/// <summary>Adds the discreet-mode claim whenever Identity builds the signed-in person (sign-in and refresh).</summary>
public sealed class DiscreetClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.Discreet)
        {
            identity.AddClaim(new Claim(DiscreetMode.ClaimType, "on"));
        }
        return identity;
    }
}
