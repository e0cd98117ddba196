using System.Globalization;
using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class IncidentRulesTests
{
    [Fact]
    public void Limits_are_as_agreed()
    {
        Assert.Equal(4000, IncidentRules.MaxWhatHappened);
        Assert.Equal(120, IncidentRules.MaxTitle);
        Assert.Equal(2000, IncidentRules.MaxNeedText);
        Assert.Equal(30, IncidentRules.MaxFeelingsPerPost);
        Assert.Equal(0, IncidentRules.HurtMin);
        Assert.Equal(10, IncidentRules.HurtMax);
        Assert.Equal(new DateOnly(1900, 1, 1), IncidentRules.EarliestOccurredOn);
    }

    [Theory]
    [InlineData("1899-12-31", false)]
    [InlineData("1900-01-01", true)]
    [InlineData("2025-05-31", true)]
    [InlineData("2025-06-01", true)]
    [InlineData("2025-06-02", true)]
    [InlineData("2025-06-03", false)]
    public void Dates_from_1900_to_tomorrow_are_allowed(string date, bool allowed) =>
        Assert.Equal(allowed, IncidentRules.IsOccurredOnAllowed(DateOnly.Parse(date, CultureInfo.InvariantCulture), new DateOnly(2025, 6, 1)));

    [Theory]
    [InlineData("2025-06-01T12:00:00Z", "Etc/UTC", "2025-06-01")]
    [InlineData("2025-06-01T12:00:00Z", "Pacific/Kiritimati", "2025-06-02")]
    [InlineData("2025-06-01T03:00:00Z", "Etc/GMT+12", "2025-05-31")]
    [InlineData("2025-06-01T03:00:00Z", "America/Los_Angeles", "2025-05-31")]
    public void Today_is_the_date_on_the_persons_clock(string instant, string zoneId, string today)
    {
        var now = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        Assert.Equal(DateOnly.Parse(today, CultureInfo.InvariantCulture), IncidentRules.TodayIn(zone, now));
    }
}
