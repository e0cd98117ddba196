using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

/// <summary>
/// Only says that the session has ended; it never ends one. A GET can come from any site, so signing out
/// is a POST to /Account/Logout (the idle timer in app.js posts that form before it comes here).
/// </summary>
[AllowAnonymous]
public class SignedOutModel : PageModel
{
    public bool WasIdle { get; private set; }

    public IActionResult OnGet(string? reason)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            // Someone still signed in was sent here by a link: nothing has ended, so don't say it has.
            return RedirectToPage("/Index");
        }
        WasIdle = reason == "idle";
        return Page();
    }
}
