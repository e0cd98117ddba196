using System.Globalization;
using HurtHealing.Domain.Incidents;

namespace HurtHealing.Web.Common;

/// <summary>How dates and ratings read on the pages: plain English, in the person's own time zone.</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", English);

    public static string When(DateOnly date, TimeOnly? time) =>
        time is { } t ? $"{Day(date)}, {t.ToString("HH:mm", English)}" : Day(date);

    public static string Moment(DateTimeOffset instant, string timeZoneId)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZones.Resolve(timeZoneId));
        return local.ToString("ddd d MMM yyyy, HH:mm", English);
    }

    /// <summary>A moment as a glance reads it: the year only when it is not this year, in the person's zone.</summary>
    public static string MomentAtAGlance(DateTimeOffset instant, string timeZoneId, DateTimeOffset now)
    {
        var zone = TimeZones.Resolve(timeZoneId);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var format = local.Year == TimeZoneInfo.ConvertTime(now, zone).Year ? "ddd d MMM, HH:mm" : "ddd d MMM yyyy, HH:mm";
        return local.ToString(format, English);
    }

    public static string IsoMoment(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Category(IncidentCategory category) => IncidentCategories.Label(category);

    public static string Status(IncidentStatus status) => IncidentStatuses.Label(status);
}
