using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

public class TalkGuidanceTests
{
    private static IEnumerable<string> OurGuidance => AccusationOurGuidance.All;

    [Fact]
    public void There_are_at_least_six_distinct_opening_lines_that_fit_the_plan()
    {
        Assert.True(OpeningLines.All.Count >= 6);
        Assert.Equal(OpeningLines.All.Count, OpeningLines.All.Distinct().Count());
        Assert.All(OpeningLines.All, line =>
        {
            Assert.InRange(line.Length, 10, TalkPlanRules.OpeningLineMaxLength);
            Assert.Equal(line.Trim(), line);
        });
    }

    [Fact]
    public void An_opening_line_can_be_taken_as_the_plans_own_and_edited()
    {
        var plan = TalkPlan.Create("user-1", Guid.CreateVersion7(), DateTimeOffset.UnixEpoch.AddYears(55));
        var now = plan.CreatedAt.AddMinutes(1);

        plan.SetOpeningLine(OpeningLines.All[0], now);
        plan.SetOpeningLine(plan.OpeningLine + " Is now a good time?", now);

        Assert.StartsWith(OpeningLines.All[0], plan.OpeningLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Listening_prompts_come_in_three_groups_of_a_few_each()
    {
        Assert.Equal([ListeningPrompts.TheirSide, ListeningPrompts.WhatToAsk, ListeningPrompts.ShowingIHeard], ListeningPrompts.Groups);
        Assert.All(ListeningPrompts.Groups, g =>
        {
            Assert.False(string.IsNullOrWhiteSpace(g.Title));
            Assert.InRange(g.Prompts.Count, 3, 6);
        });
    }

    [Fact]
    public void Three_listening_reminders_and_a_slow_breath_line()
    {
        Assert.Equal(3, BeforeTheTalk.ListeningReminders.Count);
        Assert.All(BeforeTheTalk.ListeningReminders, r => Assert.InRange(r.Length, 10, 120));
        Assert.InRange(BeforeTheTalk.SlowBreath.Length, 10, 120);
    }

    [Fact]
    public void Our_own_guidance_passes_our_own_accusation_check()
    {
        var flagged = OurGuidance
            .Select(text => (text, findings: AccusationCheck.Find(text)))
            .Where(x => x.findings.Count > 0)
            .Select(x => $"{x.text} -> {string.Join(", ", x.findings.Select(f => f.Kind))}")
            .ToList();

        Assert.True(flagged.Count == 0, string.Join("\n", flagged));
    }

    [Theory]
    [InlineData("hurt")]
    [InlineData("pain")]
    [InlineData("fight")]
    [InlineData("argu")]
    [InlineData("incident")]
    [InlineData("sorry")]
    [InlineData("talk")]
    [InlineData("heal")]
    public void The_calendar_title_gives_nothing_away(string revealing)
    {
        Assert.DoesNotContain(revealing, TalkCalendar.EventTitle, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(TalkCalendar.EventTitle.Length, 3, 30);
        Assert.All(BlameWords.AllSpellings, w => Assert.DoesNotContain(w, TalkCalendar.EventTitle, StringComparison.OrdinalIgnoreCase));
    }
}
