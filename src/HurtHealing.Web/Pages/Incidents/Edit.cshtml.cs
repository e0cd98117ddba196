using System.Globalization;
using FluentValidation;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Pages.Incidents;

public partial class EditModel(AppDbContext db, TimeProvider time, ILogger<EditModel> logger) : PageModel, IVersionedForm
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The incident's version when the form was loaded, so a save from an older page can't replace a newer one.</summary>
    [BindProperty(Name = EditVersions.FormField)]
    public uint? Version { get; set; }

    public EditConflict? Conflict { get; private set; }

    public string DisplayTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var incident = await LoadAsync(id, tracking: false);
        if (incident is null)
        {
            return NotFound();
        }
        DisplayTitle = incident.DisplayTitle;
        Version = incident.Version;
        Input = new InputModel
        {
            Title = incident.Title,
            WhatHappened = incident.WhatHappened,
            Date = DateInput.Format(incident.OccurredOn),
            Time = incident.OccurredAt is { } at ? DateInput.Format(at) : null,
            TimeZone = incident.TimeZoneId,
            Category = incident.Category.ToString(),
            Hurt = incident.Hurt,
            Status = incident.Status.ToString(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var incident = await LoadAsync(id, tracking: true);
        if (incident is null)
        {
            return NotFound();
        }
        DisplayTitle = incident.DisplayTitle;
        var now = time.GetUtcNow();
        var zone = TimeZones.Resolve(Input.TimeZone, incident.TimeZoneId);
        if (DateInput.ParseDate(Input.Date) is { } day)
        {
            DateInput.RefuseDayOutsideRange(ModelState, day, zone, now);
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }

        var category = Input.ParsedCategory();
        var status = Input.ParsedStatus();
        incident.Edit(zone,
            DateInput.ParseDate(Input.Date)!.Value, DateInput.ParseTime(Input.Time),
            Input.Title, Input.WhatHappened!, category, Input.Hurt!.Value, now);
        if (status != incident.Status)
        {
            incident.ChangeStatus(status, now);
        }
        if (!await db.TrySaveAsync(incident, Version, HttpContext.RequestAborted))
        {
            return await ConflictAsync(id);
        }
        LogEdited(logger, incident.Id);
        StatusMessage = "Your changes are saved.";
        return RedirectToPage("./Details", new { id });
    }

    /// <summary>The incident as stored now beside what the person posted; the form takes the newer version, so "keep mine" saves.</summary>
    private async Task<IActionResult> ConflictAsync(Guid id)
    {
        var theirs = await LoadAsync(id, tracking: false);
        if (theirs is null)
        {
            return NotFound();
        }
        DisplayTitle = theirs.DisplayTitle;
        Version = theirs.Version;
        Conflict = new EditConflict(
        [
            new ConflictPart("What happened?", theirs.WhatHappened, Input.WhatHappened),
            new ConflictPart("Short title", theirs.Title, Input.Title),
            new ConflictPart("Day", DateInput.Format(theirs.OccurredOn), Input.Date),
            new ConflictPart("Time", theirs.OccurredAt is { } at ? DateInput.Format(at) : null, Input.Time),
            new ConflictPart("How much did it hurt?", theirs.Hurt.ToString(CultureInfo.InvariantCulture), Input.Hurt?.ToString(CultureInfo.InvariantCulture)),
            new ConflictPart("What kind of hurt was it?", IncidentCategories.Label(theirs.Category), IncidentCategories.Label(Input.ParsedCategory())),
            new ConflictPart("Where does it stand?", IncidentStatuses.Label(theirs.Status), IncidentStatuses.Label(Input.ParsedStatus())),
        ], Url.Page("./Edit", new { id })!);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private Task<Incident?> LoadAsync(Guid id, bool tracking)
    {
        var ownerId = User.OwnerId();
        var query = db.Incidents.Where(i => i.OwnerId == ownerId && i.Id == id);
        return (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync();
    }

    public sealed class InputModel
    {
        public string? Title { get; set; }
        public string? WhatHappened { get; set; }
        public string? Date { get; set; }
        public string? Time { get; set; }
        public string? TimeZone { get; set; }
        public string? Category { get; set; }
        public int? Hurt { get; set; }
        public string? Status { get; set; }

        // Methods, not properties: MVC's validation reads every property of a bound model.
        public IncidentCategory ParsedCategory() =>
            IncidentCategories.TryParse(Category, out var category) ? category : throw new InvalidOperationException("Validate the input first.");

        public IncidentStatus ParsedStatus() =>
            IncidentStatuses.TryParse(Status, out var status) ? status : throw new InvalidOperationException("Validate the input first.");
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.WhatHappened).Cascade(CascadeMode.Stop)
                .RequiredText(IncidentRules.MaxWhatHappened, "Please write a few words about what happened.");
            RuleFor(x => x.Title).Cascade(CascadeMode.Stop).FreeText(IncidentRules.MaxTitle);
            RuleFor(x => x.TimeZone)
                .Must(zone => string.IsNullOrEmpty(zone) || TimeZones.IsKnown(zone))
                .WithMessage("We don't recognise that time zone. Please choose yours from the list.");
            RuleFor(x => x.Date).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Please enter the day it happened.")
                .Must(value => DateInput.ParseDate(value) is not null).WithMessage("Please enter a date like 2025-03-14.");
            RuleFor(x => x.Time)
                .Must(value => string.IsNullOrWhiteSpace(value) || DateInput.ParseTime(value) is not null)
                .WithMessage("Please enter a time like 21:30, or leave it empty.");
            RuleFor(x => x.Hurt).Rating("Please choose how much it hurt, from 0 to 10.");
            RuleFor(x => x.Category).Must(value => IncidentCategories.TryParse(value, out _))
                .WithMessage("Please choose one of the kinds in the list.");
            RuleFor(x => x.Status).Must(value => IncidentStatuses.TryParse(value, out _))
                .WithMessage("Please choose where this stands from the list.");
        }
    }

    [LoggerMessage(EventId = LogEvents.IncidentEdited, Level = LogLevel.Information, Message = "Incident {IncidentId} edited")]
    private static partial void LogEdited(ILogger logger, Guid incidentId);
}
