using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HurtHealing.Web.Infrastructure;

/// <summary>
/// This instance's copy of recently read sessions, kept only while this instance hears every change to
/// <c>user_sessions</c>. The database is the truth: a trigger on the table (migration SessionNotify) announces
/// every deleted row and every changed ticket with <c>NOTIFY hh_sessions</c> in the same transaction, whoever
/// makes the change (sign-out, a revocation, an account deletion's cascade, a hand-written DELETE), and
/// <see cref="SessionChangeListener"/> evicts on each one. While its LISTEN connection is down the cache is
/// empty and bypassed, so every request reads the database (fail closed).
/// </summary>
public sealed class SessionChanges
{
    public const string Channel = "hh_sessions";
    private const string BarrierPrefix = "barrier:";
    private static readonly TimeSpan BarrierWait = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, CachedSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _barriers = new(StringComparer.Ordinal);
    private long _epoch;
    private volatile bool _listening;

    /// <summary>Whether this instance hears every change now; when false the cache is empty and unused.</summary>
    public bool IsListening => _listening;

    public int Count => _sessions.Count;

    /// <summary>Taken before a database read; a read may be cached only if no change was heard since.</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    public bool TryGet(string key, out CachedSession session)
    {
        if (_listening && _sessions.TryGetValue(key, out var found))
        {
            session = found;
            return true;
        }
        session = default!;
        return false;
    }

    /// <summary>
    /// Keeps a session read from the database, unless a change was heard after <paramref name="epochBeforeRead"/>
    /// (it may have been to this row and the read may predate it) or this instance is not listening.
    /// </summary>
    public void Add(string key, CachedSession session, long epochBeforeRead)
    {
        if (!_listening || Epoch != epochBeforeRead)
        {
            return;
        }
        _sessions[key] = session;
        // A change heard between the check and the write: drop what was just written (at worst a miss).
        if (!_listening || Epoch != epochBeforeRead)
        {
            _sessions.TryRemove(key, out _);
        }
    }

    public void Evict(string key)
    {
        Interlocked.Increment(ref _epoch);
        _sessions.TryRemove(key, out _);
    }

    internal void Heard(string payload)
    {
        if (payload.StartsWith(BarrierPrefix, StringComparison.Ordinal))
        {
            if (_barriers.TryRemove(payload, out var waiter))
            {
                waiter.TrySetResult();
            }
            return;
        }
        Evict(payload);
    }

    internal void Listening()
    {
        Interlocked.Increment(ref _epoch);
        _sessions.Clear();
        _listening = true;
    }

    internal void Deaf()
    {
        _listening = false;
        Interlocked.Increment(ref _epoch);
        _sessions.Clear();
        foreach (var waiter in _barriers.Values)
        {
            waiter.TrySetResult();
        }
        _barriers.Clear();
    }

    /// <summary>Drops entries too old to be served without the database anyway.</summary>
    internal void Sweep(DateTimeOffset now, TimeSpan freshFor)
    {
        foreach (var (key, session) in _sessions)
        {
            if (now - session.LastSeenAt > freshFor)
            {
                _sessions.TryRemove(KeyValuePair.Create(key, session));
            }
        }
    }

    /// <summary>
    /// Called after a revocation has committed: sends a marker on the same channel and waits until this
    /// instance's listener hears it. PostgreSQL delivers notifications in commit order, so by then the
    /// revocation's own notifications are in every listener's queue and heard here; the request that
    /// revoked answers only after that, which bounds how long another instance can still serve the old session.
    /// </summary>
    public async Task AwaitDeliveryAsync(DbContext db, CancellationToken ct = default)
    {
        if (!_listening)
        {
            return;
        }
        var marker = BarrierPrefix + Guid.NewGuid().ToString("N");
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _barriers[marker] = waiter;
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {marker})", ct);
            await waiter.Task.WaitAsync(BarrierWait, ct);
        }
        catch (TimeoutException)
        {
            // The listener is stalled; its loop will notice and clear the cache.
        }
        finally
        {
            _barriers.TryRemove(marker, out _);
        }
    }
}

/// <summary>A session as last read from the database; each request gets its own copy of the ticket.</summary>
public sealed record CachedSession(AuthenticationTicket Ticket, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt)
{
    public AuthenticationTicket Copy() =>
        new(Ticket.Principal.Clone(), Ticket.Properties.Clone(), Ticket.AuthenticationScheme);
}

/// <summary>Holds one LISTEN connection per instance and feeds what it hears to <see cref="SessionChanges"/>.</summary>
public sealed partial class SessionChangeListener(
    SessionChanges changes,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<SessionChangeListener> logger) : BackgroundService
{
    public const string ApplicationName = "hh-session-listener";

    // Also how often an idle LISTEN connection is checked (a query), so a silently dead one is noticed.
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Default"))
        {
            ApplicationName = ApplicationName,
            // Its own physical connection: never shared, never reset by a pool.
            Pooling = false,
            KeepAlive = 15,
            TcpKeepAlive = true,
        }.ConnectionString;
        var retry = TimeSpan.FromSeconds(configuration.GetValue("Sessions:ListenRetrySeconds", 1.0));

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => changes.Heard(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {SessionChanges.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                changes.Listening();
                LogListening(logger);
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(CheckEvery, stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                        changes.Sweep(time.GetUtcNow(), DbTicketStore.FreshFor);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogLost(logger, e.GetType().Name);
            }
            finally
            {
                changes.Deaf();
            }
            try
            {
                await Task.Delay(retry, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    [LoggerMessage(EventId = LogEvents.SessionListenerListening, Level = LogLevel.Information, Message = "Listening for session changes; the session cache is in use")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(EventId = LogEvents.SessionListenerLost, Level = LogLevel.Warning, Message = "The session-change connection was lost ({Error}); sessions are read from the database until it is back")]
    private static partial void LogLost(ILogger logger, string error);
}
