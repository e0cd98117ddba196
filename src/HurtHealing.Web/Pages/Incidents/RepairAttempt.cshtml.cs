using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>One repair attempt: how its promise went (one tap), and whether it was acknowledged.</summary>
public partial class RepairAttemptModel(AppDbContext db, TimeProvider time, ILogger<RepairAttemptModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Incident Incident { get; private set; } = default!;

    public RepairAttempt Attempt { get; private set; } = default!;

    [BindProperty]
    public string? HowAcknowledged { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid attemptId) =>
        await LoadAsync(id, attemptId, tracking: false) ? Page() : NotFound();

    /// <summary>One tap: kept, partly kept, not kept, or back to waiting. The same answer twice changes nothing.</summary>
    public async Task<IActionResult> OnPostFollowThroughAsync(Guid id, Guid attemptId, string? status)
    {
        if (!await LoadAsync(id, attemptId, tracking: true))
        {
            return NotFound();
        }
        if (Attempt.Promise is null)
        {
            ModelState.AddModelError("status", "This repair attempt carries no promise.");
            return this.InvalidInput();
        }
        if (!PromiseFollowThroughs.TryParse(status, out var followThrough))
        {
            ModelState.AddModelError("status", "Please choose how the promise went.");
            return this.InvalidInput();
        }
        var now = time.GetUtcNow();
        // A follow-through can't be dated before the last one; a clock that stepped back a little waits for it.
        var at = now < Attempt.Promise.StatusChangedAt ? Attempt.Promise.StatusChangedAt : now;
        if (Attempt.RecordFollowThrough(followThrough, at))
        {
            await db.SaveChangesAsync();
            LogFollowThrough(logger, Attempt.Promise.Id, (int)followThrough);
        }
        StatusMessage = followThrough switch
        {
            PromiseFollowThrough.Kept => "Marked as kept. Promises that hold are how trust grows back.",
            PromiseFollowThrough.PartlyKept => "Marked as partly kept. Partly is a real answer.",
            PromiseFollowThrough.Broken => "Marked as not kept. It makes sense if that weighs on you; it's noted honestly, and it's yours to decide what it means.",
            _ => "Marked as waiting to see.",
        };
        return RedirectToPage("./Details", null, new { id }, $"repair-{attemptId}");
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, Guid attemptId)
    {
        if (!await LoadAsync(id, attemptId, tracking: true))
        {
            return NotFound();
        }
        if (!TextRules.HasOnlyStorableCharacters(HowAcknowledged))
        {
            ModelState.AddModelError(nameof(HowAcknowledged), TextRules.UnstorableCharacterMessage);
        }
        else if (TextRules.CountedLength(HowAcknowledged) > RepairRules.MaxHowAcknowledged)
        {
            ModelState.AddModelError(nameof(HowAcknowledged), $"Please keep this to {RepairRules.MaxHowAcknowledged} characters or fewer.");
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        Attempt.Acknowledge(TextRules.CountedLength(HowAcknowledged) > 0 ? HowAcknowledged : null, time.GetUtcNow());
        await db.SaveChangesAsync();
        LogAcknowledged(logger, Attempt.Id);
        StatusMessage = "Noted as acknowledged.";
        return RedirectToPage("./Details", null, new { id }, $"repair-{attemptId}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid attemptId, bool tracking)
    {
        var ownerId = User.OwnerId();
        var incident = await db.OwnIncidentAsync(ownerId, id);
        if (incident is null)
        {
            return false;
        }
        var attempts = db.RepairAttempts.Where(r => r.OwnerId == ownerId && r.IncidentId == id && r.Id == attemptId)
            .Include(r => r.Promise).ThenInclude(p => p!.Changes);
        var attempt = await (tracking ? attempts : attempts.AsNoTracking()).FirstOrDefaultAsync();
        if (attempt is null)
        {
            return false;
        }
        (Incident, Attempt) = (incident, attempt);
        return true;
    }

    [LoggerMessage(EventId = LogEvents.PromiseFollowThroughRecorded, Level = LogLevel.Information, Message = "Promise {PromiseId} follow-through set to {Status}")]
    private static partial void LogFollowThrough(ILogger logger, Guid promiseId, int status);

    [LoggerMessage(EventId = LogEvents.RepairAttemptAcknowledged, Level = LogLevel.Information, Message = "Repair attempt {AttemptId} acknowledged")]
    private static partial void LogAcknowledged(ILogger logger, Guid attemptId);
}
