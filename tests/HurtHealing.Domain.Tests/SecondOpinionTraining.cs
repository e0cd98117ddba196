using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Domain.Tests.Plans;
using HurtHealing.Domain.Tests.Safety;

namespace HurtHealing.Domain.Tests;

/// <summary>
/// What the trained second opinions (<see cref="SentenceModel"/>) learn from: every labelled sentence we have, our own
/// corpus and each independent writer's set. Shared by the test that checks the shipped weights and by
/// <c>bench/SecondOpinion</c>, which trains on all writers but one and scores that one.
/// </summary>
internal static class SecondOpinionTraining
{
    internal sealed record Example(string Text, bool Positive, bool Boundary, string? Label);

    internal sealed record Writer(string Name, IReadOnlyList<Example> Set);

    private static Example[] A(IEnumerable<AccusationCorpus.Sample> samples) =>
        [.. samples.Select(s => new Example(s.Text, s.Kind is not null && s.Kind != AccusationKind.Boundary, s.Kind == AccusationKind.Boundary, s.Kind?.ToString()))];

    private static Example[] S(IEnumerable<SafetyCorpus.Sample> positive, IEnumerable<SafetyCorpus.Sample> ordinary) =>
        [.. positive.Select(s => new Example(s.Text, true, false, s.Kind?.ToString())), .. ordinary.Select(s => new Example(s.Text, false, false, null))];

    /// <summary>Positive: accusatory. Negative: clean, or a boundary (never to be softened).</summary>
    public static IReadOnlyList<Example> AccusationOwn { get; } = A([
        .. AccusationCorpus.Accusatory, .. AccusationCorpus.Clean, .. AccusationCorpus.EarlierHeldOutAccusatory, .. AccusationCorpus.EarlierHeldOutClean,
        .. AccusationHeldOut.Accusatory, .. AccusationHeldOut.Boundaries, .. AccusationHeldOut.Clean]);

    public static IReadOnlyList<Writer> AccusationWriters { get; } =
    [
        new("first", A([.. AccusationIndependentHeldOut.Accusatory, .. AccusationIndependentHeldOut.Boundaries, .. AccusationIndependentHeldOut.Clean])),
        new("second", A([.. AccusationSecondIndependentHeldOut.Accusatory, .. AccusationSecondIndependentHeldOut.Boundaries, .. AccusationSecondIndependentHeldOut.Clean])),
        new("third", A([.. AccusationThirdIndependentHeldOut.Accusatory, .. AccusationThirdIndependentHeldOut.Boundaries, .. AccusationThirdIndependentHeldOut.Clean])),
        new("fourth", A([.. AccusationFourthIndependentHeldOut.Accusatory, .. AccusationFourthIndependentHeldOut.Boundaries, .. AccusationFourthIndependentHeldOut.Clean])),
        new("fifth", A([.. AccusationFifthIndependentHeldOut.Accusatory, .. AccusationFifthIndependentHeldOut.Boundaries, .. AccusationFifthIndependentHeldOut.Clean])),
        new("sixth", A([.. AccusationSixthIndependentHeldOut.Accusatory, .. AccusationSixthIndependentHeldOut.Boundaries, .. AccusationSixthIndependentHeldOut.Clean])),
        new("seventh", A([.. AccusationSeventhIndependentHeldOut.Accusatory, .. AccusationSeventhIndependentHeldOut.Boundaries, .. AccusationSeventhIndependentHeldOut.Clean])),
        new("eighth", A([.. AccusationEighthIndependentHeldOut.Accusatory, .. AccusationEighthIndependentHeldOut.Boundaries, .. AccusationEighthIndependentHeldOut.Clean])),
        new("ninth", A([.. AccusationNinthIndependentHeldOut.Accusatory, .. AccusationNinthIndependentHeldOut.Boundaries, .. AccusationNinthIndependentHeldOut.Clean])),
        new("tenth", A([.. AccusationTenthWriter.Accusatory, .. AccusationTenthWriter.Boundaries, .. AccusationTenthWriter.Clean])),
        new("eleventh", A([.. AccusationEleventhWriter.Accusatory, .. AccusationEleventhWriter.Boundaries, .. AccusationEleventhWriter.Clean])),
        new("twelfth", A([.. AccusationTwelfthWriter.Accusatory, .. AccusationTwelfthWriter.Boundaries, .. AccusationTwelfthWriter.Clean])),
        new("thirteenth", A([.. AccusationThirteenthWriter.Accusatory, .. AccusationThirteenthWriter.Boundaries, .. AccusationThirteenthWriter.Clean])),
        new("fourteenth", A([.. AccusationFourteenthWriter.Accusatory, .. AccusationFourteenthWriter.Boundaries, .. AccusationFourteenthWriter.Clean])),
        new("sixteenth", A([.. AccusationSixteenthWriter.Accusatory, .. AccusationSixteenthWriter.Boundaries, .. AccusationSixteenthWriter.Clean])),
        new("seventeenth", A([.. AccusationSeventeenthWriter.Accusatory, .. AccusationSeventeenthWriter.Boundaries, .. AccusationSeventeenthWriter.Clean])),
        new("eighteenth", A([.. AccusationEighteenthWriter.Accusatory, .. AccusationEighteenthWriter.Boundaries, .. AccusationEighteenthWriter.Clean])),
        new("twentieth", A([.. AccusationTwentiethWriter.Accusatory, .. AccusationTwentiethWriter.Boundaries, .. AccusationTwentiethWriter.Clean])),
        new("twenty-first", A([.. AccusationTwentyFirstWriter.Accusatory, .. AccusationTwentyFirstWriter.Boundaries, .. AccusationTwentyFirstWriter.Clean])),
    ];

    /// <summary>
    /// The observations our own rewrites leave ("you were on your phone at dinner", "you forgot my birthday"), as clean
    /// sentences: without them the model, which reads each part of a statement on its own, flagged the rewrite of the
    /// very sentence it had just rewritten, since an accusation and its plain observation share almost every word.
    /// Rewritten by the rules alone, from the positive examples given (in a fold, the training writers' only).
    /// </summary>
    public static IReadOnlyList<Example> ObservationsFromRewrites(IEnumerable<Example> examples) =>
        [.. examples.Where(e => e.Positive)
            .Select(e => StatementRewriter.RewriteSentenceByRulesAlone(e.Text, RewriteContextForTraining))
            .OfType<StatementRewrite>()
            .SelectMany(PartsAsWritten)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(text => new Example(text, false, false, null))];

    private static readonly RewriteContext RewriteContextForTraining = new(null, ["hurt", "lonely"], "to know I matter to you", "tell me where I stand with you");

    // Each changed part as the check reads it in a statement: the observation bare, "I felt …", "Would you …?".
    private static IEnumerable<string> PartsAsWritten(StatementRewrite rewrite)
    {
        if (rewrite.WhenChanged && rewrite.When is { } when && !when.Contains(StatementRewriter.WhatHappenedPlaceholder, StringComparison.Ordinal))
        {
            yield return string.Join(' ', when.Replace("[say when]", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        if (rewrite.FeltChanged && rewrite.Felt is { } felt && !felt.Contains('[', StringComparison.Ordinal))
        {
            yield return $"I felt {felt}";
        }
        if (rewrite.Changed[3] && rewrite.WouldYou is { } request && !request.Contains('[', StringComparison.Ordinal))
        {
            yield return $"Would you {request}?";
        }
    }

    /// <summary>Positive: a safety sentence, or a boundary that carries one. Negative: ordinary hurt.</summary>
    public static IReadOnlyList<Example> SafetyOwn { get; } = S(
        [.. SafetyCorpus.Safety, .. SafetyCorpus.Boundaries, .. SafetyCorpus.IndirectSafety, .. SafetyCorpus.FirstHeldOutSafety, .. SafetyCorpus.FirstHeldOutBoundaries,
         .. SafetyCorpus.SecondHeldOutSafety, .. SafetyCorpus.SecondHeldOutBoundaries, .. SafetyCorpus.ThirdHeldOutSafety, .. SafetyCorpus.ThirdHeldOutBoundaries,
         .. SafetyCorpus.FourthHeldOutSafety, .. SafetyCorpus.FourthHeldOutBoundaries, .. SafetyCorpus.FifthHeldOutSafety, .. SafetyCorpus.FifthHeldOutBoundaries,
         .. SafetyCorpus.SixthHeldOutSafety, .. SafetyCorpus.SixthHeldOutBoundaries, .. SafetyCorpus.SeventhHeldOutSafety, .. SafetyCorpus.SeventhHeldOutBoundaries,
         .. SafetyCorpus.HeldOutSafety, .. SafetyCorpus.HeldOutBoundaries],
        [.. SafetyCorpus.Ordinary, .. SafetyCorpus.IndirectOrdinary, .. SafetyCorpus.FirstHeldOutOrdinary, .. SafetyCorpus.SecondHeldOutOrdinary, .. SafetyCorpus.ThirdHeldOutOrdinary,
         .. SafetyCorpus.FourthHeldOutOrdinary, .. SafetyCorpus.FifthHeldOutOrdinary, .. SafetyCorpus.SixthHeldOutOrdinary, .. SafetyCorpus.SeventhHeldOutOrdinary, .. SafetyCorpus.HeldOutOrdinary]);

    /// <summary>
    /// What a person plans to say to their partner ("Why do you always do this?", "I want a divorce") is ordinary hurt
    /// to the safety model too, unless the safety rules find a signal in it: without these, trained on accounts of what
    /// happened alone, it raised one in six planned statements. The accusation sets' clean sentences are left out (some
    /// tell of danger plainly).
    /// </summary>
    public static IReadOnlyList<Example> SafetyNegativesFromStatements { get; } =
        [.. AccusationOwn.Concat(AccusationWriters.SelectMany(w => w.Set))
            .Where(e => (e.Positive || e.Boundary) && SafetySignals.FindByRulesAlone(e.Text).Count == 0)
            .Select(e => new Example(e.Text, false, false, null))];

    public static IReadOnlyList<Writer> SafetyWriters { get; } =
    [
        new("first", S(SafetyIndependentHeldOut.Safety, SafetyIndependentHeldOut.Ordinary)),
        new("second", S(SafetySecondIndependentHeldOut.Safety, SafetySecondIndependentHeldOut.Ordinary)),
        new("third", S(SafetyThirdIndependentHeldOut.Safety, SafetyThirdIndependentHeldOut.Ordinary)),
        new("fourth", S(SafetyFourthIndependentHeldOut.Safety, SafetyFourthIndependentHeldOut.Ordinary)),
        new("fifth", S(SafetyFifthIndependentHeldOut.Safety, SafetyFifthIndependentHeldOut.Ordinary)),
        new("sixth", S(SafetySixthIndependentHeldOut.Safety, SafetySixthIndependentHeldOut.Ordinary)),
        new("seventh", S(SafetySeventhIndependentHeldOut.Safety, SafetySeventhIndependentHeldOut.Ordinary)),
        new("eighth", S(SafetyEighthIndependentHeldOut.Safety, SafetyEighthIndependentHeldOut.Ordinary)),
        new("ninth", S(SafetyNinthIndependentHeldOut.Safety, SafetyNinthIndependentHeldOut.Ordinary)),
        new("tenth", S(SafetyTenthWriter.Safety, SafetyTenthWriter.Ordinary)),
        new("eleventh", S(SafetyEleventhWriter.Safety, SafetyEleventhWriter.Ordinary)),
        new("twelfth", S(SafetyTwelfthWriter.Safety, SafetyTwelfthWriter.Ordinary)),
        new("thirteenth", S(SafetyThirteenthWriter.Safety, SafetyThirteenthWriter.Ordinary)),
        new("fourteenth", S(SafetyFourteenthWriter.Safety, SafetyFourteenthWriter.Ordinary)),
        new("sixteenth", S(SafetySixteenthWriter.Safety, SafetySixteenthWriter.Ordinary)),
        new("seventeenth", S(SafetySeventeenthWriter.Safety, SafetySeventeenthWriter.Ordinary)),
        new("eighteenth", S(SafetyEighteenthWriter.Safety, SafetyEighteenthWriter.Ordinary)),
    ];

    /// <summary>
    /// Our own guidance, as clean sentences: trained on sixteen writers' comparisons ("your job matters more than me"),
    /// the model read "Your sense of safety matters more than any talk." as one (0.88).
    /// </summary>
    public static IReadOnlyList<Example> OurGuidance { get; } = [.. AccusationOurGuidance.All.Distinct().Select(text => new Example(text, false, false, null))];

    public static IReadOnlyList<(string Text, bool Positive, string? Label)> Accusation { get; } =
        ForTraining([.. AccusationOwn, .. OurGuidance, .. ObservationsFromRewrites(AccusationOwn.Concat(AccusationWriters.SelectMany(w => w.Set)))], AccusationWriters);

    public static IReadOnlyList<(string Text, bool Positive, string? Label)> Safety { get; } = ForTraining([.. SafetyOwn, .. SafetyNegativesFromStatements], SafetyWriters);

    public static IReadOnlyList<(string Text, bool Positive, string? Label)> ForTraining(IEnumerable<Example> own, IEnumerable<Writer> writers) =>
        [.. own.Concat(writers.SelectMany(w => w.Set)).Select(e => (e.Text, e.Positive, e.Label))];
}
