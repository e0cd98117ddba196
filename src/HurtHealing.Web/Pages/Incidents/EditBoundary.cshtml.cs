using HurtHealing.Domain.Boundaries;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>Rewords a boundary; when it was set and every crossing stay as they were.</summary>
public partial class EditBoundaryModel(AppDbContext db, TimeProvider time, ILogger<EditBoundaryModel> logger) : IncidentChildPageModel(db, time)
{
    [BindProperty]
    public BoundariesModel.InputModel Input { get; set; } = new();

    public Boundary Boundary { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid boundaryId)
    {
        if (!await LoadAsync(id, boundaryId))
        {
            return NotFound();
        }
        Version = VersionOf(Boundary);
        Input = FormOf(Boundary);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid boundaryId)
    {
        if (!await LoadAsync(id, boundaryId))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        Boundary.Reword(Input.WhatIWillNotAccept!, TextRules.CountedLength(Input.WhatIWillDo) > 0 ? Input.WhatIWillDo : null, Time.GetUtcNow());
        if (!await TrySaveAsync(Boundary))
        {
            if (!await LoadAsync(id, boundaryId))
            {
                return NotFound();
            }
            var theirs = FormOf(Boundary);
            return ShowConflict(
            [
                new ConflictPart(BoundaryRules.WhatIWillNotAcceptPrompt, theirs.WhatIWillNotAccept, Input.WhatIWillNotAccept),
                new ConflictPart(BoundaryRules.WhatIWillDoPrompt, theirs.WhatIWillDo, Input.WhatIWillDo),
            ], VersionOf(Boundary), Url.Page("./EditBoundary", new { id, boundaryId })!);
        }
        LogReworded(logger, Boundary.Id);
        StatusMessage = "Your boundary is saved.";
        return BackTo(id, $"boundary-{boundaryId}");
    }

    private static BoundariesModel.InputModel FormOf(Boundary boundary) => new()
    {
        IdempotencyKey = boundary.IdempotencyKey,
        WhatIWillNotAccept = boundary.WhatIWillNotAccept,
        WhatIWillDo = boundary.WhatIWillDo,
    };

    private async Task<bool> LoadAsync(Guid id, Guid boundaryId)
    {
        if (!await LoadIncidentAsync(id))
        {
            return false;
        }
        var ownerId = User.OwnerId();
        var boundary = await Db.Boundaries.Where(b => b.OwnerId == ownerId && b.IncidentId == id && b.Id == boundaryId).FirstOrDefaultAsync();
        if (boundary is null)
        {
            return false;
        }
        Boundary = boundary;
        return true;
    }

    [LoggerMessage(EventId = LogEvents.BoundaryReworded, Level = LogLevel.Information, Message = "Boundary {BoundaryId} reworded")]
    private static partial void LogReworded(ILogger logger, Guid boundaryId);
}
