using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Encryption;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

public class IndexModel(AppDbContext db, BlindIndex blindIndex) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<IncidentSummary> Incidents { get; private set; } = [];
    public IncidentCategory? Category { get; private set; }
    public IncidentStatus? Status { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public bool HasOlder { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>
    /// Unknown filter values are ignored rather than refused: it's a list, not a form that saves. Filters
    /// travel as the kinds' stored numbers (<c>?kind=8</c>), so no word like "Controlling" lands in the
    /// address bar, the history or a proxy's log.
    /// </summary>
    public async Task OnGetAsync(string? kind, string? stands, int? p)
    {
        Category = FilterCode.TryParse<IncidentCategory>(kind, out var c) ? c : null;
        Status = FilterCode.TryParse<IncidentStatus>(stands, out var s) ? s : null;
        PageNumber = Math.Clamp(p ?? 1, 1, 100_000);

        var ownerId = User.OwnerId();
        var query = db.Incidents.AsNoTracking().Where(i => i.OwnerId == ownerId);
        // Kind and status are encrypted; their blind indexes let SQL filter (and so page) without decrypting.
        if (Category is { } categoryFilter)
        {
            query = query.WhereBlindIndexIs(nameof(Incident.Category),
                await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Category), categoryFilter, HttpContext.RequestAborted));
        }
        if (Status is { } statusFilter)
        {
            query = query.WhereBlindIndexIs(nameof(Incident.Status),
                await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Status), statusFilter, HttpContext.RequestAborted));
        }

        // One query: the page (only what the list shows, so one text decrypted a row) and whether anything is older,
        // an EXISTS that doesn't depend on the row, so PostgreSQL runs it once and nothing past the page is read or decrypted.
        var ordered = query.OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.CreatedAt);
        var skip = (PageNumber - 1) * PageSize;
        var rows = await ordered
            .Skip(skip)
            .Take(PageSize)
            .Select(i => new
            {
                Row = new IncidentListRow(i.Id, i.Title != null, i.Title ?? i.WhatHappened, i.OccurredOn, i.OccurredAt,
                    EF.Property<string>(i, BlindIndex.PropertyFor(nameof(Incident.Category))),
                    EF.Property<string>(i, BlindIndex.PropertyFor(nameof(Incident.Status))), i.Hurt),
                Older = ordered.Skip(skip + PageSize).Any(),
            })
            .ToListAsync();
        HasOlder = rows.Count > 0 && rows[0].Older;
        if (rows.Count == 0)
        {
            Incidents = [];
            return;
        }
        var choices = await IncidentChoices.ForAsync(blindIndex, ownerId, HttpContext.RequestAborted);
        Incidents = [.. rows.Select(r => r.Row.ToSummary(choices))];
    }

    public string? PageUrl(int page) => Url.Page("./Index", new { kind = FilterCode.Of(Category), stands = FilterCode.Of(Status), p = page });
}

/// <summary>An enum's stored number as an opaque filter value in an address; names never appear there.</summary>
public static class FilterCode
{
    public static string? Of<T>(T? value) where T : struct, Enum =>
        value is { } v ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        value = default;
        if (!int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        value = (T)Enum.ToObject(typeof(T), number);
        return Enum.IsDefined(value);
    }
}
