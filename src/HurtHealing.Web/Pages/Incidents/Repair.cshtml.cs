using FluentValidation;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>"They tried to make it right" / "I tried to make it right": a repair attempt in a few taps, optionally with a promise.</summary>
public partial class RepairModel(AppDbContext db, TimeProvider time, ILogger<RepairModel> logger) : IncidentChildPageModel(db, time)
{
    /// <summary>How far ahead a promise's "by" date may be set.</summary>
    public const int PromiseYearsAhead = 5;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RepairBy By => RepairBys.TryParse(Input.By, out var by) ? by : RepairBy.Partner;

    public async Task<IActionResult> OnGetAsync(Guid id, string? by)
    {
        if (!await LoadIncidentAsync(id))
        {
            return NotFound();
        }
        Input = new InputModel
        {
            IdempotencyKey = Guid.CreateVersion7(),
            By = (RepairBys.TryParse(by, out var who) ? who : RepairBy.Partner).ToString(),
            Date = Today,
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
        var incident = Incident;
        var now = Time.GetUtcNow();
        var zone = Zone;
        CheckDays(ModelState, Input, zone, now);
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }

        if (await FindByKeyAsync(ownerId, Input.IdempotencyKey) is { } existing)
        {
            LogRepeated(logger, existing);
            return Saved(id, existing);
        }

        // The validator has checked both.
        var madeBy = RepairBys.TryParse(Input.By, out var who) ? who : throw new InvalidOperationException("Unchecked repair author.");
        var kind = RepairKinds.TryParse(Input.Kind, out var what) ? what : throw new InvalidOperationException("Unchecked repair kind.");
        var attempt = RepairAttempt.Create(ownerId, id, Input.IdempotencyKey, madeBy, kind,
            HealingInput.MomentOn(DateInput.ParseDate(Input.Date), zone, now), Input.WhatWasSaidOrDone, now);
        if (Input.Acknowledged)
        {
            attempt.Acknowledge(null, now);
        }
        if (Input.Landed is { } landed)
        {
            attempt.RateHowItLanded(landed, now);
        }
        if (TextRules.CountedLength(Input.Promise) > 0)
        {
            attempt.AddPromise(Input.Promise!, DateInput.ParseDate(Input.PromiseBy), now);
        }
        Db.RepairAttempts.Add(attempt);
        // Two posts of one form raced when the other one saved it.
        if (await SaveOnceAsync(() => FindByKeyAsync(ownerId, Input.IdempotencyKey), "repair attempt") is { } winner)
        {
            LogRepeated(logger, winner);
            return Saved(id, winner);
        }
        LogRecorded(logger, attempt.Id, incident.Id, attempt.Promise is not null);
        StatusMessage = attempt.By == RepairBy.Partner
            ? "Saved. Noticing when they reach out is part of repair too."
            : "Saved. Reaching out takes courage.";
        return Saved(id, attempt.Id);
    }

    private RedirectToPageResult Saved(Guid id, Guid attemptId) => BackTo(id, $"repair-{attemptId}");

    /// <summary>The checks the validator can't make alone: the day it happened, and a promise's day, in the incident's zone.</summary>
    public static void CheckDays(ModelStateDictionary modelState, InputModel input, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (DateInput.ParseDate(input.Date) is { } day)
        {
            HealingInput.RefusePastDayOutsideRange(modelState, "Input.Date", day, zone, now);
        }
        if (DateInput.ParseDate(input.PromiseBy) is { } by
            && modelState.GetFieldValidationState("Input.PromiseBy") != ModelValidationState.Invalid
            && (by < IncidentRules.EarliestOccurredOn || by > IncidentRules.TodayIn(zone, now).AddYears(PromiseYearsAhead)))
        {
            modelState.AddModelError("Input.PromiseBy", $"Please choose a day between today and {PromiseYearsAhead} years from now, or leave it empty.");
        }
    }

    private Task<Guid?> FindByKeyAsync(string ownerId, Guid key) =>
        Db.RepairAttempts.Where(r => r.OwnerId == ownerId && r.IdempotencyKey == key)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync();

    public sealed class InputModel
    {
        public Guid IdempotencyKey { get; set; }
        public string? By { get; set; }
        public string? Kind { get; set; }
        public string? Date { get; set; }
        public string? WhatWasSaidOrDone { get; set; }
        public bool Acknowledged { get; set; }
        public int? Landed { get; set; }
        public string? Promise { get; set; }
        public string? PromiseBy { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.IdempotencyKey).NotEqual(Guid.Empty).WithMessage(HealingInput.MissingKeyMessage);
            RuleFor(x => x.By).Must(v => RepairBys.TryParse(v, out _))
                .WithMessage("Please choose who tried to make it right.");
            RuleFor(x => x.Kind).Must(v => RepairKinds.TryParse(v, out _))
                .WithMessage("Please choose what they did, or “Something else”.");
            RuleFor(x => x.Date).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Please enter the day it happened.")
                .Must(v => DateInput.ParseDate(v) is not null).WithMessage("Please enter a date like 2025-03-14.");
            RuleFor(x => x.WhatWasSaidOrDone).Cascade(CascadeMode.Stop).FreeText(RepairRules.MaxWhatWasSaidOrDone);
            RuleFor(x => x.Landed).InclusiveBetween(RepairRules.LandedMin, RepairRules.LandedMax)
                .WithMessage("Please choose a number from 0 to 10, or leave it.");
            RuleFor(x => x.Promise).Cascade(CascadeMode.Stop).FreeText(RepairRules.MaxWhatWasPromised);
            RuleFor(x => x.PromiseBy).Cascade(CascadeMode.Stop)
                .Must(v => string.IsNullOrWhiteSpace(v) || DateInput.ParseDate(v) is not null)
                .WithMessage("Please enter a date like 2025-03-14, or leave it empty.")
                .Must((x, v) => string.IsNullOrWhiteSpace(v) || TextRules.CountedLength(x.Promise) > 0)
                .WithMessage("Please write what was promised, or leave the date empty.");
        }
    }

    [LoggerMessage(EventId = LogEvents.RepairAttemptRecorded, Level = LogLevel.Information, Message = "Repair attempt {AttemptId} recorded on incident {IncidentId} (promise: {WithPromise})")]
    private static partial void LogRecorded(ILogger logger, Guid attemptId, Guid incidentId, bool withPromise);

    [LoggerMessage(EventId = LogEvents.RepairAttemptRepeatedPost, Level = LogLevel.Information, Message = "Repeated post of repair attempt {AttemptId} answered without a second save")]
    private static partial void LogRepeated(ILogger logger, Guid attemptId);
}
