using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// Asks for the password again before a change that weakens or replaces a sign-in safeguard, so a
/// phone left unlocked for a minute is not enough to make it. Wrong tries count towards the lockout.
/// Every sensitive page uses this one mechanism: <see cref="PasswordRecheckInput"/> as its input (or its
/// input's base), the <c>_PasswordRecheck</c> view block, and <see cref="ConfirmPasswordAsync"/>.
/// </summary>
public static class PasswordRecheck
{
    public const string Field = "Input.Password";
    public const string Missing = "Please enter your password.";
    public const string Wrong = "That password isn't right, so nothing has changed.";

    public static async Task<bool> ConfirmPasswordAsync(this SignInManager<AppUser> signInManager, AppUser user,
        string? password, ModelStateDictionary modelState)
    {
        var result = await signInManager.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return true;
        }
        modelState.AddModelError(Field, result.IsLockedOut ? LockoutWording.TooManyPasswords(signInManager.Options.Lockout) : Wrong);
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

    public sealed class Validator : AbstractValidator<PasswordRecheckInput>
    {
        public Validator()
        {
            RuleFor(x => x.Password).CurrentPassword();
        }
    }
}
