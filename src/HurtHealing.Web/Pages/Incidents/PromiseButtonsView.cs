using HurtHealing.Domain.Repairs;

namespace HurtHealing.Web.Pages.Incidents;

public sealed record PromiseButtonsView(Guid IncidentId, Guid AttemptId, PromiseFollowThrough Status);
