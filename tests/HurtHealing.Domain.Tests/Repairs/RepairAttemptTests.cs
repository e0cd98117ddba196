using HurtHealing.Domain.Repairs;

namespace HurtHealing.Domain.Tests.Repairs;

public class RepairAttemptTests
{
    private const string Owner = "owner-1";
    private static readonly Guid IncidentId = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static RepairAttempt NewAttempt(RepairBy by = RepairBy.Partner, RepairKind kind = RepairKind.Apology, string? what = "They said sorry and meant it.") =>
        RepairAttempt.Create(Owner, IncidentId, Guid.NewGuid(), by, kind, Now.AddHours(-3), what, Now);

    [Fact]
    public void A_recorded_attempt_keeps_who_what_and_when_in_utc()
    {
        var key = Guid.NewGuid();
        var madeAt = new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.FromHours(2));

        var attempt = RepairAttempt.Create(Owner, IncidentId, key, RepairBy.Me, RepairKind.Explanation, madeAt, "  I told them why I was late.\r\n  ", Now);

        Assert.Equal(7, attempt.Id.Version);
        Assert.Equal(Owner, attempt.OwnerId);
        Assert.Equal(IncidentId, attempt.IncidentId);
        Assert.Equal(key, attempt.IdempotencyKey);
        Assert.Equal(RepairBy.Me, attempt.By);
        Assert.Equal(RepairKind.Explanation, attempt.Kind);
        Assert.Equal(madeAt, attempt.MadeAt);
        Assert.Equal(TimeSpan.Zero, attempt.MadeAt.Offset);
        Assert.Equal("I told them why I was late.", attempt.WhatWasSaidOrDone);
        Assert.False(attempt.IsAcknowledged);
        Assert.Null(attempt.Landed);
        Assert.Null(attempt.Promise);
        Assert.Equal(Now, attempt.CreatedAt);
        Assert.Equal(Now, attempt.UpdatedAt);
    }

    [Fact]
    public void What_was_said_or_done_is_optional_and_bounded()
    {
        Assert.Null(NewAttempt(what: "   ").WhatWasSaidOrDone);
        Assert.Null(NewAttempt(what: null).WhatWasSaidOrDone);
        Assert.Equal(RepairRules.MaxWhatWasSaidOrDone, NewAttempt(what: new string('a', RepairRules.MaxWhatWasSaidOrDone)).WhatWasSaidOrDone!.Length);
        Assert.Throws<ArgumentException>(() => NewAttempt(what: new string('a', RepairRules.MaxWhatWasSaidOrDone + 1)));
        // A line break counts as one character, as the browser counts it.
        Assert.NotNull(NewAttempt(what: new string('a', RepairRules.MaxWhatWasSaidOrDone - 2) + "\r\na").WhatWasSaidOrDone);
    }

    [Fact]
    public void Refuses_broken_input()
    {
        Assert.ThrowsAny<ArgumentException>(() => RepairAttempt.Create(" ", IncidentId, Guid.NewGuid(), RepairBy.Partner, RepairKind.Apology, Now, null, Now));
        Assert.Throws<ArgumentException>(() => RepairAttempt.Create(Owner, Guid.Empty, Guid.NewGuid(), RepairBy.Partner, RepairKind.Apology, Now, null, Now));
        Assert.Throws<ArgumentException>(() => RepairAttempt.Create(Owner, IncidentId, Guid.Empty, RepairBy.Partner, RepairKind.Apology, Now, null, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepairAttempt.Create(Owner, IncidentId, Guid.NewGuid(), (RepairBy)0, RepairKind.Apology, Now, null, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepairAttempt.Create(Owner, IncidentId, Guid.NewGuid(), RepairBy.Partner, (RepairKind)99, Now, null, Now));
        Assert.Throws<ArgumentException>(() => RepairAttempt.Create(Owner, IncidentId, Guid.NewGuid(), RepairBy.Partner, RepairKind.Apology, default, null, Now));
        Assert.Throws<ArgumentException>(() => RepairAttempt.Create(Owner, IncidentId, Guid.NewGuid(), RepairBy.Partner, RepairKind.Apology, Now, null, default));
        Assert.Throws<ArgumentException>(() => RepairAttempt.Create(Owner, IncidentId, Guid.NewGuid(), RepairBy.Partner, RepairKind.Apology, Now, "a\0b", Now));
    }

    [Fact]
    public void When_it_happened_may_be_a_day_ahead_but_no_more()
    {
        Assert.NotNull(RepairAttempt.Create(Owner, IncidentId, Guid.NewGuid(), RepairBy.Partner, RepairKind.Apology, Now + RepairRules.FutureSlack, null, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            RepairAttempt.Create(Owner, IncidentId, Guid.NewGuid(), RepairBy.Partner, RepairKind.Apology, Now + RepairRules.FutureSlack + TimeSpan.FromMinutes(1), null, Now));
    }

    [Fact]
    public void A_refused_change_leaves_the_attempt_as_it_was()
    {
        var attempt = NewAttempt();

        Assert.Throws<ArgumentException>(() => attempt.Describe(RepairBy.Me, RepairKind.Other, Now, new string('a', RepairRules.MaxWhatWasSaidOrDone + 1), Now.AddHours(1)));

        Assert.Equal(RepairBy.Partner, attempt.By);
        Assert.Equal(RepairKind.Apology, attempt.Kind);
        Assert.Equal(Now, attempt.UpdatedAt);
    }

    [Fact]
    public void Acknowledging_keeps_the_first_date_and_the_latest_words()
    {
        var attempt = NewAttempt();
        var first = Now.AddHours(1);

        attempt.Acknowledge("I hugged them", first);
        attempt.Acknowledge("I told them it helped", first.AddHours(2));

        Assert.True(attempt.IsAcknowledged);
        Assert.Equal(first, attempt.AcknowledgedAt);
        Assert.Equal("I told them it helped", attempt.HowAcknowledged);
        Assert.Equal(first.AddHours(2), attempt.UpdatedAt);

        attempt.WithdrawAcknowledgment(first.AddHours(3));
        Assert.False(attempt.IsAcknowledged);
        Assert.Null(attempt.HowAcknowledged);
        Assert.Throws<ArgumentException>(() => attempt.Acknowledge(new string('a', RepairRules.MaxHowAcknowledged + 1), first));
        Assert.False(attempt.IsAcknowledged);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(null)]
    public void How_it_landed_is_0_to_10_or_unsaid(int? landed)
    {
        var attempt = NewAttempt();
        attempt.RateHowItLanded(landed, Now.AddHours(1));
        Assert.Equal(landed, attempt.Landed);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void How_it_landed_outside_0_to_10_is_refused(int landed)
    {
        var attempt = NewAttempt();
        attempt.RateHowItLanded(4, Now);
        Assert.Throws<ArgumentOutOfRangeException>(() => attempt.RateHowItLanded(landed, Now.AddHours(1)));
        Assert.Equal(4, attempt.Landed);
    }

    [Fact]
    public void A_promise_starts_pending_with_its_first_dated_change()
    {
        var attempt = NewAttempt(kind: RepairKind.Promise);
        var by = new DateOnly(2025, 6, 8);

        var promise = attempt.AddPromise("  I'll call when I'm running late. ", by, Now.AddMinutes(1));

        Assert.Same(promise, attempt.Promise);
        Assert.Equal("I'll call when I'm running late.", promise.WhatWasPromised);
        Assert.Equal(by, promise.ByDate);
        Assert.Equal(PromiseFollowThrough.Pending, promise.Status);
        Assert.Equal(Now.AddMinutes(1), promise.StatusChangedAt);
        Assert.Equal(attempt.Id, promise.RepairAttemptId);
        Assert.Equal(IncidentId, promise.IncidentId);
        Assert.Equal(Owner, promise.OwnerId);
        var change = Assert.Single(promise.Changes);
        Assert.Equal((PromiseFollowThrough.Pending, Now.AddMinutes(1), promise.Id, Owner), (change.Status, change.ChangedAt, change.PromiseId, change.OwnerId));
    }

    [Fact]
    public void An_attempt_carries_one_promise_with_words()
    {
        var attempt = NewAttempt();
        Assert.Throws<ArgumentException>(() => attempt.AddPromise("  ", null, Now));
        Assert.Throws<ArgumentException>(() => attempt.AddPromise(new string('a', RepairRules.MaxWhatWasPromised + 1), null, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => attempt.AddPromise("Call me", new DateOnly(1899, 12, 31), Now));
        Assert.Null(attempt.Promise);

        attempt.AddPromise("Call me", null, Now);
        Assert.Throws<InvalidOperationException>(() => attempt.AddPromise("Another", null, Now));
    }

    [Fact]
    public void Every_follow_through_is_dated_and_kept_in_the_history()
    {
        var attempt = NewAttempt();
        attempt.AddPromise("Be home for dinner on Fridays", new DateOnly(2025, 6, 6), Now);

        Assert.True(attempt.RecordFollowThrough(PromiseFollowThrough.PartlyKept, Now.AddDays(6)));
        Assert.False(attempt.RecordFollowThrough(PromiseFollowThrough.PartlyKept, Now.AddDays(6).AddSeconds(1)));
        Assert.True(attempt.RecordFollowThrough(PromiseFollowThrough.Kept, Now.AddDays(13)));

        var promise = attempt.Promise!;
        Assert.Equal(PromiseFollowThrough.Kept, promise.Status);
        Assert.Equal(Now.AddDays(13), promise.StatusChangedAt);
        Assert.Equal(
            [(PromiseFollowThrough.Pending, Now), (PromiseFollowThrough.PartlyKept, Now.AddDays(6)), (PromiseFollowThrough.Kept, Now.AddDays(13))],
            promise.Changes.Select(c => (c.Status, c.ChangedAt)));
        Assert.Equal(Now.AddDays(13), attempt.UpdatedAt);
    }

    [Fact]
    public void A_follow_through_cannot_be_dated_before_the_last_one_or_be_undefined()
    {
        var attempt = NewAttempt();
        attempt.AddPromise("Call me", null, Now);
        attempt.RecordFollowThrough(PromiseFollowThrough.Broken, Now.AddDays(2));

        Assert.Throws<ArgumentOutOfRangeException>(() => attempt.RecordFollowThrough(PromiseFollowThrough.Kept, Now.AddDays(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => attempt.RecordFollowThrough((PromiseFollowThrough)0, Now.AddDays(3)));
        Assert.Equal(PromiseFollowThrough.Broken, attempt.Promise!.Status);
        Assert.Equal(2, attempt.Promise.Changes.Count);
    }

    [Fact]
    public void Without_a_promise_there_is_nothing_to_follow_through_or_reword()
    {
        var attempt = NewAttempt();
        Assert.Throws<InvalidOperationException>(() => attempt.RecordFollowThrough(PromiseFollowThrough.Kept, Now));
        Assert.Throws<InvalidOperationException>(() => attempt.ChangePromise("x", null, Now));
    }

    [Fact]
    public void Rewording_a_promise_keeps_its_history()
    {
        var attempt = NewAttempt();
        attempt.AddPromise("Call me", new DateOnly(2025, 6, 3), Now);
        attempt.RecordFollowThrough(PromiseFollowThrough.Kept, Now.AddDays(1));

        attempt.ChangePromise("Call me when you're late", null, Now.AddDays(2));

        Assert.Equal("Call me when you're late", attempt.Promise!.WhatWasPromised);
        Assert.Null(attempt.Promise.ByDate);
        Assert.Equal(PromiseFollowThrough.Kept, attempt.Promise.Status);
        Assert.Equal(2, attempt.Promise.Changes.Count);
    }

    [Theory]
    [InlineData(PromiseFollowThrough.Pending, "2025-06-08", "2025-06-09", true)]
    [InlineData(PromiseFollowThrough.Pending, "2025-06-08", "2025-06-08", false)]
    [InlineData(PromiseFollowThrough.Pending, "2025-06-08", "2025-06-07", false)]
    [InlineData(PromiseFollowThrough.Pending, null, "2030-01-01", false)]
    [InlineData(PromiseFollowThrough.Kept, "2025-06-08", "2025-06-20", false)]
    [InlineData(PromiseFollowThrough.PartlyKept, "2025-06-08", "2025-06-20", false)]
    [InlineData(PromiseFollowThrough.Broken, "2025-06-08", "2025-06-20", false)]
    public void A_promise_is_due_only_while_pending_after_its_date(PromiseFollowThrough status, string? by, string today, bool due)
    {
        var attempt = NewAttempt();
        attempt.AddPromise("Call me", by is null ? null : DateOnly.Parse(by, System.Globalization.CultureInfo.InvariantCulture), Now);
        attempt.RecordFollowThrough(status, Now.AddMinutes(1));

        Assert.Equal(due, attempt.Promise!.IsDue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_kind_who_and_follow_through_has_words_and_parses_only_by_name()
    {
        Assert.All(RepairKinds.All, k => Assert.False(string.IsNullOrWhiteSpace(RepairKinds.Label(k) + RepairKinds.Hint(k))));
        Assert.All(RepairBys.All, b => Assert.EndsWith("tried to make it right", RepairBys.Action(b), StringComparison.Ordinal));
        Assert.All(PromiseFollowThroughs.All, s => Assert.False(string.IsNullOrWhiteSpace(PromiseFollowThroughs.Label(s))));
        Assert.Equal(7, RepairKinds.All.Count);
        Assert.Equal(4, PromiseFollowThroughs.All.Count);

        Assert.True(RepairKinds.TryParse(" affectionorhumour ", out var kind));
        Assert.Equal(RepairKind.AffectionOrHumour, kind);
        Assert.False(RepairKinds.TryParse("5", out _));
        Assert.True(PromiseFollowThroughs.TryParse("PartlyKept", out var status));
        Assert.Equal(PromiseFollowThrough.PartlyKept, status);
        Assert.False(RepairBys.TryParse("Partner,Me", out _));
    }
}
