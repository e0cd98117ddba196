using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
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

    /// <summary>The plan being prepared that the home page links straight to: a ready one first, then the soonest, then the latest touched.</summary>
    public TalkPlan? NextTalk { get; private set; }

    public string NextTalkZone { get; private set; } = TimeZones.Fallback;

    /// <summary>Nothing written yet (no incident, plan or journal entry): "Welcome back" would be wrong.</summary>
    public bool IsNew { get; private set; }

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
        NextTalk = await db.TalkPlans.AsNoTracking()
            .Where(p => p.OwnerId == ownerId && p.IsCurrent && p.Status != TalkPlanStatus.Done)
            .OrderByDescending(p => p.Status == TalkPlanStatus.Ready)
            .ThenBy(p => p.ProposedTime == null).ThenBy(p => p.ProposedTime)
            .ThenByDescending(p => p.UpdatedAt)
            .FirstOrDefaultAsync();
        IsNew = Recent.Count == 0 && NextTalk is null
            && !await db.JournalEntries.AnyAsync(e => e.OwnerId == ownerId)
            && !await db.TalkPlans.AnyAsync(p => p.OwnerId == ownerId);
        if (NextTalk?.ProposedTime is not null)
        {
            NextTalkZone = (await db.TimeZoneAsync(User)).Id;
        }
    }
}
