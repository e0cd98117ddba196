using System.Threading.Channels;
using HurtHealing.Web.Data;
using HurtHealing.Web.Infrastructure.Limits;
using Microsoft.EntityFrameworkCore;

namespace HurtHealing.Web.Infrastructure.Email;

/// <summary>
/// Turns waiting <see cref="PasswordResetRequests"/> into emails, then sends queued emails off the request path, one row at a time under FOR UPDATE SKIP LOCKED, so several
/// instances share the queue and an email is marked sent in the same transaction that sent it. A failed
/// send is retried with a growing delay, and given up on after <see cref="MaxAttempts"/>.
/// </summary>
public sealed partial class MailDelivery(
    IServiceScopeFactory scopes,
    IEmailSender sender,
    TimeProvider time,
    ILogger<MailDelivery> logger) : BackgroundService
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan KeepSentFor = TimeSpan.FromDays(1);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private TaskCompletionSource _passDone = NewPass();
    private DateTimeOffset _lastTidy = DateTimeOffset.MinValue;

    /// <summary>Something was queued: look now rather than at the next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Returns once nothing due is left in the queue (what a test waits for instead of sleeping).</summary>
    public async Task WaitUntilDeliveredAsync(CancellationToken ct)
    {
        while (true)
        {
            var pass = Volatile.Read(ref _passDone).Task;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                // Requests first: once none waits, every email they made is in the queue with a time before this "now".
                if (!await db.PasswordResetRequests.AnyAsync(ct))
                {
                    var now = time.GetUtcNow();
                    if (!await db.QueuedEmails.AnyAsync(e => e.NextAttemptAt <= now, ct))
                    {
                        return;
                    }
                }
            }
            Wake();
            await pass.WaitAsync(ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be away for a moment; the queue is still there when it comes back.
                LogPassFailed(logger, ex);
                wait = TimeSpan.FromSeconds(15);
            }
            Interlocked.Exchange(ref _passDone, NewPass()).TrySetResult();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(wait);
            try
            {
                await _wake.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Time for the next poll.
            }
        }
    }

    /// <returns>How long until the next email is due (at most the idle poll).</returns>
    private async Task<TimeSpan> DeliverDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var resetRequests = scope.ServiceProvider.GetRequiredService<PasswordResetRequests>();
        while (await resetRequests.ResolveNextAsync(ct))
        {
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.Clear();
        while (await DeliverOneAsync(db, ct))
        {
            db.ChangeTracker.Clear();
        }
        await TidyAsync(db, ct);

        var now = time.GetUtcNow();
        var next = await db.QueuedEmails.Where(e => e.NextAttemptAt != null).MinAsync(e => e.NextAttemptAt, ct);
        if (next is null)
        {
            return IdlePoll;
        }
        var until = next.Value - now;
        return until <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : until < IdlePoll ? until : IdlePoll;
    }

    private Task<bool> DeliverOneAsync(AppDbContext db, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = time.GetUtcNow();
            var email = await db.QueuedEmails
                .FromSql($"""SELECT * FROM queued_emails WHERE "NextAttemptAt" <= {now} ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .SingleOrDefaultAsync(ct);
            if (email is null)
            {
                return false;
            }

            email.Attempts++;
            try
            {
                await sender.SendAsync(email.ToAddress, email.Subject, email.Body ?? "", ct);
                email.SentAt = time.GetUtcNow();
                email.NextAttemptAt = null;
                email.Body = null;
                LogDelivered(logger, email.Id, email.Kind);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (email.Attempts >= MaxAttempts)
                {
                    email.NextAttemptAt = null;
                    email.Body = null;
                    LogGaveUp(logger, email.Id, email.Kind, email.Attempts, ex);
                }
                else
                {
                    email.NextAttemptAt = now + RetryDelay(email.Attempts);
                    LogWillRetry(logger, email.Id, email.Kind, email.Attempts, ex);
                }
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        });

    /// <summary>30 s, 1, 2, 4 ... minutes: about four hours from the first try to the last.</summary>
    private static TimeSpan RetryDelay(int attempts) => TimeSpan.FromSeconds(30 * Math.Pow(2, attempts - 1));

    private async Task TidyAsync(AppDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now - _lastTidy < TimeSpan.FromMinutes(10))
        {
            return;
        }
        _lastTidy = now;
        var cutoff = now - KeepSentFor;
        await db.QueuedEmails.Where(e => e.NextAttemptAt == null && e.EnqueuedAt < cutoff).ExecuteDeleteAsync(ct);
        await SignInBackOff.ForgetFullBucketsAsync(db, cutoff, ct);
    }

    private static TaskCompletionSource NewPass() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(EventId = LogEvents.QueuedEmailDelivered, Level = LogLevel.Information, Message = "Queued email {EmailId} ({Kind}) delivered")]
    private static partial void LogDelivered(ILogger logger, long emailId, string kind);

    [LoggerMessage(EventId = LogEvents.QueuedEmailRetrying, Level = LogLevel.Warning, Message = "Queued email {EmailId} ({Kind}) failed on try {Attempts}; it will be tried again")]
    private static partial void LogWillRetry(ILogger logger, long emailId, string kind, int attempts, Exception exception);

    [LoggerMessage(EventId = LogEvents.QueuedEmailGivenUp, Level = LogLevel.Error, Message = "Queued email {EmailId} ({Kind}) given up after {Attempts} tries")]
    private static partial void LogGaveUp(ILogger logger, long emailId, string kind, int attempts, Exception exception);

    [LoggerMessage(EventId = LogEvents.MailDeliveryPassFailed, Level = LogLevel.Error, Message = "Mail delivery pass failed; trying again shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
