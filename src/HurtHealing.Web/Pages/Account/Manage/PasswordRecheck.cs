using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HurtHealing.Web.Pages.Account.Manage;

/// <summary>
/// Asks for the password again before a change that weakens or replaces a sign-in safeguard, so a
/// phone left unlocked for a minute is not enough to make it. Wrong tries count towards the lockout.
/// </summary>
public static class PasswordRecheck
{
    public const string Missing = "Please enter your password.";
    public const string Wrong = "That password isn't right, so nothing has changed.";
    public const string Paused = "Too many wrong tries in a row. For your safety, please wait 15 minutes and try again. Nothing has changed.";

    public static async Task<bool> ConfirmPasswordAsync(this SignInManager<AppUser> signInManager, AppUser user,
        string? password, ModelStateDictionary modelState, string field = "Input.Password")
    {
        var result = await signInManager.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return true;
        }
        modelState.AddModelError(field, result.IsLockedOut ? Paused : Wrong);
        return false;
    }

    public static IRuleBuilderOptions<T, string?> CurrentPassword<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(Missing)
            .MaximumLength(PasswordLengthValidator<AppUser>.MaxLength).WithMessage(Wrong);
}
