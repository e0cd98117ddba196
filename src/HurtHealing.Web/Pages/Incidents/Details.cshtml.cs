using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

public class DetailsModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings) : PageModel
{
    public IncidentHealing Healing { get; private set; } = default!;

    public Incident Incident { get; private set; } = default!;
    public IReadOnlyList<JournalEntry> Journal { get; private set; } = [];
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public IReadOnlyList<BlameWord> BlameWordsUsed { get; private set; } = [];
    public IReadOnlyList<TalkPlan> Plans { get; private set; } = [];

    /// <summary>The gentle safety note this incident calls for, if any; see <see cref="SafetyNotes.ForIncident"/>.</summary>
    public SafetyNote? Safety { get; private set; }

    /// <summary>Set after a save, so the device can drop the draft it kept for that form.</summary>
    public Guid? SavedDraftKey { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? saved)
    {
        var ownerId = User.OwnerId();
        var loaded = await IncidentWithFeelingsAndNeeds.For(db)(db, ownerId, id);
        if (loaded is null)
        {
            return NotFound();
        }
        var incident = loaded.Incident;

        Incident = incident;
        Journal = await JournalOf.For(db)(db, ownerId, id).ToListAsync(HttpContext.RequestAborted);
        Plans = await PlansOf.For(db)(db, ownerId, id).ToListAsync(HttpContext.RequestAborted);
        Safety = SafetyNotes.ForIncident(safetyReadings.Of(incident, Journal, Plans), incident.Category, incident.Status);
        SavedDraftKey = saved == incident.IdempotencyKey ? saved : null;
        BlameWordsUsed = [.. incident.LatestFeelings
            .Select(f => BlameWords.TryGetUnderlying(f.Word, out var blame) ? blame : null)
            .OfType<BlameWord>()];

        Healing = await IncidentHealing.LoadAsync(db, ownerId, incident, time.GetUtcNow(), loaded.InvitationDismissed);

        Timeline = [
            .. Healing.TimelineItems(),
            .. incident.Feelings
                .GroupBy(f => f.RecordedAt)
                .Select(g => new TimelineItem(g.Key, TimelineKind.Feelings, [.. g], null, null)),
            .. incident.Needs.Select(n => new TimelineItem(n.RecordedAt, TimelineKind.Need, [], n, null)),
            .. Journal.Select(j => new TimelineItem(j.WrittenAt, TimelineKind.Journal, [], null, j)),
        ];
        Timeline = [.. Timeline.OrderBy(t => t.At).ThenBy(t => t.Kind)];
        return Page();
    }

    // One command for the incident, its feelings and needs (a few rows each, so joined rather than split) and
    // whether its check-in invitation was put away.
    private static readonly PerModel<Func<AppDbContext, string, Guid, Task<LoadedIncident?>>> IncidentWithFeelingsAndNeeds = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string ownerId, Guid id) =>
            db.Incidents.AsNoTracking()
                .Where(i => i.OwnerId == ownerId && i.Id == id)
                .Include(i => i.Feelings)
                .Include(i => i.Needs)
                .AsSingleQuery()
                .Select(i => new LoadedIncident(i, db.CheckInInvitationDismissals.Any(d => d.OwnerId == ownerId && d.IncidentId == id)))
                .FirstOrDefault()));

    private static readonly PerModel<Func<AppDbContext, string, Guid, IAsyncEnumerable<JournalEntry>>> JournalOf = new(() =>
        EF.CompileAsyncQuery<AppDbContext, string, Guid, JournalEntry>((AppDbContext db, string ownerId, Guid id) =>
            db.JournalEntries.AsNoTracking()
                .Where(j => j.OwnerId == ownerId && j.IncidentId == id)
                .OrderBy(j => j.WrittenAt)));

    // With their statements: the safety reading covers every word of every plan, as it does before the talk.
    private static readonly PerModel<Func<AppDbContext, string, Guid, IAsyncEnumerable<TalkPlan>>> PlansOf = new(() =>
        EF.CompileAsyncQuery<AppDbContext, string, Guid, TalkPlan>((AppDbContext db, string ownerId, Guid id) =>
            db.TalkPlans.AsNoTracking()
                .Where(p => p.OwnerId == ownerId && p.IncidentId == id)
                .Include(p => p.Statements)
                .OrderByDescending(p => p.CreatedAt)));

    private sealed record LoadedIncident(Incident Incident, bool InvitationDismissed);

    public enum TimelineKind
    {
        Feelings = 1,
        Need = 2,
        Journal = 3,
        Repair = 4,
        PromiseSettled = 5,
        CheckIn = 6,
        BoundarySet = 7,
        BoundaryCrossed = 8,
    }

    public sealed record TimelineItem(
        DateTimeOffset At,
        TimelineKind Kind,
        IReadOnlyList<FeelingRecord> Feelings,
        NeedRecord? Need,
        JournalEntry? Entry,
        object? Healing = null);
}
