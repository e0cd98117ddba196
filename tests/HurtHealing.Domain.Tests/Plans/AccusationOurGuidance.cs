using HurtHealing.Domain.Plans;

namespace HurtHealing.Domain.Tests.Plans;

/// <summary>
/// Every sentence of guidance we show around a plan: checked by our own accusation check (TalkGuidanceTests) and
/// learnt as clean by its second opinion (SecondOpinionTraining).
/// </summary>
internal static class AccusationOurGuidance
{
    public static IEnumerable<string> All =>
        OpeningLines.All
            .Concat(ListeningPrompts.Groups.SelectMany(g => g.Prompts.Append(g.Title)))
            .Concat(BeforeTheTalk.ListeningReminders)
            .Append(BeforeTheTalk.SlowBreath)
            .Concat(ReadinessCheck.Questions.Select(ReadinessCheck.Prompt))
            .Concat(ReadinessTexts());

    private static IEnumerable<string> ReadinessTexts()
    {
        foreach (var answer in new[] { ReadinessAnswer.No, ReadinessAnswer.NotSure })
        {
            var answers = ReadinessCheck.Questions.ToDictionary(q => q, _ => answer);
            var now = DateTimeOffset.UnixEpoch.AddYears(50);
            foreach (var reason in ReadinessCheck.Evaluate(answers, now.AddHours(-1), now).Reasons)
            {
                yield return reason.Why;
                yield return reason.WhatToDo;
            }
        }

        yield return ReadinessCheck.ReadySummary;
        yield return ReadinessCheck.NotYetSummary;
    }
}
