using FluentValidation;
using HurtHealing.Domain.Incidents;

namespace HurtHealing.Web.Common;

internal static class RatingRules
{
    public static IRuleBuilderOptions<T, int?> Rating<T>(this IRuleBuilder<T, int?> rule, string missingMessage) =>
        rule.NotNull().WithMessage(missingMessage)
            .InclusiveBetween(IncidentRules.IntensityMin, IncidentRules.IntensityMax).WithMessage("Please choose a number from 0 to 10.");
}
