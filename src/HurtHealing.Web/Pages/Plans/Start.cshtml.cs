using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Opens the incident's current plan if one is still being prepared, else starts a new one.</summary>
public partial class StartModel(AppDbContext db, TimeProvider time, ILogger<StartModel> logger) : PageModel
{
    public Incident Incident { get; private set; } = default!;
    public TalkPlan? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid incidentId)
    {
        var ownerId = User.OwnerId();
        var incident = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.OwnerId == ownerId && i.Id == incidentId);
        if (incident is null)
        {
            return NotFound();
        }
        Incident = incident;
        Current = await db.TalkPlans.AsNoTracking()
            .FirstOrDefaultAsync(p => p.OwnerId == ownerId && p.IncidentId == incidentId && p.IsCurrent);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid incidentId)
    {
        var ownerId = User.OwnerId();
        var exists = await db.Incidents.AnyAsync(i => i.OwnerId == ownerId && i.Id == incidentId);
        if (!exists)
        {
            return NotFound();
        }
        var plans = await db.TalkPlans.Where(p => p.OwnerId == ownerId && p.IncidentId == incidentId).ToListAsync();
        var current = plans.FirstOrDefault(p => p.IsCurrent);
        if (current is { Status: not TalkPlanStatus.Done })
        {
            return RedirectToPage("./Index", new { id = current.Id });
        }

        var now = time.GetUtcNow();
        var created = TalkPlan.Create(ownerId, incidentId, now);
        TalkPlan.ChooseCurrent([.. plans, created], created, now);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // The old plan is saved aside before the new one is added: the database allows one current plan per incident.
        await db.SaveChangesAsync();
        db.TalkPlans.Add(created);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        LogStarted(logger, incidentId, created.Id);
        return RedirectToPage("./Readiness", new { id = created.Id });
    }

    [LoggerMessage(EventId = LogEvents.PlanStarted, Level = LogLevel.Information, Message = "Incident {IncidentId}: talk plan {PlanId} started")]
    private static partial void LogStarted(ILogger logger, Guid incidentId, Guid planId);
}
