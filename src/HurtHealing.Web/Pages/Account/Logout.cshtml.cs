using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[SameOriginPost]
public partial class LogoutModel(SignInManager<AppUser> signInManager, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await signInManager.SignOutAsync();
            LogSignedOut(logger);
            // Drafts kept on the device belong to the session that is ending (a forged post ends none, so clears nothing).
            Response.Headers["Clear-Site-Data"] = "\"cache\", \"storage\"";
        }
        return RedirectToPage("/Account/SignedOut");
    }

    [LoggerMessage(EventId = LogEvents.SignedOut, Level = LogLevel.Information, Message = "Signed out")]
    private static partial void LogSignedOut(ILogger logger);
}
