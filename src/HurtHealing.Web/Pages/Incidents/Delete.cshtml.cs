using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

public partial class DeleteModel(AppDbContext db, ILogger<DeleteModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public string DisplayTitle { get; private set; } = "";
    public int FeelingCount { get; private set; }
    public int NeedCount { get; private set; }
    public int JournalCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ownerId = User.OwnerId();
        var incident = await db.Incidents.AsNoTracking()
            .Where(i => i.OwnerId == ownerId && i.Id == id)
            .Include(i => i.Feelings).Include(i => i.Needs).AsSplitQuery()
            .FirstOrDefaultAsync();
        if (incident is null)
        {
            return NotFound();
        }
        DisplayTitle = incident.DisplayTitle;
        FeelingCount = incident.Feelings.Count;
        NeedCount = incident.Needs.Count;
        JournalCount = await db.JournalEntries.CountAsync(j => j.OwnerId == ownerId && j.IncidentId == id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var ownerId = User.OwnerId();
        // One statement; the database's cascades remove its feelings, needs and journal entries with it.
        var deleted = await db.Incidents.Where(i => i.OwnerId == ownerId && i.Id == id).ExecuteDeleteAsync();
        if (deleted == 0)
        {
            return NotFound();
        }
        LogDeleted(logger, id);
        StatusMessage = "Deleted, with everything that was under it.";
        return RedirectToPage("./Index");
    }

    [LoggerMessage(EventId = LogEvents.IncidentDeleted, Level = LogLevel.Information, Message = "Incident {IncidentId} deleted")]
    private static partial void LogDeleted(ILogger logger, Guid incidentId);
}
