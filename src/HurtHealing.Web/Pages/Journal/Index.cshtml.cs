using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Safety;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Journal;

public class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<JournalEntry> Entries { get; private set; } = [];
    public string TimeZoneId { get; private set; } = TimeZones.Fallback;
    public int PageNumber { get; private set; } = 1;
    public bool HasOlder { get; private set; }

    /// <summary>A gentle safety note when any entry on this page tells of danger.</summary>
    public SafetyNote? Safety { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(int? p)
    {
        PageNumber = Math.Clamp(p ?? 1, 1, 100_000);
        var ownerId = User.OwnerId();
        TimeZoneId = (await db.TimeZoneAsync(User)).Id;
        var rows = await db.JournalEntries.AsNoTracking()
            .Where(j => j.OwnerId == ownerId)
            .OrderByDescending(j => j.WrittenAt)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync();
        HasOlder = rows.Count > PageSize;
        Entries = [.. rows.Take(PageSize)];
        var signals = SafetySignals.KindsIn(Entries.Select(e => e.Text));
        Safety = signals.Count > 0 ? new SafetyNote(SafetyNotes.For(signals), TalkStepsAside: false) : null;
    }
}
