using System.Diagnostics;
using System.Globalization;
using HurtHealing.Bench.AccusationModel;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Domain.Tests.Plans;

// The nearest-example second opinion for the accusation check, measured beside the rules alone.
//   dotnet run -c Release --project bench/AccusationModel               cross-validation: thresholds chosen, tables
//   ACCUSATION_TSV=/path/set.tsv dotnet run -c Release --project bench/AccusationModel -- score
//                                                                         a sealed set: counts only, never its sentences
//   dotnet run -c Release --project bench/AccusationModel -- time [rounds]   p50/p99 rules alone vs rules + model
//   dotnet run -c Release --project bench/AccusationModel -- explain "sentence" …  the examples the model leaned on
var inv = CultureInfo.InvariantCulture;
var mode = args.Length > 0 ? args[0] : "crossval";
var rssAtStart = Environment.WorkingSet;
var clock = Stopwatch.StartNew();
using var encoder = NearestExamples.LoadEncoder();
Console.WriteLine(string.Create(inv, $"model loaded (all-MiniLM-L6-v2, ONNX Runtime, 1 thread): {clock.ElapsedMilliseconds} ms, RSS {Mb(rssAtStart)} -> {Mb(Environment.WorkingSet)} MB"));

var own = Set.Of(
    [.. AccusationCorpus.Accusatory, .. AccusationCorpus.EarlierHeldOutAccusatory, .. AccusationHeldOut.Accusatory, .. AccusationHeldOut.Boundaries],
    [.. AccusationCorpus.Clean, .. AccusationCorpus.EarlierHeldOutClean, .. AccusationHeldOut.Clean]);
var first = Set.Of([.. AccusationIndependentHeldOut.Accusatory, .. AccusationIndependentHeldOut.Boundaries], AccusationIndependentHeldOut.Clean);
var second = Set.Of([.. AccusationSecondIndependentHeldOut.Accusatory, .. AccusationSecondIndependentHeldOut.Boundaries], AccusationSecondIndependentHeldOut.Clean);

switch (mode)
{
    case "crossval":
        CrossValidate();
        break;
    case "score":
        ScoreSealed();
        break;
    case "explain":
        Explain(args.Skip(1).ToArray());
        break;
    case "time":
        Time(args.Length > 1 ? int.Parse(args[1], inv) : 5);
        break;
    default:
        Console.Error.WriteLine("usage: [crossval] | score (with ACCUSATION_TSV) | time [rounds] | explain \"sentence\" …");
        Environment.Exit(2);
        break;
}

void CrossValidate()
{
    var cache = new Dictionary<string, float[]>(StringComparer.OrdinalIgnoreCase);
    clock.Restart();
    using var forSecond = new NearestExamples(encoder, [.. own.All, .. first.All], cache);
    Console.WriteLine(string.Create(inv, $"{forSecond.Count} examples embedded in {clock.ElapsedMilliseconds} ms"));

    // Thresholds are chosen on the second set with the own corpus and the first set as examples: the most accusatory
    // sentences caught without flagging a single clean sentence more than the rules alone do.
    var rulesOnly = AccusationScore.Of("rules", second.Accusatory, second.Clean, second.Boundaries, AccusationCheck.Find, false);
    Thresholds? best = null;
    var bestCaught = -1.0;
    Console.WriteLine(string.Create(inv, $"Choosing thresholds on the second set (rules alone: {rulesOnly.Caught:P1} caught, {rulesOnly.CleanFlagged:P1} clean flagged):"));
    foreach (var k in new[] { 1, 3, 5 })
    {
        foreach (var similarity in new[] { 0.50f, 0.55f, 0.60f, 0.65f, 0.70f })
        {
            foreach (var margin in new[] { 0.00f, 0.03f, 0.06f, 0.10f })
            {
                var t = new Thresholds(k, similarity, margin);
                var s = AccusationScore.Of("", second.Accusatory, second.Clean, second.Boundaries, text => forSecond.Find(text, t), false);
                Console.WriteLine(string.Create(inv, $"  k={k} similarity>={similarity:F2} margin>={margin:F2}: caught {s.Caught:P1}, clean flagged {s.CleanFlagged:P1}"));
                if (s.CleanFlagged <= rulesOnly.CleanFlagged && s.Caught > bestCaught + 1e-9)
                {
                    (best, bestCaught) = (t, s.Caught);
                }
            }
        }
    }

    Console.WriteLine($"Best by that rule: {best}; frozen in NearestExamples.Frozen: {NearestExamples.Frozen}");
    var frozen = NearestExamples.Frozen;

    Side("Second independent set (examples: own + first set; USED TO CHOOSE THE THRESHOLDS, so optimistic)", second, forSecond, frozen, true);

    using var forFirst = new NearestExamples(encoder, [.. own.All, .. second.All], cache);
    Side("First independent set (examples: own + second set; the rules were revised on it, so rules-only is optimistic)", first, forFirst, frozen, true);

    using var forOwn = new NearestExamples(encoder, [.. first.All, .. second.All], cache);
    Side("Own corpus (examples: both independent sets only)", own, forOwn, frozen, true);

    using var all = new NearestExamples(encoder, [.. own.All, .. first.All, .. second.All], cache);
    Side("Own corpus (examples: all three sets, each sentence's own example left out)", own, all, frozen, true, leaveOut: true);
}

void ScoreSealed()
{
    var path = Environment.GetEnvironmentVariable("ACCUSATION_TSV");
    if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
    {
        Console.Error.WriteLine("Set ACCUSATION_TSV to a file of lines LABEL<TAB>sentence (labels: the kind names, Clean, Boundary).");
        Environment.Exit(2);
    }

    var accusatory = new List<AccusationCorpus.Sample>();
    var clean = new List<AccusationCorpus.Sample>();
    var lineNumber = 0;
    foreach (var line in File.ReadLines(path))
    {
        lineNumber++;
        if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
        {
            continue;
        }

        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var label = tab < 0 ? "" : line[..tab].Trim();
        var text = tab < 0 ? "" : line[(tab + 1)..].Trim();
        if (text.Length == 0)
        {
            Console.Error.WriteLine($"line {lineNumber}: expected LABEL<TAB>sentence");
            Environment.Exit(2);
        }

        if (label.Equals("Clean", StringComparison.OrdinalIgnoreCase))
        {
            clean.Add(new AccusationCorpus.Sample(text, null, []));
        }
        else if (Enum.TryParse<AccusationKind>(label, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
        {
            accusatory.Add(new AccusationCorpus.Sample(text, kind, []));
        }
        else
        {
            Console.Error.WriteLine($"line {lineNumber}: unknown label '{label}' (use {string.Join(", ", Enum.GetNames<AccusationKind>())}, Clean)");
            Environment.Exit(2);
        }
    }

    var sealedSet = Set.Of(accusatory, clean);
    clock.Restart();
    using var model = new NearestExamples(encoder, [.. own.All, .. first.All, .. second.All]);
    Console.WriteLine(string.Create(inv, $"{model.Count} examples (own corpus + both independent sets) embedded in {clock.ElapsedMilliseconds} ms; thresholds {NearestExamples.Frozen}"));
    var showSentences = Environment.GetEnvironmentVariable("ACCUSATION_SHOW_SENTENCES") == "1";
    Side($"Sealed set {Path.GetFileName(path)}", sealedSet, model, NearestExamples.Frozen, showSentences);
}

void Side(string title, Set set, NearestExamples model, Thresholds thresholds, bool showSentences, bool leaveOut = false)
{
    Console.WriteLine();
    Console.WriteLine($"=== {title}");
    Console.WriteLine($"Accusatory sentences that also tell of danger (safety note instead, not scored): {set.DangerFirst}");
    var rules = AccusationScore.Of("Rules only", set.Accusatory, set.Clean, set.Boundaries, AccusationCheck.Find, showSentences);
    Console.Write(rules.Text);
    var withModel = AccusationScore.Of("Rules + nearest examples", set.Accusatory, set.Clean, set.Boundaries,
        text => model.Find(text, thresholds, leaveOut ? text : null), showSentences);
    Console.Write(withModel.Text);
    Console.WriteLine(string.Create(inv, $"Summary: rules only {rules.Caught:P1} caught / {rules.CleanFlagged:P1} clean flagged; rules + model {withModel.Caught:P1} / {withModel.CleanFlagged:P1} (targets 95% / 3%)"));
}

// The reason stays explainable: for each sentence, what the rules found, and the examples the model leaned on.
void Explain(string[] sentences)
{
    using var model = new NearestExamples(encoder, [.. own.All, .. first.All, .. second.All]);
    foreach (var sentence in sentences)
    {
        var rules = AccusationCheck.Find(sentence);
        var opinion = model.Opinion(model.Embed(sentence), NearestExamples.Frozen, leaveOut: sentence);
        var nearest = model.Opinion(model.Embed(sentence), NearestExamples.Frozen with { Similarity = 0, Margin = -1 }, leaveOut: sentence);
        Console.WriteLine(sentence);
        Console.WriteLine($"  rules: {(rules.Count == 0 ? "(none)" : string.Join("; ", rules.Select(f => $"{f.Kind} '{f.Matched}'")))}");
        Console.WriteLine(string.Create(inv, $"  nearest accusatory: {nearest?.Kind} '{nearest?.Example}' ({nearest?.Similarity:F2}); nearest clean: '{nearest?.NearestClean}' ({nearest?.CleanSimilarity:F2})"));
        Console.WriteLine($"  second opinion (used only when the rules find nothing): {(opinion is null ? "none" : opinion.Kind.ToString())}");
    }
}

void Time(int rounds)
{
    clock.Restart();
    using var model = new NearestExamples(encoder, [.. own.All, .. first.All, .. second.All]);
    Console.WriteLine(string.Create(inv, $"{model.Count} examples embedded at start-up: {clock.ElapsedMilliseconds} ms; RSS now {Mb(Environment.WorkingSet)} MB"));
    var context = new RewriteContext(null, ["hurt", "lonely"], "to be heard", "listen to how it was for me before you answer");
    var sentences = own.All.Select(s => s.Text).ToArray();

    // The Check handler's work per sentence (as bench/StatementCheck), then the second opinion when the rules found nothing.
    void RulesOnly(string sentence)
    {
        var (when, felt, need, request) = StatementRewriter.Parse(sentence);
        var composed = StatementRewriter.Compose(when, felt, need, request);
        _ = AccusationCheck.Review(composed);
        _ = StatementRewriter.Rewrite(when, felt, need, request, context);
    }

    void WithModel(string sentence)
    {
        var (when, felt, need, request) = StatementRewriter.Parse(sentence);
        var composed = StatementRewriter.Compose(when, felt, need, request);
        var check = AccusationCheck.Review(composed);
        if (check.Findings.Count == 0 && !check.HasSafetySignal)
        {
            _ = model.Opinion(model.Embed(composed), NearestExamples.Frozen);
        }

        _ = StatementRewriter.Rewrite(when, felt, need, request, context);
    }

    void ModelAlways(string sentence) => _ = model.Opinion(model.Embed(sentence), NearestExamples.Frozen);

    foreach (var (name, once) in new (string, Action<string>)[] { ("rules only", RulesOnly), ("rules + model (model when the rules find nothing)", WithModel), ("model on every sentence", ModelAlways) })
    {
        foreach (var s in sentences)
        {
            once(s);
        }

        var times = new List<double>(sentences.Length * rounds);
        var fastest = new double[sentences.Length];
        Array.Fill(fastest, double.MaxValue);
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < sentences.Length; i++)
            {
                var t = Stopwatch.GetTimestamp();
                once(sentences[i]);
                var us = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
                times.Add(us);
                fastest[i] = Math.Min(fastest[i], us);
            }
        }

        Console.WriteLine(Line($"{name}: {sentences.Length} sentences x {rounds} rounds, wall clock", times));
        Console.WriteLine(Line($"{name}: per sentence, fastest of its rounds", [.. fastest]));
    }

    Console.WriteLine(string.Create(inv, $"RSS at the end: {Mb(Environment.WorkingSet)} MB (at start {Mb(rssAtStart)} MB)"));
}

static string Line(string title, List<double> values)
{
    values.Sort();
    double P(double q) => values[(int)Math.Min(values.Count - 1, Math.Ceiling(q * values.Count) - 1)];
    return string.Create(CultureInfo.InvariantCulture,
        $"{title}: p50 {P(0.50) / 1000:F2} ms, p90 {P(0.90) / 1000:F2} ms, p99 {P(0.99) / 1000:F2} ms, max {values[^1] / 1000:F2} ms");
}

static long Mb(long bytes) => bytes / 1_000_000;

/// <summary>A labelled set split as the corpus tests split it: accusatory sentences that tell of danger are left to the safety note.</summary>
internal sealed record Set(IReadOnlyList<AccusationCorpus.Sample> Accusatory, IReadOnlyList<AccusationCorpus.Sample> Boundaries, IReadOnlyList<AccusationCorpus.Sample> Clean, int DangerFirst)
{
    public IEnumerable<AccusationCorpus.Sample> All => Accusatory.Concat(Boundaries).Concat(Clean);

    public static Set Of(IReadOnlyList<AccusationCorpus.Sample> labelled, IReadOnlyList<AccusationCorpus.Sample> clean)
    {
        var boundaries = labelled.Where(s => s.Kind == AccusationKind.Boundary).ToList();
        var accusatory = labelled.Where(s => s.Kind != AccusationKind.Boundary).ToList();
        var safe = accusatory.Where(s => SafetySignals.Find(s.Text).Count == 0).ToList();
        return new Set(safe, boundaries, clean, accusatory.Count - safe.Count);
    }
}
