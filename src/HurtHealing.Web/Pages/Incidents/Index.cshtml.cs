using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Encryption;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

public class IndexModel(AppDbContext db, BlindIndex blindIndex) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<Incident> Incidents { get; private set; } = [];
    public IncidentCategory? Category { get; private set; }
    public IncidentStatus? Status { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public bool HasOlder { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Unknown filter values are ignored rather than refused: it's a list, not a form that saves.</summary>
    public async Task OnGetAsync(string? category, string? status, int? p)
    {
        Category = IncidentCategories.TryParse(category, out var c) ? c : null;
        Status = IncidentStatuses.TryParse(status, out var s) ? s : null;
        PageNumber = Math.Clamp(p ?? 1, 1, 100_000);

        var ownerId = User.OwnerId();
        var query = db.Incidents.AsNoTracking().Where(i => i.OwnerId == ownerId);
        // Kind and status are encrypted; their blind indexes let SQL filter (and so page) without decrypting.
        if (Category is { } categoryFilter)
        {
            query = query.WhereBlindIndexIs(nameof(Incident.Category),
                await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Category), categoryFilter, HttpContext.RequestAborted));
        }
        if (Status is { } statusFilter)
        {
            query = query.WhereBlindIndexIs(nameof(Incident.Status),
                await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Status), statusFilter, HttpContext.RequestAborted));
        }

        // One query: a page plus one extra row tells whether there is an older page.
        var rows = await query.OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.CreatedAt)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync();
        HasOlder = rows.Count > PageSize;
        Incidents = [.. rows.Take(PageSize)];
    }

    public string? PageUrl(int page) => Url.Page("./Index", new { category = Category?.ToString(), status = Status?.ToString(), p = page });
}
