namespace HurtHealing.Domain.CheckIns;

/// <summary>
/// The person asked not to be invited to check in on one incident again ("dismissed for good"). A sibling
/// of the incident keyed by incident and owner, so the incident itself doesn't grow a setting per feature;
/// its presence is <see cref="Insights.CheckInCandidate.InvitationDismissed"/>.
/// </summary>
public sealed class CheckInInvitationDismissal
{
    private CheckInInvitationDismissal()
    {
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = "";
    public Guid IncidentId { get; private set; }
    public DateTimeOffset DismissedAt { get; private set; }

    public static CheckInInvitationDismissal Create(string ownerId, Guid incidentId, DateTimeOffset now)
    {
        var owner = Guard.OwnerId(ownerId);
        var incident = Guard.Id(incidentId, nameof(incidentId));
        var at = Guard.Instant(now, nameof(now));
        return new CheckInInvitationDismissal { Id = Guid.CreateVersion7(at), OwnerId = owner, IncidentId = incident, DismissedAt = at };
    }
}
