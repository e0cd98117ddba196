using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>Deleting one need, after a plain question.</summary>
public partial class NeedDeleteModel(AppDbContext db, TimeProvider time, ILogger<NeedDeleteModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Incident Incident { get; private set; } = default!;
    public NeedRecord Need { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid needId) =>
        await LoadAsync(id, needId, tracking: false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid needId)
    {
        if (!await LoadAsync(id, needId, tracking: true))
        {
            return NotFound();
        }
        Incident.RemoveNeed(needId, time.GetUtcNow());
        await db.SaveChangesAsync();
        LogRemoved(logger, id, needId);
        StatusMessage = "That need is deleted.";
        return RedirectToPage("./Needs", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid needId, bool tracking)
    {
        var ownerId = User.OwnerId();
        var query = db.Incidents.Where(i => i.OwnerId == ownerId && i.Id == id).Include(i => i.Needs);
        var incident = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync();
        if (incident?.Needs.FirstOrDefault(n => n.Id == needId) is not { } need)
        {
            return false;
        }
        (Incident, Need) = (incident, need);
        return true;
    }

    [LoggerMessage(EventId = LogEvents.NeedRemoved, Level = LogLevel.Information, Message = "Incident {IncidentId}: need {NeedId} deleted")]
    private static partial void LogRemoved(ILogger logger, Guid incidentId, Guid needId);
}
