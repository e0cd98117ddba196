using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HurtHealing.Web.Pages.Account;

/// <summary>The second step of signing in without the phone: one of the recovery codes, each good once.</summary>
[AllowAnonymous]
[AccountFormLimits]
public partial class LoginWithRecoveryCodeModel(
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    SignInBackOff backOff,
    KnownDevice knownDevice,
    AttemptWording wording,
    ILogger<LoginWithRecoveryCodeModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public const string WrongCode = "That recovery code didn't work. It may have been used already; each code works once.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Only carried back to the code step: a recovery-code sign-in is never remembered.</summary>
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

        // The same allowance as authenticator codes: this step must not be the weaker door.
        var ct = HttpContext.RequestAborted;
        var ticket = await backOff.TryTakeAsync(GuardedStep.SecondStep, user.Email!, knownDevice.IsKnownFor(HttpContext, user.Email), ct);
        if (!ticket.Granted)
        {
            LogPaused(logger, user.Id);
            ModelState.AddModelError("Input.RecoveryCode", wording.CodePaused(ticket.RetryAfter));
            return this.InvalidInput();
        }

        var code = TwoFactorCodes.NormalizeRecoveryCode(Input.RecoveryCode)!;
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await backOff.GiveBackAsync(ticket, ct);
            knownDevice.Remember(HttpContext, user.Email!);
            LogSignedIn(logger, user.Id);
            var left = await userManager.CountRecoveryCodesAsync(user);
            StatusMessage = left switch
            {
                0 => "You're signed in. That was your last recovery code: please make new ones in Account, under two-step sign-in.",
                1 => "You're signed in. You have 1 recovery code left; you can make new ones in Account, under two-step sign-in.",
                _ => $"You're signed in. You have {left} recovery codes left.",
            };
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }

        LogWrongCode(logger, user.Id);
        ModelState.AddModelError("Input.RecoveryCode", WrongCode);
        return this.InvalidInput();
    }

    private RedirectToPageResult BackToLogin() =>
        RedirectToPage("./Login", new { ReturnUrl = this.SafeReturnUrl(ReturnUrl) });

    public sealed class InputModel
    {
        public string? RecoveryCode { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.RecoveryCode).RecoveryCode();
        }
    }

    [LoggerMessage(EventId = LogEvents.SignedInWithRecoveryCode, Level = LogLevel.Information, Message = "User {UserId} signed in with a recovery code")]
    private static partial void LogSignedIn(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.WrongRecoveryCode, Level = LogLevel.Information, Message = "User {UserId} typed a recovery code that did not work")]
    private static partial void LogWrongCode(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.PausedAtRecoveryCode, Level = LogLevel.Warning, Message = "User {UserId} paused by the back-off at the recovery code step")]
    private static partial void LogPaused(ILogger logger, string userId);
}
