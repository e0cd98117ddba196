using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Every talk the person has prepared: the ones still ahead first, then the ones that have happened.</summary>
public class ListModel(AppDbContext db) : PageModel
{
    public sealed record TalkRow(TalkPlan Plan, Incident Incident);

    public IReadOnlyList<TalkRow> Ahead { get; private set; } = [];
    public IReadOnlyList<TalkRow> Past { get; private set; } = [];
    public string Zone { get; private set; } = TimeZones.Fallback;

    public async Task OnGetAsync()
    {
        var ownerId = User.OwnerId();
        var plans = await db.TalkPlans.AsNoTracking().Where(p => p.OwnerId == ownerId).ToListAsync();
        var incidentIds = plans.Select(p => p.IncidentId).Distinct().ToList();
        var incidents = await db.Incidents.AsNoTracking()
            .Where(i => i.OwnerId == ownerId && incidentIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id);
        var rows = plans.Where(p => incidents.ContainsKey(p.IncidentId)).Select(p => new TalkRow(p, incidents[p.IncidentId])).ToList();
        Ahead = [.. rows.Where(r => r.Plan.Status != TalkPlanStatus.Done)
            .OrderBy(r => r.Plan.ProposedTime is null).ThenBy(r => r.Plan.ProposedTime).ThenByDescending(r => r.Plan.UpdatedAt)];
        Past = [.. rows.Where(r => r.Plan.Status == TalkPlanStatus.Done).OrderByDescending(r => r.Plan.CompletedAt)];
        Zone = (await db.TimeZoneAsync(User)).Id;
    }
}
