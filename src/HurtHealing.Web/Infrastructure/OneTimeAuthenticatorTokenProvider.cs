using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// The authenticator-app check (TOTP, RFC 6238: 30-second steps, 6 digits, HMAC-SHA1, up to two steps
/// of clock drift either way, as Identity's own provider allows) with one thing Identity's provider
/// lacks: each code is accepted once (RFC 6238 section 5.2). A code read over someone's shoulder or
/// replayed from a captured request is refused, including in a race, because saving the used step
/// goes through the user's concurrency stamp.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    private const string StoreName = "HurtHealing";
    private const string LastStepName = "AuthenticatorLastStep";
    private const int StepSeconds = 30;
    private const int DriftSteps = 2;

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        HasKeyAsync(manager, user);

    /// <summary>Codes come from the person's app, never from us.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit)
            || !TryDecodeBase32(key, out var secret))
        {
            return false;
        }

        var keyId = KeyId(key);
        var lastUsed = ParseLastStep(await manager.GetAuthenticationTokenAsync(user, StoreName, LastStepName), keyId);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var typed = Encoding.ASCII.GetBytes(token);
        for (var step = now - DriftSteps; step <= now + DriftSteps; step++)
        {
            if (step > lastUsed && CryptographicOperations.FixedTimeEquals(typed, Encoding.ASCII.GetBytes(Code(secret, step))))
            {
                var saved = await manager.SetAuthenticationTokenAsync(user, StoreName, LastStepName,
                    string.Create(CultureInfo.InvariantCulture, $"{step}:{keyId}"));
                return saved.Succeeded;
            }
        }
        return false;
    }

    private static async Task<bool> HasKeyAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
#pragma warning disable CA5350 // Authenticator apps compute TOTP with HMAC-SHA1 (RFC 6238); as an HMAC it is still sound.
        HMACSHA1.HashData(secret, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>A step saved for an earlier key says nothing about the current one (the key is reset when a phone is replaced).</summary>
    private static long ParseLastStep(string? saved, string keyId)
    {
        var parts = saved?.Split(':');
        return parts is [var step, var id] && id == keyId && long.TryParse(step, CultureInfo.InvariantCulture, out var value)
            ? value
            : long.MinValue;
    }

    /// <summary>Tells keys apart without storing the key again: a short hash, useless for computing codes.</summary>
    private static string KeyId(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));

    private static bool TryDecodeBase32(string text, out byte[] bytes)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                bytes = [];
                return false;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        bytes = [.. output];
        return bytes.Length > 0;
    }
}
