namespace HurtHealing.Domain.Plans;

/// <summary>
/// The answers a person has given to the readiness check, one property per question so the
/// value persists as plain columns. <c>null</c> means not answered yet (evaluated as not sure).
/// </summary>
public sealed record ReadinessAnswers(
    ReadinessAnswer? BodyCalm = null,
    ReadinessAnswer? FedAndRested = null,
    ReadinessAnswer? NeitherRushed = null,
    ReadinessAnswer? Privacy = null,
    ReadinessAnswer? EnoughTimePassed = null,
    ReadinessAnswer? KnowWhatINeed = null,
    ReadinessAnswer? PartnerLikelyCalm = null,
    ReadinessAnswer? FeelSafe = null)
{
    /// <summary>No question answered yet.</summary>
    public static ReadinessAnswers None { get; } = new();

    /// <summary>The answer to one question, or <c>null</c> when it has not been answered.</summary>
    public ReadinessAnswer? Get(ReadinessQuestion question) => question switch
    {
        ReadinessQuestion.BodyCalm => BodyCalm,
        ReadinessQuestion.FedAndRested => FedAndRested,
        ReadinessQuestion.NeitherRushed => NeitherRushed,
        ReadinessQuestion.Privacy => Privacy,
        ReadinessQuestion.EnoughTimePassed => EnoughTimePassed,
        ReadinessQuestion.KnowWhatINeed => KnowWhatINeed,
        ReadinessQuestion.PartnerLikelyCalm => PartnerLikelyCalm,
        ReadinessQuestion.FeelSafe => FeelSafe,
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Unknown readiness question."),
    };

    /// <summary>A copy with one answer set (or cleared with <c>null</c>).</summary>
    public ReadinessAnswers With(ReadinessQuestion question, ReadinessAnswer? answer)
    {
        if (answer is { } given && !Enum.IsDefined(given))
        {
            throw new ArgumentOutOfRangeException(nameof(answer), answer, "Unknown readiness answer.");
        }

        return question switch
        {
            ReadinessQuestion.BodyCalm => this with { BodyCalm = answer },
            ReadinessQuestion.FedAndRested => this with { FedAndRested = answer },
            ReadinessQuestion.NeitherRushed => this with { NeitherRushed = answer },
            ReadinessQuestion.Privacy => this with { Privacy = answer },
            ReadinessQuestion.EnoughTimePassed => this with { EnoughTimePassed = answer },
            ReadinessQuestion.KnowWhatINeed => this with { KnowWhatINeed = answer },
            ReadinessQuestion.PartnerLikelyCalm => this with { PartnerLikelyCalm = answer },
            ReadinessQuestion.FeelSafe => this with { FeelSafe = answer },
            _ => throw new ArgumentOutOfRangeException(nameof(question), question, "Unknown readiness question."),
        };
    }

    /// <summary>The answered questions only, in the shape <see cref="ReadinessCheck.Evaluate"/> takes.</summary>
    public IReadOnlyDictionary<ReadinessQuestion, ReadinessAnswer> ToDictionary()
    {
        var answered = new Dictionary<ReadinessQuestion, ReadinessAnswer>();
        foreach (var question in ReadinessCheck.Questions)
        {
            if (Get(question) is { } answer)
            {
                answered[question] = answer;
            }
        }

        return answered;
    }
}
