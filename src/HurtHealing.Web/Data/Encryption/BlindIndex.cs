using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Caching.Memory;

namespace HurtHealing.Web.Data.Encryption;

/// <summary>
/// Lets a page filter by an encrypted choice in SQL without decrypting rows: beside the encrypted column
/// sits a keyed HMAC of (owner, column, value). Without the key the HMAC says nothing about the value, and
/// because the owner is part of it, equal values of two people never match. What it does show is which of
/// one person's rows share a value: the price of filtering in SQL.
/// The key is random, made once, and stored in <c>blind_index_keys</c> encrypted with Data Protection.
/// </summary>
public sealed class BlindIndex(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider time) : IDisposable
{
    public const string Purpose = "HurtHealing.BlindIndexKey.v1";
    public const string Annotation = "HurtHealing:BlindIndexOf";

    /// <summary>16 bytes of HMAC-SHA256 in base64url.</summary>
    public const int Length = 22;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    // Bounded (least recently used dropped past the limit) and idle entries expire, so a person who left holds nothing here.
    private readonly MemoryCache _choices = new(new MemoryCacheOptions { SizeLimit = 20_000, CompactionPercentage = 0.25 });
    private static readonly MemoryCacheEntryOptions ChoicesEntry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(20) };

    public void Dispose()
    {
        _gate.Dispose();
        _choices.Dispose();
    }

    public static string PropertyFor(string sourceProperty) => sourceProperty + "Index";

    /// <summary>The index value a filter compares with, for one person's choice.</summary>
    public async ValueTask<string> ForAsync<TEntity>(string ownerId, string sourceProperty, object value, CancellationToken cancellationToken = default) =>
        Compute(await KeyAsync(cancellationToken), typeof(TEntity).Name, ownerId, sourceProperty, EncryptedText.FormatChoice(value));

    /// <summary>
    /// Every value of an encrypted choice, by its index value for one person: a page can read a row's choice from the
    /// index column instead of decrypting it on every row. One HMAC per possible value, then remembered for that
    /// person for a while (the index values are what their rows already hold in SQL; no text of theirs is kept).
    /// </summary>
    public async ValueTask<IReadOnlyDictionary<string, TEnum>> ChoicesByIndexAsync<TEntity, TEnum>(string ownerId, string sourceProperty, CancellationToken cancellationToken = default)
        where TEnum : struct, Enum
    {
        var cacheKey = (typeof(TEntity), typeof(TEnum), ownerId, sourceProperty);
        if (_choices.TryGetValue(cacheKey, out IReadOnlyDictionary<string, TEnum>? known) && known is not null)
        {
            return known;
        }
        var key = await KeyAsync(cancellationToken);
        var values = Enum.GetValues<TEnum>();
        var choices = new Dictionary<string, TEnum>(values.Length, StringComparer.Ordinal);
        foreach (var value in values)
        {
            choices[Compute(key, typeof(TEntity).Name, ownerId, sourceProperty, EncryptedText.FormatChoice(value))] = value;
        }
        _choices.Set(cacheKey, (IReadOnlyDictionary<string, TEnum>)choices, ChoicesEntry);
        return choices;
    }

    internal async ValueTask<string> ForPlainAsync(string entity, string ownerId, string sourceProperty, string plain, CancellationToken cancellationToken) =>
        Compute(await KeyAsync(cancellationToken), entity, ownerId, sourceProperty, plain);

    /// <summary>
    /// A 32-byte key for one person and one purpose, derived from the same server secret: HKDF gives each
    /// purpose its own subkey, so a derived key says nothing about blind-index values and the other way round.
    /// The same person always gets the same key, and two people never share one.
    /// </summary>
    public async ValueTask<byte[]> DeriveOwnerKeyAsync(string purpose, string ownerId, CancellationToken cancellationToken = default)
    {
        var subkey = HKDF.Expand(HashAlgorithmName.SHA256, await KeyAsync(cancellationToken), 32, Encoding.UTF8.GetBytes(purpose));
        return HMACSHA256.HashData(subkey, Encoding.UTF8.GetBytes(ownerId));
    }

    private static string Compute(byte[] key, string entity, string ownerId, string sourceProperty, string plain)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{entity}.{sourceProperty}\n{ownerId}\n{plain}"), hash);
        return Base64Url.EncodeToString(hash[..16]);
    }

    private async ValueTask<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _key) is { } key)
        {
            return key;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A failure (database away) is not remembered: the next request tries again.
            return _key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        var protector = dataProtection.CreateProtector(Purpose);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = db.Set<BlindIndexKey>();
        var stored = await keys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == BlindIndexKey.CurrentId, cancellationToken);
        if (stored is null)
        {
            keys.Add(new BlindIndexKey(protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), time.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance made the key first; use theirs.
            }
            db.ChangeTracker.Clear();
            stored = await keys.AsNoTracking().SingleAsync(k => k.Id == BlindIndexKey.CurrentId, cancellationToken);
        }
        return Convert.FromBase64String(protector.Unprotect(stored.ProtectedKey));
    }
}

public static class BlindIndexModel
{
    /// <summary>Adds the index column for an encrypted choice; it is filled on every save by <see cref="BlindIndexInterceptor"/>.</summary>
    public static EntityTypeBuilder<TEntity> HasBlindIndex<TEntity>(this EntityTypeBuilder<TEntity> builder, string sourceProperty) where TEntity : class
    {
        builder.Property<string>(BlindIndex.PropertyFor(sourceProperty))
            .HasMaxLength(BlindIndex.Length)
            .IsRequired()
            .HasAnnotation(BlindIndex.Annotation, sourceProperty);
        return builder;
    }
}
