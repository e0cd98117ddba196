using System.Buffers.Binary;
using System.Text;

namespace HurtHealing.Domain.Plans;

/// <summary>
/// A small trained second opinion for a rule-based check: logistic regression over a sentence's words and word
/// pairs (hashed), plus the labelled examples it was trained on, so a sentence it flags is given the kind of the
/// nearest labelled example and keeps an explainable reason. Pure C#, no outside service; the weights are trained
/// from the labelled corpora in the tests (<c>bench/SecondOpinion -- train</c> writes them, a test checks they match).
/// </summary>
public sealed class SentenceModel
{
    private const int HashBits = 20;
    private readonly Dictionary<int, float> _weights;
    private readonly float _bias;
    private readonly IReadOnlyList<(int[] Features, string Label)> _examples;

    private readonly Dictionary<int, List<int>> _index = [];

    private SentenceModel(Dictionary<int, float> weights, float bias, IReadOnlyList<(int[] Features, string Label)> examples)
    {
        (_weights, _bias, _examples) = (weights, bias, examples);
        for (var e = 0; e < examples.Count; e++)
        {
            foreach (var f in examples[e].Features)
            {
                if (!_index.TryGetValue(f, out var list))
                {
                    _index[f] = list = [];
                }
                list.Add(e);
            }
        }
    }

    /// <summary>How sure the model is that <paramref name="sentence"/> belongs to the positive class, 0 to 1.</summary>
    public double Probability(string sentence) => Probability(Features(sentence));

    /// <summary>
    /// The label of the labelled example most like <paramref name="sentence"/> (cosine over the same features), or
    /// <see cref="NegativeLabel"/> when that example is a negative one.
    /// </summary>
    public string? NearestLabel(string sentence) => Nearest(sentence).Label;

    /// <summary>The label of the nearest labelled example and how alike the two are (cosine, 0 to 1).</summary>
    public (string? Label, double Similarity) Nearest(string sentence)
    {
        var features = Features(sentence);
        if (features.Length == 0)
        {
            return (null, 0);
        }
        // Shared features counted through the index: only the examples that share at least one are touched.
        var shared = new Dictionary<int, int>();
        foreach (var f in features)
        {
            if (_index.TryGetValue(f, out var examples))
            {
                foreach (var e in examples)
                {
                    shared[e] = shared.GetValueOrDefault(e) + 1;
                }
            }
        }
        var (best, bestScore, bestExample) = ((string?)null, 0.0, int.MaxValue);
        foreach (var (e, count) in shared)
        {
            var score = count / Math.Sqrt((double)_examples[e].Features.Length * features.Length);
            if (score > bestScore || (score == bestScore && e < bestExample))
            {
                (best, bestScore, bestExample) = (_examples[e].Label, score, e);
            }
        }
        return (best, bestScore);
    }

    private double Probability(int[] features)
    {
        double z = _bias;
        foreach (var f in features)
        {
            z += _weights.GetValueOrDefault(f);
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// The pieces of <paramref name="text"/> a model reads, trimmed: the whole text when it is short (the model learnt
    /// from whole planned statements, often two short sentences), otherwise each sentence (ending at . ! ? or a new line).
    /// </summary>
    public static IEnumerable<(int Start, int Length)> Segments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Words(text).Count <= ShortText)
        {
            if (Trim(text, 0, text.Length) is { Length: > 0 } whole)
            {
                yield return whole;
            }
            yield break;
        }

        var from = 0;
        while (from < text.Length)
        {
            var end = text.IndexOfAny(['.', '!', '?', '\n'], from);
            var stop = end < 0 ? text.Length : end + 1;
            while (stop < text.Length && text[stop] is '.' or '!' or '?')
            {
                stop++;
            }
            if (Trim(text, from, stop - from) is { Length: > 0 } sentence)
            {
                yield return sentence;
            }
            from = stop;
        }
    }

    /// <summary>Texts of at most this many words are read whole.</summary>
    public const int ShortText = 40;

    private static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && !char.IsLetterOrDigit(text[start]) && text[start] is not ('"' or '\''))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end - start);
    }

    /// <summary>Loads a model shipped in this assembly (<c>Model/NAME.weights</c> and <c>Model/NAME.examples.tsv</c>).</summary>
    internal static SentenceModel Shipped(string name)
    {
        var assembly = typeof(SentenceModel).Assembly;
        using var weights = assembly.GetManifestResourceStream($"HurtHealing.Model.{name}.weights") ?? throw new InvalidOperationException($"The {name} model is not in the assembly.");
        using var examples = assembly.GetManifestResourceStream($"HurtHealing.Model.{name}.examples.tsv") ?? throw new InvalidOperationException($"The {name} examples are not in the assembly.");
        using var bytes = new MemoryStream();
        weights.CopyTo(bytes);
        using var reader = new StreamReader(examples, Encoding.UTF8);
        return Load(bytes.ToArray(), reader.ReadToEnd());
    }

    /// <summary>The sentence's words (lower case, text-speak read as words) and neighbouring word pairs, hashed.</summary>
    public static int[] Features(string sentence)
    {
        var words = Words(sentence);
        var features = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            features.Add(Hash("w|" + words[i]));
            if (i + 1 < words.Count)
            {
                features.Add(Hash("b|" + words[i] + " " + words[i + 1]));
            }
        }
        features.Add(Hash("first|" + (words.Count > 0 ? words[0] : "")));
        return [.. features.Order()];
    }

    internal static List<string> Words(string sentence)
    {
        var builder = new StringBuilder(sentence.Length + 8);
        foreach (var ch in sentence.ToLowerInvariant())
        {
            builder.Append(ch switch
            {
                '\u2019' or '\u2018' or '\'' => "'",
                '?' => " ? ",
                '!' => " ! ",
                _ when char.IsLetterOrDigit(ch) => ch.ToString(),
                _ => " ",
            });
        }
        var words = new List<string>();
        foreach (var raw in builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw switch
            {
                "u" => "you",
                "ur" or "youre" => "you're",
                "r" => "are",
                "dont" => "don't",
                "cant" => "can't",
                "im" => "i'm",
                "ive" => "i've",
                "youve" => "you've",
                _ => raw.Trim('\''),
            };
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }
        return words;
    }

    private static int Hash(string value)
    {
        unchecked
        {
            var h = 2166136261;
            foreach (var ch in value)
            {
                h = (h ^ ch) * 16777619;
            }
            return (int)(h & ((1u << HashBits) - 1));
        }
    }

    /// <summary>
    /// Trains on <paramref name="examples"/> (deterministic: a fixed seed, classes weighted to balance): AdaGrad,
    /// 25 passes, a light L2. Positive examples with a label are kept for <see cref="NearestLabel"/>.
    /// </summary>
    public static SentenceModel Train(IReadOnlyList<(string Text, bool Positive, string? Label)> examples)
    {
        const int passes = 25;
        const double rate = 0.2, l2 = 1e-5;
        var data = examples.Select(e => (Features: Features(e.Text), e.Positive)).ToArray();
        var positives = data.Count(d => d.Positive);
        var weightPositive = data.Length / (2.0 * Math.Max(1, positives));
        var weightNegative = data.Length / (2.0 * Math.Max(1, data.Length - positives));
        var weights = new double[1 << HashBits];
        var squared = new double[1 << HashBits];
        double bias = 0, squaredBias = 0;
        var random = new Random(20261207);
        for (var pass = 0; pass < passes; pass++)
        {
            random.Shuffle(data);
            foreach (var (features, positive) in data)
            {
                var z = bias;
                foreach (var f in features)
                {
                    z += weights[f];
                }
                var p = 1 / (1 + Math.Exp(-z));
                var g = (p - (positive ? 1 : 0)) * (positive ? weightPositive : weightNegative);
                foreach (var f in features)
                {
                    var grad = g + (l2 * weights[f]);
                    squared[f] += grad * grad;
                    weights[f] -= rate * grad / Math.Sqrt(squared[f] + 1e-8);
                }
                squaredBias += g * g;
                bias -= rate * g / Math.Sqrt(squaredBias + 1e-8);
            }
        }

        var kept = new Dictionary<int, float>();
        for (var f = 0; f < weights.Length; f++)
        {
            if (weights[f] != 0)
            {
                kept[f] = (float)weights[f];
            }
        }
        return new SentenceModel(kept, (float)bias, Labelled(examples));
    }

    /// <summary>
    /// The kind the model gives <paramref name="sentence"/>, or <c>null</c>: only when it is at least
    /// <paramref name="threshold"/> sure, the nearest labelled example is a positive one, and that example is alike enough
    /// (<see cref="MinimumSimilarity"/>) to explain the finding; a sentence like nothing it learnt from is left alone.
    /// </summary>
    public string? Flag(string sentence, double threshold) =>
        Probability(sentence) >= threshold && Nearest(sentence) is { Label: { } label and not NegativeLabel, Similarity: >= MinimumSimilarity } ? label : null;

    /// <summary>
    /// Whether the model is all but sure <paramref name="sentence"/> is clean: at most <paramref name="ceiling"/> likely to
    /// be positive, with a negative labelled example as its nearest, alike enough (<see cref="MinimumSimilarity"/>).
    /// </summary>
    public bool Clears(string sentence, double ceiling) =>
        Probability(sentence) <= ceiling && Nearest(sentence) is { Label: NegativeLabel, Similarity: >= MinimumSimilarity };

    /// <summary>How alike (cosine of words and word pairs) the nearest labelled example must be.</summary>
    public const double MinimumSimilarity = 0.3;

    /// <summary>The label <see cref="NearestLabel"/> gives when the nearest example is a negative one.</summary>
    public const string NegativeLabel = "-";

    private static List<(int[] Features, string Label)> Labelled(IEnumerable<(string Text, bool Positive, string? Label)> examples) =>
        [.. examples.Where(e => !e.Positive || e.Label is not null).Select(e => (Features(e.Text), e.Positive ? e.Label! : NegativeLabel))];

    /// <summary>The weights as bytes: the bias, then (feature, weight) pairs in feature order, little-endian.</summary>
    public byte[] WeightsAsBytes()
    {
        var bytes = new byte[4 + 4 + (_weights.Count * 8)];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, _bias);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), _weights.Count);
        var at = 8;
        foreach (var (feature, weight) in _weights.OrderBy(w => w.Key))
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), feature);
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(at + 4), weight);
            at += 8;
        }
        return bytes;
    }

    /// <summary>The labelled examples as text: one <c>label TAB sentence</c> per line.</summary>
    public static string ExamplesAsText(IEnumerable<(string Text, bool Positive, string? Label)> examples) =>
        string.Concat(examples.Where(e => !e.Positive || e.Label is not null).Select(e => $"{(e.Positive ? e.Label : NegativeLabel)}\t{e.Text.ReplaceLineEndings(" ")}\n"));

    /// <summary>Loads weights written by <see cref="WeightsAsBytes"/> and examples written by <see cref="ExamplesAsText"/>.</summary>
    public static SentenceModel Load(ReadOnlySpan<byte> weights, string examples)
    {
        var bias = BinaryPrimitives.ReadSingleLittleEndian(weights);
        var count = BinaryPrimitives.ReadInt32LittleEndian(weights[4..]);
        var kept = new Dictionary<int, float>(count);
        for (var i = 0; i < count; i++)
        {
            var at = 8 + (i * 8);
            kept[BinaryPrimitives.ReadInt32LittleEndian(weights[at..])] = BinaryPrimitives.ReadSingleLittleEndian(weights[(at + 4)..]);
        }
        var labelled = examples.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[1], parts[0] != NegativeLabel, parts[0] == NegativeLabel ? null : (string?)parts[0]));
        return new SentenceModel(kept, bias, Labelled(labelled));
    }
}
