using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Pages;

/// <summary>
/// Ends the session and leaves for a neutral site. With script this is called by a beacon while the
/// page has already gone; without script it is an ordinary form post that redirects.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[SameOriginPost]
public class QuickExitModel(SignInManager<AppUser> signInManager, IOptions<PrivacyOptions> privacy) : PageModel
{
    public IActionResult OnGet() => Redirect(privacy.Value.QuickExitUrl);

    public async Task<IActionResult> OnPostAsync()
    {
        // Only a post that ends a session clears the device: a forged post (see SameOriginPost) arrives without the
        // session cookie and so clears nothing. Script clears the device's storage itself before it leaves.
        if (User.Identity?.IsAuthenticated == true)
        {
            await signInManager.SignOutAsync();
            Response.Headers["Clear-Site-Data"] = "\"cache\", \"storage\"";
        }
        return Redirect(privacy.Value.QuickExitUrl);
    }
}
