using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// Erases the person's account and everything they wrote, at once. Every owned table cascades from the
/// account (Ownership.Apply), as do sessions and queued emails; Identity removes its own rows. The browser is
/// told to forget this site's storage (drafts included) and lands on the neutral site, as after a quick exit.
/// </summary>
public partial class DeleteAccountModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IOptions<PrivacyOptions> privacy,
    ILogger<DeleteAccountModel> logger) : PageModel
{
    /// <summary>What the person types to say they mean it.</summary>
    public const string ConfirmationWord = "delete";

    public const string ConfirmationMissing = "Please type the word delete to confirm.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }
        TwoFactorEnabled = user.TwoFactorEnabled;
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }
        if (!await signInManager.ConfirmPasswordAsync(user, Input.Password, ModelState))
        {
            LogWrongPassword(logger, user.Id);
            return this.InvalidInput();
        }
        if (TwoFactorEnabled && !await signInManager.ConfirmAuthenticatorCodeAsync(user, Input.Code, ModelState))
        {
            LogWrongCode(logger, user.Id);
            return this.InvalidInput();
        }

        var result = await userManager.DeleteAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted.");
        }
        // The session row went with the account; this clears the cookie in the browser.
        await signInManager.SignOutAsync();
        LogDeleted(logger);
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        return Redirect(privacy.Value.QuickExitUrl);
    }

    public sealed class InputModel : PasswordRecheckInput
    {
        public string? Confirmation { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            Include(new PasswordRecheckInput.Validator());
            RuleFor(x => x.Confirmation)
                .Must(typed => string.Equals(typed?.Trim(), ConfirmationWord, StringComparison.OrdinalIgnoreCase))
                .WithMessage(ConfirmationMissing);
        }
    }

    [LoggerMessage(EventId = LogEvents.AccountDeleted, Level = LogLevel.Information, Message = "An account was deleted with everything in it")]
    private static partial void LogDeleted(ILogger logger);

    [LoggerMessage(EventId = LogEvents.AccountDeleteWrongPassword, Level = LogLevel.Warning, Message = "User {UserId} gave a wrong password to delete the account")]
    private static partial void LogWrongPassword(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.AccountDeleteWrongCode, Level = LogLevel.Warning, Message = "User {UserId} gave a wrong authenticator code to delete the account")]
    private static partial void LogWrongCode(ILogger logger, string userId);
}
