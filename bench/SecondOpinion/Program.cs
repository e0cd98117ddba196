using System.Globalization;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Domain.Tests;

var inv = CultureInfo.InvariantCulture;
var thresholds = new[] { 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97 };

var accusationOwn = SecondOpinionTraining.AccusationOwn;
var accusationWriters = SecondOpinionTraining.AccusationWriters;
var safetyOwn = SecondOpinionTraining.SafetyOwn.Concat(SecondOpinionTraining.SafetyNegativesFromStatements).ToList();
var safetyWriters = SecondOpinionTraining.SafetyWriters;

// PROBABILITY_ONLY=1: the model's probability alone, without the nearest example having to agree (as first measured).
var Agree = Environment.GetEnvironmentVariable("PROBABILITY_ONLY") != "1";
var mode = args.Length > 0 ? args[0] : "crossval";
if (mode == "score" && args.Length == 3)
{
    // A sealed set, scored through the shipped checks (rules alone, then rules with the shipped second opinion):
    // counts only, never a sentence. args: score accusation|safety FILE.tsv
    var lines = File.ReadLines(args[2]).Where(l => l.Contains('\t')).Select(l => l.Split('\t', 2)).ToList();
    if (args[1] == "accusation")
    {
        var sealedSet = lines.Select(p => (Text: p[1], Positive: p[0] is not "Clean" and not "Boundary", Boundary: p[0] == "Boundary", Label: p[0])).ToList();
        ScoreSealed("accusation", sealedSet, AccusationCheck.SecondOpinionThreshold,
            t => AccusationCheck.FindByRulesAlone(t).Select(x => x.Kind.ToString()).ToList(), t => AccusationCheck.Find(t).Select(x => x.Kind.ToString()).ToList());
    }
    else
    {
        var sealedSet = lines.Select(p => (Text: p[1], Positive: p[0] != "Ordinary", Boundary: false, Label: p[0])).ToList();
        ScoreSealed("safety", sealedSet, SafetySignals.SecondOpinionThreshold,
            t => SafetySignals.FindByRulesAlone(t).Select(x => x.Kind.ToString()).ToList(), t => SafetySignals.Find(t).Select(x => x.Kind.ToString()).ToList());
    }
    return;
}

void ScoreSealed(string title, List<(string Text, bool Positive, bool Boundary, string Label)> set, double threshold,
    Func<string, List<string>> rulesAlone, Func<string, List<string>> withModel)
{
    var positives = set.Where(e => e.Positive).ToList();
    var negatives = set.Where(e => !e.Positive && !e.Boundary).ToList();
    var boundaries = set.Where(e => e.Boundary).ToList();
    static bool Caught(List<string> kinds) => kinds.Any(k => k != "Boundary");
    Console.WriteLine($"{title}: {positives.Count} positive, {negatives.Count} negative, {boundaries.Count} boundaries; second opinion at {threshold.ToString(inv)}");
    foreach (var (name, check) in new[] { ("rules alone", rulesAlone), ("rules + model", withModel) })
    {
        Console.WriteLine($"  {name,-13}: caught {Pct(positives.Count(e => Caught(check(e.Text))), positives.Count)}, negatives flagged {Pct(negatives.Count(e => check(e.Text).Count > 0), negatives.Count)}, right kind {Pct(positives.Count(e => check(e.Text).Contains(e.Label)), positives.Count)}");
    }
    foreach (var kind in positives.Select(e => e.Label).Distinct().Order())
    {
        var of = positives.Where(e => e.Label == kind).ToList();
        Console.WriteLine($"    {kind,-22} {of.Count,3}  rules {of.Count(e => Caught(rulesAlone(e.Text))),3}  rules + model {of.Count(e => Caught(withModel(e.Text))),3}  right kind {of.Count(e => withModel(e.Text).Contains(kind)),3}");
    }
    if (boundaries.Count > 0)
    {
        Console.WriteLine($"  boundaries read as boundaries: rules {boundaries.Count(e => rulesAlone(e.Text).Contains("Boundary"))}, rules + model {boundaries.Count(e => withModel(e.Text).Contains("Boundary"))}; read as accusations: rules {boundaries.Count(e => Caught(rulesAlone(e.Text)))}, rules + model {boundaries.Count(e => Caught(withModel(e.Text)))}");
    }
}

if (mode == "mistakes" && args.Length == 3)
{
    // A spent set's mistakes, sentence by sentence (only for a set already scored sealed): what was missed and what
    // was flagged that should not have been, with what the rules and the model said. args: mistakes accusation|safety FILE.tsv
    foreach (var p in File.ReadLines(args[2]).Where(l => l.Contains('\t')).Select(l => l.Split('\t', 2)))
    {
        var (label, text) = (p[0], p[1]);
        var found = args[1] == "accusation"
            ? AccusationCheck.Find(text).Select(f => f.Kind.ToString()).Where(k => k != "Boundary").ToList()
            : SafetySignals.Find(text).Select(f => f.Kind.ToString()).ToList();
        var positive = args[1] == "accusation" ? label is not "Clean" and not "Boundary" : label != "Ordinary";
        if (label == "Boundary" || positive == found.Count > 0)
        {
            continue;
        }
        var model = args[1] == "accusation" ? AccusationCheck.SecondOpinionModel : SafetySignals.SecondOpinionModel;
        Console.WriteLine(string.Create(inv, $"{(positive ? "MISSED" : "FLAGGED")} {label} [{string.Join(",", found)}] p={model.Probability(text):F2} nearest={model.Nearest(text)}: {text}"));
    }
    return;
}

if (mode == "vetokinds")
{
    // Per kind, writer by writer: what a veto of the rules' findings of that kind alone (the model all but sure the
    // text is clean, its nearest example a clean one) would cost in accusations lost and gain in clean sentences freed.
    var ceiling = args.Length > 1 ? double.Parse(args[1], inv) : AccusationCheck.VetoCeiling;
    var lost = new Dictionary<string, int>();
    var freed = new Dictionary<string, int>();
    foreach (var (name, set) in accusationWriters)
    {
        var trainingWriters = accusationWriters.Where(w => w.Name != name).SelectMany(w => w.Set).ToList();
        var extra = SecondOpinionTraining.ObservationsFromRewrites(accusationOwn.Concat(trainingWriters));
        var model = SentenceModel.Train([.. accusationOwn.Concat(extra).Concat(trainingWriters).Select(e => (e.Text, e.Positive, e.Label))]);
        foreach (var e in set.Where(e => !e.Boundary))
        {
            var findings = AccusationCheck.FindByRulesAlone(e.Text).Where(f => f.Kind != AccusationKind.Boundary).ToList();
            var kinds = findings.Select(f => f.Kind.ToString()).Distinct().ToList();
            if (kinds.Count != 1 || !findings.All(f => model.Clears(AccusationCheck.ClauseOf(e.Text, f.Start, f.Length), ceiling))
                || model.Flag(e.Text, AccusationCheck.SecondOpinionThreshold) is not null)
            {
                continue;
            }
            var tally = e.Positive ? lost : freed;
            tally[kinds[0]] = tally.GetValueOrDefault(kinds[0]) + 1;
            if (e.Positive) Console.WriteLine($"  {name} would lose {kinds[0]}: {e.Text}");
        }
    }
    foreach (var kind in lost.Keys.Union(freed.Keys).Order())
    {
        Console.WriteLine($"{kind,-20} accusations lost {lost.GetValueOrDefault(kind),3}   clean sentences freed {freed.GetValueOrDefault(kind),3}");
    }
    return;
}

if (mode == "explain")
{
    foreach (var text in args.Skip(1))
    {
        Console.WriteLine($"  rules: {string.Join(", ", AccusationCheck.FindByRulesAlone(text).Select(f => $"{f.Kind} '{f.Matched}'"))}; with the model: {string.Join(", ", AccusationCheck.Find(text).Select(f => $"{f.Kind} '{f.Matched}'"))}");
        Console.WriteLine(string.Create(inv, $"{text}\n  accusation p={AccusationCheck.SecondOpinionModel.Probability(text):F3} nearest={AccusationCheck.SecondOpinionModel.Nearest(text)}; safety p={SafetySignals.SecondOpinionModel.Probability(text):F3} nearest={SafetySignals.SecondOpinionModel.Nearest(text)}"));
    }
    return;
}

if (mode == "rewrites")
{
    // Every sentence of the independent sets the rules let through and the second opinion flags, with its rewrite.
    var context = new RewriteContext("Forgot our anniversary dinner", ["hurt", "lonely"], "to know I matter to you", "tell me where I stand with you");
    foreach (var e in accusationWriters.SelectMany(w => w.Set).Where(e => AccusationCheck.FindByRulesAlone(e.Text).Count == 0 && AccusationCheck.Find(e.Text).Count > 0))
    {
        var finding = AccusationCheck.Find(e.Text)[0];
        Console.WriteLine($"{e.Label ?? "Clean"} -> {finding.Kind}: {e.Text}\n    {StatementRewriter.RewriteSentence(e.Text, context)?.Sentence ?? "(no rewrite)"}");
    }
    return;
}

if (mode == "composed")
{
    // The app checks the composed statement, not the bare sentence: the eighth set typed into "When…" alone, and with
    // the other three parts filled in as a plan's first draft fills them.
    var eighth = accusationWriters.Single(w => w.Name == "eighth").Set;
    foreach (var (name, compose) in new (string, Func<string, string>)[]
    {
        ("as typed", t => t),
        ("When… only", t => StatementRewriter.Compose(t, null, null, null)),
        ("all four parts", t => StatementRewriter.Compose(t, "hurt and lonely", "to know I matter to you", "tell me where I stand with you")),
    })
    {
        var positives = eighth.Where(e => e.Positive).ToList();
        var clean = eighth.Where(e => !e.Positive && !e.Boundary).ToList();
        Console.WriteLine($"{name,-15} rules {Pct(positives.Count(e => AccusationCheck.FindByRulesAlone(compose(e.Text)).Any(f => f.Kind != AccusationKind.Boundary)), positives.Count)} / {Pct(clean.Count(e => AccusationCheck.FindByRulesAlone(compose(e.Text)).Count > 0), clean.Count)}"
            + $"   with the model {Pct(positives.Count(e => AccusationCheck.Find(compose(e.Text)).Any(f => f.Kind != AccusationKind.Boundary)), positives.Count)} / {Pct(clean.Count(e => AccusationCheck.Find(compose(e.Text)).Count > 0), clean.Count)}");
    }
    Console.WriteLine(StatementRewriter.Compose("you never listen", null, null, null));
    Console.WriteLine(StatementRewriter.Compose("you never listen", "hurt and lonely", "to know I matter to you", "tell me where I stand with you"));
    return;
}

if (mode == "rewrite")
{
    // The rewrite of each sentence given, in the same context as -- sample.
    var context = new RewriteContext("Forgot our anniversary dinner", ["hurt", "lonely"], "to know I matter to you", "tell me where I stand with you");
    foreach (var text in args.Skip(1))
    {
        Console.WriteLine($"{text}\n    -> {StatementRewriter.RewriteSentence(text, context)?.Sentence ?? "(no finding, no rewrite)"}");
    }
    return;
}

if (mode == "sample")
{
    // Rewrites of accusatory sentences of the writers' sets chosen at random (seeded), as the check and rewrite give them.
    var context = new RewriteContext("Forgot our anniversary dinner", ["hurt", "lonely"], "to know I matter to you", "tell me where I stand with you");
    var all = accusationWriters.SelectMany(w => w.Set).Where(e => e.Positive).ToList();
    var random = new Random(args.Length > 2 ? int.Parse(args[2], inv) : 20261207);
    foreach (var e in all.OrderBy(_ => random.Next()).Take(args.Length > 1 ? int.Parse(args[1], inv) : 20))
    {
        var byModel = AccusationCheck.FindByRulesAlone(e.Text).Count == 0 && AccusationCheck.Find(e.Text).Count > 0;
        Console.WriteLine($"{e.Text}{(byModel ? "  [second opinion]" : "")}\n    -> {StatementRewriter.RewriteSentence(e.Text, context)?.Sentence ?? "(no finding, no rewrite)"}");
    }
    return;
}

if (mode == "crossfire")
{
    // How often the shipped safety model raises a sentence of the accusation sets that the safety rules find nothing in.
    var all = SecondOpinionTraining.AccusationOwn.Concat(SecondOpinionTraining.AccusationWriters.SelectMany(w => w.Set)).Where(e => SafetySignals.FindByRulesAlone(e.Text).Count == 0).ToList();
    var raised = all.Where(e => SafetySignals.Find(e.Text).Count > 0).ToList();
    Console.WriteLine($"safety second opinion on {all.Count} accusation-set sentences with no safety rule: {raised.Count} raised ({raised.Count(e => e.Positive)} accusatory, {raised.Count(e => !e.Positive)} clean or boundary)");
    foreach (var e in raised.Take(args.Length > 1 ? int.Parse(args[1], inv) : 0))
    {
        Console.WriteLine($"  {e.Label ?? "Clean"}\t{e.Text}");
    }
    return;
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
    if (Environment.GetEnvironmentVariable("ONLY") is not "safety")
    CrossValidate("Accusation check", accusationOwn, accusationWriters, text => AccusationCheck.FindByRulesAlone(text) is var f && f.Any(x => x.Kind != AccusationKind.Boundary), text => AccusationCheck.FindByRulesAlone(text).Any(x => x.Kind == AccusationKind.Boundary), text => AccusationCheck.FindByRulesAlone(text).Count > 0);
    if (Environment.GetEnvironmentVariable("ONLY") is not "accusation")
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
        var trainingWriters = writers.Where(w => w.Name != name).SelectMany(w => w.Set).ToList();
        var extra = title.StartsWith("Accusation", StringComparison.Ordinal) ? SecondOpinionTraining.ObservationsFromRewrites(own.Concat(trainingWriters)) : [];
        var training = own.Concat(extra).Concat(trainingWriters).Select(e => (e.Text, e.Positive, e.Label)).ToList();
        var model = SentenceModel.Train(training);
        var shipped = title.StartsWith("Safety", StringComparison.Ordinal) ? SafetySignals.SecondOpinionThreshold : AccusationCheck.SecondOpinionThreshold;
        var modelCaught = set.Where(e => e.Positive && !rulesPositive(e.Text) && !rulesBoundary(e.Text) && model.Flag(e.Text, shipped) is not null).ToList();
        var rightKind = modelCaught.Count(e => model.Flag(e.Text, shipped) == e.Label);
        Console.WriteLine(string.Create(inv, $"{name}: the model caught {modelCaught.Count} the rules missed (at the shipped {shipped}); the nearest example gave the written kind for {rightKind}"));
        var positives = set.Where(e => e.Positive).ToList();
        var negatives = set.Where(e => !e.Positive && !e.Boundary).ToList();
        var rulesCaught = positives.Count(e => rulesPositive(e.Text));
        var rulesFlagged = negatives.Count(e => rulesAny(e.Text));
        Tally("rules", rulesCaught, positives.Count, rulesFlagged, negatives.Count);
        var line = string.Create(inv, $"{name,-7} rules {Pct(rulesCaught, positives.Count)} / {Pct(rulesFlagged, negatives.Count)}");
        // The shipped veto of always/never and why-questions the model is all but sure are clean (accusation only).
        bool ShippedVeto(string text) => title.StartsWith("Accusation", StringComparison.Ordinal)
            && AccusationCheck.FindByRulesAlone(text).Where(f => f.Kind != AccusationKind.Boundary).ToList() is { Count: > 0 } findings
            && findings.Select(f => f.Kind).Distinct().ToList() is [AccusationKind.AlwaysNever]
            && findings.All(f => model.Clears(AccusationCheck.ClauseOf(text, f.Start, f.Length), AccusationCheck.VetoCeiling));
        foreach (var t in thresholds)
        {
            bool Says(string text) => Agree ? model.Flag(text, t) is not null : model.Probability(text) >= t;
            var caught = positives.Count(e => ((rulesPositive(e.Text) && !ShippedVeto(e.Text)) || (!rulesBoundary(e.Text) && Says(e.Text))));
            var flagged = negatives.Count(e => (rulesAny(e.Text) && !ShippedVeto(e.Text)) || Says(e.Text));
            var alone = positives.Count(e => model.Probability(e.Text) >= t);
            var aloneFlagged = negatives.Count(e => model.Probability(e.Text) >= t);
            Tally($"both {t:F2}", caught, positives.Count, flagged, negatives.Count);
            Tally($"model {t:F2}", alone, positives.Count, aloneFlagged, negatives.Count);
            line += string.Create(inv, $" | {t:F2}: {Pct(caught, positives.Count)} / {Pct(flagged, negatives.Count)} (alone {Pct(alone, positives.Count)} / {Pct(aloneFlagged, negatives.Count)})");
        }
        Console.WriteLine(line);
        if (title.StartsWith("Accusation", StringComparison.Ordinal) && Environment.GetEnvironmentVariable("VETO") == "1")
        {
            // A veto: a rule finding is dropped when the model is nearly sure the piece is clean and its nearest
            // labelled sentence is a clean one.
            foreach (var v in new[] { 0.01, 0.02, 0.05, 0.1, 0.2 })
            {
                bool Vetoed(string text) => model.Probability(text) <= v && model.Nearest(text) is { Label: SentenceModel.NegativeLabel, Similarity: >= SentenceModel.MinimumSimilarity };
                var caught = positives.Count(e => (rulesPositive(e.Text) && !Vetoed(e.Text)) || (!rulesBoundary(e.Text) && model.Flag(e.Text, shipped) is not null));
                var flagged = negatives.Count(e => (rulesAny(e.Text) && !Vetoed(e.Text)) || model.Flag(e.Text, shipped) is not null);
                Console.WriteLine(string.Create(inv, $"    veto at {v}: {Pct(caught, positives.Count)} / {Pct(flagged, negatives.Count)}"));
                // The same veto, limited to texts whose only rule findings are always/never.
                bool OnlyAlways(string text) => AccusationCheck.FindByRulesAlone(text) is { Count: > 0 } f && f.All(x => x.Kind == AccusationKind.AlwaysNever);
                var caughtA = positives.Count(e => (rulesPositive(e.Text) && !(OnlyAlways(e.Text) && Vetoed(e.Text))) || (!rulesBoundary(e.Text) && model.Flag(e.Text, shipped) is not null));
                var flaggedA = negatives.Count(e => (rulesAny(e.Text) && !(OnlyAlways(e.Text) && Vetoed(e.Text))) || model.Flag(e.Text, shipped) is not null);
                Console.WriteLine(string.Create(inv, $"    always-only veto at {v}: {Pct(caughtA, positives.Count)} / {Pct(flaggedA, negatives.Count)}"));
            }
        }
    }
    foreach (var (key, t) in totals)
    {
        Console.WriteLine(string.Create(inv, $"  all writers, {key,-11}: caught {Pct(t.Caught, t.Positives)}, negatives flagged {Pct(t.Flagged, t.Negatives)}"));
    }
}


string Pct(int part, int whole) => ((double)part / whole).ToString("P1", inv);
