using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data.Encryption;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>
/// What a list of incidents shows of each one. Lists read it as a projection (<see cref="IncidentListRow"/>), so each
/// row decrypts only the text it shows (the title, else what happened, which SQL picks with COALESCE) and not the rest
/// of the incident; its kind and status are read from their blind indexes, not decrypted.
/// </summary>
public sealed record IncidentSummary(Guid Id, string DisplayTitle, DateOnly OccurredOn, TimeOnly? OccurredAt, IncidentCategory Category, IncidentStatus Status, int Hurt);

/// <summary>
/// One incident as a list reads it: the text as <c>COALESCE(title, what_happened)</c>, kind and status as their
/// blind-index values (see <see cref="IncidentChoices"/>).
/// </summary>
public sealed record IncidentListRow(Guid Id, bool HasTitle, string Text, DateOnly OccurredOn, TimeOnly? OccurredAt, string CategoryIndex, string StatusIndex, int Hurt)
{
    /// <summary>The blind-index columns a list reads (as <see cref="BlindIndex.PropertyFor"/> names them), constant for compiled queries.</summary>
    public const string CategoryIndexProperty = nameof(Incident.Category) + "Index";
    public const string StatusIndexProperty = nameof(Incident.Status) + "Index";

    public IncidentSummary ToSummary(IncidentChoices choices) =>
        new(Id, HasTitle ? Text : Incident.ShortTitle(Text), OccurredOn, OccurredAt, choices.Categories[CategoryIndex], choices.Statuses[StatusIndex], Hurt);
}

/// <summary>
/// Every kind and status by its blind-index value for one person: one HMAC per possible value per request, instead of
/// decrypting two columns on every row of a list. The interceptor writes the index on every save, so each row finds its value.
/// </summary>
public sealed record IncidentChoices(IReadOnlyDictionary<string, IncidentCategory> Categories, IReadOnlyDictionary<string, IncidentStatus> Statuses)
{
    public static async Task<IncidentChoices> ForAsync(BlindIndex blindIndex, string ownerId, CancellationToken cancellationToken) => new(
        await blindIndex.ChoicesByIndexAsync<Incident, IncidentCategory>(ownerId, nameof(Incident.Category), cancellationToken),
        await blindIndex.ChoicesByIndexAsync<Incident, IncidentStatus>(ownerId, nameof(Incident.Status), cancellationToken));
}
