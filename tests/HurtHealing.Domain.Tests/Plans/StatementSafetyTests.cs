using HurtHealing.Domain.Safety;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Tests.Safety;

namespace HurtHealing.Domain.Tests.Plans;

public class StatementSafetyTests
{
    private static readonly RewriteContext Context = new(
        "you left the party without telling me", ["hurt", "lonely"], "to feel I matter to you", "tell me before you go next time");

    [Fact]
    public void No_boundary_in_any_corpus_is_called_a_threat()
    {
        var threats = SafetyCorpus.Boundaries.Concat(SafetyCorpus.FirstHeldOutBoundaries).Concat(SafetyCorpus.SecondHeldOutBoundaries).Concat(SafetyCorpus.HeldOutBoundaries)
            .Where(b => AccusationCheck.Find(b.Text).Any(f => f.Kind == AccusationKind.Threat))
            .Select(b => b.Text)
            .ToList();

        Assert.Empty(threats);
    }

    [Fact]
    public void Every_boundary_in_the_own_corpus_is_acknowledged_as_a_boundary()
    {
        var wrong = SafetyCorpus.Boundaries
            .Select(b => (b.Text, Findings: AccusationCheck.Find(b.Text)))
            .Where(x => x.Findings.Any(f => f.Kind == AccusationKind.Threat) || x.Findings.All(f => f.Kind != AccusationKind.Boundary))
            .Select(x => $"{x.Text} -> {string.Join(", ", x.Findings.Select(f => $"{f.Kind} '{f.Matched}'"))}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Theory]
    [InlineData("If you hit me again, I'll leave.")]
    [InlineData("I want a divorce.")]
    [InlineData("I'm moving out.")]
    [InlineData("I need you to stop going through my phone.")]
    [InlineData("If you shout again I'll go to my mum's.")]
    [InlineData("I've decided to separate.")]
    public void The_issues_boundaries_are_acknowledged_never_softened(string text)
    {
        var boundary = Assert.Single(AccusationCheck.Find(text), f => f.Kind == AccusationKind.Boundary);

        Assert.Null(StatementRewriter.RewriteSentence(text, RewriteContext.Empty));
        Assert.DoesNotContain(AccusationCheck.Find(text), f => f.Kind == AccusationKind.Threat);
        Assert.Empty(AccusationCheck.Review(text).Rewritable);
    }

    [Theory]
    [InlineData("I'll make you pay for this.")]
    [InlineData("Do that again and you'll regret it.")]
    [InlineData("This is your last chance.")]
    public void Threats_that_aim_to_punish_are_still_threats(string text)
    {
        Assert.Contains(AccusationCheck.Find(text), f => f.Kind == AccusationKind.Threat);
    }

    [Theory]
    [InlineData("I'm afraid of you.")]
    [InlineData("I felt threatened when you punched the wall.")]
    [InlineData("When you grabbed my arm, I felt scared, because I need to feel safe. Would you stop?")]
    public void A_sentence_with_a_safety_signal_gets_no_praise_and_no_rewrite(string text)
    {
        var check = AccusationCheck.Review(text);

        Assert.True(check.HasSafetySignal);
        Assert.False(check.ShowsPraise);
        Assert.False(check.OffersRewrites);
        Assert.Empty(check.Rewritable);
    }

    [Fact]
    public void A_clean_sentence_without_a_signal_keeps_its_praise_line_and_it_promises_nothing()
    {
        var check = AccusationCheck.Review("When you left the party without me, I felt lonely, because I need to know I matter.");

        Assert.True(check.ShowsPraise);
        Assert.Contains("can make it easier", AccusationCheck.PraiseLine, StringComparison.Ordinal);
    }

    [Fact]
    public void A_boundary_with_a_safety_signal_adds_that_leaving_can_be_a_risky_moment()
    {
        var check = AccusationCheck.Review("If you hit me again, I'll leave.");

        Assert.True(check.HasBoundary);
        Assert.Equal(SafetyNotes.LeavingCanBeRisky, check.LeavingNote);
        Assert.Null(AccusationCheck.Review("I want a divorce.").LeavingNote);
    }

    [Theory]
    [InlineData("You never told me you were married.")]
    [InlineData("You never mentioned that you'd lost your job.")]
    [InlineData("You never came home last night.")]
    public void Facts_stated_with_never_are_not_exaggerations(string text)
    {
        // The rules' reading. The trained second opinion is judged on whole sets (AccusationCorpusTests), and it does
        // flag the second of these (0.96 sure): one of the clean sentences it gets wrong, listed in README.
        Assert.DoesNotContain(AccusationCheck.FindByRulesAlone(text), f => f.Kind == AccusationKind.AlwaysNever);
    }

    [Theory]
    [InlineData("You never let me see my friends.", SafetySignalKind.Isolation)]
    [InlineData("You always check my phone.", SafetySignalKind.MonitoringAndControl)]
    [InlineData("You never let me have my own money.", SafetySignalKind.MonitoringAndControl)]
    public void Patterns_of_control_are_safety_signals_not_exaggerations(string text, SafetySignalKind kind)
    {
        var check = AccusationCheck.Review(text);

        Assert.DoesNotContain(check.Findings, f => f.Kind == AccusationKind.AlwaysNever);
        Assert.Contains(check.SafetySignals, s => s.Kind == kind);
    }

    [Theory]
    [InlineData("You never listen to me.")]
    [InlineData("You always forget our plans.")]
    [InlineData("You never tell me anything.")]
    public void Real_exaggerations_are_still_pointed_out(string text)
    {
        Assert.Contains(AccusationCheck.Find(text), f => f.Kind == AccusationKind.AlwaysNever);
    }

    [Theory]
    [InlineData("He said everyone thinks I'm crazy and I'm scared of him.")]
    [InlineData("You hit me, you bastard.")]
    [InlineData("My husband is a narcissist and he controls all our money.")]
    [InlineData("Because of you I'm afraid to go home.")]
    [InlineData("You obviously don't care that he threatened me.")]
    public void A_sentence_that_tells_of_danger_is_not_read_as_an_accusation(string text)
    {
        var check = AccusationCheck.Review(text);

        Assert.True(check.HasSafetySignal);
        Assert.Empty(check.Findings);
        Assert.Null(StatementRewriter.RewriteSentence(text, RewriteContext.Empty));
    }

    [Fact]
    public void Only_the_sentence_that_tells_of_danger_is_left_alone()
    {
        var findings = AccusationCheck.Find("You never listen to me. He hit me last week.");

        Assert.Contains(findings, f => f.Kind == AccusationKind.AlwaysNever);
    }
}
