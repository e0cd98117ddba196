using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

[AllowAnonymous]
public class SignedOutModel(SignInManager<AppUser> signInManager) : PageModel
{
    public bool WasIdle { get; private set; }

    public async Task OnGetAsync(string? reason)
    {
        WasIdle = reason == "idle";
        // The idle timer in the browser lands here; make sure the server side has ended too.
        if (WasIdle && User.Identity?.IsAuthenticated == true)
        {
            await signInManager.SignOutAsync();
        }
    }
}
