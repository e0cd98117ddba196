using System.Globalization;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Domain.Tests;

var inv = CultureInfo.InvariantCulture;
var thresholds = new[] { 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97 };

var accusationOwn = SecondOpinionTraining.AccusationOwn;
var accusationWriters = SecondOpinionTraining.AccusationWriters;
var safetyOwn = SecondOpinionTraining.SafetyOwn;
var safetyWriters = SecondOpinionTraining.SafetyWriters;

const double AccusationThreshold = 0.90, SafetyThreshold = 0.95;
var mode = args.Length > 0 ? args[0] : "crossval";
if (mode == "score" && args.Length == 3)
{
    // A sealed set: counts only, never a sentence. args: score accusation|safety FILE.tsv
    var lines = File.ReadLines(args[2]).Where(l => l.Contains('\t')).Select(l => l.Split('\t', 2)).ToList();
    if (args[1] == "accusation")
    {
        var sealedSet = lines.Select(p => (Text: p[1], Positive: p[0] is not "Clean" and not "Boundary", Boundary: p[0] == "Boundary", Label: p[0])).ToList();
        var model = SentenceModel.Train(SecondOpinionTraining.ForTraining(accusationOwn, accusationWriters.Where(w => w.Name != "seventh")));
        ScoreSealed("accusation", sealedSet, model, AccusationThreshold,
            t => AccusationCheck.FindByRulesAlone(t).Any(x => x.Kind != AccusationKind.Boundary), t => AccusationCheck.FindByRulesAlone(t).Any(x => x.Kind == AccusationKind.Boundary),
            t => AccusationCheck.FindByRulesAlone(t).Count > 0, t => AccusationCheck.FindByRulesAlone(t).Select(x => x.Kind.ToString()).ToList());
    }
    else
    {
        var sealedSet = lines.Select(p => (Text: p[1], Positive: p[0] != "Ordinary", Boundary: false, Label: p[0])).ToList();
        var model = SentenceModel.Train(SecondOpinionTraining.ForTraining(safetyOwn, safetyWriters.Where(w => w.Name != "seventh")));
        ScoreSealed("safety", sealedSet, model, SafetyThreshold, t => SafetySignals.FindByRulesAlone(t).Count > 0, _ => false, t => SafetySignals.FindByRulesAlone(t).Count > 0,
            t => SafetySignals.FindByRulesAlone(t).Select(k => k.Kind.ToString()).ToList());
    }
    return;
}

void ScoreSealed(string title, List<(string Text, bool Positive, bool Boundary, string Label)> set, SentenceModel model, double threshold,
    Func<string, bool> rulesPositive, Func<string, bool> rulesBoundary, Func<string, bool> rulesAny, Func<string, List<string>> rulesKinds)
{
    var positives = set.Where(e => e.Positive).ToList();
    var negatives = set.Where(e => !e.Positive && !e.Boundary).ToList();
    var boundaries = set.Where(e => e.Boundary).ToList();
    bool ModelSays(string t) => !rulesBoundary(t) && model.Probability(t) >= threshold;
    Console.WriteLine($"{title}: {positives.Count} positive, {negatives.Count} negative, {boundaries.Count} boundaries; threshold {threshold.ToString(inv)}");
    Console.WriteLine($"  rules alone:   caught {Pct(positives.Count(e => rulesPositive(e.Text)), positives.Count)}, negatives flagged {Pct(negatives.Count(e => rulesAny(e.Text)), negatives.Count)}, right kind {Pct(positives.Count(e => rulesKinds(e.Text).Contains(e.Label)), positives.Count)}");
    var caught = positives.Count(e => rulesPositive(e.Text) || ModelSays(e.Text));
    var flagged = negatives.Count(e => rulesAny(e.Text) || model.Probability(e.Text) >= threshold);
    var right = positives.Count(e => rulesKinds(e.Text).Contains(e.Label) || (!rulesPositive(e.Text) && ModelSays(e.Text) && model.NearestLabel(e.Text) == e.Label));
    Console.WriteLine($"  rules + model: caught {Pct(caught, positives.Count)}, negatives flagged {Pct(flagged, negatives.Count)}, right kind {Pct(right, positives.Count)}");
    foreach (var kind in positives.Select(e => e.Label).Distinct().Order())
    {
        var of = positives.Where(e => e.Label == kind).ToList();
        Console.WriteLine($"    {kind,-22} {of.Count,3}  rules {of.Count(e => rulesPositive(e.Text)),3}  rules + model {of.Count(e => rulesPositive(e.Text) || ModelSays(e.Text)),3}");
    }
    if (boundaries.Count > 0)
    {
        Console.WriteLine($"  boundaries read as accusations: rules {boundaries.Count(e => rulesPositive(e.Text))}, rules + model {boundaries.Count(e => rulesPositive(e.Text) || ModelSays(e.Text))}");
    }
}

if (mode == "train")
{
    // Writes the shipped weights and examples, trained on every labelled sentence (a domain test checks they match).
    var root = args.Length > 1 ? args[1] : "src/HurtHealing.Domain";
    foreach (var (name, folder, examples) in new[] { ("accusation", "Plans", SecondOpinionTraining.Accusation), ("safety", "Safety", SecondOpinionTraining.Safety) })
    {
        var model = SentenceModel.Train(examples);
        File.WriteAllBytes(Path.Combine(root, folder, "Model", $"{name}.weights"), model.WeightsAsBytes());
        File.WriteAllText(Path.Combine(root, folder, "Model", $"{name}.examples.tsv"), SentenceModel.ExamplesAsText(examples));
        Console.WriteLine($"{name}: {examples.Count} sentences, {model.WeightsAsBytes().Length} bytes of weights");
    }
    return;
}

if (mode == "crossval")
{
    CrossValidate("Accusation check", accusationOwn, accusationWriters, text => AccusationCheck.FindByRulesAlone(text) is var f && f.Any(x => x.Kind != AccusationKind.Boundary), text => AccusationCheck.FindByRulesAlone(text).Any(x => x.Kind == AccusationKind.Boundary), text => AccusationCheck.FindByRulesAlone(text).Count > 0);
    CrossValidate("Safety signals", safetyOwn, safetyWriters, t => SafetySignals.FindByRulesAlone(t).Count > 0, _ => false, t => SafetySignals.FindByRulesAlone(t).Count > 0);
}

void CrossValidate(string title, IReadOnlyList<SecondOpinionTraining.Example> own, IReadOnlyList<SecondOpinionTraining.Writer> writers,
    Func<string, bool> rulesPositive, Func<string, bool> rulesBoundary, Func<string, bool> rulesAny)
{
    Console.WriteLine($"== {title}: trained on the own corpus and every writer but one, scored on that one ==");
    Console.WriteLine($"own corpus: {own.Count} sentences; writers: {string.Join(", ", writers.Select(w => $"{w.Name} {w.Set.Count}"))}");
    var totals = new Dictionary<string, (int Caught, int Positives, int Flagged, int Negatives)>();
    void Tally(string key, int caught, int positives, int flagged, int negatives)
    {
        var t = totals.GetValueOrDefault(key);
        totals[key] = (t.Caught + caught, t.Positives + positives, t.Flagged + flagged, t.Negatives + negatives);
    }
    foreach (var (name, set) in writers)
    {
        var training = own.Concat(writers.Where(w => w.Name != name).SelectMany(w => w.Set)).Select(e => (e.Text, e.Positive, e.Label)).ToList();
        var model = SentenceModel.Train(training);
        var modelCaught = set.Where(e => e.Positive && !rulesPositive(e.Text) && model.Probability(e.Text) >= 0.9).ToList();
        var rightKind = modelCaught.Count(e => model.NearestLabel(e.Text) == e.Label);
        Console.WriteLine($"{name}: the model alone caught {modelCaught.Count} the rules missed (at 0.90); nearest example gave the written kind for {rightKind}");
        var positives = set.Where(e => e.Positive).ToList();
        var negatives = set.Where(e => !e.Positive && !e.Boundary).ToList();
        var rulesCaught = positives.Count(e => rulesPositive(e.Text));
        var rulesFlagged = negatives.Count(e => rulesAny(e.Text));
        Tally("rules", rulesCaught, positives.Count, rulesFlagged, negatives.Count);
        var line = string.Create(inv, $"{name,-7} rules {Pct(rulesCaught, positives.Count)} / {Pct(rulesFlagged, negatives.Count)}");
        foreach (var t in thresholds)
        {
            var caught = positives.Count(e => (rulesPositive(e.Text) || (!rulesBoundary(e.Text) && model.Probability(e.Text) >= t)));
            var flagged = negatives.Count(e => rulesAny(e.Text) || model.Probability(e.Text) >= t);
            var alone = positives.Count(e => model.Probability(e.Text) >= t);
            var aloneFlagged = negatives.Count(e => model.Probability(e.Text) >= t);
            Tally($"both {t:F2}", caught, positives.Count, flagged, negatives.Count);
            Tally($"model {t:F2}", alone, positives.Count, aloneFlagged, negatives.Count);
            line += string.Create(inv, $" | {t:F2}: {Pct(caught, positives.Count)} / {Pct(flagged, negatives.Count)} (alone {Pct(alone, positives.Count)} / {Pct(aloneFlagged, negatives.Count)})");
        }
        Console.WriteLine(line);
    }
    foreach (var (key, t) in totals)
    {
        Console.WriteLine(string.Create(inv, $"  all writers, {key,-11}: caught {Pct(t.Caught, t.Positives)}, negatives flagged {Pct(t.Flagged, t.Negatives)}"));
    }
}


string Pct(int part, int whole) => ((double)part / whole).ToString("P1", inv);
