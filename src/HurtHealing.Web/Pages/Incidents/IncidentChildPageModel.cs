using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>
/// What every page under one incident repeats: the signed-in person's incident (404 when it is not theirs), its
/// day and zone, a save that a repeated post of the same form answers with the first record, and, for the pages
/// that put a record right, the version the form was loaded with and a conflict when it changed elsewhere.
/// </summary>
public abstract class IncidentChildPageModel(AppDbContext db, TimeProvider time) : PageModel, IVersionedForm
{
    protected AppDbContext Db { get; } = db;
    protected TimeProvider Time { get; } = time;

    [TempData]
    public string? StatusMessage { get; set; }

    public Incident Incident { get; protected set; } = default!;

    /// <summary>The record's version when the form was loaded, so a save from an older page can't replace a newer one.</summary>
    [BindProperty(Name = EditVersions.FormField)]
    public uint? Version { get; set; }

    public EditConflict? Conflict { get; protected set; }

    public TimeZoneInfo Zone => TimeZones.Resolve(Incident.TimeZoneId);

    /// <summary>Today in the incident's zone, as a date input wants it.</summary>
    public string Today => DateInput.Format(IncidentRules.TodayIn(Zone, Time.GetUtcNow()));

    /// <summary>Loads the signed-in person's incident; false when it is not theirs or not there.</summary>
    protected async Task<bool> LoadIncidentAsync(Guid id)
    {
        var incident = await Db.OwnIncidentAsync(User.OwnerId(), id);
        if (incident is null)
        {
            return false;
        }
        Incident = incident;
        return true;
    }

    /// <summary>
    /// Saves a new record made from a form with an idempotency key. When another post of the same form got there
    /// first, answers the id <paramref name="findByKey"/> finds instead, and nothing is saved twice.
    /// </summary>
    protected async Task<Guid?> SaveOnceAsync(Func<Task<Guid?>> findByKey, string what)
    {
        try
        {
            await Db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            Db.ChangeTracker.Clear();
            return await findByKey() ?? throw new InvalidOperationException($"A unique violation without a matching {what}.", e);
        }
    }

    /// <summary>The stored version of a record loaded by this request.</summary>
    protected uint VersionOf(object entity) => (uint)Db.Entry(entity).Property(EditVersions.PropertyName).CurrentValue!;

    /// <summary>Saves a change only if the record still has the version the form was loaded with.</summary>
    protected Task<bool> TrySaveAsync(object entity) => Db.TrySaveAsync(entity, Version, HttpContext.RequestAborted);

    /// <summary>Shows the form again beside what is stored now (answering 409), so the person chooses which to keep.</summary>
    protected PageResult ShowConflict(IReadOnlyList<ConflictPart> parts, uint storedVersion, string keepTheirsUrl)
    {
        Version = storedVersion;
        Conflict = new EditConflict(parts, keepTheirsUrl);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Back to the incident's page, at the record.</summary>
    protected RedirectToPageResult BackTo(Guid id, string fragment) => RedirectToPage("./Details", null, new { id }, fragment);
}
