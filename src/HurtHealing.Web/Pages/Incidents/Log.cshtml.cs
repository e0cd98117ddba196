using FluentValidation;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HurtHealing.Web.Pages.Incidents;

public partial class LogModel(AppDbContext db, TimeProvider time, ILogger<LogModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The zone saved on the account; empty until the browser (or the person) tells us.</summary>
    public string? SavedTimeZone { get; private set; }

    public string ShownTimeZone => TimeZones.Resolve(Input.TimeZone, SavedTimeZone).Id;

    /// <summary>Nothing picked, typed or refused yet: the feeling picker's markup is then the same for everyone.</summary>
    public bool FeelingsUntouched => ModelState.Count == 0
        && Input.Feelings is { Chosen.Count: 0, Intensity.Count: 0, Other: null, OtherIntensity: null };

    public string Today => DateInput.Format(IncidentRules.TodayIn(TimeZones.Resolve(ShownTimeZone), time.GetUtcNow()));

    public async Task OnGetAsync()
    {
        SavedTimeZone = await db.SavedTimeZoneIdAsync(HttpContext);
        Input = new InputModel { IdempotencyKey = Guid.CreateVersion7(), TimeZone = SavedTimeZone, Hurt = InputModel.StartingHurt };
    }

    /// <summary>
    /// The empty form the service worker keeps for logging without a connection: nobody's words, no saved time zone,
    /// no antiforgery token and no idempotency key (the device makes one for each entry and asks for a token when it sends).
    /// </summary>
    public bool IsOfflineTemplate { get; private set; }

    public void OnGetTemplate()
    {
        IsOfflineTemplate = true;
        Input = new InputModel { IdempotencyKey = Guid.Empty, Hurt = InputModel.StartingHurt };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var now = time.GetUtcNow();
        SavedTimeZone = await db.SavedTimeZoneIdAsync(HttpContext);
        var zone = TimeZones.Resolve(Input.TimeZone, SavedTimeZone);
        if (Input.When == InputModel.OtherDay && DateInput.ParseDate(Input.Date) is { } day)
        {
            DateInput.RefuseDayOutsideRange(ModelState, day, zone, now);
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }

        var ownerId = User.OwnerId();
        // A second tap, a resubmitted form or a restored draft of a saved form: show what was already saved.
        var existing = await FindByKeyAsync(ownerId, Input.IdempotencyKey);
        if (existing is { } existingId)
        {
            LogRepeated(logger, existingId);
            return Saved(existingId);
        }

        var (occurredOn, occurredAt) = Input.Occurred(zone, now);

        var incident = Incident.Create(ownerId, Input.IdempotencyKey, zone, occurredOn, occurredAt,
            Input.Title, Input.WhatHappened!, Input.CategoryOrOther(), Input.Hurt!.Value, now);
        incident.RecordFeelings([.. Input.Feelings.ToRatings()], now);
        db.Incidents.Add(incident);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two posts of one form raced; the other one won, and that incident is the answer.
            db.ChangeTracker.Clear();
            var winner = await FindByKeyAsync(ownerId, Input.IdempotencyKey)
                         ?? throw new InvalidOperationException("A unique violation without a matching incident.", e);
            LogRepeated(logger, winner);
            return Saved(winner);
        }

        if (zone.Id != SavedTimeZone)
        {
            await db.SaveTimeZoneAsync(HttpContext, zone);
        }
        LogCreated(logger, incident.Id, incident.Feelings.Count);
        return Saved(incident.Id);
    }

    // The key travels to the next page so the device can drop its draft: the server has it now.
    private RedirectToPageResult Saved(Guid id) =>
        RedirectToPage("./Details", new { id, saved = Input.IdempotencyKey });

    private Task<Guid?> FindByKeyAsync(string ownerId, Guid key) => IncidentByKey.For(db)(db, ownerId, key);

    // Every post asks it first, so it is compiled (see PerModel).
    private static readonly PerModel<Func<AppDbContext, string, Guid, Task<Guid?>>> IncidentByKey = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string ownerId, Guid key) =>
            db.Incidents.Where(i => i.OwnerId == ownerId && i.IdempotencyKey == key)
                .Select(i => (Guid?)i.Id).FirstOrDefault()));

    public sealed class InputModel
    {
        public const string Now = "now";
        public const string EarlierToday = "today";
        public const string Yesterday = "yesterday";
        public const string OtherDay = "date";

        public static readonly IReadOnlyList<(string Value, string Label)> WhenChoices =
        [
            (Now, "Just now"),
            (EarlierToday, "Earlier today"),
            (Yesterday, "Yesterday"),
            (OtherDay, "Another day"),
        ];

        public Guid IdempotencyKey { get; set; }
        public string? WhatHappened { get; set; }
        public string? Title { get; set; }
        public string When { get; set; } = Now;
        public string? Date { get; set; }
        public string? Time { get; set; }
        public string? TimeZone { get; set; }
        // The slider starts in the middle, but a post without it is not read as "5": it gets a message.
        public const int StartingHurt = 5;

        public int? Hurt { get; set; }
        public string? Category { get; set; }
        public FeelingsInput Feelings { get; set; } = new();

        public IncidentCategory CategoryOrOther() =>
            IncidentCategories.TryParse(Category, out var category) ? category : IncidentCategory.Other;

        /// <summary>The day and (optional) time in the person's zone, from the shortcut they chose.</summary>
        public (DateOnly Day, TimeOnly? Time) Occurred(TimeZoneInfo zone, DateTimeOffset now)
        {
            var today = IncidentRules.TodayIn(zone, now);
            var time = DateInput.ParseTime(Time);
            return When switch
            {
                Now => (today, TruncateToMinute(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime))),
                EarlierToday => (today, time),
                Yesterday => (today.AddDays(-1), time),
                _ => (DateInput.ParseDate(Date) ?? today, time),
            };
        }

        private static TimeOnly TruncateToMinute(TimeOnly t) => new(t.Hour, t.Minute);
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.IdempotencyKey).NotEqual(Guid.Empty)
                .WithMessage("This form is missing a piece. Please reload the page; what you wrote is kept on this device.");
            RuleFor(x => x.WhatHappened).Cascade(CascadeMode.Stop)
                .RequiredText(IncidentRules.MaxWhatHappened, "Please write a few words about what happened.");
            RuleFor(x => x.Title).Cascade(CascadeMode.Stop).FreeText(IncidentRules.MaxTitle);
            RuleFor(x => x.When).Must(when => InputModel.WhenChoices.Any(c => c.Value == when))
                .WithMessage("Please choose when it happened.");
            RuleFor(x => x.TimeZone)
                .Must(zone => string.IsNullOrEmpty(zone) || TimeZones.IsKnown(zone))
                .WithMessage("We don't recognise that time zone. Please choose yours from the list.");
            RuleFor(x => x.Time)
                .Must(value => string.IsNullOrWhiteSpace(value) || DateInput.ParseTime(value) is not null)
                .WithMessage("Please enter a time like 21:30, or leave it empty.");
            RuleFor(x => x.Date).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Please enter the day it happened.")
                .Must(value => string.IsNullOrWhiteSpace(value) || DateInput.ParseDate(value) is not null)
                .WithMessage("Please enter a date like 2025-03-14.")
                .When(x => x.When == InputModel.OtherDay);
            RuleFor(x => x.Hurt).Rating("Please choose how much it hurt, from 0 to 10.");
            RuleFor(x => x.Category)
                .Must(value => string.IsNullOrEmpty(value) || IncidentCategories.TryParse(value, out _))
                .WithMessage("Please choose one of the kinds in the list.");
            RuleFor(x => x.Feelings).SetValidator(new FeelingsInput.Validator());
        }
    }

    [LoggerMessage(EventId = LogEvents.IncidentLogged, Level = LogLevel.Information, Message = "Incident {IncidentId} logged with {FeelingCount} feelings")]
    private static partial void LogCreated(ILogger logger, Guid incidentId, int feelingCount);

    [LoggerMessage(EventId = LogEvents.IncidentRepeatedPost, Level = LogLevel.Information, Message = "Repeated post of incident {IncidentId} answered without a second save")]
    private static partial void LogRepeated(ILogger logger, Guid incidentId);
}
