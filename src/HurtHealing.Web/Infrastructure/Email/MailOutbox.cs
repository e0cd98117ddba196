using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HurtHealing.Web.Infrastructure.Email;

/// <summary>The kinds of account email; each is throttled on its own.</summary>
public static class EmailKind
{
    public const string Confirmation = "confirmation";
    public const string PasswordReset = "password-reset";
    public const string AccountExists = "account-exists";
}

/// <summary>
/// Puts an account email in the queue (a PostgreSQL table, so it survives a restart) instead of sending it
/// while the person waits; <see cref="MailDelivery"/> sends it. At most Limits:MailPerAccount emails of one
/// kind go to one account in Limits:MailWindowMinutes, however often a form is posted.
/// </summary>
public sealed partial class MailOutbox(
    AppDbContext db,
    MailDelivery delivery,
    IOptions<LimitsOptions> limits,
    TimeProvider time,
    ILogger<MailOutbox> logger)
{
    /// <returns>False when the throttle held it back.</returns>
    public async Task<bool> EnqueueAsync(AppUser user, string kind, string subject, string body, CancellationToken ct)
    {
        // Joins the caller's transaction when there is one (a reset request is removed in the same one).
        var queued = db.Database.CurrentTransaction is not null
            ? await QueueAsync(user, kind, subject, body, ct)
            : await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var added = await QueueAsync(user, kind, subject, body, ct);
                await transaction.CommitAsync(ct);
                return added;
            });

        if (queued)
        {
            LogQueued(logger, user.Id, kind);
            delivery.Wake();
        }
        else
        {
            LogThrottled(logger, user.Id, kind);
        }
        return queued;
    }

    private async Task<bool> QueueAsync(AppUser user, string kind, string subject, string body, CancellationToken ct)
    {
        // Two posts at once for one account must not both pass the count.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({user.Id}), hashtext({kind}))", ct);
        var now = time.GetUtcNow();
        var since = now - limits.Value.MailWindow;
        var recent = await db.QueuedEmails.CountAsync(e => e.UserId == user.Id && e.Kind == kind && e.EnqueuedAt > since, ct);
        if (recent >= limits.Value.MailPerAccount)
        {
            return false;
        }
        db.QueuedEmails.Add(new QueuedEmail
        {
            UserId = user.Id,
            Kind = kind,
            ToAddress = user.Email!,
            Subject = subject,
            Body = body,
            EnqueuedAt = now,
            NextAttemptAt = now,
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    [LoggerMessage(EventId = LogEvents.EmailQueued, Level = LogLevel.Information, Message = "Email {Kind} for user {UserId} queued")]
    private static partial void LogQueued(ILogger logger, string userId, string kind);

    [LoggerMessage(EventId = LogEvents.EmailHeldBack, Level = LogLevel.Warning, Message = "Email {Kind} for user {UserId} held back: too many of this kind lately")]
    private static partial void LogThrottled(ILogger logger, string userId, string kind);
}
