using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

public class StatementRewriterTests
{
    [Fact]
    public void Builds_the_full_sentence_from_every_piece()
    {
        var context = new RewriteContext("you cancelled our dinner", ["disappointed", "lonely"], "to feel like a priority", "plan the next one with me");

        Assert.Equal(
            "When you cancelled our dinner, I felt disappointed and lonely, because I need to feel like a priority. Would you plan the next one with me?",
            StatementRewriter.Rewrite(context));
    }

    [Fact]
    public void Missing_pieces_become_placeholders_and_a_gentle_default_request()
    {
        Assert.Equal(
            "When [what happened], I felt [how I felt], because I need [what I need]. Would you let me know you've heard this?",
            StatementRewriter.Rewrite(RewriteContext.Empty));
    }

    [Fact]
    public void Fallback_feelings_are_used_only_when_the_incident_names_none()
    {
        var empty = RewriteContext.Empty;
        var named = empty with { Feelings = ["hurt"] };

        Assert.Contains("I felt alone and scared,", StatementRewriter.Rewrite(empty, ["alone", "scared"]), StringComparison.Ordinal);
        Assert.Contains("I felt hurt,", StatementRewriter.Rewrite(named, ["alone", "scared"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Trims_and_never_doubles_punctuation_or_lead_ins()
    {
        var context = new RewriteContext(
            "  When you left early.  ", ["  I felt hurt. "], "because I need to be heard.", "Would you listen without fixing it?");

        Assert.Equal(
            "When you left early, I felt hurt, because I need to be heard. Would you listen without fixing it?",
            StatementRewriter.Rewrite(context));
    }

    [Theory]
    [InlineData("You forgot my birthday", "When you forgot my birthday,")]
    [InlineData("We argued at dinner", "When we argued at dinner,")]
    [InlineData("Sam told me what you said", "When Sam told me what you said,")]
    [InlineData("I found the messages", "When I found the messages,")]
    public void Lowers_only_ordinary_openers_after_when(string whatHappened, string expectedStart)
    {
        var text = StatementRewriter.Rewrite(RewriteContext.Empty with { WhatHappened = whatHappened });

        Assert.StartsWith(expectedStart, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Collapses_inner_whitespace_and_keeps_the_persons_apostrophes()
    {
        var text = StatementRewriter.Rewrite(RewriteContext.Empty with { WhatHappened = "you didn’t\n  call   back" });

        Assert.StartsWith("When you didn’t call back,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "hurt" }, "hurt")]
    [InlineData(new[] { "hurt", "lonely" }, "hurt and lonely")]
    [InlineData(new[] { "hurt", "lonely", "scared" }, "hurt, lonely and scared")]
    [InlineData(new[] { " hurt ", "", "Hurt", "  ", "lonely" }, "hurt and lonely")]
    public void Joins_lists_the_way_people_speak(string[] items, string expected)
    {
        Assert.Equal(expected, StatementRewriter.JoinList(items));
    }

    [Theory]
    [InlineData("you left early", "alone", "reassurance", "hold me for a minute", "When you left early, I felt alone, because I need reassurance. Would you hold me for a minute?")]
    [InlineData("you left early", "alone", null, null, "When you left early, I felt alone.")]
    [InlineData(null, "alone", "reassurance", null, "I felt alone, because I need reassurance.")]
    [InlineData(null, "alone", null, null, "I felt alone.")]
    [InlineData("you left early", null, null, null, "When you left early, I felt [how I felt].")]
    [InlineData(null, null, "reassurance", null, "I need reassurance.")]
    [InlineData(null, null, null, "hold me", "Would you hold me?")]
    [InlineData(null, "  ", null, "", "")]
    [InlineData("When you left early.", "I felt alone!", "because I need space.", "would you please give me an hour?", "When you left early, I felt alone, because I need space. Would you give me an hour?")]
    public void Composes_a_statement_from_the_parts_given(string? when, string? felt, string? need, string? wouldYou, string expected)
    {
        Assert.Equal(expected, StatementRewriter.Compose(when, felt, need, wouldYou));
    }

    [Fact]
    public void A_lead_in_word_inside_a_longer_word_is_kept()
    {
        // "Whenever" starts with "when" but is not the lead-in.
        Assert.Equal("When whenever I call, I felt [how I felt].", StatementRewriter.Compose("whenever I call", null, null, null));
    }
}
