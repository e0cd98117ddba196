using System.Security.Claims;

namespace HurtHealing.Web.Pages.Incidents;

internal static class Owner
{
    /// <summary>The signed-in person's id. Every page here requires sign-in (the fallback policy), so it is always there.</summary>
    public static string OwnerId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No signed-in person.");
}
