using System.Globalization;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>
/// Puts a repair attempt right: who, what kind, when, what was said or done, how it landed; rewords its promise or
/// adds one it carried; or deletes it (after a confirmation), with its promise and that promise's history.
/// </summary>
public partial class EditRepairModel(AppDbContext db, TimeProvider time, ILogger<EditRepairModel> logger) : IncidentChildPageModel(db, time)
{
    public const string PromiseNeededMessage = "A promise can be reworded but not left empty. If it was noted by mistake, you can delete this repair attempt below.";

    [BindProperty]
    public RepairModel.InputModel Input { get; set; } = new();

    public RepairAttempt Attempt { get; private set; } = default!;

    /// <summary>The delete confirmation is showing.</summary>
    public bool ConfirmDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid attemptId, bool delete)
    {
        if (!await LoadAsync(id, attemptId))
        {
            return NotFound();
        }
        ConfirmDelete = delete;
        Version = VersionOf(Attempt);
        Input = FormOf(Attempt);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid attemptId)
    {
        if (!await LoadAsync(id, attemptId))
        {
            return NotFound();
        }
        var now = Time.GetUtcNow();
        RepairModel.CheckDays(ModelState, Input, Zone, now);
        if (Attempt.Promise is not null && TextRules.CountedLength(Input.Promise) == 0 && ModelState.GetFieldValidationState("Input.Promise") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.Promise", PromiseNeededMessage);
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }

        // The validator has checked both.
        var by = RepairBys.TryParse(Input.By, out var who) ? who : throw new InvalidOperationException("Unchecked repair author.");
        var kind = RepairKinds.TryParse(Input.Kind, out var what) ? what : throw new InvalidOperationException("Unchecked repair kind.");
        var day = DateInput.ParseDate(Input.Date);
        // The same day keeps the moment it had; another day is that day, as when it was first noted.
        var madeAt = day == DayOf(Attempt.MadeAt) ? Attempt.MadeAt : HealingInput.MomentOn(day, Zone, now);
        Attempt.Describe(by, kind, madeAt, TextRules.CountedLength(Input.WhatWasSaidOrDone) > 0 ? Input.WhatWasSaidOrDone : null, now);
        Attempt.RateHowItLanded(Input.Landed, now);
        var promiseAdded = false;
        if (TextRules.CountedLength(Input.Promise) > 0)
        {
            var promiseBy = DateInput.ParseDate(Input.PromiseBy);
            if (Attempt.Promise is null)
            {
                Attempt.AddPromise(Input.Promise!, promiseBy, now);
                Db.Add(Attempt.Promise!);
                promiseAdded = true;
            }
            else
            {
                Attempt.ChangePromise(Input.Promise!, promiseBy, now);
            }
        }
        if (!await TrySaveAsync(Attempt))
        {
            return await ConflictAsync(id, attemptId);
        }
        LogEdited(logger, Attempt.Id);
        if (promiseAdded)
        {
            LogPromiseAdded(logger, Attempt.Promise!.Id, Attempt.Id);
        }
        StatusMessage = "Your changes are saved.";
        return BackTo(id, $"repair-{attemptId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid attemptId)
    {
        if (!await LoadAsync(id, attemptId))
        {
            return NotFound();
        }
        Db.RepairAttempts.Remove(Attempt);
        await Db.SaveChangesAsync();
        LogDeleted(logger, attemptId);
        StatusMessage = "The repair attempt is deleted.";
        return BackTo(id, "healing");
    }

    private async Task<IActionResult> ConflictAsync(Guid id, Guid attemptId)
    {
        if (!await LoadAsync(id, attemptId))
        {
            return NotFound();
        }
        var theirs = FormOf(Attempt);
        string? Label<T>(string? value, Func<T, string> label, TryParse<T> parse) => parse(value, out var parsed) ? label(parsed) : value;
        return ShowConflict(
        [
            new ConflictPart("Who tried?", Label<RepairBy>(theirs.By, ByLabel, RepairBys.TryParse), Label<RepairBy>(Input.By, ByLabel, RepairBys.TryParse)),
            new ConflictPart("What was it?", Label<RepairKind>(theirs.Kind, RepairKinds.Label, RepairKinds.TryParse), Label<RepairKind>(Input.Kind, RepairKinds.Label, RepairKinds.TryParse)),
            new ConflictPart("When?", theirs.Date, Input.Date),
            new ConflictPart("What was said or done?", theirs.WhatWasSaidOrDone, Input.WhatWasSaidOrDone),
            new ConflictPart("How did it land?", theirs.Landed?.ToString(CultureInfo.InvariantCulture), Input.Landed?.ToString(CultureInfo.InvariantCulture)),
            new ConflictPart("What was promised", theirs.Promise, Input.Promise),
            new ConflictPart("By when?", theirs.PromiseBy, Input.PromiseBy),
        ], VersionOf(Attempt), Url.Page("./EditRepair", new { id, attemptId })!);
    }

    private delegate bool TryParse<T>(string? value, out T parsed);

    private static string ByLabel(RepairBy by) => by == RepairBy.Partner ? "My partner" : "Me";

    private DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    private RepairModel.InputModel FormOf(RepairAttempt attempt) => new()
    {
        IdempotencyKey = attempt.IdempotencyKey,
        By = attempt.By.ToString(),
        Kind = attempt.Kind.ToString(),
        Date = DateInput.Format(DayOf(attempt.MadeAt)),
        WhatWasSaidOrDone = attempt.WhatWasSaidOrDone,
        Landed = attempt.Landed,
        Promise = attempt.Promise?.WhatWasPromised,
        PromiseBy = attempt.Promise?.ByDate is { } by ? DateInput.Format(by) : null,
    };

    private async Task<bool> LoadAsync(Guid id, Guid attemptId)
    {
        if (!await LoadIncidentAsync(id))
        {
            return false;
        }
        var ownerId = User.OwnerId();
        var attempt = await Db.RepairAttempts.Where(r => r.OwnerId == ownerId && r.IncidentId == id && r.Id == attemptId)
            .Include(r => r.Promise)
            .FirstOrDefaultAsync();
        if (attempt is null)
        {
            return false;
        }
        Attempt = attempt;
        return true;
    }

    [LoggerMessage(EventId = LogEvents.RepairAttemptEdited, Level = LogLevel.Information, Message = "Repair attempt {AttemptId} edited")]
    private static partial void LogEdited(ILogger logger, Guid attemptId);

    [LoggerMessage(EventId = LogEvents.PromiseAddedLater, Level = LogLevel.Information, Message = "Promise {PromiseId} added to repair attempt {AttemptId}")]
    private static partial void LogPromiseAdded(ILogger logger, Guid promiseId, Guid attemptId);

    [LoggerMessage(EventId = LogEvents.RepairAttemptDeleted, Level = LogLevel.Information, Message = "Repair attempt {AttemptId} deleted")]
    private static partial void LogDeleted(ILogger logger, Guid attemptId);
}
