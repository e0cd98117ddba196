using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Safety;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Journal;

public class IndexModel(AppDbContext db, SafetyReadings safetyReadings) : PageModel
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
        TimeZoneId = (await db.TimeZoneAsync(HttpContext)).Id;
        // The page and whether anything is older in one command; the EXISTS doesn't depend on the row, so PostgreSQL
        // runs it once, and no entry past the page is read or decrypted.
        var ordered = db.JournalEntries.AsNoTracking().Where(j => j.OwnerId == ownerId).OrderByDescending(j => j.WrittenAt);
        var skip = (PageNumber - 1) * PageSize;
        var rows = await ordered.Skip(skip).Take(PageSize)
            .Select(j => new { Entry = j, Older = ordered.Skip(skip + PageSize).Any() })
            .ToListAsync();
        HasOlder = rows.Count > 0 && rows[0].Older;
        Entries = [.. rows.Select(r => r.Entry)];
        var signals = safetyReadings.KindsIn(Entries.Select(e => e.Text));
        Safety = signals.Count > 0 ? new SafetyNote(SafetyNotes.For(signals), TalkStepsAside: false) : null;
    }
}
