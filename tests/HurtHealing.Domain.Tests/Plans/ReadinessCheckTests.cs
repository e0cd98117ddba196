using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

public class ReadinessCheckTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 20, 0, 0, TimeSpan.FromHours(1));

    private static Dictionary<ReadinessQuestion, ReadinessAnswer> All(ReadinessAnswer answer) =>
        ReadinessCheck.Questions.ToDictionary(q => q, _ => answer);

    [Fact]
    public void All_yes_with_no_incident_time_is_ready()
    {
        var result = ReadinessCheck.Evaluate(All(ReadinessAnswer.Yes), null, Now);

        Assert.True(result.IsReady);
        Assert.Empty(result.Reasons);
        Assert.Equal(ReadinessCheck.ReadySummary, result.Summary);
        Assert.Null(result.SuggestedNotBefore);
    }

    [Fact]
    public void Unanswered_questions_count_as_not_sure()
    {
        var result = ReadinessCheck.Evaluate(new Dictionary<ReadinessQuestion, ReadinessAnswer>(), null, Now);

        Assert.False(result.IsReady);
        Assert.Equal(ReadinessCheck.Questions, result.Reasons.Select(r => r.Question));
        Assert.All(result.Reasons, r => Assert.Equal(ReadinessAnswer.NotSure, r.Answer));
        Assert.Equal(ReadinessCheck.NotYetSummary, result.Summary);
    }

    [Theory]
    [InlineData(ReadinessAnswer.No)]
    [InlineData(ReadinessAnswer.NotSure)]
    public void Each_question_not_answered_yes_gives_one_kind_reason_and_a_next_step(ReadinessAnswer answer)
    {
        foreach (var question in ReadinessCheck.Questions)
        {
            var answers = All(ReadinessAnswer.Yes);
            answers[question] = answer;

            var result = ReadinessCheck.Evaluate(answers, null, Now);

            Assert.False(result.IsReady);
            var reason = Assert.Single(result.Reasons);
            Assert.Equal(question, reason.Question);
            Assert.Equal(answer, reason.Answer);
            Assert.False(string.IsNullOrWhiteSpace(reason.Why));
            Assert.False(string.IsNullOrWhiteSpace(reason.WhatToDo));
        }
    }

    [Theory]
    [InlineData(ReadinessAnswer.No)]
    [InlineData(ReadinessAnswer.NotSure)]
    public void A_body_that_may_be_flooded_is_offered_a_break_of_at_least_20_minutes(ReadinessAnswer answer)
    {
        var answers = All(ReadinessAnswer.Yes);
        answers[ReadinessQuestion.BodyCalm] = answer;

        var reason = Assert.Single(ReadinessCheck.Evaluate(answers, null, Now).Reasons);

        Assert.Contains("at least 20 minutes", reason.WhatToDo, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(20), ReadinessCheck.FloodedBreak);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(179)]
    public void A_fresh_incident_is_flagged_even_when_the_person_says_enough_time_has_passed(int minutesAgo)
    {
        var incidentAt = Now.AddMinutes(-minutesAgo);

        var result = ReadinessCheck.Evaluate(All(ReadinessAnswer.Yes), incidentAt, Now);

        Assert.False(result.IsReady);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReadinessQuestion.EnoughTimePassed, reason.Question);
        Assert.Equal(ReadinessAnswer.Yes, reason.Answer);
        Assert.Contains("less than three hours", reason.Why, StringComparison.Ordinal);
        Assert.Equal(incidentAt.AddHours(3), result.SuggestedNotBefore);
    }

    [Theory]
    [InlineData(180)]
    [InlineData(60 * 24 * 3)]
    public void Three_hours_or_more_is_not_flagged_by_the_clock(int minutesAgo)
    {
        var result = ReadinessCheck.Evaluate(All(ReadinessAnswer.Yes), Now.AddMinutes(-minutesAgo), Now);

        Assert.True(result.IsReady);
        Assert.Null(result.SuggestedNotBefore);
    }

    [Fact]
    public void The_clock_never_clears_the_persons_own_no()
    {
        var answers = All(ReadinessAnswer.Yes);
        answers[ReadinessQuestion.EnoughTimePassed] = ReadinessAnswer.No;

        var result = ReadinessCheck.Evaluate(answers, Now.AddDays(-10), Now);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReadinessAnswer.No, reason.Answer);
        Assert.DoesNotContain("three hours ago", reason.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incident_time_in_the_future_is_treated_as_too_soon()
    {
        var result = ReadinessCheck.Evaluate(All(ReadinessAnswer.Yes), Now.AddHours(1), Now);

        Assert.Equal(ReadinessQuestion.EnoughTimePassed, Assert.Single(result.Reasons).Question);
    }

    [Fact]
    public void Several_reasons_come_in_question_order()
    {
        var answers = All(ReadinessAnswer.Yes);
        answers[ReadinessQuestion.PartnerLikelyCalm] = ReadinessAnswer.NotSure;
        answers[ReadinessQuestion.BodyCalm] = ReadinessAnswer.No;
        answers[ReadinessQuestion.Privacy] = ReadinessAnswer.No;

        var result = ReadinessCheck.Evaluate(answers, Now.AddMinutes(-30), Now);

        Assert.Equal(
            [ReadinessQuestion.BodyCalm, ReadinessQuestion.Privacy, ReadinessQuestion.EnoughTimePassed, ReadinessQuestion.PartnerLikelyCalm],
            result.Reasons.Select(r => r.Question));
    }

    [Fact]
    public void Every_question_has_a_first_person_prompt_and_feeling_safe_is_asked_first()
    {
        Assert.Equal(8, ReadinessCheck.Questions.Count);
        Assert.Equal(ReadinessQuestion.FeelSafe, ReadinessCheck.Questions[0]);
        Assert.Equal(Enum.GetValues<ReadinessQuestion>().Order(), ReadinessCheck.Questions.Order());
        Assert.All(ReadinessCheck.Questions, q => Assert.False(string.IsNullOrWhiteSpace(ReadinessCheck.Prompt(q))));
    }

    [Theory]
    [InlineData(ReadinessAnswer.No)]
    [InlineData(ReadinessAnswer.NotSure)]
    public void Not_feeling_safe_puts_safety_first_and_points_to_help_without_blocking(ReadinessAnswer answer)
    {
        var answers = All(ReadinessAnswer.Yes);
        answers[ReadinessQuestion.FeelSafe] = answer;

        var result = ReadinessCheck.Evaluate(answers, null, Now);

        Assert.True(result.SafetyFirst);
        Assert.False(result.IsReady);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(ReadinessQuestion.FeelSafe, reason.Question);
        Assert.Contains("help page", reason.WhatToDo, StringComparison.Ordinal);
        Assert.Contains("still go on", reason.WhatToDo, StringComparison.Ordinal);
    }

    [Fact]
    public void Feeling_safe_or_not_answering_does_not_put_safety_first()
    {
        Assert.False(ReadinessCheck.Evaluate(All(ReadinessAnswer.Yes), null, Now).SafetyFirst);
        var unanswered = All(ReadinessAnswer.Yes);
        unanswered.Remove(ReadinessQuestion.FeelSafe);
        Assert.False(ReadinessCheck.Evaluate(unanswered, null, Now).SafetyFirst);
    }

    [Fact]
    public void The_place_question_asks_about_safety_and_a_way_out_not_about_being_alone_together()
    {
        var prompt = ReadinessCheck.Prompt(ReadinessQuestion.Privacy);
        Assert.Contains("feel safe", prompt, StringComparison.Ordinal);
        Assert.Contains("leave", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("privacy", prompt, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Refuses_unknown_values_and_null()
    {
        Assert.Throws<ArgumentNullException>(() => ReadinessCheck.Evaluate(null!, null, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReadinessCheck.Evaluate(new Dictionary<ReadinessQuestion, ReadinessAnswer> { [ReadinessQuestion.Privacy] = (ReadinessAnswer)9 }, null, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadinessCheck.Prompt((ReadinessQuestion)99));
    }

    [Fact]
    public void Answers_record_reads_writes_and_converts_every_question()
    {
        var answers = ReadinessAnswers.None;
        foreach (var question in ReadinessCheck.Questions)
        {
            Assert.Null(answers.Get(question));
            answers = answers.With(question, ReadinessAnswer.No);
            Assert.Equal(ReadinessAnswer.No, answers.Get(question));
        }

        Assert.Equal(8, answers.ToDictionary().Count);
        Assert.Empty(ReadinessAnswers.None.ToDictionary());
        Assert.Null(answers.With(ReadinessQuestion.Privacy, null).Get(ReadinessQuestion.Privacy));
        Assert.Throws<ArgumentOutOfRangeException>(() => answers.With(ReadinessQuestion.Privacy, (ReadinessAnswer)5));
        Assert.Equal(ReadinessAnswer.NotSure, default(ReadinessAnswer));
    }
}
