using FluentValidation;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Step 5: the listening half of the talk.</summary>
public partial class ListenModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings, ILogger<ListenModel> logger) : PlanPage(db, time, safetyReadings)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadForChangeAsync(id, tracking: false) is { } refused)
        {
            return refused;
        }
        Input.ListenFor = Plan.ListenFor;
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
        Plan.SetListenFor(Input.ListenFor, Now);
        if (!await TrySaveAsync())
        {
            return await ConflictAsync(id, incidentChildren: false,
                () => [new ConflictPart("What I want to listen for, and ask", Plan.ListenFor, Input.ListenFor)]);
        }
        LogSaved(logger, Plan.Id);
        return NextStep();
    }

    public sealed class InputModel
    {
        public string? ListenFor { get; set; }
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.ListenFor).Cascade(CascadeMode.Stop)
                .RequiredText(TalkPlanRules.ListenForMaxLength, "Please write a few words about what you'll listen for, even one question.");
        }
    }

    [LoggerMessage(EventId = LogEvents.PlanListeningSaved, Level = LogLevel.Information, Message = "Talk plan {PlanId}: listening saved")]
    private static partial void LogSaved(ILogger logger, Guid planId);
}
