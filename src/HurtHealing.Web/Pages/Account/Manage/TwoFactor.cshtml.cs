using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

public partial class TwoFactorModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    ILogger<TwoFactorModel> logger) : PageModel
{
    public bool IsEnabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public bool IsDeviceRemembered { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        IsEnabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = IsEnabled ? await userManager.CountRecoveryCodesAsync(user) : 0;
        IsDeviceRemembered = IsEnabled && await signInManager.IsTwoFactorClientRememberedAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostForgetDeviceAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        await signInManager.ForgetTwoFactorClientAsync();
        LogDeviceForgotten(logger, user.Id);
        StatusMessage = "Done. This device will ask for a code next time you sign in.";
        return RedirectToPage();
    }

    [LoggerMessage(EventId = LogEvents.TwoStepDeviceForgotten, Level = LogLevel.Information, Message = "User {UserId} asked this device to be forgotten for two-step sign-in")]
    private static partial void LogDeviceForgotten(ILogger logger, string userId);
}
