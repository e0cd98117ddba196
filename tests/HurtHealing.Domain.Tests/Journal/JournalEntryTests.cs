using HurtHealing.Domain.Journal;

namespace HurtHealing.Domain.Tests.Journal;

public class JournalEntryTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 22, 30, 0, TimeSpan.Zero);

    private static JournalEntry Entry(
        string ownerId = "owner-1",
        string text = "I keep replaying it.",
        DateTimeOffset? writtenAt = null,
        Guid? incidentId = null,
        int? feelingWindowMinutes = null) =>
        JournalEntry.Create(ownerId, text, writtenAt ?? Now, incidentId, feelingWindowMinutes, Now);

    [Fact]
    public void Create_keeps_what_was_given()
    {
        var incidentId = Guid.CreateVersion7();
        var writtenAt = Now.AddMinutes(-40);

        var entry = JournalEntry.Create("owner-1", "  I keep replaying it.  ", writtenAt, incidentId, 15, Now);

        Assert.Equal(7, entry.Id.Version);
        Assert.Equal("owner-1", entry.OwnerId);
        Assert.Equal("I keep replaying it.", entry.Text);
        Assert.Equal(incidentId, entry.IncidentId);
        Assert.Equal(15, entry.FeelingWindowMinutes);
        Assert.Equal(writtenAt, entry.WrittenAt);
        Assert.Equal(Now, entry.CreatedAt);
        Assert.Equal(Now, entry.UpdatedAt);
    }

    [Fact]
    public void An_entry_can_stand_alone() => Assert.Null(Entry(incidentId: null).IncidentId);

    [Fact]
    public void Instants_are_stored_in_utc()
    {
        var local = new DateTimeOffset(2025, 6, 1, 23, 0, 0, TimeSpan.FromHours(1));
        var entry = Entry(writtenAt: local);
        Assert.Equal(TimeSpan.Zero, entry.WrittenAt.Offset);
        Assert.Equal(local, entry.WrittenAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("owner\0")]
    public void An_owner_is_required(string ownerId) =>
        Assert.Throws<ArgumentException>(() => Entry(ownerId: ownerId));

    [Fact]
    public void An_empty_incident_id_is_rejected() =>
        Assert.Throws<ArgumentException>(() => Entry(incidentId: Guid.Empty));

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n ")]
    [InlineData("Dear me,\0")]
    public void The_text_must_be_real_text(string text) =>
        Assert.Throws<ArgumentException>(() => Entry(text: text));

    [Fact]
    public void The_text_holds_up_to_8000_characters()
    {
        Assert.Equal(8000, Entry(text: new string('a', 8000)).Text.Length);
        Assert.Throws<ArgumentException>(() => Entry(text: new string('a', 8001)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(15)]
    [InlineData(20)]
    public void A_feeling_window_is_none_or_5_10_15_or_20_minutes(int? minutes)
    {
        Assert.Equal(minutes, Entry(feelingWindowMinutes: minutes).FeelingWindowMinutes);
        Assert.True(JournalRules.IsFeelingWindowAllowed(minutes));
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(25)]
    public void Other_feeling_windows_are_rejected(int minutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Entry(feelingWindowMinutes: minutes));
        Assert.False(JournalRules.IsFeelingWindowAllowed(minutes));
    }

    [Fact]
    public void Edit_changes_the_text_attachment_and_window_but_not_when_it_was_written()
    {
        var entry = Entry();
        var incidentId = Guid.CreateVersion7();
        var later = Now.AddHours(1);

        entry.Edit("Lighter today.", incidentId, 20, later);

        Assert.Equal("Lighter today.", entry.Text);
        Assert.Equal(incidentId, entry.IncidentId);
        Assert.Equal(20, entry.FeelingWindowMinutes);
        Assert.Equal(Now, entry.WrittenAt);
        Assert.Equal(Now, entry.CreatedAt);
        Assert.Equal(later, entry.UpdatedAt);
    }

    [Fact]
    public void A_rejected_edit_changes_nothing()
    {
        var entry = Entry(feelingWindowMinutes: 10);

        Assert.Throws<ArgumentOutOfRangeException>(() => entry.Edit("New words.", null, 30, Now.AddHours(1)));

        Assert.Equal("I keep replaying it.", entry.Text);
        Assert.Equal(10, entry.FeelingWindowMinutes);
        Assert.Equal(Now, entry.UpdatedAt);
    }

    [Fact]
    public void The_feeling_window_invitation_is_written_out() =>
        Assert.False(string.IsNullOrWhiteSpace(JournalRules.FeelingWindowInvitation));
}
