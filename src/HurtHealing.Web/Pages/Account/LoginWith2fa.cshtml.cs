using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

/// <summary>The second step of signing in: the password was right, now the code from the authenticator app.</summary>
[AllowAnonymous]
[AccountFormLimits]
public partial class LoginWith2faModel(
    SignInManager<AppUser> signInManager,
    SignInBackOff backOff,
    KnownDevice knownDevice,
    AttemptWording wording,
    ILogger<LoginWith2faModel> logger) : PageModel
{
    public const string WrongCode = "That code didn't match. Codes change every 30 seconds, so please type the newest one.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The "keep me signed in" choice from the password step, carried through.</summary>
    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? BackToLogin() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return BackToLogin();
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidInput();
        }

        var ct = HttpContext.RequestAborted;
        var ticket = await backOff.TryTakeAsync(GuardedStep.SecondStep, user.Email!, knownDevice.IsKnownFor(HttpContext, user.Email), ct);
        if (!ticket.Granted)
        {
            LogPaused(logger, user.Id);
            ModelState.AddModelError("Input.Code", wording.CodePaused(ticket.RetryAfter));
            return this.InvalidInput();
        }

        var code = TwoFactorCodes.NormalizeAuthenticatorCode(Input.Code)!;
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            await backOff.GiveBackAsync(ticket, ct);
            knownDevice.Remember(HttpContext, user.Email!);
            LogSignedIn(logger, user.Id);
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }
        LogWrongCode(logger, user.Id);
        ModelState.AddModelError("Input.Code", WrongCode);
        return this.InvalidInput();
    }

    /// <summary>No password step in progress (never started, or its five minutes ran out): start again.</summary>
    private RedirectToPageResult BackToLogin() =>
        RedirectToPage("./Login", new { ReturnUrl = this.SafeReturnUrl(ReturnUrl) });

    public sealed class InputModel
    {
        public string? Code { get; set; }
        public bool RememberMachine { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Code).AuthenticatorCode();
        }
    }

    [LoggerMessage(EventId = LogEvents.SignedInWithAuthenticator, Level = LogLevel.Information, Message = "User {UserId} signed in with an authenticator code")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.WrongAuthenticatorCode, Level = LogLevel.Information, Message = "User {UserId} typed an authenticator code that did not match")]
    private static partial void LogWrongCode(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.PausedAtAuthenticator, Level = LogLevel.Warning, Message = "User {UserId} paused by the back-off at the second sign-in step")]
    private static partial void LogPaused(ILogger logger, string userId);
}
