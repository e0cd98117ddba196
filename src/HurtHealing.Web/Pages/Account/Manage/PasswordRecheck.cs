using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// Asks for the password again before a change that weakens or replaces a sign-in safeguard, so a
/// phone left unlocked for a minute is not enough to make it. Wrong tries spend the owner's own sign-in
/// allowance (<see cref="SignInBackOff"/>), so these forms can't be used to guess faster than sign-in.
/// </summary>
public static class PasswordRecheck
{
    public const string Field = "Input.Password";
    public const string Missing = "Please enter your password.";
    public const string Wrong = "That password isn't right, so nothing has changed.";

    public static async Task<bool> ConfirmPasswordAsync(this SignInManager<AppUser> signInManager, AppUser user,
        string? password, ModelStateDictionary modelState)
    {
        var services = signInManager.Context.RequestServices;
        var backOff = services.GetRequiredService<SignInBackOff>();
        var ct = signInManager.Context.RequestAborted;
        var ticket = await backOff.TryTakeAsync(GuardedStep.Password, user.Email!, knownDevice: true, ct);
        if (!ticket.Granted)
        {
            modelState.AddModelError(Field, services.GetRequiredService<AttemptWording>().RecheckPaused(ticket.RetryAfter));
            return false;
        }
        if (await signInManager.UserManager.CheckPasswordAsync(user, password ?? ""))
        {
            await backOff.GiveBackAsync(ticket, ct);
            return true;
        }
        modelState.AddModelError(Field, Wrong);
        return false;
    }

    public const string CodeField = "Input.Code";
    public const string WrongCode = "That code didn't match. Please use the newest code from your authenticator app.";

    /// <summary>
    /// With two-step sign-in on, the pages that hand over or erase everything ask for an authenticator code
    /// too. Its tries spend the second-step allowance, as signing in does.
    /// </summary>
    public static async Task<bool> ConfirmAuthenticatorCodeAsync(this SignInManager<AppUser> signInManager, AppUser user,
        string? typed, ModelStateDictionary modelState)
    {
        if (TwoFactorCodes.NormalizeAuthenticatorCode(typed) is not { } code)
        {
            modelState.AddModelError(CodeField, string.IsNullOrWhiteSpace(typed)
                ? TwoFactorCodes.AuthenticatorCodeMissing
                : TwoFactorCodes.AuthenticatorCodeShape);
            return false;
        }
        var services = signInManager.Context.RequestServices;
        var backOff = services.GetRequiredService<SignInBackOff>();
        var ct = signInManager.Context.RequestAborted;
        var ticket = await backOff.TryTakeAsync(GuardedStep.SecondStep, user.Email!, knownDevice: true, ct);
        if (!ticket.Granted)
        {
            modelState.AddModelError(CodeField, services.GetRequiredService<AttemptWording>().CodePaused(ticket.RetryAfter));
            return false;
        }
        var userManager = signInManager.UserManager;
        if (await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await backOff.GiveBackAsync(ticket, ct);
            return true;
        }
        modelState.AddModelError(CodeField, WrongCode);
        return false;
    }

    public static IRuleBuilderOptions<T, string?> CurrentPassword<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(Missing)
            .MaximumLength(PasswordLengthValidator<AppUser>.MaxLength).WithMessage(Wrong);
}

/// <summary>The password asked again; a page that needs more fields derives its input from this.</summary>
public class PasswordRecheckInput
{
    public string? Password { get; set; }

    /// <summary>Asked only where the page says so and two-step sign-in is on.</summary>
    public string? Code { get; set; }

    public sealed class Validator : AbstractValidator<PasswordRecheckInput>
    {
        public Validator()
        {
            RuleFor(x => x.Password).CurrentPassword();
            RuleFor(x => x.Code).MaximumLength(TwoFactorCodes.MaxTypedLength).WithMessage(TwoFactorCodes.AuthenticatorCodeShape);
        }
    }
}
