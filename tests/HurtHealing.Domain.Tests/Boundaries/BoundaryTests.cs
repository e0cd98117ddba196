using HurtHealing.Domain.Boundaries;

namespace HurtHealing.Domain.Tests.Boundaries;

public class BoundaryTests
{
    private const string Owner = "owner-1";
    private static readonly Guid IncidentId = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static Boundary NewBoundary(DateTimeOffset? setAt = null) =>
        Boundary.Create(Owner, IncidentId, Guid.NewGuid(), "Being shouted at", "I'll leave the room and come back later", setAt ?? Now.AddDays(-1), Now);

    [Fact]
    public void A_boundary_keeps_what_I_will_not_accept_what_I_will_do_and_when()
    {
        var key = Guid.NewGuid();
        var boundary = Boundary.Create(Owner, IncidentId, key, "  Being shouted at ", "  ", Now.AddDays(-2), Now);

        Assert.Equal(7, boundary.Id.Version);
        Assert.Equal((Owner, IncidentId, key), (boundary.OwnerId, boundary.IncidentId, boundary.IdempotencyKey));
        Assert.Equal("Being shouted at", boundary.WhatIWillNotAccept);
        Assert.Null(boundary.WhatIWillDo);
        Assert.Equal(Now.AddDays(-2), boundary.SetAt);
        Assert.False(boundary.WasCrossed);
        Assert.Null(boundary.LastCrossedAt);
    }

    [Fact]
    public void What_I_will_not_accept_is_required_and_bounded()
    {
        Assert.Throws<ArgumentException>(() => Boundary.Create(Owner, IncidentId, Guid.NewGuid(), " ", null, Now, Now));
        Assert.Throws<ArgumentException>(() => Boundary.Create(Owner, IncidentId, Guid.NewGuid(), new string('a', BoundaryRules.MaxWhatIWillNotAccept + 1), null, Now, Now));
        Assert.Throws<ArgumentException>(() => Boundary.Create(Owner, IncidentId, Guid.NewGuid(), "x", new string('a', BoundaryRules.MaxWhatIWillDo + 1), Now, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => Boundary.Create(Owner, IncidentId, Guid.NewGuid(), "x", null, Now.AddDays(2), Now));
        Assert.Throws<ArgumentException>(() => Boundary.Create(Owner, Guid.Empty, Guid.NewGuid(), "x", null, Now, Now));
    }

    [Fact]
    public void Rewording_keeps_the_boundary_and_a_refused_reword_changes_nothing()
    {
        var boundary = NewBoundary();
        boundary.Reword("Being called names", "I'll end the conversation", Now.AddHours(1));
        Assert.Equal(("Being called names", "I'll end the conversation"), (boundary.WhatIWillNotAccept, boundary.WhatIWillDo));

        Assert.Throws<ArgumentException>(() => boundary.Reword("", "x", Now.AddHours(2)));
        Assert.Equal("Being called names", boundary.WhatIWillNotAccept);
        Assert.Equal(Now.AddHours(1), boundary.UpdatedAt);
    }

    [Fact]
    public void Each_crossing_is_dated_and_a_double_tap_records_one()
    {
        var boundary = NewBoundary();
        var first = Now.AddHours(-5);
        var second = Now.AddHours(-1);

        var a = boundary.MarkCrossed(second, Now);
        var b = boundary.MarkCrossed(first, Now);
        var again = boundary.MarkCrossed(second, Now.AddSeconds(1));

        Assert.Same(a, again);
        Assert.Equal([first, second], boundary.Crossings.Select(c => c.CrossedAt));
        Assert.Equal(second, boundary.LastCrossedAt);
        Assert.True(boundary.WasCrossed);
        Assert.Equal((Owner, boundary.Id, Now), (b.OwnerId, b.BoundaryId, b.RecordedAt));
    }

    [Fact]
    public void A_boundary_cannot_be_crossed_before_it_was_set_or_in_the_future()
    {
        var boundary = NewBoundary(setAt: Now.AddDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => boundary.MarkCrossed(Now.AddDays(-2), Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => boundary.MarkCrossed(Now.AddDays(2), Now));
        Assert.False(boundary.WasCrossed);
    }

    [Fact]
    public void A_crossing_marked_by_mistake_can_be_removed()
    {
        var boundary = NewBoundary();
        var crossing = boundary.MarkCrossed(Now.AddHours(-1), Now);

        Assert.False(boundary.RemoveCrossing(Guid.NewGuid(), Now.AddHours(1)));
        Assert.True(boundary.RemoveCrossing(crossing.Id, Now.AddHours(1)));
        Assert.False(boundary.WasCrossed);
        Assert.Equal(Now.AddHours(1), boundary.UpdatedAt);
    }
}
