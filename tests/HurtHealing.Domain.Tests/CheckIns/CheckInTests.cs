using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Insights;

namespace HurtHealing.Domain.Tests.CheckIns;

public class CheckInTests
{
    private const string Owner = "owner-1";
    private static readonly Guid IncidentId = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static CheckIn Record(int intensity = 5, int resentment = 4, bool retriggered = false, string? what = null, string? note = null) =>
        CheckIn.Create(Owner, IncidentId, Guid.NewGuid(), intensity, resentment, retriggered, what, note, Now);

    [Fact]
    public void A_check_in_keeps_its_ratings_and_moment()
    {
        var key = Guid.NewGuid();
        var at = new DateTimeOffset(2025, 6, 1, 14, 0, 0, TimeSpan.FromHours(2));

        var checkIn = CheckIn.Create(Owner, IncidentId, key, 6, 3, true, " A song on the radio ", " short note ", at);

        Assert.Equal(7, checkIn.Id.Version);
        Assert.Equal((Owner, IncidentId, key), (checkIn.OwnerId, checkIn.IncidentId, checkIn.IdempotencyKey));
        Assert.Equal(at, checkIn.CheckedInAt);
        Assert.Equal(TimeSpan.Zero, checkIn.CheckedInAt.Offset);
        Assert.Equal((6, 3, true), (checkIn.Intensity, checkIn.ResentmentGrip, checkIn.Retriggered));
        Assert.Equal("A song on the radio", checkIn.WhatRetriggered);
        Assert.Equal("short note", checkIn.Note);
        Assert.Equal(new HealingPoint(at, 6, 3, true), checkIn.ToPoint());
    }

    [Fact]
    public void Two_sliders_and_a_save_is_enough()
    {
        var checkIn = Record();
        Assert.False(checkIn.Retriggered);
        Assert.Null(checkIn.WhatRetriggered);
        Assert.Null(checkIn.Note);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(11, 0)]
    [InlineData(0, -1)]
    [InlineData(0, 11)]
    public void Ratings_are_0_to_10(int intensity, int resentment)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Record(intensity, resentment));
    }

    [Fact]
    public void What_brought_it_back_needs_the_re_triggered_answer()
    {
        Assert.Throws<ArgumentException>(() => Record(retriggered: false, what: "a photo"));
        Assert.Null(Record(retriggered: false, what: "   ").WhatRetriggered);
        Assert.Null(Record(retriggered: true, what: null).WhatRetriggered);
    }

    [Fact]
    public void Texts_are_bounded_and_ids_required()
    {
        Assert.Throws<ArgumentException>(() => Record(retriggered: true, what: new string('a', CheckInRules.MaxWhatRetriggered + 1)));
        Assert.Throws<ArgumentException>(() => Record(note: new string('a', CheckInRules.MaxNote + 1)));
        Assert.NotNull(Record(note: new string('a', CheckInRules.MaxNote)).Note);
        Assert.Throws<ArgumentException>(() => CheckIn.Create(Owner, Guid.Empty, Guid.NewGuid(), 1, 1, false, null, null, Now));
        Assert.Throws<ArgumentException>(() => CheckIn.Create(Owner, IncidentId, Guid.Empty, 1, 1, false, null, null, Now));
        Assert.Throws<ArgumentException>(() => CheckIn.Create(Owner, IncidentId, Guid.NewGuid(), 1, 1, false, null, null, default));
        Assert.ThrowsAny<ArgumentException>(() => CheckIn.Create("", IncidentId, Guid.NewGuid(), 1, 1, false, null, null, Now));
    }

    [Fact]
    public void A_check_in_can_be_put_right_and_keeps_its_moment()
    {
        var checkIn = Record(intensity: 7, resentment: 6);

        checkIn.Change(3, 2, true, " The same street ", " better ");

        Assert.Equal(Now, checkIn.CheckedInAt);
        Assert.Equal((3, 2, true), (checkIn.Intensity, checkIn.ResentmentGrip, checkIn.Retriggered));
        Assert.Equal(("The same street", "better"), (checkIn.WhatRetriggered, checkIn.Note));
    }

    [Theory]
    [InlineData(11, 2, false, null)]
    [InlineData(3, -1, false, null)]
    [InlineData(3, 2, false, "A song")]
    public void A_refused_change_leaves_the_check_in_as_it_was(int intensity, int resentment, bool retriggered, string? what)
    {
        var checkIn = Record(intensity: 7, resentment: 6, note: "kept");

        Assert.ThrowsAny<ArgumentException>(() => checkIn.Change(intensity, resentment, retriggered, what, "changed"));

        Assert.Equal((7, 6, false, null, "kept"), (checkIn.Intensity, checkIn.ResentmentGrip, checkIn.Retriggered, checkIn.WhatRetriggered, checkIn.Note));
    }
}

public class CheckInInvitationDismissalTests
{
    [Fact]
    public void Dismissing_an_invitation_is_a_dated_record_of_one_incident()
    {
        var incidentId = Guid.CreateVersion7();
        var at = new DateTimeOffset(2025, 6, 1, 14, 0, 0, TimeSpan.FromHours(2));

        var dismissal = CheckInInvitationDismissal.Create("owner-1", incidentId, at);

        Assert.Equal(7, dismissal.Id.Version);
        Assert.Equal(("owner-1", incidentId, at), (dismissal.OwnerId, dismissal.IncidentId, dismissal.DismissedAt));
        Assert.Equal(TimeSpan.Zero, dismissal.DismissedAt.Offset);
        Assert.Throws<ArgumentException>(() => CheckInInvitationDismissal.Create("owner-1", Guid.Empty, at));
        Assert.Throws<ArgumentException>(() => CheckInInvitationDismissal.Create("owner-1", incidentId, default));
    }

}
