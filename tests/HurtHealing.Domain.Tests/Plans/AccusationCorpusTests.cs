using System.Text.RegularExpressions;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using Xunit.Abstractions;

namespace HurtHealing.Domain.Tests.Plans;

public partial class AccusationCorpusTests(ITestOutputHelper output)
{
    // The issue's targets: at least 95% of accusatory sentences caught, at most 3% of clean sentences flagged.
    private const double MinimumRecall = 0.95;
    private const double MaximumCleanFlagged = 0.03;
    private const double MinimumPrecision = 0.95;

    private static readonly RewriteContext Context = new(
        "Forgot our anniversary dinner", ["hurt", "lonely"], "to know I matter to you", "tell me where I stand with you");

    /// <summary>
    /// Our tuning corpus: the sentences written beside the rules, and the earlier held-out round (since used).
    /// Accusatory wording in a sentence that also tells of danger ("You make me feel worthless", "How dare you read
    /// my diary") is left to the safety note instead (see <see cref="DangerFirst"/>), so it is scored there.
    /// </summary>
    private static IReadOnlyList<AccusationCorpus.Sample> OwnAccusatory =>
        [.. AccusationCorpus.Accusatory.Concat(AccusationCorpus.EarlierHeldOutAccusatory).Where(s => s.Kind == AccusationKind.Boundary || !TellsOfDanger(s))];

    private static IReadOnlyList<AccusationCorpus.Sample> DangerFirst =>
        [.. AccusationCorpus.Accusatory.Concat(AccusationCorpus.EarlierHeldOutAccusatory).Where(s => s.Kind != AccusationKind.Boundary && TellsOfDanger(s))];

    private static bool TellsOfDanger(AccusationCorpus.Sample sample) => SafetySignals.Find(sample.Text).Count > 0;

    [Fact]
    public void Accusing_words_in_a_sentence_that_tells_of_danger_are_left_to_the_safety_note()
    {
        Assert.NotEmpty(DangerFirst);
        foreach (var sample in DangerFirst)
        {
            output.WriteLine(sample.Text);
            var check = AccusationCheck.Review(sample.Text);
            Assert.True(check.HasSafetySignal, sample.Text);
            Assert.DoesNotContain(check.Findings, f => f.Kind != AccusationKind.Boundary);
            Assert.Null(StatementRewriter.RewriteSentence(sample.Text, Context));
        }
    }

    private static IReadOnlyList<AccusationCorpus.Sample> OwnClean =>
        [.. AccusationCorpus.Clean, .. AccusationCorpus.EarlierHeldOutClean];

    [Fact]
    public void Corpus_is_big_enough_and_covers_every_kind()
    {
        var accusations = OwnAccusatory.Where(s => s.Kind != AccusationKind.Boundary).ToList();
        Assert.True(OwnAccusatory.Count + OwnClean.Count >= 400, $"{OwnAccusatory.Count + OwnClean.Count} sentences");
        Assert.True(accusations.Count >= 250, $"{accusations.Count} accusatory sentences");
        Assert.True(OwnClean.Count >= 150, $"{OwnClean.Count} clean sentences");
        foreach (var kind in Enum.GetValues<AccusationKind>())
        {
            Assert.True(OwnAccusatory.Count(s => s.Kind == kind) >= 8, $"too few samples of {kind}");
        }

        // The hard clean cases the issue names are all there, safety disclosures among them.
        Assert.True(OwnClean.Count(s => SafetySignals.Find(s.Text).Count > 0) >= 8, "too few safety disclosures among the clean sentences");
        var texts = Everything.Select(s => s.Text).ToList();
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Own_corpus_meets_the_targets_for_every_kind()
    {
        var report = AccusationScore.Of("Own corpus (tuned on)", OwnAccusatory, OwnClean);
        output.WriteLine(report.Text);

        Assert.True(report.Caught >= MinimumRecall, $"caught {report.Caught:P1}");
        Assert.True(report.CleanFlagged <= MaximumCleanFlagged, $"clean flagged {report.CleanFlagged:P1}");
        foreach (var (kind, recall, precision) in report.PerKind)
        {
            Assert.True(recall >= MinimumRecall, $"{kind}: recall {recall:P1}");
            Assert.True(precision >= MinimumPrecision, $"{kind}: precision {precision:P1}");
        }
    }

    // Written before any rule was changed for issue 11 and frozen in its own commit; never tuned on. Its figures are
    // the honest estimate for unseen sentences and go in the notes. The floors below are the targets; the rules reached them when
    // it was first scored (100% caught, 0% clean flagged on 2026-12-06), which met the targets, so they are asserted.
    [Fact]
    public void Held_out_set_is_reported_separately()
    {
        var report = AccusationScore.Of("Held-out (frozen before the rules changed, never tuned on)", AccusationHeldOut.Accusatory, AccusationHeldOut.Clean, AccusationHeldOut.Boundaries);
        output.WriteLine(report.Text);
        output.WriteLine($"Targets: caught >= {MinimumRecall:P0} (reached: {report.Caught >= MinimumRecall}), clean flagged <= {MaximumCleanFlagged:P0} (reached: {report.CleanFlagged <= MaximumCleanFlagged})");

        Assert.True(AccusationHeldOut.Accusatory.Count + AccusationHeldOut.Clean.Count + AccusationHeldOut.Boundaries.Count >= 100);
        Assert.True(report.Caught >= HeldOutCaughtFloor, $"held-out caught {report.Caught:P1}");
        Assert.True(report.CleanFlagged <= HeldOutCleanFlaggedCeiling, $"held-out clean flagged {report.CleanFlagged:P1}");
    }

    // Written by someone who had read neither the rules nor the corpus (see the class's summary). Reported 2026-12-07 at
    // 64.0% caught / 3.6% clean flagged, then used to revise the rules, so it is development data now: still reported,
    // never asserted against the targets (a floor on it would only reward more tuning to it). Sentences that also tell
    // of danger get the safety note instead of findings, as in the app, so they are counted apart.
    [Fact]
    public void Independent_set_reported_2026_12_07_at_64_0_and_3_6_then_used_to_revise_the_rules_is_reported_as_development_data()
    {
        ReportIndependentSet("Independent set (another writer; reported 2026-12-07 at 64.0% / 3.6%, then used to revise the rules: development data now)",
            AccusationIndependentHeldOut.Accusatory, AccusationIndependentHeldOut.Clean, AccusationIndependentHeldOut.Boundaries);
    }

    // Written after the rules were frozen by someone who had read neither the rules, the corpus nor the first
    // independent set. Reported 2026-12-07 at 83.2% caught / 5.7% clean flagged (the honest figure for the rules as
    // they were then), then used as examples: to choose the nearest-example model's thresholds (bench/AccusationModel)
    // and to revise the rules by idea. Development data now: reported, never asserted against the targets. Sentences
    // that also tell of danger get the safety note instead of findings, so they are counted apart.
    [Fact]
    public void Second_independent_set_reported_2026_12_07_at_83_2_and_5_7_then_used_as_examples_is_reported_as_development_data()
    {
        ReportIndependentSet("Second independent set (reported 2026-12-07 at 83.2% / 5.7%, then used as examples: development data now)",
            AccusationSecondIndependentHeldOut.Accusatory, AccusationSecondIndependentHeldOut.Clean, AccusationSecondIndependentHeldOut.Boundaries);
    }

    [Fact]
    public void Third_independent_set_reported_2026_12_07_at_81_6_and_2_4_then_used_as_examples_is_reported_as_development_data()
    {
        ReportIndependentSet("Third independent set (reported 2026-12-07 at 81.6% / 2.4%, then used as examples for the fifth round: development data now)",
            AccusationThirdIndependentHeldOut.Accusatory, AccusationThirdIndependentHeldOut.Clean, AccusationThirdIndependentHeldOut.Boundaries);
        // Boundaries are the person's own limits: never called a threat or any other accusation.
        Assert.All(AccusationThirdIndependentHeldOut.Boundaries, b => Assert.DoesNotContain(AccusationCheck.Find(b.Text), f => f.Kind != AccusationKind.Boundary));
    }

    [Fact]
    public void Fourth_independent_set_reported_2026_12_07_at_80_1_and_1_2_then_used_as_examples_is_reported_as_development_data()
    {
        ReportIndependentSet("Fourth independent set (reported 2026-12-07 at 80.1% / 1.2%, then used as examples for the fifth round: development data now)",
            AccusationFourthIndependentHeldOut.Accusatory, AccusationFourthIndependentHeldOut.Clean, AccusationFourthIndependentHeldOut.Boundaries);
        // Boundaries are the person's own limits: never called a threat or any other accusation.
        Assert.All(AccusationFourthIndependentHeldOut.Boundaries, b => Assert.DoesNotContain(AccusationCheck.Find(b.Text), f => f.Kind != AccusationKind.Boundary));
    }

    [Fact]
    public void Fifth_independent_set_reported_2026_12_07_at_74_5_and_2_0_then_used_as_examples_for_the_sixth_round_is_reported_as_development_data()
    {
        ReportIndependentSet("Fifth independent set (reported 2026-12-07 at 74.5% / 2.0%, then used as examples for the sixth round: development data now)",
            AccusationFifthIndependentHeldOut.Accusatory, AccusationFifthIndependentHeldOut.Clean, AccusationFifthIndependentHeldOut.Boundaries);
    }

    [Fact]
    public void Sixth_independent_set_sealed_until_the_sixth_round_was_frozen_is_reported()
    {
        ReportIndependentSet("Sixth independent set (sealed until the sixth round of rules was frozen; scored 2026-12-07 at 73.7% / 3.0%; never tuned on)",
            AccusationSixthIndependentHeldOut.Accusatory, AccusationSixthIndependentHeldOut.Clean, AccusationSixthIndependentHeldOut.Boundaries);
    }

    [Fact]
    public void Seventh_independent_set_sealed_until_the_second_opinion_was_frozen_is_reported_as_training_data_now()
    {
        ReportIndependentSet("Seventh independent set (sealed until the second opinion's first form was frozen; scored 2026-12-07: rules 69.2% / 3.6%, with the second opinion 87.1% / 6.4%; training data now)",
            AccusationSeventhIndependentHeldOut.Accusatory, AccusationSeventhIndependentHeldOut.Clean, AccusationSeventhIndependentHeldOut.Boundaries);
    }

    [Fact]
    public void Eighth_independent_set_sealed_until_the_second_opinion_was_final_is_reported_as_training_data_now()
    {
        ReportIndependentSet("Eighth independent set (sealed until the second opinion's final form was frozen; scored once 2026-12-07: rules 60.8% / 4.2%, with the second opinion 79.2% / 4.2%; training data now)",
            AccusationEighthIndependentHeldOut.Accusatory, AccusationEighthIndependentHeldOut.Clean, AccusationEighthIndependentHeldOut.Boundaries);
    }

    [Fact]
    public void Ninth_independent_set_sealed_until_the_always_never_veto_was_frozen_is_reported_as_training_data_now()
    {
        ReportIndependentSet("Ninth independent set (sealed until the always/never veto and a model trained on ten writers were frozen; scored once 2026-12-07: rules 57.9% / 5.8%, with the second opinion 80.0% / 5.0%; training data now)",
            AccusationNinthIndependentHeldOut.Accusatory, AccusationNinthIndependentHeldOut.Clean, AccusationNinthIndependentHeldOut.Boundaries);
    }

    [Fact]
    public void Fifteenth_independent_set_sealed_until_the_shipped_form_was_frozen_is_reported_and_never_trained_on()
    {
        ReportIndependentSet("Fifteenth independent set (sealed until the form was frozen; scored 2026-12-07: rules 67.5% / 1.7%, with the second opinion on thirteen writers 90.0% / 1.7%, as shipped on sixteen 90.4% / 2.5%; 2026-12-08 after the habit-tag rule and retraining 91.6% / 2.5%; never trained or tuned on)",
            AccusationFifteenthIndependentHeldOut.Accusatory, AccusationFifteenthIndependentHeldOut.Clean, AccusationFifteenthIndependentHeldOut.Boundaries);
    }

    [Fact]
    public void Nineteenth_independent_set_sealed_until_the_shipped_form_was_frozen_is_reported_and_never_trained_on()
    {
        ReportIndependentSet("Nineteenth independent set (sealed until the form was frozen; scored 2026-12-07: rules 66.2% / 6.7%, with the second opinion 88.7% / 6.7%, as shipped after fixes our own tests asked for 88.7% / 7.5%; 2026-12-08 after the habit-tag rule and retraining 90.3% / 7.5%, then with two more writers learnt 90.3% / 6.7%; never trained or tuned on)",
            AccusationNineteenthIndependentHeldOut.Accusatory, AccusationNineteenthIndependentHeldOut.Clean, AccusationNineteenthIndependentHeldOut.Boundaries);
    }

    [Fact]
    public void Twenty_second_independent_set_sealed_until_scored_is_reported_and_never_trained_on()
    {
        ReportIndependentSet("Twenty-second independent set (sealed until scored 2026-12-08: at e7752a8 rules 61.3% / 5.0%, with the second opinion 91.7% / 5.8%; with two more writers learnt 91.2% / 5.8%; never trained or tuned on)",
            AccusationTwentySecondIndependentHeldOut.Accusatory, AccusationTwentySecondIndependentHeldOut.Clean, AccusationTwentySecondIndependentHeldOut.Boundaries);
    }

    [Theory]
    [InlineData("tenth")]
    [InlineData("eleventh")]
    [InlineData("twelfth")]
    [InlineData("thirteenth")]
    [InlineData("fourteenth")]
    [InlineData("sixteenth")]
    [InlineData("seventeenth")]
    [InlineData("eighteenth")]
    [InlineData("twentieth")]
    [InlineData("twenty-first")]
    public void Writers_sets_written_as_training_data_are_reported(string writer)
    {
        var (accusatory, clean, boundaries) = writer switch
        {
            "tenth" => (AccusationTenthWriter.Accusatory, AccusationTenthWriter.Clean, AccusationTenthWriter.Boundaries),
            "eleventh" => (AccusationEleventhWriter.Accusatory, AccusationEleventhWriter.Clean, AccusationEleventhWriter.Boundaries),
            "twelfth" => (AccusationTwelfthWriter.Accusatory, AccusationTwelfthWriter.Clean, AccusationTwelfthWriter.Boundaries),
            "thirteenth" => (AccusationThirteenthWriter.Accusatory, AccusationThirteenthWriter.Clean, AccusationThirteenthWriter.Boundaries),
            "fourteenth" => (AccusationFourteenthWriter.Accusatory, AccusationFourteenthWriter.Clean, AccusationFourteenthWriter.Boundaries),
            "sixteenth" => (AccusationSixteenthWriter.Accusatory, AccusationSixteenthWriter.Clean, AccusationSixteenthWriter.Boundaries),
            "seventeenth" => (AccusationSeventeenthWriter.Accusatory, AccusationSeventeenthWriter.Clean, AccusationSeventeenthWriter.Boundaries),
            "eighteenth" => (AccusationEighteenthWriter.Accusatory, AccusationEighteenthWriter.Clean, AccusationEighteenthWriter.Boundaries),
            "twentieth" => (AccusationTwentiethWriter.Accusatory, AccusationTwentiethWriter.Clean, AccusationTwentiethWriter.Boundaries),
            "twenty-first" => (AccusationTwentyFirstWriter.Accusatory, AccusationTwentyFirstWriter.Clean, AccusationTwentyFirstWriter.Boundaries),
            _ => throw new ArgumentOutOfRangeException(nameof(writer)),
        };
        ReportIndependentSet($"The {writer} writer's set (training data from the start, never held out)", accusatory, clean, boundaries);
    }

    /// <summary>
    /// Reports a set written by someone outside the rules: scored, never asserted against the targets (a floor would only
    /// reward tuning to it). Sentences that also tell of danger get the safety note instead of findings, as in the app,
    /// so they are counted apart. What is asserted is that the set stays whole.
    /// </summary>
    private void ReportIndependentSet(string title, IReadOnlyList<AccusationCorpus.Sample> accusatory, IReadOnlyList<AccusationCorpus.Sample> clean, IReadOnlyList<AccusationCorpus.Sample> boundaries)
    {
        var scored = accusatory.Where(s => !TellsOfDanger(s)).ToList();
        var report = AccusationScore.Of(title, scored, clean, boundaries);
        output.WriteLine(report.Text);
        output.WriteLine($"Accusatory sentences that also tell of danger (safety note shown instead): {accusatory.Count - scored.Count}");
        output.WriteLine($"Targets: caught >= {MinimumRecall:P0} (reached: {report.Caught >= MinimumRecall}), clean flagged <= {MaximumCleanFlagged:P0} (reached: {report.CleanFlagged <= MaximumCleanFlagged})");
        foreach (var boundary in boundaries.Where(b => AccusationCheck.Find(b.Text).Any(f => f.Kind != AccusationKind.Boundary)))
        {
            output.WriteLine($"Boundary read as an accusation: {boundary.Text}");
        }

        Assert.True(accusatory.Count + clean.Count + boundaries.Count >= 100);
        Assert.All(Enum.GetValues<AccusationKind>(), kind => Assert.Contains(accusatory.Concat(boundaries), s => s.Kind == kind));
    }

    private const double HeldOutCaughtFloor = MinimumRecall;
    private const double HeldOutCleanFlaggedCeiling = MaximumCleanFlagged;

    [Fact]
    public void Every_finding_in_the_corpus_has_a_true_span_and_findings_never_overlap()
    {
        foreach (var sample in Everything)
        {
            var findings = AccusationCheck.Find(sample.Text);
            for (var i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                Assert.Equal(f.Matched, sample.Text.Substring(f.Start, f.Length));
                Assert.False(string.IsNullOrWhiteSpace(f.Matched));
                if (i > 0)
                {
                    Assert.True(findings[i - 1].Start + findings[i - 1].Length <= f.Start, $"overlap in: {sample.Text}");
                }
            }
        }
    }

    /// <summary>
    /// Every rewrite of every accusatory sentence, rendered and checked with plain grammar rules; the full list is
    /// printed so it can be read.
    /// </summary>
    [Fact]
    public void Every_rewrite_reads_as_a_sentence_and_is_itself_clean()
    {
        var (count, problems) = RenderRewrites(OwnAccusatory.Concat(AccusationHeldOut.Accusatory));
        Assert.True(count >= 250, $"{count} rewrites");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The same for every accusatory sentence of the eight writers' sets, where most of the second opinion's findings
    /// are (its finding covers the whole piece it read, so its rewrites keep nothing of it but a placeholder).
    /// </summary>
    [Fact]
    public void Every_rewrite_of_the_writers_sets_reads_as_a_sentence_and_is_itself_clean()
    {
        var (count, problems) = RenderRewrites(SecondOpinionTraining.AccusationWriters.SelectMany(w => w.Set).Where(e => e.Positive)
            .Select(e => new AccusationCorpus.Sample(e.Text, Enum.Parse<AccusationKind>(e.Label!), [])));
        Assert.True(count >= 1000, $"{count} rewrites");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private (int Count, List<string> Problems) RenderRewrites(IEnumerable<AccusationCorpus.Sample> samples)
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var sample in samples.Where(s => s.Kind != AccusationKind.Boundary))
        {
            var rewrite = StatementRewriter.RewriteSentence(sample.Text, Context);
            var caught = AccusationCheck.Find(AccusationCheck.NormalizeQuotes(sample.Text)).Any(f => f.Kind != AccusationKind.Boundary);
            if (rewrite is null)
            {
                // Only a sentence that tells of danger, or one the rules missed, goes without a rewrite: the second
                // opinion reads the statement's parts, and once a question is read as a request ("Can you tell me…")
                // it may no longer find anything to rewrite.
                if (caught && SafetySignals.Find(sample.Text).Count == 0 && AccusationCheck.FindByRulesAlone(sample.Text).Any(f => f.Kind != AccusationKind.Boundary))
                {
                    problems.Add($"no rewrite: {sample.Text}");
                }
                continue;
            }
            count++;
            output.WriteLine($"{sample.Text}  =>  {rewrite.Sentence}");
            problems.AddRange(GrammarProblems(rewrite.Sentence).Select(p => $"{p}: {sample.Text} => {rewrite.Sentence}"));
            var left = AccusationCheck.Find(rewrite.Sentence).Where(f => f.Kind != AccusationKind.Boundary).ToList();
            if (left.Count > 0)
            {
                problems.Add($"still flagged ({string.Join(", ", left.Select(f => f.Kind))}): {sample.Text} => {rewrite.Sentence}");
            }
            if (rewrite.Sentence.Contains("anniversary dinner", StringComparison.OrdinalIgnoreCase) && !sample.Text.Contains("anniversary dinner", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"incident title pasted in: {sample.Text} => {rewrite.Sentence}");
            }
        }

        output.WriteLine($"{count} rewrites, {problems.Count} problems");
        return (count, problems);
    }

    [Theory]
    [InlineData("When Forgot our anniversary dinner, I felt hurt.")]
    [InlineData("When you left left early, I felt hurt.")]
    [InlineData("When he shouted and threw my, I felt hurt.")]
    [InlineData("when you left, I felt hurt.")]
    [InlineData("When you left, I felt hurt")]
    [InlineData("When don't tell me I'm making it up, I felt hurt.")]
    [InlineData("When [say when], I felt hurt.")]
    [InlineData("When small, I felt small.")]
    [InlineData("When yOU did THIS [say when], I felt hurt.")]
    [InlineData("When ruining my birthday, I felt hurt.")]
    [InlineData("When me missing the interview, I felt hurt.")]
    [InlineData("When not me, I felt hurt.")]
    [InlineData("When [say when] and you promise [say when] and then forget, I felt hurt.")]
    [InlineData("When you didn't put me first [say when], [say when], I felt hurt.")]
    [InlineData("When I think treated my mum, I felt hurt.")]
    [InlineData("When I think you ignoring me, I felt hurt.")]
    [InlineData("When he threw my, I felt hurt.")]
    [InlineData("When end you go out without me [say when], I felt hurt.")]
    public void The_grammar_rules_catch_the_broken_sentences_the_issue_found(string broken)
    {
        Assert.NotEmpty(GrammarProblems(broken));
    }

    internal static IEnumerable<string> GrammarProblems(string sentence)
    {
        if (!char.IsUpper(sentence[0]) && sentence[0] != '[')
        {
            yield return "not in sentence case";
        }
        if (!".?!".Contains(sentence[^1], StringComparison.Ordinal))
        {
            yield return "no final mark";
        }
        if (CapitalisedAfterWhen().IsMatch(sentence))
        {
            yield return "\"When <Capitalised title>\"";
        }
        if (DoubledWord().Match(sentence) is { Success: true } doubled && !doubled.Value.Equals("that that", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"doubled word \"{doubled.Value}\"";
        }
        if (Dangling().Match(sentence) is { Success: true } dangling)
        {
            yield return $"dangling \"{dangling.Value}\"";
        }
        if (NoSubjectAfterWhen().IsMatch(sentence))
        {
            yield return "\"When\" without a subject";
        }
        if (OneWordObservation().IsMatch(sentence))
        {
            yield return "a one-word observation";
        }
        if (OddCapitals().Match(sentence) is { Success: true } odd)
        {
            yield return $"odd capitals \"{odd.Value}\"";
        }
        if (sentence.Contains(" ,", StringComparison.Ordinal) || sentence.Contains(",,", StringComparison.Ordinal) || sentence.Contains("  ", StringComparison.Ordinal))
        {
            yield return "stray space or comma";
        }
    }

    [GeneratedRegex(@"\bWhen (?!I\b|I'|\[)[A-Z]")]
    private static partial Regex CapitalisedAfterWhen();

    [GeneratedRegex(@"\bWhen (?:don't|dont|do not|didn't|can't|won't)\b|\bWhen \[say when\], I (?:felt|feel)\b|\bWhen (?:me )?(?!(?:some|no|any|every)thing\b)[a-z]+ing\b|\bWhen not\b|\bWhen \[say when\],? and\b|\[say when\],? \[say when\]|\bWhen I think (?!(?:you|your|he|she|they|we|it|that|the|my)\b)|\bWhen I think (?:you|he|she|they) [a-z]+ing\b|\bWhen (?:end|need|on|about|text|home|touch|deal|more|another|all this)\b")]
    private static partial Regex NoSubjectAfterWhen();

    [GeneratedRegex(@"\bWhen (?!\[)[\w'-]+,")]
    private static partial Regex OneWordObservation();

    // "yOU", not a name like "iPad" or "iPhone".
    [GeneratedRegex(@"\b(?!i[A-Z][a-z])[a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex OddCapitals();

    [GeneratedRegex(@"\b(\w+) \1\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubledWord();

    // "the one thing I asked for," strands its preposition after a verb, which is good English; "and my," is not.
    [GeneratedRegex(@"\b(?:and|or|but|my|your|our|their|the|a|an)\s*[,.?!;]|(?<!\b\w+ed\s)\b(?:to|of|with|for)\s*[,.?!;]", RegexOptions.IgnoreCase)]
    private static partial Regex Dangling();

    private static IEnumerable<AccusationCorpus.Sample> Everything =>
        OwnAccusatory.Concat(OwnClean).Concat(AccusationHeldOut.Accusatory).Concat(AccusationHeldOut.Clean).Concat(AccusationHeldOut.Boundaries);

}
