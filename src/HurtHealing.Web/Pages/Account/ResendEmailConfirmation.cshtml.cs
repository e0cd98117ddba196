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
/// A new confirmation link. Signed in, it goes to the person's own address; signed out, anyone may ask
/// for any address and always gets the same answer, so the page reveals nothing about who has an account.
/// </summary>
[AllowAnonymous]
[AccountFormLimits]
public partial class ResendEmailConfirmationModel(
    UserManager<AppUser> userManager,
    AccountEmails accountEmails,
    ILogger<ResendEmailConfirmationModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    /// <summary>The signed-in person's own address; null when nobody is signed in.</summary>
    public string? SignedInEmail { get; private set; }

    public bool AlreadyConfirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var user = await userManager.GetUserAsync(User);
            if (user is null)
            {
                return Challenge();
            }
            SignedInEmail = user.Email;
            AlreadyConfirmed = user.EmailConfirmed;
        }
        return Page();
    }

    public void OnGetSent() => Sent = true;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }

        var user = await userManager.FindByEmailAsync(Input.Email);
        if (user is { EmailConfirmed: false })
        {
            try
            {
                await accountEmails.SendConfirmationAsync(user, HttpContext.RequestAborted);
                LogSent(logger, user.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An error page here would tell a stranger the address has an account.
                LogSendFailed(logger, user.Id, ex);
            }
        }
        else
        {
            LogNothingToSend(logger);
        }
        return RedirectToPage("./ResendEmailConfirmation", "Sent");
    }

    /// <summary>The signed-in person's own address: no field to fill, so the form's email rules do not apply.</summary>
    public async Task<IActionResult> OnPostMineAsync()
    {
        var user = User.Identity?.IsAuthenticated == true ? await userManager.GetUserAsync(User) : null;
        if (user is null)
        {
            return Challenge();
        }

        if (user.EmailConfirmed)
        {
            StatusMessage = "Your email is already confirmed. There's nothing more to do.";
        }
        else
        {
            try
            {
                await accountEmails.SendConfirmationAsync(user, HttpContext.RequestAborted);
                LogSent(logger, user.Id);
                StatusMessage = $"We've sent a new confirmation link to {user.Email}. It can take a few minutes to arrive.";
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSendFailed(logger, user.Id, ex);
                StatusMessage = "We couldn't send the email just now. Please try again in a little while.";
            }
        }
        return RedirectToPage("/Account/Manage/Index");
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator() => RuleFor(x => x.Email).AccountEmail();
    }

    [LoggerMessage(EventId = LogEvents.ConfirmationResent, Level = LogLevel.Information, Message = "Confirmation link sent again to user {UserId}")]
    private static partial void LogSent(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.ConfirmationNothingToSend, Level = LogLevel.Information, Message = "Confirmation link asked for an address with no unconfirmed account")]
    private static partial void LogNothingToSend(ILogger logger);

    [LoggerMessage(EventId = LogEvents.ConfirmationSendFailed, Level = LogLevel.Error, Message = "Confirmation link for user {UserId} could not be sent")]
    private static partial void LogSendFailed(ILogger logger, string userId, Exception exception);
}
