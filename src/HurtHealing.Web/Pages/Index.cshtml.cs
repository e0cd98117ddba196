using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Insights;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Pages.Incidents;
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

    public IReadOnlyList<IncidentSummary> Recent { get; private set; } = [];

    /// <summary>The plan being prepared that the home page links straight to: a ready one first, then the soonest, then the latest touched.</summary>
    public NextTalkView? NextTalk { get; private set; }

    public string NextTalkZone { get; private set; } = TimeZones.Fallback;

    /// <summary>One gentle line about what is due (a promise past its date, a fresh hurt not looked at for two weeks), or none.</summary>
    public string? DueLine { get; private set; }

    /// <summary>The overall direction over the last weeks; none before anything is logged.</summary>
    public DirectionReading? Direction { get; private set; }

    /// <summary>Nothing written yet (no incident, plan or journal entry): "Welcome back" would be wrong.</summary>
    public bool IsNew { get; private set; }

    /// <summary>
    /// Two SQL commands, however much is stored: the person's zone with the recent incidents (only what the list
    /// shows), the next talk and whether anything is written yet; then, if anything is logged, what is due together
    /// with the daily curve (both need the zone).
    /// </summary>
    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        var ownerId = User.OwnerId();
        var home = await HomeQuery.For(db)(db, ownerId);
        if (home is null)
        {
            return;
        }
        var choices = home.Recent.Count == 0 ? null : await IncidentChoices.ForAsync(blindIndex, ownerId, HttpContext.RequestAborted);
        Recent = choices is null ? [] : [.. home.Recent.Select(row => row.ToSummary(choices))];
        NextTalk = home.NextTalk;
        IsNew = Recent.Count == 0 && !home.AnyJournal && !home.AnyPlan;
        var zone = TimeZones.Resolve(home.TimeZoneId);
        NextTalkZone = zone.Id;
        if (Recent.Count == 0)
        {
            // Nothing logged: promises and check-ins belong to incidents, so nothing is due and there is no curve yet.
            return;
        }
        var now = time.GetUtcNow();
        var atPeace = await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Status), IncidentStatus.AtPeace);
        var (due, points) = await HealingQueries.HomeAsync(db, ownerId, zone, IncidentRules.TodayIn(zone, now), now, atPeace, now - HealingDirection.EarlierWindowStart);
        DueLine = DueRules.HomeLine(due.PromisesDue, due.CheckInsDue);
        Direction = HealingDirection.Read(points, now);
    }

    private static readonly PerModel<Func<AppDbContext, string, Task<HomeData?>>> HomeQuery = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string ownerId) =>
            db.Users.AsNoTracking()
                .Where(u => u.Id == ownerId)
                .Select(u => new HomeData(
                    u.TimeZoneId,
                    db.Incidents
                        .Where(i => i.OwnerId == ownerId)
                        .OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.CreatedAt)
                        .Take(RecentCount)
                        .Select(i => new IncidentListRow(i.Id, i.Title != null, i.Title ?? i.WhatHappened, i.OccurredOn, i.OccurredAt,
                            EF.Property<string>(i, IncidentListRow.CategoryIndexProperty), EF.Property<string>(i, IncidentListRow.StatusIndexProperty), i.Hurt))
                        .ToList(),
                    db.TalkPlans
                        .Where(p => p.OwnerId == ownerId && p.IsCurrent && p.Status != TalkPlanStatus.Done)
                        .OrderByDescending(p => p.Status == TalkPlanStatus.Ready)
                        .ThenBy(p => p.ProposedTime == null).ThenBy(p => p.ProposedTime)
                        .ThenByDescending(p => p.UpdatedAt)
                        .Select(p => new NextTalkView(p.Id, p.ProposedTime, p.Status))
                        .FirstOrDefault(),
                    db.JournalEntries.Any(e => e.OwnerId == ownerId),
                    db.TalkPlans.Any(p => p.OwnerId == ownerId)))
                .FirstOrDefault()));

    private sealed record HomeData(string? TimeZoneId, List<IncidentListRow> Recent, NextTalkView? NextTalk, bool AnyJournal, bool AnyPlan);

    /// <summary>What home shows of the next talk: read as a projection, so the plan's own words are not decrypted here.</summary>
    public sealed record NextTalkView(Guid Id, DateTimeOffset? ProposedTime, TalkPlanStatus Status);
}
