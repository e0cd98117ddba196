using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

/// <summary>Valid defaults for tests, so each test names only what it is about.</summary>
internal static class Given
{
    public const string Owner = "owner-1";

    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2025, 6, 1);
    public static readonly TimeZoneInfo Utc = TimeZoneInfo.FindSystemTimeZoneById("Etc/UTC");

    public static Incident Incident(
        string ownerId = Owner,
        TimeZoneInfo? timeZone = null,
        DateOnly? occurredOn = null,
        TimeOnly? occurredAt = null,
        string? title = null,
        string whatHappened = "They laughed at my idea in front of their friends.",
        IncidentCategory category = IncidentCategory.Dismissed,
        int hurt = 6,
        DateTimeOffset? now = null) =>
        HurtHealing.Domain.Incidents.Incident.Create(
            ownerId, Guid.NewGuid(), timeZone ?? Utc, occurredOn ?? Today, occurredAt, title, whatHappened, category, hurt, now ?? Now);

    public static string Text(int length) => new('a', length);
}
