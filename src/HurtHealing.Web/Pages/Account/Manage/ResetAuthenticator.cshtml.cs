using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

public partial class ResetAuthenticatorModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AppDbContext db,
    ILogger<ResetAuthenticatorModel> logger) : PageModel
{
    [BindProperty]
    public PasswordRecheckInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await userManager.GetUserAsync(User) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
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

        var off = await userManager.SetTwoFactorEnabledAsync(user, false);
        var reset = await userManager.ResetAuthenticatorKeyAsync(user);
        if (!off.Succeeded || !reset.Succeeded)
        {
            throw new InvalidOperationException("The authenticator key could not be reset.");
        }
        // A reset usually means a lost phone or a key someone else saw: end every other session too.
        await SessionRevoker.RenewAfterSecurityChangeAsync(HttpContext, db, signInManager, user);
        LogReset(logger, user.Id);
        StatusMessage = "Your old key no longer works, and two-step sign-in is off until you add the new key below to your app.";
        return RedirectToPage("./EnableAuthenticator");
    }

    [LoggerMessage(EventId = LogEvents.AuthenticatorReset, Level = LogLevel.Information, Message = "User {UserId} reset the authenticator key")]
    private static partial void LogReset(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.AuthenticatorResetWrongPassword, Level = LogLevel.Warning, Message = "User {UserId} gave a wrong password to reset the authenticator key")]
    private static partial void LogPasswordRefused(ILogger logger, string userId);
}
