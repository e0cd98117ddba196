using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

public class IndexModel(UserManager<AppUser> userManager) : PageModel
{
    public string Email { get; private set; } = "";
    public bool EmailConfirmed { get; private set; }
    public bool TwoFactorEnabled { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        Email = user.Email ?? "";
        EmailConfirmed = user.EmailConfirmed;
        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }
}
