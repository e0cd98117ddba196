using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HurtHealing.Web.Data.Encryption;

/// <summary>
/// Recovery codes are stored as PBKDF2 hashes, never as codes: a copy of the database can't be used to sign in.
/// One salt per set, so checking a typed code costs one derivation however many codes are left.
/// Stored as <c>v1:iterations:salt:hash,hash,...</c> (base64).
/// </summary>
public static class RecoveryCodeHashes
{
    public const string Version = "v1";

    // About 47 bits per code (10 characters from 26): the work factor is what makes a stolen set too slow to search.
    private const int Iterations = 50_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static bool IsHashed(string? stored) => stored is not null && stored.StartsWith(Version + ":", StringComparison.Ordinal);

    public static string Hash(IEnumerable<string> codes)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return Format(Iterations, salt, [.. codes.Select(code => Derive(code, salt, Iterations))]);
    }

    public static int Count(string? stored) => Parse(stored) is { } set ? set.Hashes.Count : 0;

    /// <summary>The stored value without the code that was typed, or null when the code is not in the set.</summary>
    public static string? Remove(string? stored, string code)
    {
        if (Parse(stored) is not { } set)
        {
            return null;
        }
        var typed = Derive(code, set.Salt, set.Iterations);
        var match = -1;
        for (var i = 0; i < set.Hashes.Count; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(typed, set.Hashes[i]))
            {
                match = i;
            }
        }
        return match < 0 ? null : Format(set.Iterations, set.Salt, [.. set.Hashes.Where((_, i) => i != match)]);
    }

    private static byte[] Derive(string code, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, iterations, HashAlgorithmName.SHA256, HashBytes);

    private static string Format(int iterations, byte[] salt, IReadOnlyList<byte[]> hashes) =>
        string.Join(':', Version, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt),
            string.Join(',', hashes.Select(Convert.ToBase64String)));

    private static (int Iterations, byte[] Salt, IReadOnlyList<byte[]> Hashes)? Parse(string? stored)
    {
        if (!IsHashed(stored) || stored!.Split(':') is not [_, var iterations, var salt, var hashes])
        {
            return null;
        }
        return (int.Parse(iterations, CultureInfo.InvariantCulture), Convert.FromBase64String(salt),
            [.. hashes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Convert.FromBase64String)]);
    }
}
