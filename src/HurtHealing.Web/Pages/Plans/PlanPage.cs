using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Talks;
using HurtHealing.Web.Data;
using HurtHealing.Web.Pages.Incidents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>
/// What every plan page shares: the plan loaded for the signed-in person only (another person's id
/// answers 404 exactly like a random one), and its incident.
/// </summary>
public abstract class PlanPage(AppDbContext db, TimeProvider time) : PageModel
{
    protected AppDbContext Db => db;
    protected DateTimeOffset Now => time.GetUtcNow();

    public TalkPlan Plan { get; private set; } = default!;
    public Incident Incident { get; private set; } = default!;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Loads the plan (with its statements) and its incident; false when the person has no such plan.</summary>
    protected async Task<bool> LoadAsync(Guid id, bool tracking, bool incidentChildren = false)
    {
        var ownerId = User.OwnerId();
        var plans = db.TalkPlans.Where(p => p.OwnerId == ownerId && p.Id == id).Include(p => p.Statements);
        var plan = await (tracking ? plans : plans.AsNoTracking()).FirstOrDefaultAsync();
        if (plan is null)
        {
            return false;
        }
        var incidents = db.Incidents.Where(i => i.OwnerId == ownerId && i.Id == plan.IncidentId);
        if (incidentChildren)
        {
            incidents = incidents.Include(i => i.Feelings).Include(i => i.Needs).AsSplitQuery();
        }
        var incident = await (tracking ? incidents : incidents.AsNoTracking()).FirstOrDefaultAsync();
        if (incident is null)
        {
            return false;
        }
        (Plan, Incident) = (plan, incident);
        return true;
    }

    /// <summary>A talk that has happened keeps its plan as it was; preparation pages send the person to the plan instead.</summary>
    protected IActionResult? RefuseIfDone()
    {
        if (Plan.Status != TalkPlanStatus.Done)
        {
            return null;
        }
        StatusMessage = "This talk has happened, so its plan is kept as it was. You can start a new plan from the incident.";
        return RedirectToPage("/Plans/Index", new { id = Plan.Id });
    }

    /// <summary>The person's own time zone, else the incident's.</summary>
    protected async Task<TimeZoneInfo> PersonZoneAsync()
    {
        var ownerId = User.OwnerId();
        var saved = await db.Users.Where(u => u.Id == ownerId).Select(u => u.TimeZoneId).FirstOrDefaultAsync();
        return TimeZones.Resolve(saved, Incident.TimeZoneId);
    }

    public ReadinessResult Readiness => Plan.EvaluateReadiness(PlanText.IncidentMoment(Incident), Now);
}
