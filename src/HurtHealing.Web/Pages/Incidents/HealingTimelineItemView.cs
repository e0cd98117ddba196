namespace HurtHealing.Web.Pages.Incidents;

public sealed record HealingTimelineItemView(DetailsModel.TimelineItem Item, IncidentHealing Healing);
