using FluentValidation;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>Re-rating adds new records; the earlier ones stay, because together they show the healing.</summary>
public partial class FeelingsModel(AppDbContext db, TimeProvider time, ILogger<FeelingsModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Title { get; private set; } = "";
    public IReadOnlyList<BlameWord> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var incident = await LoadAsync(id);
        if (incident is null)
        {
            return NotFound();
        }
        Title = incident.DisplayTitle;
        Input = new InputModel();
        foreach (var feeling in incident.LatestFeelings)
        {
            Input.Feelings.Chosen.Add(feeling.Word);
            Input.Feelings.Intensity[feeling.Word] = feeling.Intensity;
        }
        // Read from the stored feelings, never from the address: no feeling word ever appears in a URL.
        Suggestions = [.. incident.LatestFeelings.Select(f => BlameWords.TryGetUnderlying(f.Word, out var blame) ? blame : null).OfType<BlameWord>()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var incident = await LoadAsync(id, tracking: true);
        if (incident is null)
        {
            return NotFound();
        }
        Title = incident.DisplayTitle;
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        var ratings = Input.Feelings.ToRatings();
        if (ratings.Count == 0)
        {
            ModelState.AddModelError("Input.Feelings.Chosen", "Please pick at least one feeling to rate.");
            ModelState.ScrubNul();
            return this.InvalidInput();
        }

        var records = incident.RecordFeelings([.. ratings], time.GetUtcNow());
        // The records are new rows; the incident row only gets its updated time.
        await db.SaveChangesAsync();
        LogRated(logger, incident.Id, records.Count);
        StatusMessage = "Saved. Each rating is kept, so you can see how this changes over time.";
        return RedirectToPage("./Details", new { id });
    }

    private Task<Incident?> LoadAsync(Guid id, bool tracking = false)
    {
        var ownerId = User.OwnerId();
        var query = db.Incidents.Where(i => i.OwnerId == ownerId && i.Id == id).Include(i => i.Feelings).AsQueryable();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync();
    }

    public sealed class InputModel
    {
        public FeelingsInput Feelings { get; set; } = new();
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Feelings).SetValidator(new FeelingsInput.Validator());
        }
    }

    [LoggerMessage(EventId = LogEvents.FeelingsRated, Level = LogLevel.Information, Message = "Incident {IncidentId}: {Count} feelings rated")]
    private static partial void LogRated(ILogger logger, Guid incidentId, int count);
}
