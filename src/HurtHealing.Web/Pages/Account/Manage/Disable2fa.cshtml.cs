using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

public partial class Disable2faModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    ILogger<Disable2faModel> logger) : PageModel
{
    [BindProperty]
    public PasswordRecheckInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        return user.TwoFactorEnabled ? Page() : AlreadyOff();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        if (!user.TwoFactorEnabled)
        {
            return AlreadyOff();
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }
        if (!await signInManager.ConfirmPasswordAsync(user, Input.Password, ModelState))
        {
            LogPasswordRefused(logger, user.Id);
            return this.InvalidInput();
        }

        var result = await userManager.SetTwoFactorEnabledAsync(user, false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Two-step sign-in could not be turned off.");
        }
        await signInManager.RefreshSignInAsync(user);
        LogDisabled(logger, user.Id);
        StatusMessage = "Two-step sign-in is off. Your password alone now opens your account.";
        return RedirectToPage("./TwoFactor");
    }

    private RedirectToPageResult AlreadyOff()
    {
        StatusMessage = "Two-step sign-in is already off.";
        return RedirectToPage("./TwoFactor");
    }

    [LoggerMessage(EventId = LogEvents.TwoStepDisabled, Level = LogLevel.Information, Message = "User {UserId} turned off two-step sign-in")]
    private static partial void LogDisabled(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.TwoStepDisableWrongPassword, Level = LogLevel.Warning, Message = "User {UserId} gave a wrong password to turn off two-step sign-in")]
    private static partial void LogPasswordRefused(ILogger logger, string userId);
}
