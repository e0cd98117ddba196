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

[AllowAnonymous]
[AccountFormLimits]
public partial class LoginModel(ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(this.SafeReturnUrl(ReturnUrl)) : Page();

    /// <summary>
    /// Every failure (unknown email, wrong password, paused) checks one password hash and gives an answer
    /// that depends only on the email as typed, so neither the words nor the time tell a stranger whether
    /// an address has an account here.
    /// </summary>
    // The services come with the post: showing the form builds no Identity stack and no DbContext.
    public async Task<IActionResult> OnPostAsync(
        [FromServices] UserManager<AppUser> userManager,
        [FromServices] SignInManager<AppUser> signInManager,
        [FromServices] SignInBackOff backOff,
        [FromServices] KnownDevice knownDevice,
        [FromServices] DecoyPassword decoy,
        [FromServices] AttemptWording wording,
        [FromServices] AccountEmails accountEmails)
    {
        // Signing in over a live session would reuse its server-side key; sign out first instead.
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }

        var ct = HttpContext.RequestAborted;
        var user = await userManager.FindByEmailAsync(Input.Email);
        var ticket = await backOff.TryTakeAsync(GuardedStep.Password, Input.Email, knownDevice.IsKnownFor(HttpContext, Input.Email), ct);
        if (!ticket.Granted)
        {
            decoy.Check(Input.Password);
            LogPaused(logger);
            return Refused(wording.SignInPaused(ticket.RetryAfter));
        }
        if (user is null)
        {
            decoy.Check(Input.Password);
            LogFailed(logger);
            return Refused(wording.SignInFailed);
        }
        if (!user.EmailConfirmed)
        {
            // The ordinary refusal even with the right password, and the try still costs a token: whoever
            // signs up with an address knows the password they chose, so any difference here (words, or a
            // bucket that never empties) would tell them the address was free. The right password quietly
            // sends the link again (throttled), and the refusal says to open it.
            if (await userManager.CheckPasswordAsync(user, Input.Password))
            {
                await accountEmails.SendConfirmationAsync(user, ct);
                LogNotConfirmed(logger, user.Id);
            }
            else
            {
                LogFailed(logger);
            }
            return Refused(wording.SignInFailed);
        }

        var result = await signInManager.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await backOff.GiveBackAsync(ticket, ct);
            knownDevice.Remember(HttpContext, user.Email!);
            LogSignedIn(logger, user.Id);
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            await backOff.GiveBackAsync(ticket, ct);
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = this.SafeReturnUrl(ReturnUrl), Input.RememberMe });
        }
        LogFailed(logger);
        return Refused(wording.SignInFailed);
    }

    private PageResult Refused(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return this.InvalidInput();
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public bool RememberMe { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Email).AccountEmail();
            RuleFor(x => x.Password).ExistingPassword("Please enter your password.");
        }
    }

    [LoggerMessage(EventId = LogEvents.SignedIn, Level = LogLevel.Information, Message = "User {UserId} signed in")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.SignInFailed, Level = LogLevel.Information, Message = "Sign-in failed")]
    private static partial void LogFailed(ILogger logger);

    [LoggerMessage(EventId = LogEvents.SignInPaused, Level = LogLevel.Warning, Message = "Sign-in paused by the back-off")]
    private static partial void LogPaused(ILogger logger);

    [LoggerMessage(EventId = LogEvents.SignInEmailNotConfirmed, Level = LogLevel.Information, Message = "User {UserId} gave the right password but has not confirmed the email")]
    private static partial void LogNotConfirmed(ILogger logger, string userId);
}
