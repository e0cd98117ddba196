using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Insights;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data;
using HurtHealing.Web.Pages.Insights;
using Microsoft.EntityFrameworkCore;
using static HurtHealing.Web.Pages.Incidents.DetailsModel;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>
/// The healing half of one incident's page: its repair attempts (with their promises), check-ins and boundaries
/// (with their crossings), whether a check-in invitation is due, its direction and its setbacks. Three SQL
/// commands, however long the history.
/// </summary>
public sealed class IncidentHealing
{
    public required Incident Incident { get; init; }
    public required IReadOnlyList<RepairAttempt> Repairs { get; init; }
    public required IReadOnlyList<CheckIn> CheckIns { get; init; }
    public required IReadOnlyList<Boundary> Boundaries { get; init; }
    public required bool InvitationDue { get; init; }
    public required DirectionReading Direction { get; init; }
    public required IReadOnlyList<Setback> Setbacks { get; init; }
    public required DateOnly Today { get; init; }

    /// <summary>This incident's healing curve since it was logged, drawn as on "How it's going", with its numbers beside it.</summary>
    public required HealingChartView Chart { get; init; }

    /// <summary>The hurt given when it was logged, then every check-in: this incident's healing curve.</summary>
    public IReadOnlyList<HealingPoint> Points => PointsOf(Incident, CheckIns);

    public bool IsSetback(DateTimeOffset at) => Setbacks.Any(s => s.At == at);

    /// <summary>Loads the rest for <paramref name="incident"/>; whether its check-in invitation was put away comes with the incident.</summary>
    public static async Task<IncidentHealing> LoadAsync(AppDbContext db, string ownerId, Incident incident, DateTimeOffset now, bool invitationDismissed)
    {
        var id = incident.Id;
        var repairs = await RepairsOf.For(db)(db, ownerId, id).ToListAsync();
        var checkIns = await CheckInsOf.For(db)(db, ownerId, id).ToListAsync();
        var boundaries = await BoundariesOf.For(db)(db, ownerId, id).ToListAsync();
        var dismissed = invitationDismissed;

        var lastLook = checkIns.Count == 0 ? (DateTimeOffset?)null : checkIns[^1].CheckedInAt;
        var points = PointsOf(incident, checkIns);
        var setbacks = HurtHealing.Domain.Insights.Setbacks.Find(points,
            repairs.Select(r => r.Promise).OfType<Promise>().Where(p => p.Status == PromiseFollowThrough.Broken).Select(p => p.StatusChangedAt),
            boundaries.SelectMany(b => b.Crossings).Select(c => c.CrossedAt));
        var zone = TimeZones.Resolve(incident.TimeZoneId);
        // From the first point (it can be a little ahead of now on a clock that stepped back) to now.
        var from = points.Min(p => p.At) is var first && first < now ? first : now;
        var to = points.Max(p => p.At) is var last && last > now ? last : now;
        return new IncidentHealing
        {
            Incident = incident,
            Repairs = repairs,
            CheckIns = checkIns,
            Boundaries = boundaries,
            InvitationDue = DueRules.IsCheckInDue(new CheckInCandidate(id, incident.CreatedAt, lastLook, incident.Status, dismissed), now),
            Direction = HealingDirection.Read(points, now),
            Setbacks = setbacks,
            Today = IncidentRules.TodayIn(zone, now),
            Chart = HealingChartView.Build("incident-curve", incident.DisplayTitle, points, setbacks, from, to, zone, daily: false, span: "since it was logged"),
        };
    }

    private static readonly PerModel<Func<AppDbContext, string, Guid, IAsyncEnumerable<RepairAttempt>>> RepairsOf = new(() =>
        EF.CompileAsyncQuery<AppDbContext, string, Guid, RepairAttempt>((AppDbContext db, string ownerId, Guid id) =>
            db.RepairAttempts.AsNoTracking()
                .Where(r => r.OwnerId == ownerId && r.IncidentId == id)
                .Include(r => r.Promise)
                .OrderBy(r => r.MadeAt)));

    private static readonly PerModel<Func<AppDbContext, string, Guid, IAsyncEnumerable<CheckIn>>> CheckInsOf = new(() =>
        EF.CompileAsyncQuery<AppDbContext, string, Guid, CheckIn>((AppDbContext db, string ownerId, Guid id) =>
            db.CheckIns.AsNoTracking()
                .Where(c => c.OwnerId == ownerId && c.IncidentId == id)
                .OrderBy(c => c.CheckedInAt)));

    private static readonly PerModel<Func<AppDbContext, string, Guid, IAsyncEnumerable<Boundary>>> BoundariesOf = new(() =>
        EF.CompileAsyncQuery<AppDbContext, string, Guid, Boundary>((AppDbContext db, string ownerId, Guid id) =>
            db.Boundaries.AsNoTracking()
                .Where(b => b.OwnerId == ownerId && b.IncidentId == id)
                .Include(b => b.Crossings)
                .OrderBy(b => b.SetAt)));

    private static List<HealingPoint> PointsOf(Incident incident, IEnumerable<CheckIn> checkIns) =>
        [new(incident.CreatedAt, incident.Hurt, null, false), .. checkIns.Select(c => c.ToPoint())];

    public IEnumerable<TimelineItem> TimelineItems()
    {
        foreach (var repair in Repairs)
        {
            yield return new TimelineItem(repair.MadeAt, TimelineKind.Repair, [], null, null, repair);
            if (repair.Promise is { Status: not PromiseFollowThrough.Pending } promise)
            {
                yield return new TimelineItem(promise.StatusChangedAt, TimelineKind.PromiseSettled, [], null, null, repair);
            }
        }
        foreach (var checkIn in CheckIns)
        {
            yield return new TimelineItem(checkIn.CheckedInAt, TimelineKind.CheckIn, [], null, null, checkIn);
        }
        foreach (var boundary in Boundaries)
        {
            yield return new TimelineItem(boundary.SetAt, TimelineKind.BoundarySet, [], null, null, boundary);
            foreach (var crossing in boundary.Crossings)
            {
                yield return new TimelineItem(crossing.CrossedAt, TimelineKind.BoundaryCrossed, [], null, null, boundary);
            }
        }
    }
}
