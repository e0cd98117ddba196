using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Common;

/// <summary>What the healing forms (repair attempts, check-ins, boundaries) share: the incident they hang on, and dates in its zone.</summary>
public static class HealingInput
{
    public const string MissingKeyMessage = "This form is missing a piece. Please reload the page and try again.";

    /// <summary>The signed-in person's incident, without its feelings and needs; null when it is not theirs or not there.</summary>
    public static Task<Incident?> OwnIncidentAsync(this AppDbContext db, string ownerId, Guid id) =>
        db.Incidents.AsNoTracking().Where(i => i.OwnerId == ownerId && i.Id == id).FirstOrDefaultAsync();

    /// <summary>
    /// The moment something happened on <paramref name="day"/>: now, when the day is today in the incident's zone;
    /// otherwise noon of that day (a day is what was asked; noon keeps it on that day in any zone).
    /// </summary>
    public static DateTimeOffset MomentOn(DateOnly? day, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = IncidentRules.TodayIn(zone, now);
        if (day is not { } d || d >= today)
        {
            return now;
        }
        var local = d.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>A day that happened: from 1900 to today (a day of slack, as the incident date allows).</summary>
    public static void RefusePastDayOutsideRange(ModelStateDictionary modelState, string field, DateOnly day, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (modelState.GetFieldValidationState(field) != ModelValidationState.Invalid
            && !IncidentRules.IsOccurredOnAllowed(day, IncidentRules.TodayIn(zone, now)))
        {
            modelState.AddModelError(field, DateInput.DayOutOfRangeMessage);
        }
    }
}
