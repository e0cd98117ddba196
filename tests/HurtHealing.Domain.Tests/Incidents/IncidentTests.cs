using System.Globalization;
using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class IncidentTests
{
    [Fact]
    public void Create_keeps_what_was_given_and_starts_fresh()
    {
        var key = Guid.NewGuid();
        var incident = Incident.Create(
            "owner-1", key, Given.Utc, new DateOnly(2025, 5, 30), new TimeOnly(21, 15),
            "  The dinner  ", "  They laughed at my idea.  ", IncidentCategory.Contempt, 7, Given.Now);

        Assert.Equal(7, incident.Id.Version);
        Assert.Equal("owner-1", incident.OwnerId);
        Assert.Equal(key, incident.IdempotencyKey);
        Assert.Equal(new DateOnly(2025, 5, 30), incident.OccurredOn);
        Assert.Equal(new TimeOnly(21, 15), incident.OccurredAt);
        Assert.Equal("Etc/UTC", incident.TimeZoneId);
        Assert.Equal("The dinner", incident.Title);
        Assert.Equal("They laughed at my idea.", incident.WhatHappened);
        Assert.Equal(IncidentCategory.Contempt, incident.Category);
        Assert.Equal(7, incident.Hurt);
        Assert.Equal(IncidentStatus.Fresh, incident.Status);
        Assert.Equal(Given.Now, incident.CreatedAt);
        Assert.Equal(Given.Now, incident.UpdatedAt);
        Assert.Empty(incident.Feelings);
        Assert.Empty(incident.Needs);
    }

    [Fact]
    public void Two_incidents_get_different_ids() =>
        Assert.NotEqual(Given.Incident().Id, Given.Incident().Id);

    [Fact]
    public void Instants_are_stored_in_utc()
    {
        var local = new DateTimeOffset(2025, 6, 1, 14, 0, 0, TimeSpan.FromHours(2));
        var incident = Given.Incident(now: local);
        Assert.Equal(TimeSpan.Zero, incident.CreatedAt.Offset);
        Assert.Equal(local, incident.CreatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("owner\0")]
    public void An_owner_is_required(string? ownerId) =>
        Assert.ThrowsAny<ArgumentException>(() => Given.Incident(ownerId: ownerId!));

    [Fact]
    public void An_owner_id_longer_than_an_identity_key_is_rejected()
    {
        Assert.Equal(450, Given.Incident(ownerId: Given.Text(450)).OwnerId.Length);
        Assert.Throws<ArgumentException>(() => Given.Incident(ownerId: Given.Text(451)));
    }

    [Fact]
    public void An_empty_idempotency_key_is_rejected() =>
        Assert.Throws<ArgumentException>(() => Incident.Create(
            Given.Owner, Guid.Empty, Given.Utc, Given.Today, null, null, "Something happened.", IncidentCategory.Other, 5, Given.Now));

    [Fact]
    public void An_unset_instant_is_rejected() =>
        Assert.Throws<ArgumentException>(() => Given.Incident(now: default(DateTimeOffset)));

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData("It was\0 late")]
    public void What_happened_must_be_real_text(string whatHappened) =>
        Assert.Throws<ArgumentException>(() => Given.Incident(whatHappened: whatHappened));

    [Fact]
    public void A_null_what_happened_is_rejected() =>
        Assert.Throws<ArgumentException>(() => Given.Incident(whatHappened: null!));

    [Fact]
    public void What_happened_holds_up_to_4000_characters()
    {
        Assert.Equal(4000, Given.Incident(whatHappened: Given.Text(4000)).WhatHappened.Length);
        Assert.Throws<ArgumentException>(() => Given.Incident(whatHappened: Given.Text(4001)));
    }

    [Fact]
    public void A_line_break_counts_as_one_character_however_the_browser_sends_it()
    {
        // 5,999 characters as posted, 4,000 once each CRLF is one line break.
        var text = string.Concat(Enumerable.Repeat("a\r\n", 1999)) + "aa";
        var incident = Given.Incident(whatHappened: text);
        Assert.Equal(4000, incident.WhatHappened.Length);
        Assert.DoesNotContain('\r', incident.WhatHappened);
    }

    [Fact]
    public void The_title_is_optional_and_holds_up_to_120_characters()
    {
        Assert.Null(Given.Incident(title: null).Title);
        Assert.Null(Given.Incident(title: "   ").Title);
        Assert.Equal(120, Given.Incident(title: Given.Text(120)).Title!.Length);
        Assert.Throws<ArgumentException>(() => Given.Incident(title: Given.Text(121)));
        Assert.Throws<ArgumentException>(() => Given.Incident(title: "Dinner\0"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Hurt_from_0_to_10_is_accepted(int hurt) => Assert.Equal(hurt, Given.Incident(hurt: hurt).Hurt);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Hurt_outside_0_to_10_is_rejected(int hurt) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Given.Incident(hurt: hurt));

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public void An_undefined_category_is_rejected(int category) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Given.Incident(category: (IncidentCategory)category));

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2025-06-01")]
    [InlineData("2025-06-02")]
    public void Dates_from_1900_to_tomorrow_are_accepted(string date)
    {
        var occurredOn = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(occurredOn, Given.Incident(occurredOn: occurredOn).OccurredOn);
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2025-06-03")]
    public void Dates_before_1900_or_after_tomorrow_are_rejected(string date) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Given.Incident(occurredOn: DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)));

    [Fact]
    public void Tomorrow_is_counted_in_the_persons_time_zone()
    {
        // At 12:00 UTC on 1 June it is already 2 June in Kiritimati (UTC+14), so 3 June is "tomorrow" there.
        var kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
        var thirdOfJune = new DateOnly(2025, 6, 3);

        Assert.Equal("Pacific/Kiritimati", Given.Incident(timeZone: kiritimati, occurredOn: thirdOfJune).TimeZoneId);
        Assert.Throws<ArgumentOutOfRangeException>(() => Given.Incident(timeZone: Given.Utc, occurredOn: thirdOfJune));
    }

    [Fact]
    public void A_time_zone_without_an_iana_id_is_rejected()
    {
        var custom = TimeZoneInfo.CreateCustomTimeZone("Somewhere Standard Time", TimeSpan.FromHours(3), "Somewhere", "Somewhere");
        Assert.Throws<ArgumentException>(() => Given.Incident(timeZone: custom));
    }

    [Fact]
    public void Edit_changes_the_details_and_the_update_time_but_not_the_creation()
    {
        var incident = Given.Incident();
        var later = Given.Now.AddHours(3);
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        incident.Edit(london, new DateOnly(2025, 5, 20), new TimeOnly(8, 0), "Morning", "They forgot my birthday.",
            IncidentCategory.Forgotten, 4, later);

        Assert.Equal("Europe/London", incident.TimeZoneId);
        Assert.Equal(new DateOnly(2025, 5, 20), incident.OccurredOn);
        Assert.Equal(new TimeOnly(8, 0), incident.OccurredAt);
        Assert.Equal("Morning", incident.Title);
        Assert.Equal("They forgot my birthday.", incident.WhatHappened);
        Assert.Equal(IncidentCategory.Forgotten, incident.Category);
        Assert.Equal(4, incident.Hurt);
        Assert.Equal(Given.Now, incident.CreatedAt);
        Assert.Equal(later, incident.UpdatedAt);
    }

    [Fact]
    public void A_rejected_edit_changes_nothing()
    {
        var incident = Given.Incident(title: "Dinner", hurt: 6);

        Assert.Throws<ArgumentOutOfRangeException>(() => incident.Edit(
            Given.Utc, Given.Today, null, "New title", "New text", IncidentCategory.Other, 11, Given.Now.AddHours(1)));

        Assert.Equal("Dinner", incident.Title);
        Assert.Equal("They laughed at my idea in front of their friends.", incident.WhatHappened);
        Assert.Equal(IncidentCategory.Dismissed, incident.Category);
        Assert.Equal(6, incident.Hurt);
        Assert.Equal(Given.Now, incident.UpdatedAt);
    }

    [Fact]
    public void The_update_time_never_moves_backwards()
    {
        var incident = Given.Incident();
        incident.ChangeStatus(IncidentStatus.Processing, Given.Now.AddMinutes(-5));
        Assert.Equal(IncidentStatus.Processing, incident.Status);
        Assert.Equal(Given.Now, incident.UpdatedAt);
    }

    [Fact]
    public void Status_can_move_back_as_well_as_forward_because_healing_is_not_linear()
    {
        var incident = Given.Incident();
        incident.ChangeStatus(IncidentStatus.AtPeace, Given.Now.AddDays(10));
        incident.ChangeStatus(IncidentStatus.Processing, Given.Now.AddDays(12));

        Assert.Equal(IncidentStatus.Processing, incident.Status);
        Assert.Equal(Given.Now.AddDays(12), incident.UpdatedAt);
    }

    [Fact]
    public void An_undefined_status_is_rejected()
    {
        var incident = Given.Incident();
        Assert.Throws<ArgumentOutOfRangeException>(() => incident.ChangeStatus((IncidentStatus)0, Given.Now));
        Assert.Equal(IncidentStatus.Fresh, incident.Status);
    }
}
