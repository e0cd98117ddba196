using FluentValidation;
using HurtHealing.Domain.Journal;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Journal;

/// <summary>Free writing, alone or about one incident, optionally inside a feeling window. It saves the same way either way.</summary>
public partial class WriteModel(AppDbContext db, TimeProvider time, ILogger<WriteModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>From the query string only: the incident this entry is about, checked against the owner on every request.</summary>
    [BindProperty(SupportsGet = true, Name = "incident")]
    public Guid? IncidentId { get; set; }

    public string? IncidentTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadIncidentAsync())
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadIncidentAsync())
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }

        var now = time.GetUtcNow();
        var entry = JournalEntry.Create(User.OwnerId(), Input.Text!, now, IncidentId, Input.FeelingWindowMinutes, now);
        db.JournalEntries.Add(entry);
        await db.SaveChangesAsync();
        LogWritten(logger, entry.Id, IncidentId);
        StatusMessage = "Saved. Thank you for giving this some room.";
        return IncidentId is { } id ? RedirectToPage("/Incidents/Details", new { id }) : RedirectToPage("./Index");
    }

    /// <summary>False when the incident in the address is malformed or not this person's: both answer 404.</summary>
    private async Task<bool> LoadIncidentAsync()
    {
        if (ModelState.TryGetValue("incident", out var entry) && entry.Errors.Count > 0)
        {
            return false;
        }
        if (IncidentId is not { } id)
        {
            return true;
        }
        var ownerId = User.OwnerId();
        var incident = await db.Incidents.AsNoTracking()
            .Where(i => i.OwnerId == ownerId && i.Id == id)
            .FirstOrDefaultAsync();
        IncidentTitle = incident?.DisplayTitle;
        return incident is not null;
    }

    public sealed class InputModel
    {
        public string? Text { get; set; }
        public int? FeelingWindowMinutes { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Text).Cascade(CascadeMode.Stop)
                .RequiredText(JournalRules.MaxText, "Please write something first, even a few words.");
            RuleFor(x => x.FeelingWindowMinutes).Must(JournalRules.IsFeelingWindowAllowed)
                .WithMessage("Please choose 5, 10, 15 or 20 minutes, or no window.");
        }
    }

    [LoggerMessage(EventId = LogEvents.JournalEntryWritten, Level = LogLevel.Information, Message = "Journal entry {EntryId} written (incident {IncidentId})")]
    private static partial void LogWritten(ILogger logger, Guid entryId, Guid? incidentId);
}
