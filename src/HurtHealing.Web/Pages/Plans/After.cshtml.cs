using System.Globalization;
using FluentValidation;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Pages.Safety;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>After the talk: how it went, and where each need now stands. Recording again amends it.</summary>
public partial class AfterModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings, ILogger<AfterModel> logger) : PlanPage(db, time, safetyReadings)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, tracking: false, incidentChildren: true))
        {
            return NotFound();
        }
        Input = new InputModel
        {
            FeltSafe = Plan.FeltSafe?.ToString(),
            HowItWent = Plan.HowItWent,
            HeardScore = Plan.HeardScore?.ToString(CultureInfo.InvariantCulture),
            WhatWeAgreed = Plan.WhatWeAgreed,
            WhatIStillNeed = Plan.WhatIStillNeed,
            MetNeeds = [.. Incident.Needs.Where(n => n.IsMet).Select(n => n.Id.ToString())],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, tracking: true, incidentChildren: true))
        {
            return NotFound();
        }
        var needIds = Incident.Needs.Select(n => n.Id.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (Input.MetNeeds.Any(m => !needIds.Contains(m.Trim())))
        {
            ModelState.AddModelError("Input.MetNeeds", "One of those needs isn't part of this incident. Please reload the page and try again.");
        }
        if (!ModelState.IsValid)
        {
            ModelState.ScrubNul();
            return this.InvalidInput();
        }

        var now = Now;
        Plan.RecordOutcome(Input.HowItWent, InputModel.Score(Input.HeardScore), Input.WhatWeAgreed, Input.WhatIStillNeed, now);
        Plan.AnswerFeltSafe(InputModel.Answer(Input.FeltSafe), now);
        if (Incident.Status is IncidentStatus.Fresh or IncidentStatus.Processing)
        {
            Incident.ChangeStatus(IncidentStatus.Talked, now);
        }
        var met = Input.MetNeeds.Select(m => Guid.Parse(m.Trim())).ToHashSet();
        foreach (var need in Incident.Needs)
        {
            if (met.Contains(need.Id))
            {
                Incident.MarkNeedMet(need.Id, now);
            }
            else if (need.IsMet)
            {
                Incident.MarkNeedOpen(need.Id, now);
            }
        }
        if (!await TrySaveAsync())
        {
            return await ConflictAsync(id, incidentChildren: true, () =>
            [
                new ConflictPart("Did you feel safe?", Plan.FeltSafe is { } safe ? ReadinessCheck.AnswerLabel(safe) : null, InputModel.Answer(Input.FeltSafe) is { } mine ? ReadinessCheck.AnswerLabel(mine) : null),
                new ConflictPart("How did it go?", Plan.HowItWent, Input.HowItWent),
                new ConflictPart("How heard did you feel?", Plan.HeardScore?.ToString(CultureInfo.InvariantCulture), Input.HeardScore),
                new ConflictPart("What did you agree?", Plan.WhatWeAgreed, Input.WhatWeAgreed),
                new ConflictPart("What do you still need?", Plan.WhatIStillNeed, Input.WhatIStillNeed),
            ]);
        }
        LogRecorded(logger, Plan.Id, Incident.Id);
        StatusMessage = "Saved. Whatever happened, you showed up for this, and that takes courage.";
        // Safety before anything else: "no" or "not sure" opens the help page first, with a way back to the plan.
        return Plan.FeltSafe is ReadinessAnswer.No or ReadinessAnswer.NotSure
            ? Redirect(SafetyPage.WithWayBack(Url.Page("./Index", new { id })!))
            : RedirectToPage("./Index", new { id });
    }

    public sealed class InputModel
    {
        public string? FeltSafe { get; set; }
        public string? HowItWent { get; set; }
        public string? HeardScore { get; set; }
        public string? WhatWeAgreed { get; set; }
        public string? WhatIStillNeed { get; set; }
        public List<string> MetNeeds { get; set; } = [];

        // Names only ("Yes", "No", "NotSure"): numbers, which Enum.TryParse would take, are refused.
        public static ReadinessAnswer? Answer(string? value) =>
            Enum.GetValues<ReadinessAnswer>().Cast<ReadinessAnswer?>()
                .FirstOrDefault(a => string.Equals(a.ToString(), value?.Trim(), StringComparison.Ordinal));

        public static int? Score(string? value) =>
            int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : null;
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.FeltSafe).Must(v => string.IsNullOrWhiteSpace(v) || InputModel.Answer(v) is not null)
                .WithMessage("Please choose yes, no or not sure.");
            RuleFor(x => x.HowItWent).Cascade(CascadeMode.Stop).FreeText(TalkPlanRules.HowItWentMaxLength);
            RuleFor(x => x.HeardScore)
                .Must(v => string.IsNullOrWhiteSpace(v) || InputModel.Score(v) is >= TalkPlanRules.HeardScoreMin and <= TalkPlanRules.HeardScoreMax)
                .WithMessage("How heard you felt is a number from 0 to 10.");
            RuleFor(x => x.WhatWeAgreed).Cascade(CascadeMode.Stop).FreeText(TalkPlanRules.WhatWeAgreedMaxLength);
            RuleFor(x => x.WhatIStillNeed).Cascade(CascadeMode.Stop).FreeText(TalkPlanRules.WhatIStillNeedMaxLength);
            RuleFor(x => x.MetNeeds).Must(list => list.Count <= 100 && list.All(m => Guid.TryParse(m, out _)))
                .WithMessage("One of those needs isn't part of this incident. Please reload the page and try again.");
        }
    }

    [LoggerMessage(EventId = LogEvents.PlanOutcomeRecorded, Level = LogLevel.Information, Message = "Talk plan {PlanId}: outcome recorded for incident {IncidentId}")]
    private static partial void LogRecorded(ILogger logger, Guid planId, Guid incidentId);
}
