namespace HurtHealing.Browser.Tests.Infrastructure;

/// <summary>
/// The app's clock in browser tests: the real time plus an offset the test moves, so days and weeks pass without
/// touching stored dates. Only the browser test host registers it; the app itself always uses <see cref="TimeProvider.System"/>.
/// It only moves forward within a test and is put back by <see cref="Reset"/>, so tests sharing the app see real time.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
