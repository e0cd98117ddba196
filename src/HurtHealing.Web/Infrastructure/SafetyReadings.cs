using System.Runtime.InteropServices;
using System.Security.Cryptography;
using HurtHealing.Domain.Safety;
using Microsoft.Extensions.Caching.Memory;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// The safety signals in a person's own words, read once per text and then remembered in this process.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="SafetySignals"/> runs some sixty interpreted patterns over every text; on an incident's page and
/// before the talk that was two thirds of the CPU of every view, for words that change only when the person
/// saves them. A text's reading depends on the text alone, so it is kept here under a digest of the text:
/// an edit is a new digest (read afresh), and nothing can go stale.
/// </para>
/// <para>
/// Privacy: the text is never kept, only HMAC-SHA-256 of it under a key drawn at random when the process starts
/// and never written anywhere, so the remembered digests cannot be tested against guessed sentences outside this
/// process; what is remembered is the kinds found (often none), in memory only, never persisted or logged.
/// Bounded: at most <see cref="Capacity"/> texts; past that the least recently used are dropped. A new version of
/// the rules arrives with a new process, so readings never outlive the rules that made them.
/// </para>
/// </remarks>
public sealed class SafetyReadings : IDisposable
{
    /// <summary>How many texts' readings are kept (each about 150 bytes).</summary>
    public const int Capacity = 50_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    private static readonly MemoryCacheEntryOptions EntryOptions = new() { Size = 1 };

    /// <summary>The kinds of signal in all of <paramref name="texts"/>, each once, in the enum's order: as <see cref="SafetySignals.KindsIn"/>.</summary>
    public IReadOnlyList<SafetySignalKind> KindsIn(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var kinds = new HashSet<SafetySignalKind>();
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            kinds.UnionWith(KindsOf(text));
        }
        return [.. kinds.Order()];
    }

    /// <summary>The safety reading of everything written about one incident; see <see cref="SafetyReading.TextsOf"/>.</summary>
    public IReadOnlyList<SafetySignalKind> Of(Domain.Incidents.Incident incident, IEnumerable<Domain.Journal.JournalEntry> journal, IEnumerable<Domain.Plans.TalkPlan> plans) =>
        KindsIn(SafetyReading.TextsOf(incident, journal, plans));

    private IReadOnlyList<SafetySignalKind> KindsOf(string text)
    {
        var digest = Digest(text);
        if (cache.TryGetValue(digest, out IReadOnlyList<SafetySignalKind>? known) && known is not null)
        {
            return known;
        }
        var read = SafetySignals.KindsIn([text]);
        cache.Set(digest, read, EntryOptions);
        return read;
    }

    private TextDigest Digest(string text)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, MemoryMarshal.AsBytes(text.AsSpan()), mac);
        var halves = MemoryMarshal.Cast<byte, UInt128>(mac);
        return new TextDigest(halves[0], halves[1]);
    }

    public void Dispose() => cache.Dispose();

    private readonly record struct TextDigest(UInt128 First, UInt128 Second);
}
