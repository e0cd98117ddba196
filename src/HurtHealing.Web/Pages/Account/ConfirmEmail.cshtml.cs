using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

[AllowAnonymous]
public class ConfirmEmailModel(UserManager<AppUser> userManager) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code))
        {
            return RedirectToPage("/Index");
        }
        var user = await userManager.FindByIdAsync(userId);
        if (user is not null)
        {
            string token;
            try
            {
                token = AccountEmails.Decode(code);
            }
            catch (FormatException)
            {
                token = "";
            }
            Confirmed = token.Length > 0 && (await userManager.ConfirmEmailAsync(user, token)).Succeeded;
        }
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
