using System.Globalization;
using FluentValidation;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Step 6: a proposed time, in the person's own time zone, that can go into their calendar.</summary>
public partial class WhenModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings, ILogger<WhenModel> logger) : PlanPage(db, time, safetyReadings)
{
    public const string Format = "yyyy-MM-dd'T'HH:mm";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadForChangeAsync(id, tracking: false) is { } refused)
        {
            return refused;
        }
        Zone = await PersonZoneAsync();
        Input.ProposedTime = Plan.ProposedTime is { } at
            ? TimeZoneInfo.ConvertTime(at, Zone).ToString(Format, CultureInfo.InvariantCulture)
            : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadForChangeAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }
        Zone = await PersonZoneAsync();
        DateTimeOffset? proposed = null;
        if (ModelState.IsValid && InputModel.Parse(Input.ProposedTime) is { } local)
        {
            if (Zone.IsInvalidTime(local))
            {
                ModelState.AddModelError("Input.ProposedTime", "The clocks change at that moment, so that time doesn't exist here. Please pick another.");
            }
            else
            {
                proposed = new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
            }
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        Plan.ProposeTime(proposed, Now);
        if (!await TrySaveAsync())
        {
            return await ConflictAsync(id, incidentChildren: false, () =>
            [
                new ConflictPart("A time I'd like to suggest",
                    Plan.ProposedTime is { } at ? TimeZoneInfo.ConvertTime(at, Zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) : null,
                    proposed is { } mine ? TimeZoneInfo.ConvertTime(mine, Zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) : null),
            ]);
        }
        LogSaved(logger, Plan.Id);
        StatusMessage = proposed is null ? "Saved without a time. You can add one whenever you like." : "Time saved.";
        return NextStep();
    }

    public sealed class InputModel
    {
        public string? ProposedTime { get; set; }

        public static DateTime? Parse(string? value) =>
            DateTime.TryParseExact(value?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? local
                : null;
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(x => x.ProposedTime).Cascade(CascadeMode.Stop)
                .StorableText()
                .Must(v => string.IsNullOrWhiteSpace(v) || InputModel.Parse(v) is not null)
                .WithMessage("Please give a date and time like 2025-03-14T19:30.")
                .Must(v => string.IsNullOrWhiteSpace(v) || InputModel.Parse(v)!.Value.Year >= 1900)
                .WithMessage("Please choose a time from 1900 onwards; a time soon is best.")
                .Must(v => string.IsNullOrWhiteSpace(v) || InputModel.Parse(v)!.Value <= time.GetUtcNow().UtcDateTime.AddYears(2))
                .WithMessage("Please choose a time within the next two years.");
        }
    }

    [LoggerMessage(EventId = LogEvents.PlanTimeSaved, Level = LogLevel.Information, Message = "Talk plan {PlanId}: time saved")]
    private static partial void LogSaved(ILogger logger, Guid planId);
}
