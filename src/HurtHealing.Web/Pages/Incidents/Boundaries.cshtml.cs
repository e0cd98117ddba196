using System.Globalization;
using FluentValidation;
using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>Boundaries beside forgiveness (Enright: forgiving is not permitting): set one, and mark it crossed, dated.</summary>
public partial class BoundariesModel(AppDbContext db, TimeProvider time, ILogger<BoundariesModel> logger) : IncidentChildPageModel(db, time)
{
    public const string CrossedDateField = "Crossed.Date";
    public const string CrossedAtField = "Crossed.At";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public CrossedInput Crossed { get; set; } = new();

    public IReadOnlyList<Boundary> Boundaries { get; private set; } = [];

    /// <summary>The boundary whose "crossed" form was refused, so its message shows beside that form only.</summary>
    public Guid? RefusedCrossing { get; private set; }

    /// <summary>The moment this page was drawn: a crossing marked "today" is dated by it, so a double tap marks one crossing.</summary>
    public string RenderedAt { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, tracking: false))
        {
            return NotFound();
        }
        Input = new InputModel { IdempotencyKey = Guid.CreateVersion7() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, tracking: false))
        {
            return NotFound();
        }
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Crossed.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        var ownerId = User.OwnerId();
        if (await FindByKeyAsync(ownerId, Input.IdempotencyKey) is { } existing)
        {
            LogRepeated(logger, existing);
            return Saved(id, existing);
        }
        var now = Time.GetUtcNow();
        var boundary = Boundary.Create(ownerId, id, Input.IdempotencyKey, Input.WhatIWillNotAccept!,
            TextRules.CountedLength(Input.WhatIWillDo) > 0 ? Input.WhatIWillDo : null, now, now);
        Db.Boundaries.Add(boundary);
        if (await SaveOnceAsync(() => FindByKeyAsync(ownerId, Input.IdempotencyKey), "boundary") is { } winner)
        {
            LogRepeated(logger, winner);
            return Saved(id, winner);
        }
        LogSet(logger, boundary.Id, id);
        StatusMessage = "Your boundary is saved. It can stand beside forgiveness.";
        return Saved(id, boundary.Id);
    }

    /// <summary>Marks a boundary crossed: today (one tap) or on an earlier day.</summary>
    public async Task<IActionResult> OnPostCrossedAsync(Guid id, Guid boundaryId)
    {
        if (!await LoadAsync(id, tracking: true))
        {
            return NotFound();
        }
        var boundary = Boundaries.FirstOrDefault(b => b.Id == boundaryId);
        if (boundary is null)
        {
            return NotFound();
        }
        // Only the crossing's own fields count here (the new-boundary form wasn't posted, and binds without its prefix).
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Crossed.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        var now = Time.GetUtcNow();
        var zone = TimeZones.Resolve(Incident.TimeZoneId);
        var day = DateInput.ParseDate(Crossed.Date);
        if (day is { } d)
        {
            HealingInput.RefusePastDayOutsideRange(ModelState, CrossedDateField, d, zone, now);
        }
        DateTimeOffset crossedAt = now;
        if (ModelState.IsValid)
        {
            var today = IncidentRules.TodayIn(zone, now);
            if (day is { } earlier && earlier < today)
            {
                crossedAt = HealingInput.MomentOn(earlier, zone, now);
            }
            else if (DateTimeOffset.TryParse(Crossed.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var rendered))
            {
                // The page's own moment: a second tap of the same page marks the same crossing.
                crossedAt = rendered.ToUniversalTime() > now + RepairRules.FutureSlack ? now : ToMicroseconds(rendered.ToUniversalTime());
            }
            if (crossedAt < boundary.SetAt)
            {
                if (day is not null && day < today)
                {
                    ModelState.AddModelError(CrossedDateField, $"This boundary was set on {Display.Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(boundary.SetAt, zone).DateTime))}; please choose that day or later.");
                }
                else
                {
                    crossedAt = now < boundary.SetAt ? boundary.SetAt : now;
                }
            }
        }
        if (!ModelState.IsValid)
        {
            RefusedCrossing = boundaryId;
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        var crossing = boundary.MarkCrossed(crossedAt, now < crossedAt ? crossedAt : now);
        await Db.SaveChangesAsync();
        LogCrossed(logger, boundary.Id, crossing.Id);
        StatusMessage = BoundaryRules.WhenCrossed;
        return Saved(id, boundary.Id);
    }

    private RedirectToPageResult Saved(Guid id, Guid boundaryId) =>
        BackTo(id, $"boundary-{boundaryId}");

    private async Task<bool> LoadAsync(Guid id, bool tracking)
    {
        var ownerId = User.OwnerId();
        if (!await LoadIncidentAsync(id))
        {
            return false;
        }
        var boundaries = Db.Boundaries.Where(b => b.OwnerId == ownerId && b.IncidentId == id).Include(b => b.Crossings).OrderBy(b => b.SetAt);
        Boundaries = await (tracking ? boundaries : boundaries.AsNoTracking()).ToListAsync();
        var now = Time.GetUtcNow();
        RenderedAt = ToMicroseconds(now).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        return true;
    }

    // PostgreSQL keeps microseconds: a moment finer than that would never match the crossing it stored.
    private static DateTimeOffset ToMicroseconds(DateTimeOffset at) => new(at.Ticks - at.Ticks % 10, at.Offset);

    private Task<Guid?> FindByKeyAsync(string ownerId, Guid key) =>
        Db.Boundaries.Where(b => b.OwnerId == ownerId && b.IdempotencyKey == key)
            .Select(b => (Guid?)b.Id).FirstOrDefaultAsync();

    public sealed class InputModel
    {
        public Guid IdempotencyKey { get; set; }
        public string? WhatIWillNotAccept { get; set; }
        public string? WhatIWillDo { get; set; }
    }

    public sealed class CrossedInput
    {
        public string? Date { get; set; }
        public string? At { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.IdempotencyKey).NotEqual(Guid.Empty).WithMessage(HealingInput.MissingKeyMessage);
            RuleFor(x => x.WhatIWillNotAccept).Cascade(CascadeMode.Stop)
                .RequiredText(BoundaryRules.MaxWhatIWillNotAccept, "Please write what you won't accept, in a few words.");
            RuleFor(x => x.WhatIWillDo).Cascade(CascadeMode.Stop).FreeText(BoundaryRules.MaxWhatIWillDo);
        }
    }

    public sealed class CrossedValidator : AbstractValidator<CrossedInput>
    {
        public CrossedValidator()
        {
            RuleFor(x => x.Date)
                .Must(v => string.IsNullOrWhiteSpace(v) || DateInput.ParseDate(v) is not null)
                .WithMessage("Please enter a date like 2025-03-14, or leave it for today.");
            RuleFor(x => x.At)
                .Must(v => string.IsNullOrEmpty(v) || DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                .WithMessage(HealingInput.MissingKeyMessage);
        }
    }

    [LoggerMessage(EventId = LogEvents.BoundarySet, Level = LogLevel.Information, Message = "Boundary {BoundaryId} set on incident {IncidentId}")]
    private static partial void LogSet(ILogger logger, Guid boundaryId, Guid incidentId);

    [LoggerMessage(EventId = LogEvents.BoundaryRepeatedPost, Level = LogLevel.Information, Message = "Repeated post of boundary {BoundaryId} answered without a second save")]
    private static partial void LogRepeated(ILogger logger, Guid boundaryId);

    [LoggerMessage(EventId = LogEvents.BoundaryCrossed, Level = LogLevel.Information, Message = "Boundary {BoundaryId} marked crossed ({CrossingId})")]
    private static partial void LogCrossed(ILogger logger, Guid boundaryId, Guid crossingId);
}
