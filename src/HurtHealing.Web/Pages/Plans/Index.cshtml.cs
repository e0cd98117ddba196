using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>One plan at a glance: the steps, where it stands, and the way to the calm screen and the outcome.</summary>
public partial class IndexModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings, ILogger<IndexModel> logger) : PlanPage(db, time, safetyReadings)
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, tracking: false))
        {
            return NotFound();
        }
        Zone = await PersonZoneAsync();
        return Page();
    }

    public Task<IActionResult> OnPostReadyAsync(Guid id) => SetStatusAsync(id, ready: true);

    public Task<IActionResult> OnPostDraftAsync(Guid id) => SetStatusAsync(id, ready: false);

    private async Task<IActionResult> SetStatusAsync(Guid id, bool ready)
    {
        if (await LoadForChangeAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }
        if (ready)
        {
            Plan.MarkReady(Now);
        }
        else
        {
            Plan.ReturnToDraft(Now);
        }
        await Db.SaveChangesAsync();
        LogStatus(logger, Plan.Id, Plan.Status);
        StatusMessage = ready ? "Your plan is marked ready. It's waiting for you on your home page." : "Back to a draft. Change anything you like.";
        return RedirectToPage("./Index", new { id });
    }

    [LoggerMessage(EventId = LogEvents.PlanStatusChanged, Level = LogLevel.Information, Message = "Talk plan {PlanId}: status {Status}")]
    private static partial void LogStatus(ILogger logger, Guid planId, TalkPlanStatus status);
}
