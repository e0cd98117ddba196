namespace HurtHealing.Domain.Plans;

/// <summary>
/// "Am I ready for this talk?" Every question is answered yes, no or not sure; anything other than
/// yes gives a kind reason and a next step. The result advises; it never blocks.
/// </summary>
/// <remarks>
/// Time since the incident is checked twice on purpose: the person's own answer, and the clock.
/// When <c>incidentAt</c> is known and less than <see cref="MinimumTimeSinceIncident"/> has passed,
/// the question is flagged even if they answered yes, because fresh hurt tends to flare up mid-talk
/// however settled one feels. The clock never clears a "no" or "not sure": their sense of it counts.
/// </remarks>
public static class ReadinessCheck
{
    /// <summary>Below this, the check flags the talk as soon, whatever was answered.</summary>
    public static readonly TimeSpan MinimumTimeSinceIncident = TimeSpan.FromHours(3);

    /// <summary>The shortest break suggested when the body is flooded.</summary>
    public static readonly TimeSpan FloodedBreak = TimeSpan.FromMinutes(20);

    /// <summary>The questions in the order they are asked.</summary>
    public static IReadOnlyList<ReadinessQuestion> Questions { get; } =
    [
        ReadinessQuestion.FeelSafe,
        ReadinessQuestion.BodyCalm,
        ReadinessQuestion.FedAndRested,
        ReadinessQuestion.NeitherRushed,
        ReadinessQuestion.Privacy,
        ReadinessQuestion.EnoughTimePassed,
        ReadinessQuestion.KnowWhatINeed,
        ReadinessQuestion.PartnerLikelyCalm,
    ];

    public const string ReadySummary =
        "You've looked after the basics. Go gently, and remember you can pause at any time.";

    public const string NotYetSummary =
        "Not yet, and that's okay. Here's what might help first. The choice is still yours.";

    /// <summary>The question as the person sees it, in the first person.</summary>
    public static string AnswerLabel(ReadinessAnswer answer) => answer switch
    {
        ReadinessAnswer.Yes => "Yes",
        ReadinessAnswer.No => "No",
        _ => "Not sure",
    };

    public static string Prompt(ReadinessQuestion question) => question switch
    {
        ReadinessQuestion.BodyCalm => "My body feels calm. My heart isn't racing.",
        ReadinessQuestion.FedAndRested => "I've eaten and I'm rested.",
        ReadinessQuestion.NeitherRushed => "Neither of us has to rush off.",
        ReadinessQuestion.FeelSafe => "I feel safe raising this with my partner.",
        ReadinessQuestion.Privacy => "We'll be somewhere I feel safe and could leave if I needed to.",
        ReadinessQuestion.EnoughTimePassed => "Enough time has passed since it happened.",
        ReadinessQuestion.KnowWhatINeed => "I know what I need from this talk.",
        ReadinessQuestion.PartnerLikelyCalm => "My partner is likely to be calm too.",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Unknown readiness question."),
    };

    /// <summary>
    /// Evaluates the answers. A question missing from <paramref name="answers"/> counts as not sure.
    /// </summary>
    public static ReadinessResult Evaluate(
        IReadOnlyDictionary<ReadinessQuestion, ReadinessAnswer> answers,
        DateTimeOffset? incidentAt,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);

        var tooSoonByClock = incidentAt is { } at && now - at < MinimumTimeSinceIncident;
        var reasons = new List<ReadinessReason>();
        foreach (var question in Questions)
        {
            var answer = answers.TryGetValue(question, out var given) ? given : ReadinessAnswer.NotSure;
            if (!Enum.IsDefined(answer))
            {
                throw new ArgumentOutOfRangeException(nameof(answers), answer, "Unknown readiness answer.");
            }

            if (question == ReadinessQuestion.EnoughTimePassed && answer == ReadinessAnswer.Yes && tooSoonByClock)
            {
                reasons.Add(new ReadinessReason(question, answer, TooSoonByClockWhy, TooSoonByClockWhatToDo));
            }
            else if (answer != ReadinessAnswer.Yes)
            {
                var (why, whatToDo) = Advice(question, answer);
                reasons.Add(new ReadinessReason(question, answer, why, whatToDo));
            }
        }

        return new ReadinessResult(
            reasons.Count == 0,
            reasons.Count == 0 ? ReadySummary : NotYetSummary,
            reasons,
            tooSoonByClock ? incidentAt!.Value + MinimumTimeSinceIncident : null,
            answers.TryGetValue(ReadinessQuestion.FeelSafe, out var safe) && safe != ReadinessAnswer.Yes);
    }

    private const string TooSoonByClockWhy =
        "It happened less than three hours ago. Even when you feel steady, fresh hurt can flare up halfway through a talk.";

    private const string TooSoonByClockWhatToDo =
        "If you can, give it a few more hours, or sleep on it. Writing your thoughts down now keeps them safe until then.";

    private static (string Why, string WhatToDo) Advice(ReadinessQuestion question, ReadinessAnswer answer)
    {
        var no = answer == ReadinessAnswer.No;
        return question switch
        {
            // Not from a talk method: specialist domestic-abuse services advise that a joint talk may not be
            // safe when one partner is afraid of the other. The advice points to them and leaves the choice.
            ReadinessQuestion.FeelSafe => no
                ? ("Feeling safe matters more than any talk. When someone is afraid of their partner, raising something hard with them may not be the safe next step.",
                   "Look at the help page first: a specialist service can help you think through what to do next. You can still go on here if you choose.")
                : ("Not being sure is worth listening to. Your sense of safety matters more than any talk.",
                   "Look at the help page first: a specialist service can help you think it through. You can still go on here if you choose."),
            // Gottman's flooding break: at least 20 minutes for the body to settle.
            ReadinessQuestion.BodyCalm => no
                ? ("Your body is still on high alert, which is a natural response to being hurt. While your heart races, it's very hard to listen or be heard.",
                   "Take a break of at least 20 minutes first: walk, stretch or breathe slowly, then check in with your body again.")
                : ("It can be hard to tell whether your body has settled.",
                   "Notice your breathing and heartbeat for a moment. If your heart is racing, give yourself at least 20 minutes first."),
            ReadinessQuestion.FedAndRested => no
                // Gottman: physiological state (hunger, tiredness) makes flooding more likely.
                ? ("Hunger and tiredness make hard feelings heavier to carry and harder to put into words.",
                   "Eat something, or rest if you can, and come back to this afterwards.")
                : ("Running on an empty stomach or little sleep counts, even if it doesn't feel like it.",
                   "A snack and a glass of water first is a kind thing to do for yourself."),
            ReadinessQuestion.NeitherRushed => no
                ? ("A talk with a clock on it can leave you both feeling cut off mid-sentence.",
                   "Choose a time when neither of you has somewhere else to be soon.")
                : ("If either of you might have to leave soon, the talk may feel squeezed.",
                   "Check both your plans and pick a time with room to spare."),
            ReadinessQuestion.Privacy => no
                // Safety comes first: a private room is not always a safe one, so the advice is about
                // feeling safe and being able to leave, not about being alone together.
                ? ("It's hard to open up when someone might walk in or overhear.",
                   "Choose somewhere you feel safe and could leave if you needed to.")
                : ("Not knowing who might be around can keep part of you on guard.",
                   "Think through where you'll be, and choose somewhere you feel safe and could leave if you needed to."),
            ReadinessQuestion.EnoughTimePassed => no
                ? ("Fresh hurt runs hot, and there's no rush to talk before you're ready.",
                   "Give it a little longer. Sleeping on it often helps the words come more gently.")
                : ("If it still feels very raw, a little more time can make room for gentler words.",
                   "Wait until it feels less sharp, ideally at least a few hours after it happened."),
            ReadinessQuestion.KnowWhatINeed => no
                ? ("Without a clear need, a talk can drift into going over what happened again and again.",
                   "Write down the one thing you most need from this talk: to be heard, an apology, an explanation, reassurance, or something else.")
                : ("Not knowing yet is okay. Many people find this the hardest part.",
                   "Ask yourself what would help you feel even a little better afterwards, and write down the first answer that comes."),
            ReadinessQuestion.PartnerLikelyCalm => no
                ? ("If your partner is stressed or on edge, even gentle words can land hard.",
                   "You could ask them when would be a good time, rather than starting now.")
                : ("You can't know for sure how they're feeling, and that's okay.",
                   "Asking \"Is now a good time to talk about something on my mind?\" lets them choose too."),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Unknown readiness question."),
        };
    }
}
