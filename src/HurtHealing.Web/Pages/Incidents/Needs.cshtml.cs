using FluentValidation;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>Needs change over days, so a new need is added beside the earlier ones rather than replacing them.</summary>
public partial class NeedsModel(AppDbContext db, TimeProvider time, ILogger<NeedsModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Incident Incident { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var incident = await LoadAsync(id, tracking: false);
        if (incident is null)
        {
            return NotFound();
        }
        Incident = incident;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var incident = await LoadAsync(id, tracking: true);
        if (incident is null)
        {
            return NotFound();
        }
        Incident = incident;
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        var need = incident.RecordNeed(Input.ParsedKind(), Input.ResolutionLooksLike, time.GetUtcNow());
        await db.SaveChangesAsync();
        LogAdded(logger, incident.Id, need.Id);
        StatusMessage = "Your need is saved. It's fine if it changes; add another whenever it does.";
        return RedirectToPage("./Details", new { id });
    }

    public Task<IActionResult> OnPostMetAsync(Guid id, Guid needId) => MarkAsync(id, needId, met: true);

    public Task<IActionResult> OnPostOpenAsync(Guid id, Guid needId) => MarkAsync(id, needId, met: false);

    private async Task<IActionResult> MarkAsync(Guid id, Guid needId, bool met)
    {
        var incident = await LoadAsync(id, tracking: true);
        if (incident?.Needs.Any(n => n.Id == needId) != true)
        {
            return NotFound();
        }
        var now = time.GetUtcNow();
        if (met)
        {
            incident.MarkNeedMet(needId, now);
        }
        else
        {
            incident.MarkNeedOpen(needId, now);
        }
        await db.SaveChangesAsync();
        LogMarked(logger, incident.Id, needId, met);
        StatusMessage = met ? "Marked as met." : "Marked as still open.";
        return RedirectToPage("./Details", new { id });
    }

    private Task<Incident?> LoadAsync(Guid id, bool tracking)
    {
        var ownerId = User.OwnerId();
        var query = db.Incidents.Where(i => i.OwnerId == ownerId && i.Id == id).Include(i => i.Needs).AsQueryable();
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync();
    }

    public sealed class InputModel
    {
        public string? Kind { get; set; }
        public string? ResolutionLooksLike { get; set; }

        // A method, not a property: MVC's validation reads every property of a bound model.
        public NeedKind ParsedKind() => NeedKinds.TryParse(Kind, out var kind) ? kind : throw new InvalidOperationException("Validate the input first.");
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Kind).Must(kind => NeedKinds.TryParse(kind, out _))
                .WithMessage("Please choose the need that fits best; \"Something else\" is fine too.");
            RuleFor(x => x.ResolutionLooksLike).Cascade(CascadeMode.Stop).FreeText(IncidentRules.MaxNeedText);
        }
    }

    [LoggerMessage(EventId = LogEvents.NeedAdded, Level = LogLevel.Information, Message = "Incident {IncidentId}: need {NeedId} added")]
    private static partial void LogAdded(ILogger logger, Guid incidentId, Guid needId);

    [LoggerMessage(EventId = LogEvents.NeedMarked, Level = LogLevel.Information, Message = "Incident {IncidentId}: need {NeedId} marked met={Met}")]
    private static partial void LogMarked(ILogger logger, Guid incidentId, Guid needId, bool met);
}
