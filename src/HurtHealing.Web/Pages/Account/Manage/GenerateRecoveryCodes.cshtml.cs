using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

public partial class GenerateRecoveryCodesModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    ILogger<GenerateRecoveryCodesModel> logger) : PageModel
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
        return user.TwoFactorEnabled ? Page() : NotOn();
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
            return NotOn();
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

        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorCodes.RecoveryCodeCount);
        LogGenerated(logger, user.Id);
        TempData[ShowRecoveryCodesModel.TempDataKey] = codes?.ToArray() ?? [];
        return RedirectToPage("./ShowRecoveryCodes");
    }

    private RedirectToPageResult NotOn()
    {
        StatusMessage = "Recovery codes come with two-step sign-in. You'll get them when you turn it on.";
        return RedirectToPage("./TwoFactor");
    }

    [LoggerMessage(EventId = LogEvents.RecoveryCodesMade, Level = LogLevel.Information, Message = "User {UserId} made new recovery codes")]
    private static partial void LogGenerated(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.RecoveryCodesWrongPassword, Level = LogLevel.Warning, Message = "User {UserId} gave a wrong password to make new recovery codes")]
    private static partial void LogPasswordRefused(ILogger logger, string userId);
}
