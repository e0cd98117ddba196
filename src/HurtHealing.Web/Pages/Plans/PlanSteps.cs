using HurtHealing.Domain.Plans;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>The one list of the plan builder's steps: their order, their titles, and when each counts as done.</summary>
public static class PlanSteps
{
    /// <summary>Shown at the foot of every step.</summary>
    public const string TherapistLine = "A licensed therapist or counsellor can offer far more than any app.";

    public static IReadOnlyList<PlanStep> Steps { get; } =
    [
        new("Readiness", "Am I ready?", p => p.Readiness != ReadinessAnswers.None),
        new("Need", "What I need from this talk", p => p.NeedToState is not null),
        new("Opening", "How I'll open", p => p.OpeningLine is not null),
        new("Statements", "What I want to say", p => p.Statements.Count > 0),
        new("Listen", "What I'll listen for", p => p.ListenFor is not null),
        new("When", "When", p => p.ProposedTime is not null),
    ];

    /// <summary>1-based; 0 for a page that is not a step.</summary>
    public static int StepNumber(string page) => Steps.ToList().FindIndex(s => s.Page == page) + 1;

    /// <summary>The page after <paramref name="page"/>; after the last step, the plan's overview.</summary>
    public static string After(string page)
    {
        var number = StepNumber(page);
        if (number == 0)
        {
            throw new ArgumentException($"'{page}' is not a step of the plan.", nameof(page));
        }
        return number < Steps.Count ? Steps[number].Page : "Index";
    }
}

public sealed record PlanStep(string Page, string Title, Func<TalkPlan, bool> IsDone);
