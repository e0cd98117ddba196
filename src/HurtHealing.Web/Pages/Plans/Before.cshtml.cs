using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>The one calm screen for the minutes before the talk: read-only, a card first, then the rest.</summary>
public class BeforeModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings) : PlanPage(db, time, safetyReadings)
{
    /// <summary>When the talk is, as the card shows it; null until a time is chosen.</summary>
    public string? TalkTime { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, tracking: false))
        {
            return NotFound();
        }
        // The incident's zone (already loaded) rather than another query for the account's: this screen
        // stays at the same few SQL commands whatever the plan holds. They differ only after a move.
        TalkTime = Plan.ProposedTime is { } at ? Display.MomentAtAGlance(at, Incident.TimeZoneId, Now) : null;
        return Page();
    }
}
