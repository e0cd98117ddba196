using FluentValidation;
using HurtHealing.Domain.Journal;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Journal;

/// <summary>Changing what a journal entry says (and its feeling window). When it was written stays.</summary>
public partial class EditModel(AppDbContext db, TimeProvider time, ILogger<EditModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public WriteModel.InputModel Input { get; set; } = new();

    public JournalEntry Entry { get; private set; } = default!;

    public string TimeZoneId { get; private set; } = TimeZones.Fallback;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var entry = await LoadAsync(id);
        if (entry is null)
        {
            return NotFound();
        }
        Entry = entry;
        Input = new WriteModel.InputModel { Text = entry.Text, FeelingWindowMinutes = entry.FeelingWindowMinutes };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var entry = await LoadAsync(id);
        if (entry is null)
        {
            return NotFound();
        }
        Entry = entry;
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        entry.Edit(Input.Text!, entry.IncidentId, Input.FeelingWindowMinutes, time.GetUtcNow());
        await db.SaveChangesAsync();
        LogEdited(logger, entry.Id);
        StatusMessage = "Saved.";
        return entry.IncidentId is { } incident ? RedirectToPage("/Incidents/Details", new { id = incident }) : RedirectToPage("./Index");
    }

    private async Task<JournalEntry?> LoadAsync(Guid id)
    {
        var ownerId = User.OwnerId();
        var entry = await db.JournalEntries.Where(j => j.OwnerId == ownerId && j.Id == id).FirstOrDefaultAsync();
        if (entry is not null)
        {
            TimeZoneId = (await db.TimeZoneAsync(HttpContext)).Id;
        }
        return entry;
    }

    [LoggerMessage(EventId = LogEvents.JournalEntryEdited, Level = LogLevel.Information, Message = "Journal entry {EntryId} edited")]
    private static partial void LogEdited(ILogger logger, Guid entryId);
}
