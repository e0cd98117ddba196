using HurtHealing.Domain.Incidents;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>
/// What a list of incidents shows of each one. Lists read it as a projection, so each row decrypts only the text it
/// shows (the title, else what happened, which SQL picks with COALESCE) and not the rest of the incident.
/// </summary>
public sealed record IncidentSummary(Guid Id, string DisplayTitle, DateOnly OccurredOn, TimeOnly? OccurredAt, IncidentCategory Category, IncidentStatus Status, int Hurt)
{
    /// <summary>For a projection: its arguments run in SQL (the text as <c>COALESCE(title, what_happened)</c>), the rest here.</summary>
    public static IncidentSummary Of(Guid id, bool hasTitle, string titleOrWhatHappened, DateOnly occurredOn, TimeOnly? occurredAt,
        IncidentCategory category, IncidentStatus status, int hurt) =>
        new(id, hasTitle ? titleOrWhatHappened : Incident.ShortTitle(titleOrWhatHappened), occurredOn, occurredAt, category, status, hurt);
}
