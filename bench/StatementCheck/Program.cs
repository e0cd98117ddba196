using System.Diagnostics;
using System.Globalization;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Tests.Plans;

// What the statement page's Check handler does per sentence, without the HTTP around it: the accusation
// check, the safety reading and the one rewrite. Usage: dotnet run -c Release [-- rounds] | [-- print]
var context = new RewriteContext(null, ["hurt", "lonely"], "to be heard", "listen to how it was for me before you answer");
var sentences = AccusationCorpus.Accusatory.Concat(AccusationCorpus.Clean).Concat(AccusationHeldOut.Accusatory)
    .Concat(AccusationHeldOut.Boundaries).Concat(AccusationHeldOut.Clean).Select(s => s.Text).ToArray();

if (args.Length > 0 && args[0] == "print")
{
    foreach (var s in sentences)
    {
        var kinds = string.Join(",", AccusationCheck.Find(s).Select(f => f.Kind));
        Console.WriteLine($"{s}\t[{kinds}]\t{StatementRewriter.RewriteSentence(s, context)?.Sentence}");
    }
    return;
}

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;

// Warm up: the first call builds the rules (regex parsing) and JITs the code; that is start-up, not per sentence.
var first = Stopwatch.StartNew();
Once(sentences[0]);
Console.WriteLine($"first call (rules built, JIT): {first.Elapsed.TotalMilliseconds:F1} ms");
foreach (var s in sentences)
{
    Once(s);
}

var times = new List<double>(sentences.Length * rounds);
var fastest = new double[sentences.Length];
Array.Fill(fastest, double.MaxValue);
for (var r = 0; r < rounds; r++)
{
    for (var i = 0; i < sentences.Length; i++)
    {
        var t = Stopwatch.GetTimestamp();
        Once(sentences[i]);
        var us = Stopwatch.GetElapsedTime(t).TotalMicroseconds;
        times.Add(us);
        fastest[i] = Math.Min(fastest[i], us);
    }
}

// Every check as timed (what a person on a busy machine would see), and each sentence's fastest round (its cost
// without the waits a loaded 2-core machine adds: other processes, GC pauses).
Console.WriteLine(Line($"{sentences.Length} sentences x {rounds} rounds = {times.Count} checks, wall clock", times));
Console.WriteLine(Line("per sentence, fastest of its rounds", [.. fastest]));
foreach (var i in Enumerable.Range(0, sentences.Length).OrderByDescending(i => fastest[i]).Take(5))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest: {fastest[i] / 1000:F3} ms  {sentences[i]}"));
}

static string Line(string title, List<double> values)
{
    values.Sort();
    double P(double q) => values[(int)Math.Min(values.Count - 1, Math.Ceiling(q * values.Count) - 1)];
    return string.Create(CultureInfo.InvariantCulture,
        $"{title}: p50 {P(0.50) / 1000:F3} ms, p90 {P(0.90) / 1000:F3} ms, p99 {P(0.99) / 1000:F3} ms, max {values[^1] / 1000:F3} ms");
}

void Once(string sentence)
{
    var (when, felt, need, request) = StatementRewriter.Parse(sentence);
    var composed = StatementRewriter.Compose(when, felt, need, request);
    _ = AccusationCheck.Review(composed);
    _ = StatementRewriter.Rewrite(when, felt, need, request, context);
}
