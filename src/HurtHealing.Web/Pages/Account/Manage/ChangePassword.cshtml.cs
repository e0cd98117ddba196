using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// A new password for a signed-in person. The current password is asked again (an unlocked phone is not
/// proof enough); success keeps this session and ends every other one.
/// </summary>
public partial class ChangePasswordModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    AppDbContext db,
    ILogger<ChangePasswordModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        // The same re-check as every sensitive page: wrong tries count towards the sign-in lockout.
        if (!await signInManager.ConfirmPasswordAsync(user, Input.Password, ModelState))
        {
            LogWrongCurrentPassword(logger, user.Id);
            return this.InvalidInput();
        }

        var result = await userManager.ChangePasswordAsync(user, Input.Password!, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.NewPassword", error.Description);
            }
            return this.InvalidInput();
        }

        await userManager.ResetAccessFailedCountAsync(user);
        // A new session key here too, carrying the renewed security stamp: a copy of the old cookie is dead.
        var ended = await SessionRevoker.RenewAfterSecurityChangeAsync(HttpContext, db, signInManager, user);
        LogChanged(logger, user.Id, ended);
        StatusMessage = "Your password is changed. You're still signed in here, and signed out everywhere else.";
        return RedirectToPage("./Index");
    }

    public sealed class InputModel : PasswordRecheckInput
    {
        public string NewPassword { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            Include(new PasswordRecheckInput.Validator());
            RuleFor(x => x.NewPassword).NewPassword();
        }
    }

    [LoggerMessage(EventId = LogEvents.PasswordChanged, Level = LogLevel.Information, Message = "User {UserId} changed their password; {SessionCount} other sessions ended")]
    private static partial void LogChanged(ILogger logger, string userId, int sessionCount);

    [LoggerMessage(EventId = LogEvents.PasswordChangeWrongPassword, Level = LogLevel.Warning, Message = "User {UserId} gave a wrong current password")]
    private static partial void LogWrongCurrentPassword(ILogger logger, string userId);
}
