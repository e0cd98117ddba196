using FluentValidation;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Step 2: the one thing to say up front.</summary>
public partial class NeedModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings, ILogger<NeedModel> logger) : PlanPage(db, time, safetyReadings)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadForChangeAsync(id, tracking: false, incidentChildren: true) is { } refused)
        {
            return refused;
        }
        Input.NeedToState = Plan.NeedToState ?? Suggestion();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadForChangeAsync(id, tracking: true, incidentChildren: true) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }
        Plan.SetNeedToState(Input.NeedToState, Now);
        if (!await TrySaveAsync())
        {
            return await ConflictAsync(id, incidentChildren: true,
                () => [new ConflictPart("The need I'll say up front", Plan.NeedToState, Input.NeedToState)]);
        }
        LogSaved(logger, Plan.Id);
        return NextStep();
    }

    /// <summary>A first draft from the incident's open need, for the person to change.</summary>
    public string? Suggestion() =>
        Incident.MainNeed is { } need && NeedWording.Need(need.Kind) is { } words
            ? $"What I need most from this talk is {words}."
            : null;

    public sealed class InputModel
    {
        public string? NeedToState { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.NeedToState).Cascade(CascadeMode.Stop)
                .RequiredText(TalkPlanRules.NeedToStateMaxLength, "Please write a few words about what you need, even roughly.");
        }
    }

    [LoggerMessage(EventId = LogEvents.PlanNeedSaved, Level = LogLevel.Information, Message = "Talk plan {PlanId}: need saved")]
    private static partial void LogSaved(ILogger logger, Guid planId);
}
