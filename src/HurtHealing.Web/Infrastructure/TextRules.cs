using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HurtHealing.Web.Infrastructure;

/// <summary>Validation shared by every form that takes typed text, counted the way the domain counts it.</summary>
public static class TextRules
{
    public const string UnstorableCharacterMessage = "This text has an invisible character we can't store. Please remove it and try again.";

    /// <summary>
    /// False for NUL (PostgreSQL text cannot hold it) and for U+FFFD, which is what a NUL in an ordinary form post
    /// arrives as (<see cref="NulInFormMiddleware"/>).
    /// </summary>
    public static bool HasOnlyStorableCharacters(string? text) => text is null || text.AsSpan().IndexOfAny('\0', '\uFFFD') < 0;

    public static IRuleBuilderOptions<T, string?> StorableText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(HasOnlyStorableCharacters).WithMessage(UnstorableCharacterMessage);

    /// <summary>Line breaks count once, as the browser's maxlength counts them; surrounding spaces don't count.</summary>
    public static int CountedLength(string? text) => text?.ReplaceLineEndings("\n").Trim().Length ?? 0;

    public static IRuleBuilderOptions<T, string?> FreeText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.StorableText()
            .Must(text => CountedLength(text) <= maxLength)
            .WithMessage($"Please keep this to {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer.");

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength, string emptyMessage) =>
        rule.Must(text => CountedLength(text) > 0).WithMessage(emptyMessage)
            .FreeText(maxLength);

    /// <summary>
    /// A rejected form is shown again with what was typed; a NUL (possible in a multipart post) is swapped for
    /// U+FFFD first, since it can't be rendered back into the page.
    /// </summary>
    public static void ScrubNul(this ModelStateDictionary modelState)
    {
        foreach (var (key, entry) in modelState)
        {
            if (entry.AttemptedValue?.Contains('\0', StringComparison.Ordinal) == true)
            {
                var raw = entry.RawValue is string[] many
                    ? many.Select(v => v.Replace('\0', '\uFFFD')).ToArray()
                    : (object?)(entry.RawValue as string)?.Replace('\0', '\uFFFD');
                modelState.SetModelValue(key, raw, entry.AttemptedValue.Replace('\0', '\uFFFD'));
            }
        }
    }
}
