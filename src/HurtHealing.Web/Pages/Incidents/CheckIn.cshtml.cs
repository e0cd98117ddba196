using FluentValidation;
using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Insights;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>A check-in in one tap: two sliders and a save (under 15 seconds on a phone); the rest is optional.</summary>
public partial class CheckInModel(AppDbContext db, TimeProvider time, ILogger<CheckInModel> logger) : IncidentChildPageModel(db, time)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ownerId = User.OwnerId();
        if (!await LoadIncidentAsync(id))
        {
            return NotFound();
        }
        var incident = Incident;
        // The sliders start where the last look left them, so "the same as last time" is one tap.
        var last = await Db.CheckIns.AsNoTracking()
            .Where(c => c.OwnerId == ownerId && c.IncidentId == id)
            .OrderByDescending(c => c.CheckedInAt)
            .Select(c => new { c.Intensity, c.ResentmentGrip })
            .FirstOrDefaultAsync();
        Input = new InputModel
        {
            IdempotencyKey = Guid.CreateVersion7(),
            Intensity = last?.Intensity ?? incident.Hurt,
            Resentment = last?.ResentmentGrip ?? InputModel.StartingResentment,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var ownerId = User.OwnerId();
        if (!await LoadIncidentAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        if (await FindByKeyAsync(ownerId, Input.IdempotencyKey) is { } existing)
        {
            LogRepeated(logger, existing);
            return Saved(id);
        }

        var now = Time.GetUtcNow();
        var what = TextRules.CountedLength(Input.WhatRetriggered) > 0 ? Input.WhatRetriggered : null;
        var note = TextRules.CountedLength(Input.Note) > 0 ? Input.Note : null;
        var checkIn = CheckIn.Create(ownerId, id, Input.IdempotencyKey, Input.Intensity!.Value, Input.Resentment!.Value,
            Input.Retriggered, Input.Retriggered ? what : null, note, now);
        Db.CheckIns.Add(checkIn);
        if (await SaveOnceAsync(() => FindByKeyAsync(ownerId, Input.IdempotencyKey), "check-in") is { } winner)
        {
            LogRepeated(logger, winner);
            return Saved(id);
        }
        LogRecorded(logger, checkIn.Id, id);
        StatusMessage = Input.Retriggered
            ? $"Saved. {Setbacks.Reassurance}"
            : "Saved. Thank you for looking in on this.";
        return Saved(id);
    }

    /// <summary>"Don't ask about this one again": kept for good; a second tap finds the first.</summary>
    public async Task<IActionResult> OnPostDismissAsync(Guid id)
    {
        var ownerId = User.OwnerId();
        if (!await LoadIncidentAsync(id))
        {
            return NotFound();
        }
        if (!await Db.CheckInInvitationDismissals.AnyAsync(d => d.OwnerId == ownerId && d.IncidentId == id))
        {
            Db.CheckInInvitationDismissals.Add(CheckInInvitationDismissal.Create(ownerId, id, Time.GetUtcNow()));
            try
            {
                await Db.SaveChangesAsync();
                LogDismissed(logger, id);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // A second tap got there first: dismissed either way.
            }
        }
        StatusMessage = "Okay. You won't be asked about this one again. You can still check in whenever you like.";
        return RedirectToPage("./Details", new { id });
    }

    private RedirectToPageResult Saved(Guid id) => BackTo(id, "healing");

    private Task<Guid?> FindByKeyAsync(string ownerId, Guid key) =>
        Db.CheckIns.Where(c => c.OwnerId == ownerId && c.IdempotencyKey == key)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync();

    public sealed class InputModel
    {
        public const int StartingResentment = 5;

        public Guid IdempotencyKey { get; set; }
        public int? Intensity { get; set; }
        public int? Resentment { get; set; }
        public bool Retriggered { get; set; }
        public string? WhatRetriggered { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.IdempotencyKey).NotEqual(Guid.Empty).WithMessage(HealingInput.MissingKeyMessage);
            RuleFor(x => x.Intensity).NotNull().WithMessage("Please choose how heavy it feels, from 0 to 10.")
                .InclusiveBetween(CheckInRules.IntensityMin, CheckInRules.IntensityMax).WithMessage("Please choose a number from 0 to 10.");
            RuleFor(x => x.Resentment).NotNull().WithMessage("Please choose how much grip resentment has, from 0 to 10.")
                .InclusiveBetween(CheckInRules.ResentmentMin, CheckInRules.ResentmentMax).WithMessage("Please choose a number from 0 to 10.");
            RuleFor(x => x.WhatRetriggered).Cascade(CascadeMode.Stop).FreeText(CheckInRules.MaxWhatRetriggered)
                .Must((x, v) => x.Retriggered || TextRules.CountedLength(v) == 0)
                .WithMessage("Please tick “Something brought it back” to keep this, or leave it empty.");
            RuleFor(x => x.Note).Cascade(CascadeMode.Stop).FreeText(CheckInRules.MaxNote);
        }
    }

    [LoggerMessage(EventId = LogEvents.CheckInRecorded, Level = LogLevel.Information, Message = "Check-in {CheckInId} recorded on incident {IncidentId}")]
    private static partial void LogRecorded(ILogger logger, Guid checkInId, Guid incidentId);

    [LoggerMessage(EventId = LogEvents.CheckInRepeatedPost, Level = LogLevel.Information, Message = "Repeated post of check-in {CheckInId} answered without a second save")]
    private static partial void LogRepeated(ILogger logger, Guid checkInId);

    [LoggerMessage(EventId = LogEvents.CheckInInvitationDismissed, Level = LogLevel.Information, Message = "Check-in invitation dismissed for incident {IncidentId}")]
    private static partial void LogDismissed(ILogger logger, Guid incidentId);
}
