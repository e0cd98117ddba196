using System.Security.Cryptography;
using System.Text;
using HurtHealing.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure.Limits;

/// <summary>The steps whose wrong tries are counted, each in its own buckets.</summary>
public enum GuardedStep
{
    /// <summary>Passwords, at sign-in and when a signed-in person is asked again (that counts as the owner's device).</summary>
    Password,

    /// <summary>Authenticator and recovery codes.</summary>
    SecondStep,
}

/// <summary>One try's place in its bucket: granted (a token was taken) or refused with the wait until the next token.</summary>
public sealed record BackOffTicket(string Key, int Burst, bool Granted, TimeSpan RetryAfter);

/// <summary>
/// Slows guessing without locking the owner out. Every try takes a token from a bucket kept in PostgreSQL
/// for the account (the email as typed, known or not, so a pause says nothing about who has an account);
/// a right answer gives it back, so only wrong tries spend the allowance. Strangers and the owner's known
/// devices (<see cref="KnownDevice"/>) draw from separate buckets: a stranger emptying theirs leaves the
/// owner's untouched. The two buckets together hold at most <see cref="LimitsOptions.WorstCaseFailuresPerHour"/>
/// wrong tries in any hour.
/// </summary>
public sealed class SignInBackOff(AppDbContext db, IOptions<LimitsOptions> options, TimeProvider time)
{
    public async Task<BackOffTicket> TryTakeAsync(GuardedStep step, string account, bool knownDevice, CancellationToken ct)
    {
        var bucket = knownDevice ? options.Value.KnownDevices : options.Value.Strangers;
        var key = KeyFor(step, account, knownDevice);
        var now = time.GetUtcNow();
        double burst = bucket.Burst;
        var rate = bucket.PerSecond;

        // One statement: refill by the time passed, then take a token only if a whole one is there.
        var left = await db.Database.SqlQuery<double>($"""
            INSERT INTO attempt_buckets (key, tokens, updated_at) VALUES ({key}, {burst - 1}, {now})
            ON CONFLICT (key) DO UPDATE
                SET tokens = LEAST({burst}, attempt_buckets.tokens + EXTRACT(EPOCH FROM ({now} - attempt_buckets.updated_at))::double precision * {rate}) - 1,
                    updated_at = {now}
                WHERE LEAST({burst}, attempt_buckets.tokens + EXTRACT(EPOCH FROM ({now} - attempt_buckets.updated_at))::double precision * {rate}) >= 1
            RETURNING tokens AS "Value"
            """).ToListAsync(ct);
        if (left.Count == 1)
        {
            return new BackOffTicket(key, bucket.Burst, Granted: true, TimeSpan.Zero);
        }

        var seconds = await db.Database.SqlQuery<double>($"""
            SELECT (1 - LEAST({burst}, tokens + EXTRACT(EPOCH FROM ({now} - updated_at))::double precision * {rate})) / {rate} AS "Value"
            FROM attempt_buckets WHERE key = {key}
            """).SingleAsync(ct);
        return new BackOffTicket(key, bucket.Burst, Granted: false, TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(seconds))));
    }

    /// <summary>The try was right: it costs nothing.</summary>
    public async Task GiveBackAsync(BackOffTicket ticket, CancellationToken ct)
    {
        if (!ticket.Granted)
        {
            return;
        }
        await db.Database.ExecuteSqlAsync(
            $"UPDATE attempt_buckets SET tokens = LEAST({(double)ticket.Burst}, tokens + 1) WHERE key = {ticket.Key}", ct);
    }

    /// <summary>A bucket untouched this long is full again, so its row can go.</summary>
    public static Task<int> ForgetFullBucketsAsync(AppDbContext db, DateTimeOffset olderThan, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM attempt_buckets WHERE updated_at < {olderThan}", ct);

    private static string KeyFor(GuardedStep step, string account, bool knownDevice)
    {
        var text = $"{step}\n{(knownDevice ? "known" : "stranger")}\n{account.Trim().ToUpperInvariant()}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
