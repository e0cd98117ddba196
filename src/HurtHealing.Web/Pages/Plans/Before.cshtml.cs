using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>The one calm screen for the minutes before the talk: read-only, two queries whatever the plan holds.</summary>
public class BeforeModel(AppDbContext db, TimeProvider time) : PlanPage(db, time)
{
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadAsync(id, tracking: false) ? Page() : NotFound();
}
