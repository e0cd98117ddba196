using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;

namespace HurtHealing.Web.Pages.Account;

/// <summary>The field rules every account form shares, so an email or a new password is judged the same everywhere.</summary>
public static class AccountRules
{
    public const int EmailMaxLength = 256;
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = PasswordLengthValidator<AppUser>.MaxLength;

    /// <summary>
    /// Control characters are refused here, before any lookup: PostgreSQL cannot store a NUL, and an
    /// address with one could only fail later as a server error.
    /// </summary>
    public static IRuleBuilderOptions<T, string> AccountEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Please enter your email address.")
            .Must(TextRules.HasOnlyStorableCharacters).WithMessage(TextRules.UnstorableCharacterMessage)
            .MaximumLength(EmailMaxLength).WithMessage("That email address is too long.")
            .Must(email => !email.Any(char.IsControl)).WithMessage("That doesn't look like an email address.")
            .EmailAddress().WithMessage("That doesn't look like an email address.");

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Please choose a password.")
            .Must(TextRules.HasOnlyStorableCharacters).WithMessage(TextRules.UnstorableCharacterMessage)
            .MinimumLength(PasswordMinLength).WithMessage($"Please use at least {PasswordMinLength} characters.")
            .MaximumLength(PasswordMaxLength).WithMessage($"Please use at most {PasswordMaxLength} characters.");

    /// <summary>A password being checked, not chosen: no minimum, so an old shorter password still gets its honest answer.</summary>
    public static IRuleBuilderOptions<T, string> ExistingPassword<T>(this IRuleBuilderInitial<T, string> rule, string emptyMessage) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(emptyMessage)
            .Must(TextRules.HasOnlyStorableCharacters).WithMessage(TextRules.UnstorableCharacterMessage)
            .MaximumLength(PasswordMaxLength).WithMessage($"Please use at most {PasswordMaxLength} characters.");
}
