using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Journal;

/// <summary>Deleting one journal entry, after a plain question.</summary>
public partial class DeleteModel(AppDbContext db, ILogger<DeleteModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public string Text { get; private set; } = "";
    public DateTimeOffset WrittenAt { get; private set; }
    public string TimeZoneId { get; private set; } = TimeZones.Fallback;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ownerId = User.OwnerId();
        var entry = await db.JournalEntries.AsNoTracking().Where(j => j.OwnerId == ownerId && j.Id == id).FirstOrDefaultAsync();
        if (entry is null)
        {
            return NotFound();
        }
        (Text, WrittenAt) = (entry.Text, entry.WrittenAt);
        TimeZoneId = (await db.TimeZoneAsync(HttpContext)).Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var ownerId = User.OwnerId();
        var incident = await db.JournalEntries.Where(j => j.OwnerId == ownerId && j.Id == id).Select(j => new { j.IncidentId }).FirstOrDefaultAsync();
        if (incident is null || await db.JournalEntries.Where(j => j.OwnerId == ownerId && j.Id == id).ExecuteDeleteAsync() == 0)
        {
            return NotFound();
        }
        LogDeleted(logger, id);
        StatusMessage = "That entry is deleted.";
        return incident.IncidentId is { } incidentId ? RedirectToPage("/Incidents/Details", new { id = incidentId }) : RedirectToPage("./Index");
    }

    [LoggerMessage(EventId = LogEvents.JournalEntryDeleted, Level = LogLevel.Information, Message = "Journal entry {EntryId} deleted")]
    private static partial void LogDeleted(ILogger logger, Guid entryId);
}
