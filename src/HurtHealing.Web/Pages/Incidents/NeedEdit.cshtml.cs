using FluentValidation;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>
/// The wording of one need (what it would look like if it were met). The kind and the day it was named stay: a need
/// that has changed is a new need beside the old one, but a clumsy sentence can be put right.
/// </summary>
public partial class NeedEditModel(AppDbContext db, TimeProvider time, ILogger<NeedEditModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Incident Incident { get; private set; } = default!;
    public NeedRecord Need { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid needId)
    {
        if (!await LoadAsync(id, needId, tracking: false))
        {
            return NotFound();
        }
        Input = new InputModel { ResolutionLooksLike = Need.ResolutionLooksLike };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid needId)
    {
        if (!await LoadAsync(id, needId, tracking: true))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        Incident.RewordNeed(needId, Input.ResolutionLooksLike, time.GetUtcNow());
        await db.SaveChangesAsync();
        LogReworded(logger, id, needId);
        StatusMessage = "The need's wording is saved.";
        return RedirectToPage("./Needs", new { id });
    }

    internal async Task<bool> LoadAsync(Guid id, Guid needId, bool tracking)
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

    public sealed class InputModel
    {
        public string? ResolutionLooksLike { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator() => RuleFor(x => x.ResolutionLooksLike).Cascade(CascadeMode.Stop).FreeText(IncidentRules.MaxNeedText);
    }

    [LoggerMessage(EventId = LogEvents.NeedReworded, Level = LogLevel.Information, Message = "Incident {IncidentId}: need {NeedId} reworded")]
    private static partial void LogReworded(ILogger logger, Guid incidentId, Guid needId);
}
