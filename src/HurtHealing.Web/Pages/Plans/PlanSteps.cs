using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Talks;
using HurtHealing.Web.Pages.Incidents;

namespace HurtHealing.Web.Pages.Plans;

/// <summary>Words and small rules the plan pages share.</summary>
public static class PlanText
{
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

    public static int StepNumber(string page) => Steps.ToList().FindIndex(s => s.Page == page) + 1;

    /// <summary>When the incident happened, if its time of day is known.</summary>
    public static DateTimeOffset? IncidentMoment(Incident incident)
    {
        if (incident.OccurredAt is not { } at)
        {
            return null;
        }
        var zone = TimeZones.Resolve(incident.TimeZoneId);
        var local = incident.OccurredOn.ToDateTime(at);
        return zone.IsInvalidTime(local) ? null : new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static string Answer(ReadinessAnswer answer) => answer switch
    {
        ReadinessAnswer.Yes => "Yes",
        ReadinessAnswer.No => "No",
        _ => "Not sure",
    };

    /// <summary>"because I need …" for a need kind, or null for "something else".</summary>
    public static string? NeedWords(NeedKind kind) => kind switch
    {
        NeedKind.ToBeHeard => "to be heard",
        NeedKind.Acknowledgment => "to know you see how it landed on me",
        NeedKind.Apology => "an apology",
        NeedKind.Explanation => "to understand what happened",
        NeedKind.Reassurance => "to know I matter to you",
        NeedKind.ChangeInBehaviour => "to know next time can be different",
        NeedKind.Space => "a little space",
        _ => null,
    };

    /// <summary>"Would you …?" for a need kind, or null for "something else".</summary>
    public static string? RequestWords(NeedKind kind) => kind switch
    {
        NeedKind.ToBeHeard => "listen to how it was for me before you answer",
        NeedKind.Acknowledgment => "tell me what you hear me saying",
        NeedKind.Apology => "think about how it landed for me, and say sorry if you can",
        NeedKind.Explanation => "help me understand what was going on for you",
        NeedKind.Reassurance => "tell me where I stand with you",
        NeedKind.ChangeInBehaviour => "talk with me about what we could do differently",
        NeedKind.Space => "give me some time, and check in with me tomorrow",
        _ => null,
    };

    /// <summary>The latest open need, else the latest need.</summary>
    public static NeedRecord? MainNeed(Incident incident) =>
        incident.Needs.Where(n => !n.IsMet).OrderByDescending(n => n.RecordedAt).FirstOrDefault()
        ?? incident.Needs.OrderByDescending(n => n.RecordedAt).FirstOrDefault();

    /// <summary>What the rewriter knows: the incident's short title, its latest feelings (strongest first) and its open need.</summary>
    public static RewriteContext ContextFor(Incident incident)
    {
        var need = MainNeed(incident);
        return new RewriteContext(
            incident.DisplayTitle,
            [.. incident.LatestFeelings.OrderByDescending(f => f.Intensity).Take(3).Select(f => f.Word)],
            need is null ? null : NeedWords(need.Kind),
            need is null ? null : RequestWords(need.Kind));
    }

    /// <summary>
    /// A rewrite, "When …, I felt …, because I need …. Would you …?", back into its four parts. Only the
    /// first part is the person's free text, so the separators are found from the end.
    /// </summary>
    public static (string When, string Felt, string Need, string Request) SplitRewrite(string rewrite)
    {
        var text = rewrite.Trim();
        var r = text.LastIndexOf(". Would you ", StringComparison.Ordinal);
        var n = r < 0 ? -1 : text.LastIndexOf(", because I need ", r, StringComparison.Ordinal);
        var f = n < 0 ? -1 : text.LastIndexOf(", I felt ", n, StringComparison.Ordinal);
        if (!text.StartsWith("When ", StringComparison.Ordinal) || f < 0)
        {
            return ("", "", "", text);
        }
        return (
            text[5..f],
            text[(f + ", I felt ".Length)..n],
            text[(n + ", because I need ".Length)..r],
            text[(r + ". Would you ".Length)..].TrimEnd('?'));
    }
}

public sealed record PlanStep(string Page, string Title, Func<TalkPlan, bool> IsDone);
