using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>The one calm screen for the minutes before the talk: read-only, a card first, then the rest.</summary>
public class BeforeModel(AppDbContext db, TimeProvider time) : PlanPage(db, time)
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, tracking: false))
        {
            return NotFound();
        }
        if (Plan.ProposedTime is not null)
        {
            Zone = await PersonZoneAsync();
        }
        return Page();
    }
}
