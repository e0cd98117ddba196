using System.Globalization;
using System.Text;
using HurtHealing.Domain.Safety;
using Xunit.Abstractions;

namespace HurtHealing.Domain.Tests.Safety;

public class SafetyCorpusTests(ITestOutputHelper output)
{
    private const double MinimumRecallPerKind = 0.95;
    private const double MaximumOrdinaryFlagged = 0.03;

    [Fact]
    public void Corpus_is_big_enough_and_covers_every_kind()
    {
        Assert.True(SafetyCorpus.Safety.Count >= 80, $"{SafetyCorpus.Safety.Count} safety samples");
        Assert.True(SafetyCorpus.Boundaries.Count >= 40, $"{SafetyCorpus.Boundaries.Count} boundary samples");
        Assert.True(SafetyCorpus.Ordinary.Count >= 100, $"{SafetyCorpus.Ordinary.Count} ordinary samples");
        foreach (var kind in Enum.GetValues<SafetySignalKind>())
        {
            Assert.True(SafetyCorpus.Safety.Count(s => s.Kind == kind) >= 8, $"too few samples of {kind}");
        }

        var texts = Everything.Select(s => s.Text).ToList();
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Finds_every_kind_at_least_95_percent_of_the_time_and_flags_at_most_3_percent_of_ordinary_sentences()
    {
        var report = Report("Own corpus", [.. SafetyCorpus.Safety, .. SafetyCorpus.IndirectSafety], SafetyCorpus.Boundaries, [.. SafetyCorpus.Ordinary, .. SafetyCorpus.IndirectOrdinary]);
        output.WriteLine(report.Text);

        foreach (var (kind, recall) in report.RecallPerKind)
        {
            Assert.True(recall >= MinimumRecallPerKind, $"{kind} found {recall:P1} of the time");
        }

        Assert.True(report.OrdinaryFlagged <= MaximumOrdinaryFlagged, $"ordinary flagged {report.OrdinaryFlagged:P1}");
        Assert.Equal(1.0, report.BoundaryCarriedFound);
    }

    // The newest round is reported, never asserted: a floor on sentences the rules were not tuned on could
    // only be met by tuning on them, and then they would no longer be held out. Its figures go in the notes.
    // Its misses are printed with every run, so it is not blind either: on 2026-12-07, rules grown from the third
    // independent round's ideas happened to catch one more of its sentences (34 -> 35 of 42); it was not tuned on.
    [Fact]
    public void Held_out_set_is_reported_separately()
    {
        var report = Report("Eighth held-out round (written after the eighth freeze, never tuned on)", SafetyCorpus.HeldOutSafety, SafetyCorpus.HeldOutBoundaries, SafetyCorpus.HeldOutOrdinary);
        output.WriteLine(report.Text);

        Assert.True(SafetyCorpus.HeldOutSafety.Count + SafetyCorpus.HeldOutBoundaries.Count + SafetyCorpus.HeldOutOrdinary.Count >= 60);
        Assert.All(Enum.GetValues<SafetySignalKind>(), kind => Assert.Contains(SafetyCorpus.HeldOutSafety, s => s.Kind == kind));
    }

    // Written by someone who had read neither the rules nor the corpus, from a one-line description per kind.
    // Reported on 2026-12-07 before any change (82.3 % found with the right kind, 83.5 % with any, 2.9 % of
    // ordinary sentences flagged), then used to revise the rules, so it is development data now; a fresh
    // independent round gives the honest figure.
    [Fact]
    public void Independent_round_is_reported_too()
    {
        ReportIndependentRound("Independent round (another writer; reported at 82.3 % / 2.9 %, then used to revise the rules)", SafetyIndependentHeldOut.Safety, SafetyIndependentHeldOut.Ordinary, 100);
    }

    // Written after the rules were frozen by someone who had read neither the rules, the corpus nor the first
    // independent round. Reported on 2026-12-07 before any change (80.8 % found with the right kind, 84.6 % with
    // any, 8.8 % of ordinary sentences flagged: the figure to quote), then used to revise the rules.
    [Fact]
    public void Second_independent_round_is_reported_too()
    {
        ReportIndependentRound("Second independent round (reported at 80.8 % / 8.8 %, then used to revise the rules)", SafetySecondIndependentHeldOut.Safety, SafetySecondIndependentHeldOut.Ordinary, 100);
    }

    // Written on 2026-12-07 by a third independent writer who had read neither the rules, the corpus nor the earlier
    // rounds. Reported on the rules as they stood before anyone looked at its misses (89.0 % found with any kind,
    // 86.6 % with the right kind, 7.6 % of ordinary sentences flagged: the figure to quote), then used to revise the rules.
    [Fact]
    public void Third_independent_round_is_reported_too()
    {
        ReportIndependentRound("Third independent round (written 2026-12-07 by a third independent writer; reported at 89.0 % found / 86.6 % right kind / 7.6 % ordinary flagged, then used to revise the rules)", SafetyThirdIndependentHeldOut.Safety, SafetyThirdIndependentHeldOut.Ordinary, 100);
    }

    // Written on 2026-12-07 by a fourth independent writer and kept sealed until the third round's revision was frozen.
    // Reported on the rules as they stood before anyone looked at its misses (83.7 % found with any kind, 82.6 % with the
    // right kind, 9.3 % of ordinary sentences flagged: the figure to quote), then used to revise the rules (the fifth
    // revision), so it is development data now.
    [Fact]
    public void Fourth_independent_round_is_reported_too()
    {
        ReportIndependentRound("Fourth independent round (written 2026-12-07 by a fourth independent writer; reported at 83.7 % found / 82.6 % right kind / 9.3 % ordinary flagged, then used to revise the rules)", SafetyFourthIndependentHeldOut.Safety, SafetyFourthIndependentHeldOut.Ordinary, 100);
    }

    // Written to be understated; reported at 45.9 % found / 41.8 % right kind / 7.5 % ordinary flagged while sealed, then
    // used to revise the rules (SafetyRules.Indirect), so it is development data now.
    [Fact]
    public void Fifth_independent_round_written_to_be_understated_is_reported_too()
    {
        ReportIndependentRound("Fifth independent round (written 2026-12-07 to be understated; reported at 45.9 % found / 41.8 % right kind / 7.5 % ordinary flagged, then used to revise the rules)", SafetyFifthIndependentHeldOut.Safety, SafetyFifthIndependentHeldOut.Ordinary, 150);
    }

    // Sealed until both revisions of 2026-12-07 were frozen, then scored once (69.4 % found / 69.4 % right kind / 2.5 %
    // ordinary flagged): the honest figure for the current rules. Reported, never asserted or tuned on.
    [Fact]
    public void Sixth_independent_round_never_tuned_on_is_reported_as_the_honest_figure()
    {
        ReportIndependentRound("Sixth independent round (sealed until the rules were frozen; never tuned on)", SafetySixthIndependentHeldOut.Safety, SafetySixthIndependentHeldOut.Ordinary, 150);
    }

    [Fact]
    public void Seventh_independent_round_sealed_until_the_second_opinion_was_frozen_is_reported_as_training_data_now()
    {
        ReportIndependentRound("Seventh independent round (scored once 2026-12-07: rules 61.2 % found / 3.3 % ordinary flagged, with the first second opinion 74.5 % / 4.4 %; training data now)", SafetySeventhIndependentHeldOut.Safety, SafetySeventhIndependentHeldOut.Ordinary, 150);
    }

    [Fact]
    public void Eighth_independent_round_sealed_until_the_second_opinion_was_final_is_reported_as_training_data_now()
    {
        ReportIndependentRound("Eighth independent round (scored once 2026-12-07: rules 51.0 % found / 1.0 % ordinary flagged, with the second opinion 70.4 % / 2.0 %; training data now)", SafetyEighthIndependentHeldOut.Safety, SafetyEighthIndependentHeldOut.Ordinary, 150);
    }

    [Fact]
    public void Ninth_independent_round_sealed_until_the_second_opinion_was_retrained_is_reported_as_training_data_now()
    {
        ReportIndependentRound("Ninth independent round (scored once 2026-12-07: rules 61.2 % found / 8.0 % ordinary flagged, with the second opinion trained on ten rounds 88.8 % / 9.0 %; training data now)", SafetyNinthIndependentHeldOut.Safety, SafetyNinthIndependentHeldOut.Ordinary, 150);
    }

    [Fact]
    public void Fifteenth_independent_round_sealed_until_the_shipped_form_was_frozen_is_reported_and_never_trained_on()
    {
        ReportIndependentRound("Fifteenth independent round (scored 2026-12-07: rules 63.3 % found / 9.0 % ordinary flagged, with the second opinion on thirteen rounds 84.7 % / 9.0 %, as shipped on sixteen 85.7 % / 9.0 %; never trained or tuned on)", SafetyFifteenthIndependentHeldOut.Safety, SafetyFifteenthIndependentHeldOut.Ordinary, 150);
    }

    [Fact]
    public void Nineteenth_independent_round_sealed_until_the_shipped_form_was_frozen_is_reported_and_never_trained_on()
    {
        ReportIndependentRound("Nineteenth independent round (scored once 2026-12-07: rules 63.3 % found / 7.0 % ordinary flagged, as shipped 91.8 % / 7.0 %; never trained or tuned on)", SafetyNineteenthIndependentHeldOut.Safety, SafetyNineteenthIndependentHeldOut.Ordinary, 150);
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
    public void Writers_rounds_written_as_training_data_are_reported(string writer)
    {
        var (safety, ordinary) = writer switch
        {
            "tenth" => (SafetyTenthWriter.Safety, SafetyTenthWriter.Ordinary),
            "eleventh" => (SafetyEleventhWriter.Safety, SafetyEleventhWriter.Ordinary),
            "twelfth" => (SafetyTwelfthWriter.Safety, SafetyTwelfthWriter.Ordinary),
            "thirteenth" => (SafetyThirteenthWriter.Safety, SafetyThirteenthWriter.Ordinary),
            "fourteenth" => (SafetyFourteenthWriter.Safety, SafetyFourteenthWriter.Ordinary),
            "sixteenth" => (SafetySixteenthWriter.Safety, SafetySixteenthWriter.Ordinary),
            "seventeenth" => (SafetySeventeenthWriter.Safety, SafetySeventeenthWriter.Ordinary),
            "eighteenth" => (SafetyEighteenthWriter.Safety, SafetyEighteenthWriter.Ordinary),
            _ => throw new ArgumentOutOfRangeException(nameof(writer)),
        };
        ReportIndependentRound($"The {writer} writer's round (training data from the start, never held out)", safety, ordinary, 150);
    }

    // An independent round is reported, never asserted: its figures are measured, not tuned to. The round itself must stay
    // whole: big enough, with every kind in it.
    private void ReportIndependentRound(string title, IReadOnlyList<SafetyCorpus.Sample> safety, IReadOnlyList<SafetyCorpus.Sample> ordinary, int atLeast)
    {
        output.WriteLine(Report(title, safety, [], ordinary).Text);
        Assert.True(safety.Count + ordinary.Count >= atLeast);
        Assert.All(Enum.GetValues<SafetySignalKind>(), kind => Assert.Contains(safety, s => s.Kind == kind));
    }

    /// <summary>Rounds one to seven: each was reported before any change, then used to revise the rules.</summary>
    public static TheoryData<string> EarlierRounds() => [.. UsedRounds.Keys];

    private static readonly Dictionary<string, (IReadOnlyList<SafetyCorpus.Sample> Safety, IReadOnlyList<SafetyCorpus.Sample> Boundaries, IReadOnlyList<SafetyCorpus.Sample> Ordinary)> UsedRounds = new()
    {
        ["First"] = (SafetyCorpus.FirstHeldOutSafety, SafetyCorpus.FirstHeldOutBoundaries, SafetyCorpus.FirstHeldOutOrdinary),
        ["Second"] = (SafetyCorpus.SecondHeldOutSafety, SafetyCorpus.SecondHeldOutBoundaries, SafetyCorpus.SecondHeldOutOrdinary),
        ["Third"] = (SafetyCorpus.ThirdHeldOutSafety, SafetyCorpus.ThirdHeldOutBoundaries, SafetyCorpus.ThirdHeldOutOrdinary),
        ["Fourth"] = (SafetyCorpus.FourthHeldOutSafety, SafetyCorpus.FourthHeldOutBoundaries, SafetyCorpus.FourthHeldOutOrdinary),
        ["Fifth"] = (SafetyCorpus.FifthHeldOutSafety, SafetyCorpus.FifthHeldOutBoundaries, SafetyCorpus.FifthHeldOutOrdinary),
        ["Sixth"] = (SafetyCorpus.SixthHeldOutSafety, SafetyCorpus.SixthHeldOutBoundaries, SafetyCorpus.SixthHeldOutOrdinary),
        ["Seventh"] = (SafetyCorpus.SeventhHeldOutSafety, SafetyCorpus.SeventhHeldOutBoundaries, SafetyCorpus.SeventhHeldOutOrdinary),
    };

    [Theory]
    [MemberData(nameof(EarlierRounds))]
    public void Earlier_held_out_rounds_are_reported_too(string round)
    {
        var (safety, boundaries, ordinary) = UsedRounds[round];
        var report = Report($"{round} held-out round (reported, then used to revise the rules)", safety, boundaries, ordinary);
        output.WriteLine(report.Text);

        Assert.True(safety.Count + boundaries.Count + ordinary.Count >= 60);
    }

    [Fact]
    public void Every_signal_in_the_corpus_has_a_true_span()
    {
        foreach (var sample in Everything.Concat(IndependentRounds))
        {
            foreach (var signal in SafetySignals.Find(sample.Text))
            {
                Assert.Equal(signal.Matched, sample.Text.Substring(signal.Start, signal.Length));
                Assert.False(string.IsNullOrWhiteSpace(signal.Matched));
            }
        }
    }

    private static IEnumerable<SafetyCorpus.Sample> Everything =>
        SafetyCorpus.Safety.Concat(SafetyCorpus.IndirectSafety).Concat(SafetyCorpus.Boundaries).Concat(SafetyCorpus.Ordinary).Concat(SafetyCorpus.IndirectOrdinary)
            .Concat(UsedRounds.Values.SelectMany(r => r.Safety.Concat(r.Boundaries).Concat(r.Ordinary)))
            .Concat(SafetyCorpus.HeldOutSafety).Concat(SafetyCorpus.HeldOutBoundaries).Concat(SafetyCorpus.HeldOutOrdinary);

    // The independent rounds are copied verbatim, so they may repeat a sentence of ours; they are read for spans, not for
    // distinctness.
    private static IEnumerable<SafetyCorpus.Sample> IndependentRounds =>
        SafetyIndependentHeldOut.Safety.Concat(SafetyIndependentHeldOut.Ordinary)
            .Concat(SafetySecondIndependentHeldOut.Safety).Concat(SafetySecondIndependentHeldOut.Ordinary)
            .Concat(SafetyThirdIndependentHeldOut.Safety).Concat(SafetyThirdIndependentHeldOut.Ordinary)
            .Concat(SafetyFourthIndependentHeldOut.Safety).Concat(SafetyFourthIndependentHeldOut.Ordinary)
            .Concat(SafetyFifthIndependentHeldOut.Safety).Concat(SafetyFifthIndependentHeldOut.Ordinary)
            .Concat(SafetySixthIndependentHeldOut.Safety).Concat(SafetySixthIndependentHeldOut.Ordinary)
            .Concat(SafetySeventhIndependentHeldOut.Safety).Concat(SafetySeventhIndependentHeldOut.Ordinary)
            .Concat(SafetyEighthIndependentHeldOut.Safety).Concat(SafetyEighthIndependentHeldOut.Ordinary)
            .Concat(SafetyNinthIndependentHeldOut.Safety).Concat(SafetyNinthIndependentHeldOut.Ordinary)
            .Concat(SafetyTenthWriter.Safety).Concat(SafetyTenthWriter.Ordinary)
            .Concat(SafetyEleventhWriter.Safety).Concat(SafetyEleventhWriter.Ordinary)
            .Concat(SafetyTwelfthWriter.Safety).Concat(SafetyTwelfthWriter.Ordinary)
            .Concat(SafetyThirteenthWriter.Safety).Concat(SafetyThirteenthWriter.Ordinary)
            .Concat(SafetyFourteenthWriter.Safety).Concat(SafetyFourteenthWriter.Ordinary)
            .Concat(SafetySixteenthWriter.Safety).Concat(SafetySixteenthWriter.Ordinary)
            .Concat(SafetySeventeenthWriter.Safety).Concat(SafetySeventeenthWriter.Ordinary)
            .Concat(SafetyEighteenthWriter.Safety).Concat(SafetyEighteenthWriter.Ordinary)
            .Concat(SafetyFifteenthIndependentHeldOut.Safety).Concat(SafetyFifteenthIndependentHeldOut.Ordinary)
            .Concat(SafetyNineteenthIndependentHeldOut.Safety).Concat(SafetyNineteenthIndependentHeldOut.Ordinary);

    private sealed record Figures(
        string Text, IReadOnlyList<(SafetySignalKind Kind, double Recall)> RecallPerKind, double Recall,
        double OrdinaryFlagged, double BoundaryCarriedFound);

    private static Figures Report(
        string title, IReadOnlyList<SafetyCorpus.Sample> safety, IReadOnlyList<SafetyCorpus.Sample> boundaries, IReadOnlyList<SafetyCorpus.Sample> ordinary)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"{title}: {safety.Count} safety, {boundaries.Count} boundary, {ordinary.Count} ordinary sentences");
        text.AppendLine(inv, $"{"kind",-22}{"samples",8}{"found",7}{"recall",9}{"raised on ordinary",20}");

        var perKind = new List<(SafetySignalKind, double)>();
        var ordinaryKinds = ordinary.Select(o => SafetySignals.KindsIn(o.Text)).ToList();
        foreach (var kind in Enum.GetValues<SafetySignalKind>())
        {
            var samples = safety.Where(s => s.Kind == kind).ToList();
            var found = samples.Count(s => SafetySignals.KindsIn(s.Text).Contains(kind));
            var raised = ordinaryKinds.Count(k => k.Contains(kind));
            text.AppendLine(inv, $"{kind,-22}{samples.Count,8}{found,7}{Ratio(found, samples.Count),9}{raised,20}");
            if (samples.Count > 0)
            {
                perKind.Add((kind, (double)found / samples.Count));
            }
        }

        var caught = safety.Count(s => SafetySignals.KindsIn(s.Text).Contains(s.Kind!.Value));
        var anySignal = safety.Count(s => SafetySignals.AnyIn(s.Text));
        var flagged = ordinary.Where(o => SafetySignals.AnyIn(o.Text)).ToList();
        var carried = boundaries.Where(b => b.Kind is not null).ToList();
        var carriedFound = carried.Count(b => SafetySignals.KindsIn(b.Text).Contains(b.Kind!.Value));
        var boundaryRaisedWithout = boundaries.Where(b => b.Kind is null && SafetySignals.AnyIn(b.Text)).ToList();
        text.AppendLine(inv, $"Safety found with the right kind: {caught}/{safety.Count} = {Ratio(caught, safety.Count)}; with any kind: {Ratio(anySignal, safety.Count)}");
        text.AppendLine(inv, $"Ordinary flagged: {flagged.Count}/{ordinary.Count} = {Ratio(flagged.Count, ordinary.Count)}");
        text.AppendLine(inv, $"Boundaries carrying a signal, found: {carriedFound}/{carried.Count}; boundaries raising a signal they do not carry: {boundaryRaisedWithout.Count}/{boundaries.Count - carried.Count}");
        foreach (var s in safety.Where(s => !SafetySignals.KindsIn(s.Text).Contains(s.Kind!.Value)))
        {
            text.AppendLine(inv, $"  missed ({s.Kind}): {s.Text} -> {Describe(s.Text)}");
        }

        foreach (var o in flagged.Concat(boundaryRaisedWithout))
        {
            text.AppendLine(inv, $"  raised: {o.Text} -> {Describe(o.Text)}");
        }

        foreach (var b in carried.Where(b => !SafetySignals.KindsIn(b.Text).Contains(b.Kind!.Value)))
        {
            text.AppendLine(inv, $"  boundary missed ({b.Kind}): {b.Text} -> {Describe(b.Text)}");
        }

        return new Figures(
            text.ToString(),
            perKind,
            safety.Count == 0 ? 0 : (double)caught / safety.Count,
            ordinary.Count == 0 ? 0 : (double)flagged.Count / ordinary.Count,
            carried.Count == 0 ? 1 : (double)carriedFound / carried.Count);
    }

    private static string Describe(string text) =>
        string.Join("; ", SafetySignals.Find(text).Select(s => $"{s.Kind} '{s.Matched}'")) is { Length: > 0 } d ? d : "(none)";

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
