using System.Text;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>
/// The proposed time as an .ics file. A calendar can be seen by others, so the entry carries only a neutral
/// title and the time: no description, no location, nothing from the plan or the incident.
/// </summary>
public class CalendarModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings) : PlanPage(db, time, safetyReadings)
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(1);

    public const string Caution =
        "The file lands in your Downloads, and the event shows only as “" + TalkCalendar.EventTitle + "”. If you use a shared calendar, or one synced with someone else's, they may see it.";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, tracking: false) || Plan.ProposedTime is not { } at)
        {
            return NotFound();
        }
        var start = at.UtcDateTime;
        var calendar = new Ical.Net.Calendar();
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{Plan.Id:N}@event.invalid", // a neutral host: the UID is visible to anyone who sees the calendar
            Summary = TalkCalendar.EventTitle,
            DtStart = new CalDateTime(start),
            DtEnd = new CalDateTime(start + Length),
            DtStamp = new CalDateTime(Now.UtcDateTime),
        });
        var ics = new CalendarSerializer().SerializeToString(calendar) ?? "";
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "event.ics");
    }
}
