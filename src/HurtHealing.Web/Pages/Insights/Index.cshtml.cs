using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Insights;
using HurtHealing.Domain.Insights.Charts;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Insights;

/// <summary>
/// "How it's going": the healing curve overall and per incident (setbacks marked), the trust curve, the direction,
/// and gentle pattern observations. Every aggregate is grouped in SQL, so the page sends the same commands for ten
/// incidents as for thousands.
/// </summary>
public partial class IndexModel(AppDbContext db, TimeProvider time, BlindIndex blindIndex, ILogger<IndexModel> logger) : PageModel
{
    /// <summary>The curves show the last twelve weeks, the same span as the trust curve.</summary>
    public const int SpanDays = TrustCurves.WeeksShown * 7;

    /// <summary>How many incidents get a curve of their own when none is asked for: the most recently looked at.</summary>
    public const int IncidentCurves = 3;

    /// <summary>How many incidents an observation lists to mark as part of a pattern.</summary>
    public const int IncidentsPerObservation = 5;

    [TempData]
    public string? StatusMessage { get; set; }

    public HealingChartView Overall { get; private set; } = default!;
    public DirectionReading OverallDirection { get; private set; } = default!;
    public IReadOnlyList<(Incident Incident, DirectionReading Direction, HealingChartView Chart)> Incidents { get; private set; } = [];
    public TrustChartView Trust { get; private set; } = default!;
    public IReadOnlyList<PatternObservation> Observations { get; private set; } = [];
    public IReadOnlyDictionary<PatternObservation, IReadOnlyList<Incident>> ObservationIncidents { get; private set; } = new Dictionary<PatternObservation, IReadOnlyList<Incident>>();
    public Guid? Selected { get; private set; }
    public bool HasAnything { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? incident)
    {
        // A malformed incident in the address is not found, as a missing one is.
        if (ModelState.TryGetValue("incident", out var entry) && entry.Errors.Count > 0)
        {
            return NotFound();
        }
        var ownerId = User.OwnerId();
        var now = time.GetUtcNow();
        var zone = await db.TimeZoneAsync(HttpContext);
        var today = IncidentRules.TodayIn(zone, now);
        var since = now.AddDays(-SpanDays);
        Selected = incident;

        // The incidents that get a curve: the one asked for (404 when it isn't this person's), else the most recently looked at.
        var curveIncidents = await (incident is null ? HealingQueries.RecentlyLookedAtCandidates(db, ownerId, IncidentCurves) : db.Incidents)
            .AsNoTracking()
            .Where(i => i.OwnerId == ownerId && (incident == null || i.Id == incident))
            .OrderByDescending(i => db.CheckIns.Where(c => c.OwnerId == ownerId && c.IncidentId == i.Id).Max(c => (DateTimeOffset?)c.CheckedInAt) ?? i.CreatedAt)
            .Take(incident == null ? IncidentCurves : 1)
            .ToListAsync();
        if (incident is not null && curveIncidents.Count == 0)
        {
            return NotFound();
        }
        HasAnything = curveIncidents.Count > 0;

        var daily = await HealingQueries.DailyPointsAsync(db, ownerId, zone, since, now);
        var events = await HealingQueries.SetbackEventsAsync(db, ownerId, since);
        var curveIds = curveIncidents.Select(i => i.Id).ToList();
        var checkIns = await db.CheckIns.AsNoTracking()
            .Where(c => c.OwnerId == ownerId && curveIds.Contains(c.IncidentId) && c.CheckedInAt > since && c.CheckedInAt <= now)
            .OrderBy(c => c.CheckedInAt)
            .Select(c => new { c.IncidentId, c.CheckedInAt, c.Intensity, c.ResentmentGrip, c.Retriggered })
            .ToListAsync();

        OverallDirection = HealingDirection.Read(daily, now);
        var overallSetbacks = Setbacks.Find(daily,
            events.Where(e => e.Kind == SetbackKind.PromiseBroken).Select(e => e.At),
            events.Where(e => e.Kind == SetbackKind.BoundaryCrossed).Select(e => e.At));
        Overall = HealingChartView.Build("overall", "All hurts together, day by day", daily, overallSetbacks, since, now, zone, daily: true);

        Incidents = [.. curveIncidents.Select(i =>
        {
            List<HealingPoint> points = [
                .. i.CreatedAt > since ? [new HealingPoint(i.CreatedAt, i.Hurt, null, false)] : Array.Empty<HealingPoint>(),
                .. checkIns.Where(c => c.IncidentId == i.Id).Select(c => new HealingPoint(c.CheckedInAt, c.Intensity, c.ResentmentGrip, c.Retriggered)),
            ];
            var setbacks = Setbacks.Find(points,
                events.Where(e => e.IncidentId == i.Id && e.Kind == SetbackKind.PromiseBroken).Select(e => e.At),
                events.Where(e => e.IncidentId == i.Id && e.Kind == SetbackKind.BoundaryCrossed).Select(e => e.At));
            return (i, HealingDirection.Read(points, now), HealingChartView.Build($"incident-{i.Id:N}", i.DisplayTitle, points, setbacks, since, now, zone, daily: false));
        })];

        var trust = TrustCurves.Build(await HealingQueries.TrustWeeksAsync(db, ownerId, zone, since.AddDays(-7)), today);
        Trust = new TrustChartView(trust, TrustChart.Layout(trust));

        var recentSince = PatternRules.RecentSince(today);
        var recent = await db.Incidents.AsNoTracking()
            .Where(i => i.OwnerId == ownerId && i.OccurredOn >= recentSince)
            .Select(i => new { i.Id, i.Category, i.OccurredOn })
            .ToListAsync();
        var (tallies, categoryIds) = await CategoryTalliesAsync(ownerId);
        var inputs = new PatternInputs(
            [.. recent.Select(r => new RecentIncident(r.Id, r.Category, r.OccurredOn))],
            tallies,
            await HealingQueries.PromiseTallyAsync(db, ownerId, now.AddDays(-PatternRules.PromiseWindowDays)),
            await HealingQueries.HeavinessAsync(db, ownerId, now));
        Observations = PatternRules.Observe(inputs, today, now);
        HasAnything |= Observations.Count > 0;

        var listed = Observations.ToDictionary(o => o, o => (o.Category is { } c && o.IncidentIds.Count == 0
            ? categoryIds.GetValueOrDefault(c, [])
            : o.IncidentIds).Take(IncidentsPerObservation).ToList());
        var listedIds = listed.Values.SelectMany(ids => ids).Distinct().ToList();
        var listedIncidents = await db.Incidents.AsNoTracking()
            .Where(i => i.OwnerId == ownerId && listedIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id);
        ObservationIncidents = listed.ToDictionary(p => p.Key,
            p => (IReadOnlyList<Incident>)[.. p.Value.Select(id => listedIncidents.GetValueOrDefault(id)).OfType<Incident>()]);
        return Page();
    }

    /// <summary>"Part of a pattern", marked from an observation.</summary>
    public async Task<IActionResult> OnPostPatternAsync(Guid incidentId)
    {
        var ownerId = User.OwnerId();
        var incident = await db.Incidents.Where(i => i.OwnerId == ownerId && i.Id == incidentId).FirstOrDefaultAsync();
        if (incident is null)
        {
            return NotFound();
        }
        if (incident.Status != IncidentStatus.PartOfPattern)
        {
            incident.ChangeStatus(IncidentStatus.PartOfPattern, time.GetUtcNow());
            await db.SaveChangesAsync();
            LogMarked(logger, incident.Id);
        }
        StatusMessage = $"“{incident.DisplayTitle}” is marked as part of a pattern. You can change that on the incident whenever you like.";
        return RedirectToPage("./Index", null, null, "patterns");
    }

    /// <summary>
    /// Contempt and controlling behaviour, counted in SQL through the category's blind index (the category itself is
    /// encrypted), with the latest few of each to mark. Only these two tallies are read by the pattern rules.
    /// </summary>
    private async Task<(IReadOnlyList<CategoryTally> Tallies, IReadOnlyDictionary<IncidentCategory, IReadOnlyList<Guid>> Ids)> CategoryTalliesAsync(string ownerId)
    {
        IncidentCategory[] watched = [IncidentCategory.Contempt, IncidentCategory.Controlling];
        var indexes = new Dictionary<string, IncidentCategory>(StringComparer.Ordinal);
        foreach (var category in watched)
        {
            indexes[await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Category), category)] = category;
        }
        var values = indexes.Keys.ToList();
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => i.OwnerId == ownerId && values.Contains(EF.Property<string>(i, BlindIndex.PropertyFor(nameof(Incident.Category)))))
            .GroupBy(i => EF.Property<string>(i, BlindIndex.PropertyFor(nameof(Incident.Category))))
            .Select(g => new { Index = g.Key, Count = g.Count(), Latest = g.OrderByDescending(i => i.CreatedAt).Select(i => i.Id).Take(IncidentsPerObservation).ToList() })
            .ToListAsync();
        return (
            [.. rows.Select(r => new CategoryTally(indexes[r.Index], r.Count))],
            rows.ToDictionary(r => indexes[r.Index], r => (IReadOnlyList<Guid>)r.Latest));
    }

    [LoggerMessage(EventId = LogEvents.IncidentMarkedPartOfPattern, Level = LogLevel.Information, Message = "Incident {IncidentId} marked as part of a pattern")]
    private static partial void LogMarked(ILogger logger, Guid incidentId);
}
