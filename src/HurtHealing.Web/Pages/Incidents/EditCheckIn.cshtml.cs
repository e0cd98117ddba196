using System.Globalization;
using HurtHealing.Domain.CheckIns;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

/// <summary>Puts a check-in right (it keeps the moment it was made, so the curve keeps its place), or deletes it after a confirmation.</summary>
public partial class EditCheckInModel(AppDbContext db, TimeProvider time, ILogger<EditCheckInModel> logger) : IncidentChildPageModel(db, time)
{
    [BindProperty]
    public CheckInModel.InputModel Input { get; set; } = new();

    public CheckIn Record { get; private set; } = default!;

    /// <summary>The delete confirmation is showing.</summary>
    public bool ConfirmDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid checkInId, bool delete)
    {
        if (!await LoadAsync(id, checkInId))
        {
            return NotFound();
        }
        ConfirmDelete = delete;
        Version = VersionOf(Record);
        Input = FormOf(Record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid checkInId)
    {
        if (!await LoadAsync(id, checkInId))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        var what = TextRules.CountedLength(Input.WhatRetriggered) > 0 ? Input.WhatRetriggered : null;
        Record.Change(Input.Intensity!.Value, Input.Resentment!.Value, Input.Retriggered, Input.Retriggered ? what : null,
            TextRules.CountedLength(Input.Note) > 0 ? Input.Note : null);
        if (!await TrySaveAsync(Record))
        {
            return await ConflictAsync(id, checkInId);
        }
        LogEdited(logger, Record.Id);
        StatusMessage = "Your changes are saved.";
        return BackTo(id, "healing");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid checkInId)
    {
        if (!await LoadAsync(id, checkInId))
        {
            return NotFound();
        }
        Db.CheckIns.Remove(Record);
        await Db.SaveChangesAsync();
        LogDeleted(logger, checkInId);
        StatusMessage = "The check-in is deleted.";
        return BackTo(id, "healing");
    }

    private async Task<IActionResult> ConflictAsync(Guid id, Guid checkInId)
    {
        if (!await LoadAsync(id, checkInId))
        {
            return NotFound();
        }
        var theirs = FormOf(Record);
        static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
        static string YesNo(bool value) => value ? "Yes" : "No";
        return ShowConflict(
        [
            new ConflictPart(CheckInRules.IntensityQuestionThen, Number(theirs.Intensity), Number(Input.Intensity)),
            new ConflictPart(CheckInRules.ResentmentQuestionThen, Number(theirs.Resentment), Number(Input.Resentment)),
            new ConflictPart("Something brought it back", YesNo(theirs.Retriggered), YesNo(Input.Retriggered)),
            new ConflictPart("What brought it back?", theirs.WhatRetriggered, Input.WhatRetriggered),
            new ConflictPart("A note", theirs.Note, Input.Note),
        ], VersionOf(Record), Url.Page("./EditCheckIn", new { id, checkInId })!);
    }

    private static CheckInModel.InputModel FormOf(CheckIn checkIn) => new()
    {
        IdempotencyKey = checkIn.IdempotencyKey,
        Intensity = checkIn.Intensity,
        Resentment = checkIn.ResentmentGrip,
        Retriggered = checkIn.Retriggered,
        WhatRetriggered = checkIn.WhatRetriggered,
        Note = checkIn.Note,
    };

    private async Task<bool> LoadAsync(Guid id, Guid checkInId)
    {
        if (!await LoadIncidentAsync(id))
        {
            return false;
        }
        var ownerId = User.OwnerId();
        var checkIn = await Db.CheckIns.Where(c => c.OwnerId == ownerId && c.IncidentId == id && c.Id == checkInId).FirstOrDefaultAsync();
        if (checkIn is null)
        {
            return false;
        }
        Record = checkIn;
        return true;
    }

    [LoggerMessage(EventId = LogEvents.CheckInEdited, Level = LogLevel.Information, Message = "Check-in {CheckInId} edited")]
    private static partial void LogEdited(ILogger logger, Guid checkInId);

    [LoggerMessage(EventId = LogEvents.CheckInDeleted, Level = LogLevel.Information, Message = "Check-in {CheckInId} deleted")]
    private static partial void LogDeleted(ILogger logger, Guid checkInId);
}
