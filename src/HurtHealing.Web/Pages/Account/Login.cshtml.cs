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
[OutdatedFormAsksAgain]
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

    public const string PasskeyFailed = "That passkey didn't sign you in. You can try again, or use your email and password.";

    /// <summary>Shown beside "Sign in with a passkey" when a passkey was not accepted.</summary>
    public string? PasskeyError { get; private set; }

    /// <summary>
    /// Asked by passkeys.js: Identity's request options for a passkey of any account (discoverable passkeys,
    /// so no email is sent and nothing tells which addresses have a passkey here).
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync([FromServices] SignInManager<AppUser> signInManager)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return BadRequest();
        }
        return Content(await signInManager.MakePasskeyRequestOptionsAsync(null), "application/json");
    }

    /// <summary>
    /// Signs in with the passkey the browser gave (navigator.credentials.get). It counts as two factors (the
    /// device and its lock), so there is no authenticator step; the session is made by SignInManager exactly
    /// as after a password, so server-side sessions and the idle time-out apply.
    /// </summary>
    public async Task<IActionResult> OnPostPasskeyAsync(
        string? credentialJson,
        [FromServices] SignInManager<AppUser> signInManager,
        [FromServices] UserManager<AppUser> userManager,
        [FromServices] KnownDevice knownDevice)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }
        // The email and password fields belong to the other form on this page.
        ModelState.Clear();
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (!string.IsNullOrEmpty(credentialJson) && credentialJson.Length <= MaxCredentialJsonLength)
        {
            try
            {
                result = await signInManager.PasskeySignInAsync(credentialJson);
            }
            catch (InvalidOperationException)
            {
                // No passkey request underway in this browser (never asked, already answered, or expired).
            }
        }
        if (result.Succeeded && await userManager.GetUserAsync(HttpContext.User) is { } user)
        {
            knownDevice.Remember(HttpContext, user.Email!);
            LogPasskeySignedIn(logger, user.Id);
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }
        LogPasskeyFailed(logger);
        PasskeyError = PasskeyFailed;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public const int MaxCredentialJsonLength = 64 * 1024;

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

    [LoggerMessage(EventId = LogEvents.PasskeySignedIn, Level = LogLevel.Information, Message = "User {UserId} signed in with a passkey")]
    private static partial void LogPasskeySignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.PasskeySignInFailed, Level = LogLevel.Information, Message = "Passkey sign-in failed")]
    private static partial void LogPasskeyFailed(ILogger logger);

    [LoggerMessage(EventId = LogEvents.SignInPaused, Level = LogLevel.Warning, Message = "Sign-in paused by the back-off")]
    private static partial void LogPaused(ILogger logger);

    [LoggerMessage(EventId = LogEvents.SignInEmailNotConfirmed, Level = LogLevel.Information, Message = "User {UserId} gave the right password but has not confirmed the email")]
    private static partial void LogNotConfirmed(ILogger logger, string userId);
}
