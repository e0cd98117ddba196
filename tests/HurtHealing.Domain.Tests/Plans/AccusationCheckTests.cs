using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

public class AccusationCheckTests
{
    private static readonly RewriteContext Incident = new(
        "you left the party without telling me", ["hurt", "lonely", "scared"], "to know I matter to you", "tell me before you leave next time");

    [Theory]
    [InlineData("You always forget our plans.", AccusationKind.AlwaysNever, "You always")]
    [InlineData("You never ask.", AccusationKind.AlwaysNever, "You never")]
    [InlineData("You're never on time.", AccusationKind.AlwaysNever, "You're never")]
    [InlineData("You make me feel small.", AccusationKind.YouMakeMeFeel, "You make me feel")]
    [InlineData("You made me cry.", AccusationKind.YouMakeMeFeel, "You made me cry")]
    [InlineData("You're so selfish.", AccusationKind.YoureSo, "You're so selfish")]
    [InlineData("You are such a show-off.", AccusationKind.YoureSo, "You are such a show-off")]
    [InlineData("Why do you do this?", AccusationKind.WhyDoYou, "Why do you")]
    [InlineData("Why can't you listen?", AccusationKind.WhyDoYou, "Why can't you")]
    [InlineData("Anyone would be upset.", AccusationKind.AnyoneWould, "Anyone would")]
    [InlineData("A normal person would call.", AccusationKind.AnyoneWould, "A normal person")]
    [InlineData("You're an idiot.", AccusationKind.NameCalling, "You're an idiot")]
    [InlineData("You jerk.", AccusationKind.NameCalling, "You jerk")]
    [InlineData("Oh great, late again.", AccusationKind.Contempt, "Oh great")]
    [InlineData("Nice job ruining dinner.", AccusationKind.SarcasticPraise, "Nice job")]
    [InlineData("Whatever.", AccusationKind.Contempt, "Whatever")]
    [InlineData("Do it again and I'm leaving.", AccusationKind.Boundary, "Do it again and I'm leaving")]
    [InlineData("This is your last chance.", AccusationKind.Threat, "This is your last chance")]
    [InlineData("I feel abandoned.", AccusationKind.BlameFeeling, "abandoned")]
    [InlineData("I felt hurt and betrayed.", AccusationKind.BlameFeeling, "betrayed")]
    [InlineData("I feel that you lied.", AccusationKind.JudgementAsFeeling, "I feel that")]
    [InlineData("I felt like you didn't care.", AccusationKind.JudgementAsFeeling, "I felt like")]
    public void Finds_each_kind_with_the_exact_span(string text, AccusationKind kind, string matched)
    {
        var finding = Assert.Single(AccusationCheck.Find(text));

        Assert.Equal(kind, finding.Kind);
        Assert.Equal(matched, finding.Matched);
        Assert.Equal(text.IndexOf(matched, StringComparison.Ordinal), finding.Start);
        Assert.Equal(matched.Length, finding.Length);
        Assert.Equal(matched, text.Substring(finding.Start, finding.Length));
    }

    // Thanks for a habit is praise, whatever absolute it uses; the same absolute beside a sore act, a "but", or a
    // negated thanks is still flagged. Written by idea, not copied from the sets.
    [Theory]
    [InlineData("I love that you always call my mum on Sundays.")]
    [InlineData("You always remember my coffee order, and I'm grateful.")]
    [InlineData("You've never once missed a school play, and I admire that.")]
    [InlineData("Every single night you read to the kids, and I do notice.")]
    [InlineData("Thank you for always making the bed.")]
    [InlineData("Whenever I'm stressed you help me plan the week.")]
    [InlineData("Every time I'm sad you notice before I say a word.")]
    [InlineData("You're so thoughtful, you always put a note in my lunchbox.")]
    public void Thanks_for_a_habit_is_not_flagged(string sentence)
    {
        Assert.Empty(AccusationCheck.Find(sentence));
    }

    [Theory]
    [InlineData("You always leave your socks on the floor, and I'm so grateful.")]
    [InlineData("You always come home late, but I'm grateful you text.")]
    [InlineData("I don't love that you always come home late.")]
    [InlineData("Whenever I'm down you never notice.")]
    [InlineData("You're so tired, you always fall asleep before the kids are in bed.")]
    [InlineData("Every time I'm upset you help yourself to another beer.")]
    public void An_absolute_beside_a_sore_act_is_still_flagged(string sentence)
    {
        Assert.Contains(AccusationCheck.Find(sentence), f => f.Kind == AccusationKind.AlwaysNever);
    }

    // Ideas from the misses of the second independent set, each tried on sentences of our own.
    [Theory]
    [InlineData("u r a manipulator", AccusationKind.NameCalling)]
    [InlineData("You're a guilt-tripper.", AccusationKind.NameCalling)]
    [InlineData("Your sister actually cooks for her husband.", AccusationKind.Comparison)]
    [InlineData("Even my brother tidies up more than you.", AccusationKind.Comparison)]
    [InlineData("All my friends are talking about how you left.", AccusationKind.OthersOpinion)]
    [InlineData("Even your own mum says you went too far.", AccusationKind.OthersOpinion)]
    [InlineData("Wait till your boss finds out what you did.", AccusationKind.VeiledThreat)]
    [InlineData("You'd do well to think carefully before you answer.", AccusationKind.VeiledThreat)]
    [InlineData("Should I get you a gold star for taking the bins out?", AccusationKind.SarcasticPraise)]
    [InlineData("Oh how generous, you bought yourself a new phone.", AccusationKind.SarcasticPraise)]
    [InlineData("My insomnia is down to how you behave.", AccusationKind.YouMakeMeFeel)]
    [InlineData("u make me so nervous", AccusationKind.YouMakeMeFeel)]
    [InlineData("haha, fine then.", AccusationKind.Contempt)]
    [InlineData("Tidy up or I'm going to your mum.", AccusationKind.Threat)]
    [InlineData("I'm not discussing this while you're drunk.", AccusationKind.Boundary)]
    public void Ideas_from_the_second_set_catch_new_sentences(string sentence, AccusationKind kind)
    {
        Assert.Contains(AccusationCheck.Find(sentence), f => f.Kind == kind);
    }

    [Theory]
    [InlineData("My brother actually likes you.")]
    [InlineData("My mum loves you more than you know.")]
    [InlineData("Wait till your mum hears the good news!")]
    [InlineData("My recovery was all because of how you helped.")]
    [InlineData("Don't make me laugh, I'll spill my tea!")]
    [InlineData("You might want to take a coat, it's cold.")]
    public void Kindly_readings_of_the_same_frames_are_left_alone(string sentence)
    {
        // The rules' reading. The trained second opinion is judged on whole sets (AccusationCorpusTests); it flags
        // "My recovery was all because of how you helped." (0.99 sure): one of its mistakes, listed in README.
        Assert.Empty(AccusationCheck.FindByRulesAlone(sentence));
    }

    // "You're so…"/"you're such a…" names the frame; a label in it is that kind, a slur stays name-calling.
    [Theory]
    [InlineData("You're such a drama queen.", AccusationKind.YoureSo)]
    [InlineData("You are such a baby about the dentist.", AccusationKind.YoureSo)]
    [InlineData("You're such a hypocrite about screen time.", AccusationKind.YoureSo)]
    [InlineData("You're such an idiot.", AccusationKind.NameCalling)]
    [InlineData("You're a hypocrite.", AccusationKind.NameCalling)]
    public void A_label_in_the_youre_so_frame_is_that_kind_and_a_slur_is_name_calling(string sentence, AccusationKind kind)
    {
        Assert.Equal(kind, Assert.Single(AccusationCheck.Find(sentence)).Kind);
    }

    [Theory]
    [InlineData("You’re so selfish.")]
    [InlineData("Youre so selfish.")]
    [InlineData("You are so selfish.")]
    [InlineData("YOU'RE SO SELFISH.")]
    [InlineData("you‘re so selfish")]
    public void Reads_contractions_curly_apostrophes_and_any_case(string text)
    {
        var finding = Assert.Single(AccusationCheck.Find(text));

        Assert.Equal(AccusationKind.YoureSo, finding.Kind);
        Assert.Equal(text.TrimEnd('.'), finding.Matched);
    }

    [Theory]
    [InlineData("Why don’t you ever help?", AccusationKind.WhyDoYou)]
    [InlineData("why dont you ever help", AccusationKind.WhyDoYou)]
    [InlineData("I’m done with you.", AccusationKind.Boundary)]
    [InlineData("I feel like you don’t care.", AccusationKind.JudgementAsFeeling)]
    [InlineData("You don’t ever ask.", AccusationKind.AlwaysNever)]
    public void Straight_and_curly_apostrophes_and_missing_ones_read_the_same(string text, AccusationKind kind)
    {
        Assert.Contains(AccusationCheck.Find(text), f => f.Kind == kind);
    }

    [Theory]
    [InlineData("I always feel better after we talk.")]
    [InlineData("I never want to lose what we have.")]
    [InlineData("Why don't we take a walk?")]
    [InlineData("You are so important to me.")]
    [InlineData("I feel hurt and lonely.")]
    [InlineData("I feel that's fair.")]
    [InlineData("When you left the party without me, I felt alone, because I need to know I matter. Would you tell me next time?")]
    [InlineData("I felt like an idiot standing there.")]
    [InlineData("You make me feel safe.")]
    [InlineData("I know you never meant to hurt me.")]
    [InlineData("Whatever you need, I'm here.")]
    [InlineData("I'll leave the room for twenty minutes and come back.")]
    [InlineData("")]
    [InlineData("   ")]
    public void Clean_statements_get_no_finding(string text)
    {
        Assert.Empty(AccusationCheck.Find(text));
    }

    [Fact]
    public void Findings_are_ordered_by_position_and_each_carries_its_own_reason()
    {
        const string text = "I feel abandoned. You never listen, you're so cold, and whatever.";

        var findings = AccusationCheck.Find(text);

        Assert.Equal(
            [AccusationKind.BlameFeeling, AccusationKind.AlwaysNever, AccusationKind.YoureSo, AccusationKind.Contempt],
            findings.Select(f => f.Kind));
        Assert.Equal(["abandoned", "You never", "you're so cold", "whatever"], findings.Select(f => f.Matched));
        Assert.Equal(findings.OrderBy(f => f.Start), findings);
        Assert.All(findings, f => Assert.Equal(AccusationCheck.Why(f.Kind), f.Why));
    }

    [Theory]
    [InlineData("Why do you always do this?", AccusationKind.WhyDoYou, "Why do you")]
    [InlineData("You always make me feel invisible.", AccusationKind.YouMakeMeFeel, "You always make me feel")]
    [InlineData("You're always so negative.", AccusationKind.YoureSo, "You're always so negative")]
    [InlineData("You're such an idiot.", AccusationKind.NameCalling, "You're such an idiot")]
    [InlineData("You're always a jerk.", AccusationKind.NameCalling, "You're always a jerk")]
    [InlineData("You'll never see the kids again.", AccusationKind.Threat, "You'll never see the kids again")]
    [InlineData("You're so whatever.", AccusationKind.Contempt, "whatever")]
    public void Overlapping_findings_keep_the_more_specific_kind(string text, AccusationKind kind, string matched)
    {
        var finding = Assert.Single(AccusationCheck.Find(text));

        Assert.Equal(kind, finding.Kind);
        Assert.Equal(matched, finding.Matched);
    }

    [Fact]
    public void Separate_problems_in_one_sentence_are_all_reported()
    {
        var findings = AccusationCheck.Find("I feel like you never listen.");

        Assert.Equal([AccusationKind.JudgementAsFeeling, AccusationKind.AlwaysNever], findings.Select(f => f.Kind));
        Assert.Equal(["I feel like", "you never"], findings.Select(f => f.Matched));
    }

    [Fact]
    public void Spans_point_into_the_original_text_even_with_curly_quotes_and_emoji()
    {
        const string text = "Honestly 😞 “you’re so cold” and you’re never home.";

        var findings = AccusationCheck.Find(text);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(f.Matched, text.Substring(f.Start, f.Length)));
        Assert.Equal("you’re so cold", findings[0].Matched);
        Assert.Equal("you’re never", findings[1].Matched);
    }

    [Fact]
    public void Every_kind_has_one_kind_sentence_of_why()
    {
        foreach (var kind in Enum.GetValues<AccusationKind>())
        {
            var why = AccusationCheck.Why(kind);
            Assert.EndsWith(".", why, StringComparison.Ordinal);
            Assert.InRange(why.Length, 40, 200);
            Assert.Equal(1, why.Count(c => c is '.' or '!' or '?'));
        }
    }

    [Fact]
    public void Same_text_gives_the_same_findings()
    {
        const string text = "You always do this, you're so selfish, and I feel ignored.";

        Assert.Equal(AccusationCheck.Find(text), AccusationCheck.Find(text));
    }

    [Fact]
    public void Refuses_null_and_overlong_text()
    {
        Assert.Throws<ArgumentNullException>(() => AccusationCheck.Find(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => AccusationCheck.Find(new string('a', AccusationCheck.MaxTextLength + 1)));
        Assert.Empty(AccusationCheck.Find(new string('a', AccusationCheck.MaxTextLength)));
    }

    [Fact]
    public void Normalizing_quotes_keeps_every_index()
    {
        const string text = "You’re “so” ‘cold’\u00A0now";

        var normalized = AccusationCheck.NormalizeQuotes(text);

        Assert.Equal(text.Length, normalized.Length);
        Assert.Equal("You're \"so\" 'cold' now", normalized);
    }

    [Fact]
    public void Blame_words_map_to_gentler_feelings()
    {
        Assert.Contains("abandoned", BlameWords.AllSpellings);
        Assert.Contains("cheated on", BlameWords.AllSpellings);
        Assert.True(BlameWords.IsBlameWord("Taken  for granted"));
        Assert.Equal(["lonely", "sad", "hurt"], BlameWords.UnderlyingFeelingsOf("IGNORED"));
        Assert.Empty(BlameWords.UnderlyingFeelingsOf("lonely"));
        Assert.All(BlameWords.AllSpellings, w => Assert.NotEmpty(BlameWords.UnderlyingFeelingsOf(w)));
        Assert.All(BlameWords.AllSpellings, w => Assert.All(BlameWords.UnderlyingFeelingsOf(w), g => Assert.False(BlameWords.IsBlameWord(g))));
    }
}
