using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
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

    /// <summary>
    /// Loads the plan for a preparation step. Answers null when the step may go on, else what to answer
    /// instead: 404 when the person has no such plan, or back to the plan when its talk has happened
    /// (its plan is kept as it was).
    /// </summary>
    protected async Task<IActionResult?> LoadForChangeAsync(Guid id, bool tracking, bool incidentChildren = false)
    {
        if (!await LoadAsync(id, tracking, incidentChildren))
        {
            return NotFound();
        }
        if (Plan.Status != TalkPlanStatus.Done)
        {
            return null;
        }
        StatusMessage = "This talk has happened, so its plan is kept as it was. You can start a new plan from the incident.";
        return RedirectToPage("/Plans/Index", new { id = Plan.Id });
    }

    /// <summary>The step after this page, from the one list of steps.</summary>
    protected RedirectToPageResult NextStep() =>
        RedirectToPage("./" + PlanSteps.After(PageName), new { id = Plan.Id });

    /// <summary>This page's name within the folder, e.g. "Need".</summary>
    protected string PageName => PageContext.ActionDescriptor.ViewEnginePath.Split('/')[^1];

    /// <summary>The person's own time zone, else the incident's.</summary>
    protected Task<TimeZoneInfo> PersonZoneAsync() => db.TimeZoneAsync(User, Incident.TimeZoneId);

    public ReadinessResult Readiness => Plan.EvaluateReadiness(Incident.Moment, Now);
}
