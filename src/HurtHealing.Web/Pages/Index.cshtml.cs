using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Pages.Incidents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages;

[AllowAnonymous]
public class IndexModel(AppDbContext db) : PageModel
{
    public const int RecentCount = 5;

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<Incident> Recent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        var ownerId = User.OwnerId();
        Recent = await db.Incidents.AsNoTracking()
            .Where(i => i.OwnerId == ownerId)
            .OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.CreatedAt)
            .Take(RecentCount)
            .ToListAsync();
    }
}
