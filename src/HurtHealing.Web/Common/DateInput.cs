using System.Globalization;
using HurtHealing.Domain.Incidents;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HurtHealing.Web.Common;

/// <summary>Dates and times as the browser's date and time fields post them.</summary>
public static class DateInput
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimeFormat = "HH:mm";

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), [TimeFormat, "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Format(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static readonly string DayOutOfRangeMessage = $"Please choose a day from {IncidentRules.EarliestOccurredOn.Year} up to today.";

    /// <summary>
    /// The day must fall from 1900 to tomorrow in the zone the incident is saved in. The page checks it, not the
    /// validator: an empty posted zone means the one on the account (or the incident), and only the page reads those.
    /// </summary>
    public static void RefuseDayOutsideRange(ModelStateDictionary modelState, DateOnly day, TimeZoneInfo zone, DateTimeOffset now)
    {
        const string field = "Input.Date";
        if (modelState.GetFieldValidationState(field) != ModelValidationState.Invalid
            && !IncidentRules.IsOccurredOnAllowed(day, IncidentRules.TodayIn(zone, now)))
        {
            modelState.AddModelError(field, DayOutOfRangeMessage);
        }
    }
}
