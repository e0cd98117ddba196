using HurtHealing.Domain.Common;
using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

public class TalkPlanTests
{
    private const string Owner = "user-1";
    private static readonly Guid IncidentId = Guid.CreateVersion7();
    private static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T1 = T0.AddMinutes(5);

    private static TalkPlan NewPlan() => TalkPlan.Create(Owner, IncidentId, T0);

    [Fact]
    public void A_new_plan_is_a_current_draft_with_a_version_7_id()
    {
        var plan = NewPlan();

        Assert.Equal(7, plan.Id.Version);
        Assert.Equal(Owner, plan.OwnerId);
        Assert.Equal(IncidentId, plan.IncidentId);
        Assert.Equal(T0, plan.CreatedAt);
        Assert.Equal(T0, plan.UpdatedAt);
        Assert.Equal(TalkPlanStatus.Draft, plan.Status);
        Assert.True(plan.IsCurrent);
        Assert.Equal(ReadinessAnswers.None, plan.Readiness);
        Assert.Empty(plan.Statements);
        Assert.Null(plan.NeedToState);
        Assert.Null(plan.CompletedAt);
        Assert.NotEqual(plan.Id, NewPlan().Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\0b")]
    public void Refuses_a_blank_or_broken_owner(string ownerId)
    {
        Assert.ThrowsAny<ArgumentException>(() => TalkPlan.Create(ownerId, IncidentId, T0));
    }

    [Fact]
    public void Refuses_a_missing_owner_incident_or_time()
    {
        Assert.Throws<ArgumentNullException>(() => TalkPlan.Create(null!, IncidentId, T0));
        Assert.Throws<ArgumentException>(() => TalkPlan.Create(new string('x', OwnerRules.MaxOwnerId + 1), IncidentId, T0));
        Assert.Throws<ArgumentException>(() => TalkPlan.Create(Owner, Guid.Empty, T0));
        Assert.Throws<ArgumentException>(() => TalkPlan.Create(Owner, IncidentId, default));
        Assert.NotNull(TalkPlan.Create(new string('x', OwnerRules.MaxOwnerId), IncidentId, T0));
    }

    public static TheoryData<string, int> TextFields => new()
    {
        { "NeedToState", TalkPlanRules.NeedToStateMaxLength },
        { "OpeningLine", TalkPlanRules.OpeningLineMaxLength },
        { "ListenFor", TalkPlanRules.ListenForMaxLength },
    };

    private static void Set(TalkPlan plan, string field, string? value, DateTimeOffset now)
    {
        switch (field)
        {
            case "NeedToState": plan.SetNeedToState(value, now); break;
            case "OpeningLine": plan.SetOpeningLine(value, now); break;
            case "ListenFor": plan.SetListenFor(value, now); break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }
    }

    private static string? Get(TalkPlan plan, string field) => field switch
    {
        "NeedToState" => plan.NeedToState,
        "OpeningLine" => plan.OpeningLine,
        "ListenFor" => plan.ListenFor,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>A browser posts a line break as CRLF but counts it as one character, as the page validators do.</summary>
    private static string LinesAtTheLimit(int max) => string.Concat(Enumerable.Repeat("a\r\n", (max - 1) / 2)) + "a";

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Line_breaks_count_as_one_character_as_the_browser_counts_them(string field, int max)
    {
        var plan = NewPlan();

        Set(plan, field, LinesAtTheLimit(max), T1);

        Assert.True(Get(plan, field)!.Length <= max);
    }

    [Fact]
    public void Line_breaks_count_as_one_character_in_statements_and_the_outcome()
    {
        var plan = NewPlan();
        var part = LinesAtTheLimit(TalkPlanRules.StatementPartMaxLength);

        var statement = plan.AddStatement(part, part, part, part, T1);
        plan.RecordOutcome(LinesAtTheLimit(TalkPlanRules.HowItWentMaxLength), 7,
            LinesAtTheLimit(TalkPlanRules.WhatWeAgreedMaxLength), LinesAtTheLimit(TalkPlanRules.WhatIStillNeedMaxLength), T1);

        Assert.Equal(part.ReplaceLineEndings("\n"), statement.When);
        Assert.Equal(LinesAtTheLimit(TalkPlanRules.HowItWentMaxLength).ReplaceLineEndings("\n"), plan.HowItWent);
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Text_fields_are_trimmed_blank_becomes_null_and_limits_hold(string field, int max)
    {
        var plan = NewPlan();

        Set(plan, field, "  I need you to hear me.  ", T1);
        Assert.Equal("I need you to hear me.", Get(plan, field));
        Assert.Equal(T1, plan.UpdatedAt);

        Set(plan, field, "   ", T1);
        Assert.Null(Get(plan, field));

        Set(plan, field, new string('a', max), T1);
        Assert.Equal(max, Get(plan, field)!.Length);

        Assert.Throws<ArgumentException>(() => Set(plan, field, new string('a', max + 1), T1));
        Assert.Throws<ArgumentException>(() => Set(plan, field, "nul\0inside", T1));
        Assert.Equal(max, Get(plan, field)!.Length);
    }

    /// <summary>Every free text a plan keeps, with its limit and a way to write and read it.</summary>
    public static TheoryData<string> EveryPlanText => new()
    {
        "NeedToState", "OpeningLine", "ListenFor", "When", "Felt", "BecauseINeed", "WouldYou", "HowItWent", "WhatWeAgreed", "WhatIStillNeed",
    };

    private static int LimitOf(string field) => field switch
    {
        "NeedToState" => TalkPlanRules.NeedToStateMaxLength,
        "OpeningLine" => TalkPlanRules.OpeningLineMaxLength,
        "ListenFor" => TalkPlanRules.ListenForMaxLength,
        "When" or "Felt" or "BecauseINeed" or "WouldYou" => TalkPlanRules.StatementPartMaxLength,
        "HowItWent" => TalkPlanRules.HowItWentMaxLength,
        "WhatWeAgreed" => TalkPlanRules.WhatWeAgreedMaxLength,
        "WhatIStillNeed" => TalkPlanRules.WhatIStillNeedMaxLength,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string? Write(TalkPlan plan, string field, string text)
    {
        switch (field)
        {
            case "NeedToState" or "OpeningLine" or "ListenFor":
                Set(plan, field, text, T1);
                return Get(plan, field);
            case "When" or "Felt" or "BecauseINeed" or "WouldYou":
                var statement = plan.AddStatement(
                    field == "When" ? text : null, field == "Felt" ? text : null,
                    field == "BecauseINeed" ? text : null, field == "WouldYou" ? text : null, T1);
                return field switch { "When" => statement.When, "Felt" => statement.Felt, "BecauseINeed" => statement.BecauseINeed, _ => statement.WouldYou };
            default:
                plan.RecordOutcome(field == "HowItWent" ? text : null, null, field == "WhatWeAgreed" ? text : null, field == "WhatIStillNeed" ? text : null, T1);
                return field switch { "HowItWent" => plan.HowItWent, "WhatWeAgreed" => plan.WhatWeAgreed, _ => plan.WhatIStillNeed };
        }
    }

    // Lines of "a" joined by CRLF, as a browser posts a textarea: each line break counts once, as maxlength counts it.
    private static string Lines(int lines) => string.Join("\r\n", Enumerable.Repeat("a", lines));

    [Theory]
    [MemberData(nameof(EveryPlanText))]
    public void A_text_with_line_breaks_is_counted_as_the_browser_counts_it(string field)
    {
        var max = LimitOf(field);
        var lines = (max + 1) / 2;
        var atTheLimit = Lines(lines);
        Assert.True(atTheLimit.Length > max, "The raw text must be longer than the limit, or the case proves nothing.");

        var stored = Write(NewPlan(), field, atTheLimit);

        Assert.Equal(atTheLimit.ReplaceLineEndings("\n"), stored);
        Assert.Equal(2 * lines - 1, stored!.Length);
        Assert.Throws<ArgumentException>(() => Write(NewPlan(), field, Lines(lines + 1)));
    }

    [Fact]
    public void A_refused_change_writes_nothing()
    {
        var plan = NewPlan();
        plan.SetOpeningLine("Can we talk?", T1);

        Assert.Throws<ArgumentException>(() => plan.SetOpeningLine(new string('a', TalkPlanRules.OpeningLineMaxLength + 1), T1.AddMinutes(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.RecordOutcome("It went well", 11, null, null, T1.AddMinutes(2)));
        Assert.Throws<ArgumentException>(() => plan.SetOpeningLine("Later", default));

        Assert.Equal("Can we talk?", plan.OpeningLine);
        Assert.Null(plan.HowItWent);
        Assert.Equal(TalkPlanStatus.Draft, plan.Status);
        Assert.Equal(T1, plan.UpdatedAt);
    }

    [Fact]
    public void Statements_are_added_in_order_updated_and_removed_with_positions_kept_tidy()
    {
        var plan = NewPlan();
        var first = plan.AddStatement("you left early", "alone", "to feel I matter", "tell me next time", T1);
        var second = plan.AddStatement(null, "scared", null, null, T1);
        var third = plan.AddStatement(null, null, "reassurance", null, T1);

        Assert.Equal([first.Id, second.Id, third.Id], plan.Statements.Select(s => s.Id));
        Assert.Equal([0, 1, 2], plan.Statements.Select(s => s.Position));
        Assert.Equal("When you left early, I felt alone, because I need to feel I matter. Would you tell me next time?", first.ToSentence());
        Assert.Equal(7, first.Id.Version);

        Assert.True(plan.UpdateStatement(second.Id, " the door slammed ", "frightened", null, null, T1));
        Assert.Equal("the door slammed", second.When);
        Assert.Equal("frightened", second.Felt);

        Assert.True(plan.RemoveStatement(first.Id, T1));
        Assert.Equal([second.Id, third.Id], plan.Statements.Select(s => s.Id));
        Assert.Equal([0, 1], plan.Statements.Select(s => s.Position));

        Assert.False(plan.RemoveStatement(Guid.NewGuid(), T1));
        Assert.False(plan.UpdateStatement(first.Id, "x", null, null, null, T1));
    }

    [Fact]
    public void A_statement_needs_a_part_and_each_part_has_a_limit()
    {
        var plan = NewPlan();

        Assert.Throws<ArgumentException>(() => plan.AddStatement(null, " ", "", null, T1));
        Assert.Throws<ArgumentException>(() => plan.AddStatement(new string('a', TalkPlanRules.StatementPartMaxLength + 1), null, null, null, T1));
        Assert.Throws<ArgumentException>(() => plan.AddStatement(null, null, null, "a\0b", T1));
        var kept = plan.AddStatement(null, new string('a', TalkPlanRules.StatementPartMaxLength), null, null, T1);
        Assert.Throws<ArgumentException>(() => plan.UpdateStatement(kept.Id, null, null, null, null, T1));

        Assert.Single(plan.Statements);
        Assert.Equal(TalkPlanRules.StatementPartMaxLength, kept.Felt!.Length);
    }

    [Fact]
    public void Holds_at_most_ten_statements()
    {
        var plan = NewPlan();
        for (var i = 0; i < TalkPlanRules.MaxStatements; i++)
        {
            plan.AddStatement(null, "hurt", null, null, T1);
        }

        Assert.Throws<InvalidOperationException>(() => plan.AddStatement(null, "hurt", null, null, T1));
        Assert.Equal(10, plan.Statements.Count);
    }

    [Fact]
    public void A_time_can_be_proposed_and_cleared()
    {
        var plan = NewPlan();
        var sunday = new DateTimeOffset(2025, 3, 16, 10, 0, 0, TimeSpan.Zero);

        plan.ProposeTime(sunday, T1);
        Assert.Equal(sunday, plan.ProposedTime);

        plan.ProposeTime(null, T1);
        Assert.Null(plan.ProposedTime);

        Assert.Throws<ArgumentException>(() => plan.ProposeTime(default(DateTimeOffset), T1));
    }

    [Fact]
    public void Readiness_is_answered_stored_and_evaluated()
    {
        var plan = NewPlan();

        plan.AnswerReadiness(ReadinessQuestion.BodyCalm, ReadinessAnswer.No, T1);
        Assert.Equal(ReadinessAnswer.No, plan.Readiness.BodyCalm);

        var allYes = ReadinessCheck.Questions.Aggregate(ReadinessAnswers.None, (a, q) => a.With(q, ReadinessAnswer.Yes));
        plan.AnswerReadiness(allYes, T1);
        Assert.Equal(allYes, plan.Readiness);

        Assert.True(plan.EvaluateReadiness(T0.AddDays(-1), T1).IsReady);
        Assert.False(plan.EvaluateReadiness(T0, T1).IsReady);
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.AnswerReadiness(ReadinessQuestion.Privacy, (ReadinessAnswer)7, T1));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.AnswerReadiness(allYes with { Privacy = (ReadinessAnswer)7 }, T1));
        Assert.Equal(allYes, plan.Readiness);
    }

    [Fact]
    public void Marking_ready_never_depends_on_the_readiness_check_and_can_be_undone()
    {
        var plan = NewPlan();

        plan.MarkReady(T1);
        Assert.Equal(TalkPlanStatus.Ready, plan.Status);
        Assert.False(plan.EvaluateReadiness(null, T1).IsReady);

        plan.ReturnToDraft(T1);
        Assert.Equal(TalkPlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void Recording_the_outcome_marks_the_plan_done_and_can_be_amended()
    {
        var plan = NewPlan();
        plan.MarkReady(T1);
        var after = T1.AddHours(2);

        plan.RecordOutcome("  Calmer than I feared.  ", 7, "We check in on Sundays.", "To hear it again next week.", after);

        Assert.Equal(TalkPlanStatus.Done, plan.Status);
        Assert.Equal("Calmer than I feared.", plan.HowItWent);
        Assert.Equal(7, plan.HeardScore);
        Assert.Equal("We check in on Sundays.", plan.WhatWeAgreed);
        Assert.Equal("To hear it again next week.", plan.WhatIStillNeed);
        Assert.Equal(after, plan.CompletedAt);

        plan.RecordOutcome("Calmer than I feared, and kind.", 8, null, null, after.AddDays(1));
        Assert.Equal(8, plan.HeardScore);
        Assert.Null(plan.WhatWeAgreed);
        Assert.Equal(after, plan.CompletedAt);
        Assert.Equal(after.AddDays(1), plan.UpdatedAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(null)]
    public void Heard_score_accepts_zero_to_ten_or_nothing(int? score)
    {
        var plan = NewPlan();

        plan.RecordOutcome(null, score, null, null, T1);

        Assert.Equal(score, plan.HeardScore);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Heard_score_outside_zero_to_ten_is_refused(int score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewPlan().RecordOutcome(null, score, null, null, T1));
    }

    [Fact]
    public void Outcome_texts_have_limits()
    {
        var plan = NewPlan();

        Assert.Throws<ArgumentException>(() => plan.RecordOutcome(new string('a', TalkPlanRules.HowItWentMaxLength + 1), null, null, null, T1));
        Assert.Throws<ArgumentException>(() => plan.RecordOutcome(null, null, new string('a', TalkPlanRules.WhatWeAgreedMaxLength + 1), null, T1));
        Assert.Throws<ArgumentException>(() => plan.RecordOutcome(null, null, null, new string('a', TalkPlanRules.WhatIStillNeedMaxLength + 1), T1));
        Assert.Throws<ArgumentException>(() => plan.RecordOutcome("a\0", null, null, null, T1));
        Assert.Equal(TalkPlanStatus.Draft, plan.Status);

        plan.RecordOutcome(
            new string('a', TalkPlanRules.HowItWentMaxLength), null,
            new string('b', TalkPlanRules.WhatWeAgreedMaxLength),
            new string('c', TalkPlanRules.WhatIStillNeedMaxLength), T1);
        Assert.Equal(TalkPlanStatus.Done, plan.Status);
    }

    [Fact]
    public void After_the_talk_the_preparation_is_kept_as_it_was()
    {
        var plan = NewPlan();
        var statement = plan.AddStatement(null, "hurt", null, null, T1);
        plan.RecordOutcome("Okay", 5, null, null, T1);

        Assert.Throws<InvalidOperationException>(() => plan.SetOpeningLine("New", T1));
        Assert.Throws<InvalidOperationException>(() => plan.SetNeedToState("New", T1));
        Assert.Throws<InvalidOperationException>(() => plan.SetListenFor("New", T1));
        Assert.Throws<InvalidOperationException>(() => plan.AddStatement(null, "x", null, null, T1));
        Assert.Throws<InvalidOperationException>(() => plan.UpdateStatement(statement.Id, null, "x", null, null, T1));
        Assert.Throws<InvalidOperationException>(() => plan.RemoveStatement(statement.Id, T1));
        Assert.Throws<InvalidOperationException>(() => plan.AnswerReadiness(ReadinessQuestion.Privacy, ReadinessAnswer.Yes, T1));
        Assert.Throws<InvalidOperationException>(() => plan.ProposeTime(T1, T1));
        Assert.Throws<InvalidOperationException>(() => plan.MarkReady(T1));
        Assert.Throws<InvalidOperationException>(() => plan.ReturnToDraft(T1));
        Assert.Equal("hurt", Assert.Single(plan.Statements).Felt);
    }

    [Fact]
    public void Choosing_the_current_plan_sets_the_others_aside()
    {
        var first = NewPlan();
        var second = TalkPlan.Create(Owner, IncidentId, T1);
        first.RecordOutcome("We ran out of time.", 4, null, "To finish the talk.", T1);

        TalkPlan.ChooseCurrent([first, second], second, T1.AddHours(1));
        Assert.False(first.IsCurrent);
        Assert.True(second.IsCurrent);
        Assert.Equal(T1.AddHours(1), first.UpdatedAt);

        TalkPlan.ChooseCurrent([first, second], first, T1.AddHours(2));
        Assert.True(first.IsCurrent);
        Assert.False(second.IsCurrent);
    }

    [Fact]
    public void Choosing_the_current_plan_refuses_plans_of_another_incident_or_owner()
    {
        var plan = NewPlan();
        var otherIncident = TalkPlan.Create(Owner, Guid.CreateVersion7(), T0);
        var otherOwner = TalkPlan.Create("user-2", IncidentId, T0);

        Assert.Throws<ArgumentException>(() => TalkPlan.ChooseCurrent([plan, otherIncident], plan, T1));
        Assert.Throws<ArgumentException>(() => TalkPlan.ChooseCurrent([plan, otherOwner], plan, T1));
        Assert.Throws<ArgumentException>(() => TalkPlan.ChooseCurrent([plan], otherOwner, T1));
        Assert.True(plan.IsCurrent);
        Assert.True(otherIncident.IsCurrent);
    }
}
