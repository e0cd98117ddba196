using HurtHealing.Domain.Safety;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Safety;

/// <summary>
/// Support lines and honest device safety for someone who may be afraid of their partner. Open to
/// everyone, signed in or not, and complete without script. The region comes from <c>?region=</c>
/// (then remembered in a cookie), else the remembered one, else the account's time zone.
/// </summary>
[AllowAnonymous]
public class IndexModel(AppDbContext db) : PageModel
{
    public const string RegionCookie = "hh.region";

    public HelplineRegion Region { get; private set; } = HelplineRegion.International;

    public IReadOnlyList<Helpline> Lines { get; private set; } = [];

    public Helpline Emergency { get; private set; } = null!;

    /// <summary>Where the person came from, when a page sent them here first ("Back to your plan").</summary>
    public string? WayBack { get; private set; }

    public async Task OnGetAsync(string? region, string? back)
    {
        WayBack = SafetyPage.IsWayBack(back) && Url.IsLocalUrl(back) ? back : null;
        if (SafetyRegions.TryParse(region, out var chosen))
        {
            Region = chosen;
            Response.Cookies.Append(RegionCookie, SafetyRegions.Slug(chosen), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }
        else if (SafetyRegions.TryParse(Request.Cookies[RegionCookie], out var remembered))
        {
            Region = remembered;
        }
        else if (User.Identity?.IsAuthenticated == true)
        {
            Region = Helplines.RegionForTimeZone(await db.SavedTimeZoneIdAsync(HttpContext));
        }

        Lines = Helplines.For(Region);
        Emergency = Helplines.EmergencyFor(Region);
    }
}

/// <summary>Addresses of the help page for pages that send a person there first.</summary>
public static class SafetyPage
{
    public const string Path = "/Safety";

    /// <summary>The help page with a link back to <paramref name="localUrl"/> (a page of this app).</summary>
    public static string WithWayBack(string localUrl) => $"{Path}?back={Uri.EscapeDataString(localUrl)}";

    // Only the app's own signed-in pages: never an address from elsewhere, never the sign-in page.
    public static bool IsWayBack(string? url) =>
        url is not null && url.Length <= 200
        && (url.StartsWith("/Plans/", StringComparison.Ordinal) || url.StartsWith("/Incidents/", StringComparison.Ordinal) || url.StartsWith("/Journal", StringComparison.Ordinal));
}

/// <summary>Short, stable names for regions in addresses and the cookie ("uk", "nz").</summary>
public static class SafetyRegions
{
    private static readonly Dictionary<HelplineRegion, string> Slugs = new()
    {
        [HelplineRegion.UnitedStates] = "us",
        [HelplineRegion.UnitedKingdom] = "uk",
        [HelplineRegion.Ireland] = "ie",
        [HelplineRegion.Canada] = "ca",
        [HelplineRegion.Australia] = "au",
        [HelplineRegion.NewZealand] = "nz",
        [HelplineRegion.India] = "in",
        [HelplineRegion.International] = "world",
    };

    public static string Slug(HelplineRegion region) => Slugs[region];

    public static bool TryParse(string? slug, out HelplineRegion region)
    {
        foreach (var (candidate, name) in Slugs)
        {
            if (string.Equals(name, slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                region = candidate;
                return true;
            }
        }
        region = default;
        return false;
    }
}
