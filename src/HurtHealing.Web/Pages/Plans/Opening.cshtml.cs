using FluentValidation;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Step 3: first words that set the temperature. A suggestion is a starting point the person can change.</summary>
public partial class OpeningModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings, ILogger<OpeningModel> logger) : PlanPage(db, time, safetyReadings)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadForChangeAsync(id, tracking: false) is { } refused)
        {
            return refused;
        }
        Input.OpeningLine = Plan.OpeningLine;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadForChangeAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        Plan.SetOpeningLine(Input.OpeningLine, Now);
        if (!await TrySaveAsync())
        {
            return await OpeningConflictAsync(id);
        }
        LogSaved(logger, Plan.Id);
        return NextStep();
    }

    /// <summary>Puts a suggested line in the box, to keep or change. Nullable: "line=abc" must not arrive as line 0.</summary>
    public async Task<IActionResult> OnPostPickAsync(Guid id, int? line)
    {
        if (await LoadForChangeAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }
        if (line is not { } index || index < 0 || index >= OpeningLines.All.Count)
        {
            // The text box was not part of this post; only the choice is wrong.
            ModelState.Clear();
            ModelState.AddModelError("Input.OpeningLine", "Please choose one of the lines shown.");
            Input.OpeningLine = Plan.OpeningLine;
            return this.InvalidInput();
        }
        Plan.SetOpeningLine(OpeningLines.All[index], Now);
        if (!await TrySaveAsync())
        {
            // The picked line goes in the box, beside the newer one, for the person to choose.
            Input.OpeningLine = OpeningLines.All[index];
            return await OpeningConflictAsync(id);
        }
        LogSaved(logger, Plan.Id);
        return Redirect(Url.Page("./Opening", new { id }) + "#opening");
    }

    private Task<IActionResult> OpeningConflictAsync(Guid id) =>
        ConflictAsync(id, incidentChildren: false, () => [new ConflictPart("My opening words", Plan.OpeningLine, Input.OpeningLine)]);

    public sealed class InputModel
    {
        public string? OpeningLine { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.OpeningLine).Cascade(CascadeMode.Stop)
                .RequiredText(TalkPlanRules.OpeningLineMaxLength, "Please write your opening words, or choose one of the lines below.");
        }
    }

    [LoggerMessage(EventId = LogEvents.PlanOpeningSaved, Level = LogLevel.Information, Message = "Talk plan {PlanId}: opening saved")]
    private static partial void LogSaved(ILogger logger, Guid planId);
}
