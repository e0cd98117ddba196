using System.Text;
using FluentValidation;

namespace HurtHealing.Web.Pages.Account;

/// <summary>
/// What the two-step sign-in pages share: how a typed code is tidied and checked, and how the
/// shared key is shown. Codes are typed on phones, often copied with spaces or a hyphen.
/// </summary>
public static class TwoFactorCodes
{
    public const int RecoveryCodeCount = 10;

    /// <summary>Longer than any code typed with generous spacing; anything longer is not a code.</summary>
    public const int MaxTypedLength = 32;

    public const string AuthenticatorCodeMissing = "Please enter the 6-digit code from your authenticator app.";
    public const string AuthenticatorCodeShape = "The code is 6 digits, like 123 456. Please check and try again.";
    public const string RecoveryCodeMissing = "Please enter one of your recovery codes.";
    public const string RecoveryCodeShape = "A recovery code is 10 letters and numbers, like AB3CD-7EFGH. Please check and try again.";

    /// <summary>The code without spaces or hyphens; null when what is left is not exactly 6 ASCII digits.</summary>
    public static string? NormalizeAuthenticatorCode(string? typed)
    {
        var code = Strip(typed);
        return code is { Length: 6 } && code.All(char.IsAsciiDigit) ? code : null;
    }

    /// <summary>The code as Identity stores it ("XXXXX-XXXXX", upper case); null when it cannot be one.</summary>
    public static string? NormalizeRecoveryCode(string? typed)
    {
        var code = Strip(typed)?.ToUpperInvariant();
        return code is { Length: 10 } && code.All(char.IsAsciiLetterOrDigit) ? $"{code[..5]}-{code[5..]}" : null;
    }

    /// <summary>Groups of four in lower case: easier to read aloud and to type into an app by hand.</summary>
    public static string FormatKey(string key)
    {
        var result = new StringBuilder(key.Length + (key.Length / 4));
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return result.ToString().ToLowerInvariant();
    }

    public static IRuleBuilderOptions<T, string?> AuthenticatorCode<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(AuthenticatorCodeMissing)
            .MaximumLength(MaxTypedLength).WithMessage(AuthenticatorCodeShape)
            .Must(code => NormalizeAuthenticatorCode(code) is not null).WithMessage(AuthenticatorCodeShape);

    public static IRuleBuilderOptions<T, string?> RecoveryCode<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(RecoveryCodeMissing)
            .MaximumLength(MaxTypedLength).WithMessage(RecoveryCodeShape)
            .Must(code => NormalizeRecoveryCode(code) is not null).WithMessage(RecoveryCodeShape);

    private static string? Strip(string? typed) =>
        typed is null || typed.Length > MaxTypedLength
            ? null
            : string.Concat(typed.Where(c => c is not (' ' or '-' or '\u00a0' or '\t')));
}
