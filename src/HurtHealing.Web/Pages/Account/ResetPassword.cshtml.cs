using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

/// <summary>
/// Sets a new password from an emailed link. Success ends every session of the account, so whoever
/// knew the old password is shut out everywhere.
/// </summary>
[AllowAnonymous]
[AccountFormLimits]
public partial class ResetPasswordModel(
    UserManager<AppUser> userManager,
    AppDbContext db,
    KnownDevice knownDevice,
    ILogger<ResetPasswordModel> logger) : PageModel
{
    /// <summary>One answer for an unknown address and for a bad, old or used link: no account enumeration.</summary>
    public const string LinkFailedMessage =
        "That link didn't work with this email address. It may be old or already used. Please check the address, or ask for a new link.";

    public const int CodeMaxLength = 2048;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Done { get; private set; }

    public bool MissingCode { get; private set; }

    public IActionResult OnGet(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            MissingCode = true;
            return this.InvalidInput();
        }
        Input.Code = code;
        return Page();
    }

    public void OnGetDone() => Done = true;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }

        var user = await userManager.FindByEmailAsync(Input.Email);
        var token = TryDecode(Input.Code);
        if (user is null || token is null)
        {
            LogLinkFailed(logger);
            return LinkFailed();
        }

        var result = await userManager.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                LogLinkFailed(logger);
                return LinkFailed();
            }
            // Only reachable with a valid link, so these say nothing about who has an account.
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
            return this.InvalidInput();
        }

        // ResetPasswordAsync has already changed the security stamp; ending the sessions makes that immediate.
        var revoked = await SessionRevoker.RevokeAllAsync(HttpContext, db, user.Id);
        // Whoever opened the link holds the mailbox: this browser gets the owner's own sign-in allowance.
        knownDevice.Remember(HttpContext, user.Email!);
        if (!user.EmailConfirmed)
        {
            // The link arrived in that mailbox, which is all a confirmation link proves.
            user.EmailConfirmed = true;
            await userManager.UpdateAsync(user);
        }
        LogReset(logger, user.Id, revoked);
        return RedirectToPage("./ResetPassword", "Done");
    }

    private PageResult LinkFailed()
    {
        ModelState.AddModelError(string.Empty, LinkFailedMessage);
        return this.InvalidInput();
    }

    private static string? TryDecode(string code)
    {
        try
        {
            var token = AccountEmails.Decode(code);
            return token.Length > 0 ? token : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string Code { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Email).AccountEmail();
            RuleFor(x => x.Password).NewPassword();
            RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("This page needs the link from your email. Please open the link again, or ask for a new one.")
                .MaximumLength(CodeMaxLength).WithMessage(LinkFailedMessage);
        }
    }

    [LoggerMessage(EventId = LogEvents.PasswordReset, Level = LogLevel.Information, Message = "Password reset for user {UserId}; {SessionCount} sessions ended")]
    private static partial void LogReset(ILogger logger, string userId, int sessionCount);

    [LoggerMessage(EventId = LogEvents.PasswordResetRefused, Level = LogLevel.Information, Message = "Password reset refused: unknown address or invalid link")]
    private static partial void LogLinkFailed(ILogger logger);
}
