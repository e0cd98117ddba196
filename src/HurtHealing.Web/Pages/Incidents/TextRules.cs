using System.Globalization;
using FluentValidation;
using HurtHealing.Domain.Incidents;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>Validation shared by every form that takes a person's own words, counted the way the domain counts them.</summary>
internal static class TextRules
{
    public const string NulMessage = "This text has an invisible character we can't store. Please remove it and try again.";

    /// <summary>
    /// A rejected form is shown again with what was typed; a NUL in it is swapped for U+FFFD first,
    /// since it can't be rendered back into the page.
    /// </summary>
    public static void ScrubNul(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
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

    public static int CountedLength(string? text) => text?.ReplaceLineEndings("\n").Trim().Length ?? 0;

    public static bool HasNoNul(string? text) => text is null || !text.Contains('\0', StringComparison.Ordinal);

    public static IRuleBuilderOptions<T, string?> FreeText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(HasNoNul).WithMessage(NulMessage)
            .Must(text => CountedLength(text) <= maxLength)
            .WithMessage($"Please keep this to {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer.");

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength, string emptyMessage) =>
        rule.Must(text => CountedLength(text) > 0).WithMessage(emptyMessage)
            .FreeText(maxLength);

    public static IRuleBuilderOptions<T, int?> Rating<T>(this IRuleBuilder<T, int?> rule, string missingMessage) =>
        rule.NotNull().WithMessage(missingMessage)
            .InclusiveBetween(IncidentRules.IntensityMin, IncidentRules.IntensityMax).WithMessage("Please choose a number from 0 to 10.");
}
