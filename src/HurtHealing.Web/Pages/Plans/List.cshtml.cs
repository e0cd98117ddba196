using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Every talk the person has prepared: the ones still ahead first, then the ones that have happened.</summary>
public class ListModel(AppDbContext db) : PageModel
{
    /// <summary>What a row shows: read as a projection, so neither the plan's words nor the incident's other text are decrypted.</summary>
    public sealed record TalkRow(Guid Id, TalkPlanStatus Status, DateTimeOffset? ProposedTime, DateTimeOffset? CompletedAt, int? HeardScore,
        DateTimeOffset UpdatedAt, string IncidentTitle)
    {
        public static TalkRow Of(Guid id, TalkPlanStatus status, DateTimeOffset? proposedTime, DateTimeOffset? completedAt, int? heardScore,
            DateTimeOffset updatedAt, bool hasTitle, string titleOrWhatHappened) =>
            new(id, status, proposedTime, completedAt, heardScore, updatedAt, hasTitle ? titleOrWhatHappened : Incident.ShortTitle(titleOrWhatHappened));
    }

    public IReadOnlyList<TalkRow> Ahead { get; private set; } = [];
    public IReadOnlyList<TalkRow> Past { get; private set; } = [];
    public string Zone { get; private set; } = TimeZones.Fallback;

    public async Task OnGetAsync()
    {
        var ownerId = User.OwnerId();
        var rows = await db.TalkPlans.AsNoTracking()
            .Where(p => p.OwnerId == ownerId)
            .Join(db.Incidents.Where(i => i.OwnerId == ownerId), p => p.IncidentId, i => i.Id, (p, i) => new { p, i })
            .Select(x => TalkRow.Of(x.p.Id, x.p.Status, x.p.ProposedTime, x.p.CompletedAt, x.p.HeardScore, x.p.UpdatedAt,
                x.i.Title != null, x.i.Title ?? x.i.WhatHappened))
            .ToListAsync();
        Ahead = [.. rows.Where(r => r.Status != TalkPlanStatus.Done)
            .OrderBy(r => r.ProposedTime is null).ThenBy(r => r.ProposedTime).ThenByDescending(r => r.UpdatedAt)];
        Past = [.. rows.Where(r => r.Status == TalkPlanStatus.Done).OrderByDescending(r => r.CompletedAt)];
        Zone = (await db.TimeZoneAsync(HttpContext)).Id;
    }
}
