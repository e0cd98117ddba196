using HurtHealing.Domain.Safety;

namespace HurtHealing.Domain.Tests.Safety;

public class HelplinesTests
{
    [Fact]
    public void Every_entry_has_a_source_address_and_the_date_it_was_checked()
    {
        Assert.All(Helplines.All, line =>
        {
            Assert.NotEmpty(line.Sources);
            Assert.All(line.Sources, s => Assert.True(s.IsAbsoluteUri && s.Scheme is "http" or "https", $"{line.Name}: {s}"));
            Assert.NotEqual(default, line.Checked);
            Assert.InRange(line.Checked, new DateOnly(2026, 12, 1), Helplines.ReCheckedOn);
            Assert.False(string.IsNullOrWhiteSpace(line.HowChecked), line.Name);
        });
    }

    [Fact]
    public void Every_region_has_its_emergency_number_first()
    {
        foreach (var region in Helplines.Regions)
        {
            var lines = Helplines.For(region);
            var emergency = Helplines.EmergencyFor(region);

            Assert.Equal(HelplineKind.Emergency, lines[0].Kind);
            Assert.Same(emergency, lines[0]);
            Assert.Contains(emergency.Contacts, c => c.Href.StartsWith("tel:", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(HelplineRegion.UnitedStates, "tel:911")]
    [InlineData(HelplineRegion.UnitedKingdom, "tel:999")]
    [InlineData(HelplineRegion.Ireland, "tel:112")]
    [InlineData(HelplineRegion.Canada, "tel:911")]
    [InlineData(HelplineRegion.Australia, "tel:000")]
    [InlineData(HelplineRegion.NewZealand, "tel:111")]
    [InlineData(HelplineRegion.India, "tel:112")]
    [InlineData(HelplineRegion.International, "tel:112")]
    public void The_emergency_numbers_are_the_ones_in_the_reference(HelplineRegion region, string href)
    {
        Assert.Contains(Helplines.EmergencyFor(region).Contacts, c => c.Href == href);
    }

    [Fact]
    public void Every_region_has_a_partner_abuse_line_or_a_directory_and_a_plain_name()
    {
        foreach (var region in Helplines.Regions)
        {
            Assert.Contains(Helplines.For(region), h => h.Kind is HelplineKind.PartnerAbuse or HelplineKind.Directory);
            Assert.False(string.IsNullOrWhiteSpace(Helplines.RegionName(region)));
        }
    }

    [Fact]
    public void Contacts_are_tel_sms_or_https_links_with_digits_only_numbers()
    {
        Assert.All(Helplines.All.SelectMany(h => h.Contacts), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Label));
            Assert.Matches(@"^(?:tel:\d{3,15}|sms:\d{3,15}(?:\?body=[A-Za-z0-9%]+)?|https://[a-z0-9.-]+(?:/[^\s]*)?)$", c.Href);
        });
    }

    [Fact]
    public void The_us_hotline_can_be_texted()
    {
        var hotline = Assert.Single(Helplines.For(HelplineRegion.UnitedStates), h => h.Kind == HelplineKind.PartnerAbuse);

        Assert.Contains(hotline.Contacts, c => c.Href == "tel:18007997233");
        Assert.Contains(hotline.Contacts, c => c.Href == "sms:88788?body=START" && c.Label == "Text START to 88788");
    }

    [Theory]
    [InlineData("America/New_York", HelplineRegion.UnitedStates)]
    [InlineData("America/Toronto", HelplineRegion.Canada)]
    [InlineData("Europe/London", HelplineRegion.UnitedKingdom)]
    [InlineData("Europe/Dublin", HelplineRegion.Ireland)]
    [InlineData("Australia/Sydney", HelplineRegion.Australia)]
    [InlineData("Pacific/Auckland", HelplineRegion.NewZealand)]
    [InlineData("Asia/Kolkata", HelplineRegion.India)]
    [InlineData("Europe/Berlin", HelplineRegion.International)]
    [InlineData("America/Mexico_City", HelplineRegion.International)]
    [InlineData("", HelplineRegion.International)]
    [InlineData(null, HelplineRegion.International)]
    public void The_first_region_comes_from_the_time_zone(string? zone, HelplineRegion region)
    {
        Assert.Equal(region, Helplines.RegionForTimeZone(zone));
    }
}
