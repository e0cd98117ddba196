using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

/// <summary>The one rewrite of a checked statement: a pattern per kind, the rest kept as written.</summary>
public class StatementRewriterTests
{
    private static readonly RewriteContext Logged = new(
        "Forgot our anniversary dinner", ["hurt", "lonely"], "to know I matter to you", "tell me where I stand with you");

    private static string Rewrite(string sentence, RewriteContext? context = null) =>
        StatementRewriter.RewriteSentence(sentence, context ?? RewriteContext.Empty)?.Sentence
        ?? throw new InvalidOperationException($"no rewrite for: {sentence}");

    [Theory]
    [InlineData(AccusationKind.AlwaysNever, "When you never listen to me, I felt hurt.", "When you didn't listen to me [say when], I felt hurt")]
    [InlineData(AccusationKind.AlwaysNever, "You always interrupt me.", "When you interrupted me [say when],")]
    [InlineData(AccusationKind.AlwaysNever, "You're always on your phone at dinner.", "When you were on your phone at dinner [say when],")]
    [InlineData(AccusationKind.AlwaysNever, "you never once asked how my day was", "When you didn't ask how my day was [say when],")]
    [InlineData(AccusationKind.AlwaysNever, "Not once did you say thank you.", "When you didn't say thank you [say when],")]
    [InlineData(AccusationKind.AlwaysNever, "You never, ever plan anything for us.", "When you didn't plan anything for us [say when],")]
    [InlineData(AccusationKind.OthersOpinion, "My friends agree that you were out of line.", "When I think you were out of line,")]
    [InlineData(AccusationKind.Comparison, "Your phone matters more to you than I do.", "because I need to know I matter to you")]
    [InlineData(AccusationKind.SarcasticPraise, "Well done, you forgot my birthday.", "When you forgot my birthday, I felt hurt,")]
    [InlineData(AccusationKind.MindReading, "You did that on purpose to hurt me.", "When " + StatementRewriter.WhatHappenedPlaceholder)]
    [InlineData(AccusationKind.VeiledThreat, "Keep it up and you'll see what happens.", "When " + StatementRewriter.WhatHappenedPlaceholder)]
    [InlineData(AccusationKind.YouMakeMeFeel, "You make me so angry when you leave without saying goodbye.", "When you leave without saying goodbye, I felt angry,")]
    [InlineData(AccusationKind.YoureSo, "When you cancelled on Friday, I felt hurt, you're so selfish.", "When you cancelled on Friday, I felt hurt")]
    [InlineData(AccusationKind.WhyDoYou, "Why can't you just put your phone down at dinner?", "Would you put your phone down at dinner?")]
    [InlineData(AccusationKind.WhyDoYou, "Why did you tell your brother about the money?", "When you told your brother about the money,")]
    [InlineData(AccusationKind.NameCalling, "You lied about the money, you liar.", "When you lied about the money,")]
    [InlineData(AccusationKind.Contempt, "Oh great, you're late again.", "When you're late")]
    [InlineData(AccusationKind.BlameFeeling, "When you left early, I felt abandoned.", "When you left early, I felt lonely and afraid")]
    [InlineData(AccusationKind.JudgementAsFeeling, "I feel like you don't care about me.", "and I started to wonder whether you don't care about me")]
    public void Each_kind_has_its_own_pattern(AccusationKind kind, string sentence, string expected)
    {
        Assert.Contains(AccusationCheck.Find(AccusationCheck.NormalizeQuotes(sentence)), f => f.Kind == kind);
        Assert.Contains(expected, Rewrite(sentence), StringComparison.Ordinal);
    }

    // Found by the second independent set: "so" before a word is an intensifier, not a clause break, so the feeling
    // is not left behind as the observation; a shouted sentence is rewritten in ordinary case.
    [Theory]
    [InlineData("You've made me feel so small.", "When " + StatementRewriter.WhatHappenedPlaceholder + ", I felt small,")]
    [InlineData("You make me feel so stupid when you correct me in front of people.", "When you correct me in front of people, I felt small and embarrassed,")]
    [InlineData("You made me so angry, so I left.", "I left")]
    [InlineData("YOU ALWAYS DO THIS.", "When you did this [say when],")]
    [InlineData("YOU NEVER LISTEN TO ME.", "When you didn't listen to me [say when],")]
    [InlineData("Not one time this year have you asked how my exams went.", "When you didn't ask how my exams went this year [say when],")]
    public void Intensifiers_and_capitals_are_read_as_the_person_meant_them(string sentence, string expected)
        => RewritesTo(sentence, expected);

    // "Always" becomes one moment: the person is asked when, unless their words already say it. "At dinner" after
    // "always" or "typical" is every dinner, so it still asks.
    [Theory]
    [InlineData("Yesterday you forgot to pick me up, like always.", "When yesterday you forgot to pick me up, I felt")]
    [InlineData("Last night you never once asked how I was.", "When last night you didn't ask how I was, I felt")]
    [InlineData("You were on your phone all through dinner, typical.", "When you were on your phone all through dinner [say when], I felt")]
    public void A_moment_the_person_already_named_is_not_asked_for_again(string sentence, string expected)
        => RewritesTo(sentence, expected);

    private static void RewritesTo(string sentence, string expected)
    {
        var rewrite = Rewrite(sentence, Logged);
        Assert.Contains(expected, rewrite, StringComparison.Ordinal);
        Assert.Empty(AccusationCorpusTests.GrammarProblems(rewrite));
    }

    [Fact]
    public void A_label_becomes_the_observation_beside_it_and_the_feeling_it_caused()
    {
        var rewrite = StatementRewriter.Rewrite("you cancelled our dinner and you're so selfish", "hurt", null, null, RewriteContext.Empty)!;

        Assert.Equal("you cancelled our dinner", rewrite.When);
        Assert.Equal("hurt", rewrite.Felt);
        Assert.Equal([true, false, true, true], rewrite.Changed);
    }

    [Fact]
    public void Parts_that_were_not_flagged_come_back_exactly_as_written()
    {
        var rewrite = StatementRewriter.Rewrite("you never text back", "  worried, really worried ", "to know you're safe", "text me when you're out late", Logged)!;

        Assert.Equal("you didn't text back [say when]", rewrite.When);
        Assert.Equal("  worried, really worried ", rewrite.Felt);
        Assert.Equal("to know you're safe", rewrite.BecauseINeed);
        Assert.Equal("text me when you're out late", rewrite.WouldYou);
        Assert.Equal([true, false, false, false], rewrite.Changed);
    }

    [Fact]
    public void Several_findings_in_one_sentence_give_one_rewrite_that_handles_them_all()
    {
        var sentence = "You never listen and you're so selfish.";
        Assert.True(AccusationCheck.Find(sentence).Count >= 2);

        var rewrite = Rewrite(sentence, Logged);

        Assert.StartsWith("When you didn't listen [say when], I felt hurt and lonely,", rewrite, StringComparison.Ordinal);
        Assert.DoesNotContain(AccusationCheck.Find(rewrite), f => f.Kind != AccusationKind.Boundary);
    }

    [Fact]
    public void The_incident_title_is_never_pasted_in_and_a_missing_observation_is_a_placeholder()
    {
        var rewrite = Rewrite("You're such a jerk about birthdays.", Logged);

        Assert.DoesNotContain("anniversary", rewrite, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("When " + StatementRewriter.WhatHappenedPlaceholder + ", I felt hurt and lonely", rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_anything_logged_the_request_is_specific_and_never_asks_for_more_talk()
    {
        var rewrite = Rewrite("You never listen to me.");

        Assert.EndsWith("Would you let me finish before you answer?", rewrite, StringComparison.Ordinal);
        Assert.DoesNotContain("talk", rewrite, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sarcasm_becomes_the_plain_hurt_under_it()
    {
        Assert.StartsWith("When you forgot, I felt hurt,", Rewrite("Oh great, you forgot again."), StringComparison.Ordinal);
    }

    [Fact]
    public void A_feeling_the_person_wrote_wins_over_the_logged_ones_because_it_is_about_this_sentence()
    {
        Assert.Contains("I felt small and embarrassed", Rewrite("You make me feel stupid.", Logged), StringComparison.Ordinal);
        Assert.Contains("I felt hurt and lonely", Rewrite("You're so cold.", Logged), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("If you read my messages again, I will leave.")]
    [InlineData("When you shove me I feel scared, you're so cruel.")]
    [InlineData("When you left early, I felt hurt.")]
    public void Boundaries_safety_disclosures_and_clean_sentences_get_no_rewrite(string sentence)
    {
        Assert.Null(StatementRewriter.RewriteSentence(sentence, Logged));
    }

    [Fact]
    public void Compose_trims_and_never_doubles_punctuation_or_lead_ins()
    {
        Assert.Equal(
            "When you left early, I felt hurt, because I need to be heard. Would you listen without fixing it?",
            StatementRewriter.Compose("  When you left early.  ", "  I felt hurt. ", "because I need to be heard.", "Would you listen without fixing it?"));
    }

    [Theory]
    [InlineData("You forgot my birthday", "When you forgot my birthday,")]
    [InlineData("Sam told me what you said", "When Sam told me what you said,")]
    [InlineData("I found the messages", "When I found the messages,")]
    public void Lowers_only_ordinary_openers_after_when(string when, string expectedStart)
    {
        Assert.StartsWith(expectedStart, StatementRewriter.Compose(when, "hurt", null, null), StringComparison.Ordinal);
    }
}
