using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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
    SignInBackOff backOff,
    AttemptWording wording,
    IOptions<PrivacyOptions> privacy,
    ILogger<DeleteAccountModel> logger) : PageModel
{
    /// <summary>What the person types to say they mean it.</summary>
    public const string ConfirmationWord = "delete";

    public const string ConfirmationMissing = "Please type the word delete to confirm.";
    public const string WrongCode = "That code didn't match. Please use the newest code from your authenticator app.";

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
        if (TwoFactorEnabled && TwoFactorCodes.NormalizeAuthenticatorCode(Input.Code) is null
            && ModelState.GetFieldValidationState("Input.Code") != ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.Code", string.IsNullOrWhiteSpace(Input.Code)
                ? TwoFactorCodes.AuthenticatorCodeMissing
                : TwoFactorCodes.AuthenticatorCodeShape);
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }
        if (!await signInManager.ConfirmPasswordAsync(user, Input.Password, ModelState))
        {
            LogWrongPassword(logger, user.Id);
            return this.InvalidInput();
        }
        if (TwoFactorEnabled && !await CodeIsRightAsync(user))
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

    private async Task<bool> CodeIsRightAsync(AppUser user)
    {
        var ct = HttpContext.RequestAborted;
        var ticket = await backOff.TryTakeAsync(GuardedStep.SecondStep, user.Email!, knownDevice: true, ct);
        if (!ticket.Granted)
        {
            ModelState.AddModelError("Input.Code", wording.CodePaused(ticket.RetryAfter));
            return false;
        }
        var code = TwoFactorCodes.NormalizeAuthenticatorCode(Input.Code)!;
        if (await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await backOff.GiveBackAsync(ticket, ct);
            return true;
        }
        ModelState.AddModelError("Input.Code", WrongCode);
        return false;
    }

    public sealed class InputModel : PasswordRecheckInput
    {
        /// <summary>Asked only when two-step sign-in is on.</summary>
        public string? Code { get; set; }

        public string? Confirmation { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            Include(new PasswordRecheckInput.Validator());
            RuleFor(x => x.Code).MaximumLength(TwoFactorCodes.MaxTypedLength).WithMessage(TwoFactorCodes.AuthenticatorCodeShape);
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
