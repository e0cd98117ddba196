using HurtHealing.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Infrastructure.Email;

/// <summary>
/// Forgot-password requests, taken on the request path without looking the address up (one insert, the same
/// for every address, so the answer's timing says nothing about who has an account) and turned into a reset
/// email by <see cref="MailDelivery"/>. The row is in PostgreSQL, so a request survives a restart.
/// </summary>
public sealed partial class PasswordResetRequests(
    AppDbContext db,
    UserManager<AppUser> users,
    AccountEmails accountEmails,
    MailDelivery delivery,
    TimeProvider time,
    ILogger<PasswordResetRequests> logger)
{
    public async Task AddAsync(string email, CancellationToken ct)
    {
        db.PasswordResetRequests.Add(new PasswordResetRequest { Email = email, RequestedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        delivery.Wake();
    }

    public Task<bool> AnyAsync(CancellationToken ct) => db.PasswordResetRequests.AnyAsync(ct);

    /// <summary>
    /// Looks up the oldest request and, when the address has an account, queues its reset email (throttled
    /// like every account email), in one transaction with the request's removal.
    /// </summary>
    /// <returns>False when no request was waiting.</returns>
    public Task<bool> ResolveNextAsync(CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var request = await db.PasswordResetRequests
                .FromSql($"""SELECT * FROM password_reset_requests ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .SingleOrDefaultAsync(ct);
            if (request is null)
            {
                return false;
            }

            var user = await users.FindByEmailAsync(request.Email);
            if (user is null)
            {
                LogAskedForUnknown(logger);
            }
            else if (await accountEmails.SendPasswordResetAsync(user, ct))
            {
                LogQueued(logger, user.Id);
            }
            db.PasswordResetRequests.Remove(request);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        });

    [LoggerMessage(EventId = LogEvents.ResetLinkSent, Level = LogLevel.Information, Message = "Password reset link queued for user {UserId}")]
    private static partial void LogQueued(ILogger logger, string userId);

    [LoggerMessage(EventId = LogEvents.ResetAskedForUnknownAddress, Level = LogLevel.Information, Message = "Password reset asked for an address with no account")]
    private static partial void LogAskedForUnknown(ILogger logger);
}
