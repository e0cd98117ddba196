using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>
/// What every plan page shares: the plan loaded for the signed-in person only (another person's id
/// answers 404 exactly like a random one), and its incident; and the plan's version, which every form
/// carries so that a save from an older page is answered with both versions instead of overwriting.
/// </summary>
public abstract class PlanPage(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings) : PageModel, IVersionedForm
{
    protected AppDbContext Db => db;
    protected DateTimeOffset Now => time.GetUtcNow();

    public TalkPlan Plan { get; private set; } = default!;

    private List<string> alsoWritten = [];
    public Incident Incident { get; private set; } = default!;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The plan's version when the form was loaded: posted back by the form, else the version loaded now.</summary>
    [BindProperty(Name = EditVersions.FormField)]
    public uint? Version { get; set; }

    /// <summary>Set when a save found a newer plan than the form's.</summary>
    public EditConflict? Conflict { get; private set; }

    /// <summary>
    /// Loads the plan (with its statements) and its incident, in one SQL command, and the other words written about the
    /// incident in a second; with the incident's feelings and needs, in five (plan, incident, one for each list, and the
    /// journal). False when the person has no such plan.
    /// </summary>
    protected async Task<bool> LoadAsync(Guid id, bool tracking, bool incidentChildren = false)
    {
        var ownerId = User.OwnerId();
        var plans = db.TalkPlans.Where(p => p.OwnerId == ownerId && p.Id == id).Include(p => p.Statements);
        TalkPlan? plan;
        Incident? incident;
        if (incidentChildren)
        {
            plan = await (tracking ? plans : plans.AsNoTracking()).FirstOrDefaultAsync();
            if (plan is null)
            {
                return false;
            }
            var incidentId = plan.IncidentId;
            var incidents = db.Incidents.Where(i => i.OwnerId == ownerId && i.Id == incidentId)
                .Include(i => i.Feelings).Include(i => i.Needs).AsSplitQuery();
            incident = await (tracking ? incidents : incidents.AsNoTracking()).FirstOrDefaultAsync();
        }
        else
        {
            var loaded = tracking
                ? await PlanAndIncident(db, ownerId, id).FirstOrDefaultAsync()
                : await PlanAndIncidentToRead.For(db)(db, ownerId, id);
            (plan, incident) = (loaded?.Plan, loaded?.Incident);
        }
        if (plan is null || incident is null)
        {
            return false;
        }
        (Plan, Incident) = (plan, incident);
        Version ??= plan.Version;
        // The rest of what the person wrote about this incident, so a fear told only in the journal or in a feeling
        // still puts safety before the talk on every plan page (read once per text; see SafetyReadings).
        var incidentKey = incident.Id;
        // Without the incident's children loaded, its feeling words come in the same command (UNION ALL).
        alsoWritten = incidentChildren
            ? await db.JournalEntries.AsNoTracking()
                .Where(j => j.OwnerId == ownerId && j.IncidentId == incidentKey).Select(j => j.Text).ToListAsync()
            : await JournalAndFeelingWords.For(db)(db, ownerId, incidentKey).ToListAsync(HttpContext.RequestAborted);
        return true;
    }

    // An inner join on the incident's key: a correlated FirstOrDefault here became a window over every incident of the person.
    private static IQueryable<PlanWithIncident> PlanAndIncident(AppDbContext db, string ownerId, Guid id) =>
        db.TalkPlans.Where(p => p.OwnerId == ownerId && p.Id == id).Include(p => p.Statements)
            .Join(db.Incidents.Where(i => i.OwnerId == ownerId), p => p.IncidentId, i => i.Id, (p, i) => new PlanWithIncident(p, i));

    // Every plan page's GET reads this way, so it is compiled (see PerModel).
    private static readonly PerModel<Func<AppDbContext, string, Guid, Task<PlanWithIncident?>>> PlanAndIncidentToRead = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string ownerId, Guid id) =>
            db.TalkPlans.AsNoTracking().Where(p => p.OwnerId == ownerId && p.Id == id).Include(p => p.Statements)
                .Join(db.Incidents.AsNoTracking().Where(i => i.OwnerId == ownerId), p => p.IncidentId, i => i.Id, (p, i) => new PlanWithIncident(p, i))
                .FirstOrDefault()));

    private static readonly PerModel<Func<AppDbContext, string, Guid, IAsyncEnumerable<string>>> JournalAndFeelingWords = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string ownerId, Guid incidentId) =>
            db.JournalEntries.AsNoTracking().Where(j => j.OwnerId == ownerId && j.IncidentId == incidentId).Select(j => j.Text)
                .Concat(db.FeelingRecords.AsNoTracking().Where(f => f.OwnerId == ownerId && f.IncidentId == incidentId).Select(f => f.Word))));

    private sealed record PlanWithIncident(TalkPlan Plan, Incident Incident);

    /// <summary>Saves, unless the plan changed since the form was loaded; then nothing is written and this is false.</summary>
    protected Task<bool> TrySaveAsync() => Db.TrySaveAsync(Plan, Version, HttpContext.RequestAborted);

    /// <summary>
    /// The answer to a stale save: the page again, with the plan as stored now beside what the person posted
    /// (<paramref name="parts"/>, read after the reload), and the newer version in the form so "keep mine" saves.
    /// </summary>
    protected async Task<IActionResult> ConflictAsync(Guid id, bool incidentChildren, Func<IReadOnlyList<ConflictPart>> parts, string? keepTheirsUrl = null)
    {
        Version = null;
        if (!await LoadAsync(id, tracking: false, incidentChildren))
        {
            return NotFound();
        }
        Conflict = new EditConflict(parts(), keepTheirsUrl ?? Request.PathBase + Request.Path);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
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
    protected Task<TimeZoneInfo> PersonZoneAsync() => db.TimeZoneAsync(HttpContext, Incident.TimeZoneId);

    public ReadinessResult Readiness => Plan.EvaluateReadiness(Incident.Moment, Now);

    /// <summary>
    /// The safety note for this plan: "no" or "not sure" to feeling safe (after the talk, then before it) comes first, then any signal in
    /// anything written about the incident: the incident, its feelings, its journal entries and this plan's own words.
    /// </summary>
    public SafetyNote? Safety =>
        Plan.FeltSafe is ReadinessAnswer.No or ReadinessAnswer.NotSure ? new SafetyNote(SafetyNotes.FeltUnsafeInTalk, TalkStepsAside: true)
        : Plan.Readiness.FeelSafe is ReadinessAnswer.No or ReadinessAnswer.NotSure ? new SafetyNote(SafetyNotes.NotSureOfSafety, TalkStepsAside: true)
        : SafetyNotes.ForIncident(safetyReadings.KindsIn([.. SafetyReading.TextsOf(Incident, [], [Plan]), .. alsoWritten]), Incident.Category, Incident.Status);
}
