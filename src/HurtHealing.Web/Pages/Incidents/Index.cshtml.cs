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
        // Kind and status are encrypted; their blind indexes let SQL filter (and so page) without decrypting.
        var categoryIndex = Category is { } categoryFilter
            ? await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Category), categoryFilter, HttpContext.RequestAborted)
            : null;
        var statusIndex = Status is { } statusFilter
            ? await blindIndex.ForAsync<Incident>(ownerId, nameof(Incident.Status), statusFilter, HttpContext.RequestAborted)
            : null;
        var rows = new List<ListPageRow>(PageSize);
        await foreach (var row in ListPage.For(db)(db, ownerId, categoryIndex, statusIndex, (PageNumber - 1) * PageSize).WithCancellation(HttpContext.RequestAborted))
        {
            rows.Add(row);
        }
        HasOlder = rows.Count > 0 && rows[0].Older;
        if (rows.Count == 0)
        {
            Incidents = [];
            return;
        }
        var choices = await IncidentChoices.ForAsync(blindIndex, ownerId, HttpContext.RequestAborted);
        Incidents = [.. rows.Select(r => r.Row.ToSummary(choices))];
    }

    /// <summary>
    /// One query: the page (only what the list shows, so one text decrypted a row) and whether anything is older, an
    /// EXISTS that doesn't depend on the row, so PostgreSQL runs it once and nothing past the page is read or decrypted.
    /// Compiled (see <see cref="PerModel{TQuery}"/>). A filter left null drops out of the SQL (EF Core writes the command for each null/non-null
    /// combination of its parameters).
    /// </summary>
    private static readonly PerModel<Func<AppDbContext, string, string?, string?, int, IAsyncEnumerable<ListPageRow>>> ListPage = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string ownerId, string? categoryIndex, string? statusIndex, int skip) =>
            db.Incidents.AsNoTracking()
                .Where(i => i.OwnerId == ownerId
                    && (categoryIndex == null || EF.Property<string>(i, IncidentListRow.CategoryIndexProperty) == categoryIndex)
                    && (statusIndex == null || EF.Property<string>(i, IncidentListRow.StatusIndexProperty) == statusIndex))
                .OrderByDescending(i => i.OccurredOn).ThenByDescending(i => i.CreatedAt)
                .Skip(skip)
                .Take(PageSize)
                .Select(i => new ListPageRow(
                    new IncidentListRow(i.Id, i.Title != null, i.Title ?? i.WhatHappened, i.OccurredOn, i.OccurredAt,
                        EF.Property<string>(i, IncidentListRow.CategoryIndexProperty), EF.Property<string>(i, IncidentListRow.StatusIndexProperty), i.Hurt),
                    db.Incidents
                        .Where(o => o.OwnerId == ownerId
                            && (categoryIndex == null || EF.Property<string>(o, IncidentListRow.CategoryIndexProperty) == categoryIndex)
                            && (statusIndex == null || EF.Property<string>(o, IncidentListRow.StatusIndexProperty) == statusIndex))
                        .OrderByDescending(o => o.OccurredOn).ThenByDescending(o => o.CreatedAt)
                        .Skip(skip + PageSize)
                        .Any()))));

    private sealed record ListPageRow(IncidentListRow Row, bool Older);

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
