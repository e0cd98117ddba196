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
/// Sends a reset link when the address has an account, and gives exactly the same answer when it
/// doesn't, so the page never tells a stranger who has an account here.
/// </summary>
[AllowAnonymous]
[AccountFormLimits]
public partial class ForgotPasswordModel(
    UserManager<AppUser> userManager,
    AccountEmails accountEmails,
    ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public void OnGetSent() => Sent = true;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }

        var user = await userManager.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            LogRequestedForUnknown(logger);
        }
        else
        {
            try
            {
                await accountEmails.SendPasswordResetAsync(user, HttpContext.RequestAborted);
                LogSent(logger, user.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An error page here would tell a stranger the address has an account.
                LogSendFailed(logger, user.Id, ex);
            }
        }
        return RedirectToPage("./ForgotPassword", "Sent");
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator() => RuleFor(x => x.Email).AccountEmail();
    }

    [LoggerMessage(EventId = LogEvents.ResetLinkSent, Level = LogLevel.Information, Message = "Password reset link sent to user {UserId}")]
    private static partial void LogSent(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.ResetAskedForUnknownAddress, Level = LogLevel.Information, Message = "Password reset asked for an address with no account")]
    private static partial void LogRequestedForUnknown(ILogger logger);

    [LoggerMessage(EventId = LogEvents.ResetLinkSendFailed, Level = LogLevel.Error, Message = "Password reset link for user {UserId} could not be sent")]
    private static partial void LogSendFailed(ILogger logger, string userId, Exception exception);
}
