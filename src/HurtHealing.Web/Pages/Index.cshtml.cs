using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Insights;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Encryption;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages;

[AllowAnonymous]
public class IndexModel(AppDbContext db, TimeProvider time, BlindIndex blindIndex) : PageModel
{
    public const int RecentCount = 5;

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<Incident> Recent { get; private set; } = [];

    /// <summary>The plan being prepared that the home page links straight to: a ready one first, then the soonest, then the latest touched.</summary>
    public TalkPlan? NextTalk { get; private set; }

    public string NextTalkZone { get; private set; } = TimeZones.Fallback;

    /// <summary>One gentle line about what is due (a promise past its date, a fresh hurt not looked at for two weeks), or none.</summary>
    public string? DueLine { get; private set; }

    /// <summary>The overall direction over the last weeks; none before anything is logged.</summary>
    public DirectionReading? Direction { get; private set; }

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
        var zone = await db.TimeZoneAsync(User);
        NextTalkZone = zone.Id;
        var now = time.GetUtcNow();
        var atPeace = await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Status), IncidentStatus.AtPeace);
        var due = await HealingQueries.DueAsync(db, ownerId, IncidentRules.TodayIn(zone, now), now, atPeace);
        DueLine = DueRules.HomeLine(due.PromisesDue, due.CheckInsDue);
        if (Recent.Count > 0)
        {
            Direction = HealingDirection.Read(await HealingQueries.DailyPointsAsync(db, ownerId, zone, now - HealingDirection.EarlierWindowStart, now), now);
        }
    }
}
