using FluentValidation;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Pages.Safety;
using Microsoft.AspNetCore.Mvc;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Step 1. "Not yet" advises; it never stops the person going on.</summary>
public partial class ReadinessModel(AppDbContext db, TimeProvider time, SafetyReadings safetyReadings, ILogger<ReadinessModel> logger) : PlanPage(db, time, safetyReadings)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadForChangeAsync(id, tracking: false) is { } refused)
        {
            return refused;
        }
        Input = InputModel.From(Plan.Readiness);
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
        Plan.AnswerReadiness(Input.ToAnswers(), Now);
        if (!await TrySaveAsync())
        {
            return await ConflictAsync(id, incidentChildren: false, () =>
            {
                var theirs = InputModel.From(Plan.Readiness);
                return [.. ReadinessCheck.Questions.Select(q => new ConflictPart(ReadinessCheck.Prompt(q), AnswerText(theirs.Get(q)), AnswerText(Input.Get(q))))];
            });
        }
        LogSaved(logger, Plan.Id);
        var result = Url.Page("./Readiness", new { id }) + "#result";
        // Safety before guidance: "no" or "not sure" to feeling safe opens the help page first, with a way back.
        return Plan.Readiness.FeelSafe is ReadinessAnswer.No or ReadinessAnswer.NotSure
            ? Redirect(SafetyPage.WithWayBack(result))
            : Redirect(result);
    }

    // "Yes", "No", "Not sure" as the form says them; an unanswered question shows as empty.
    private static string? AnswerText(string? value) =>
        Enum.TryParse<ReadinessAnswer>(value, out var answer) && Enum.IsDefined(answer) ? ReadinessCheck.AnswerLabel(answer) : null;

    public sealed class InputModel
    {
        public string? BodyCalm { get; set; }
        public string? FedAndRested { get; set; }
        public string? NeitherRushed { get; set; }
        public string? Privacy { get; set; }
        public string? EnoughTimePassed { get; set; }
        public string? KnowWhatINeed { get; set; }
        public string? PartnerLikelyCalm { get; set; }
        public string? FeelSafe { get; set; }

        public string? Get(ReadinessQuestion question) => question switch
        {
            ReadinessQuestion.BodyCalm => BodyCalm,
            ReadinessQuestion.FedAndRested => FedAndRested,
            ReadinessQuestion.NeitherRushed => NeitherRushed,
            ReadinessQuestion.Privacy => Privacy,
            ReadinessQuestion.EnoughTimePassed => EnoughTimePassed,
            ReadinessQuestion.KnowWhatINeed => KnowWhatINeed,
            ReadinessQuestion.FeelSafe => FeelSafe,
            _ => PartnerLikelyCalm,
        };

        public static InputModel From(ReadinessAnswers answers) => new()
        {
            BodyCalm = answers.BodyCalm?.ToString(),
            FedAndRested = answers.FedAndRested?.ToString(),
            NeitherRushed = answers.NeitherRushed?.ToString(),
            Privacy = answers.Privacy?.ToString(),
            EnoughTimePassed = answers.EnoughTimePassed?.ToString(),
            KnowWhatINeed = answers.KnowWhatINeed?.ToString(),
            PartnerLikelyCalm = answers.PartnerLikelyCalm?.ToString(),
            FeelSafe = answers.FeelSafe?.ToString(),
        };

        public ReadinessAnswers ToAnswers() => new(
            Parse(BodyCalm), Parse(FedAndRested), Parse(NeitherRushed), Parse(Privacy),
            Parse(EnoughTimePassed), Parse(KnowWhatINeed), Parse(PartnerLikelyCalm), Parse(FeelSafe));

        public static bool IsAllowed(string? value) => string.IsNullOrEmpty(value) || Parse(value) is not null;

        // Names only: numbers and comma lists, which Enum.TryParse would take, are refused.
        private static ReadinessAnswer? Parse(string? value) =>
            Enum.GetValues<ReadinessAnswer>().Cast<ReadinessAnswer?>()
                .FirstOrDefault(a => string.Equals(a.ToString(), value, StringComparison.Ordinal));
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        private const string Message = "Please choose yes, no or not sure.";

        public Validator()
        {
            RuleFor(x => x.BodyCalm).Must(InputModel.IsAllowed).WithMessage(Message);
            RuleFor(x => x.FedAndRested).Must(InputModel.IsAllowed).WithMessage(Message);
            RuleFor(x => x.NeitherRushed).Must(InputModel.IsAllowed).WithMessage(Message);
            RuleFor(x => x.Privacy).Must(InputModel.IsAllowed).WithMessage(Message);
            RuleFor(x => x.EnoughTimePassed).Must(InputModel.IsAllowed).WithMessage(Message);
            RuleFor(x => x.KnowWhatINeed).Must(InputModel.IsAllowed).WithMessage(Message);
            RuleFor(x => x.PartnerLikelyCalm).Must(InputModel.IsAllowed).WithMessage(Message);
            RuleFor(x => x.FeelSafe).Must(InputModel.IsAllowed).WithMessage(Message);
        }
    }

    [LoggerMessage(EventId = LogEvents.PlanReadinessAnswered, Level = LogLevel.Information, Message = "Talk plan {PlanId}: readiness answered")]
    private static partial void LogSaved(ILogger logger, Guid planId);
}
