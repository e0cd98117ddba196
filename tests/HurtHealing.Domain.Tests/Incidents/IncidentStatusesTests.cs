using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class IncidentStatusesTests
{
    [Theory]
    [InlineData(IncidentStatus.Fresh, "Fresh")]
    [InlineData(IncidentStatus.Processing, "Working through it")]
    [InlineData(IncidentStatus.Talked, "We've talked")]
    [InlineData(IncidentStatus.Forgiving, "Forgiving")]
    [InlineData(IncidentStatus.AtPeace, "At peace")]
    [InlineData(IncidentStatus.PartOfPattern, "Part of a pattern")]
    public void Each_status_has_its_label(IncidentStatus status, string label) =>
        Assert.Equal(label, IncidentStatuses.Label(status));

    [Fact]
    public void All_lists_every_status_in_order_each_with_a_hint()
    {
        Assert.Equal(Enum.GetValues<IncidentStatus>(), IncidentStatuses.All);
        Assert.All(IncidentStatuses.All, status => Assert.False(string.IsNullOrWhiteSpace(IncidentStatuses.Hint(status))));
    }

    [Theory]
    [InlineData("AtPeace", IncidentStatus.AtPeace)]
    [InlineData("partofpattern", IncidentStatus.PartOfPattern)]
    public void TryParse_accepts_a_name_in_any_case(string value, IncidentStatus expected)
    {
        Assert.True(IncidentStatuses.TryParse(value, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("3")]
    [InlineData("At peace")]
    public void TryParse_rejects_numbers_and_labels(string? value) =>
        Assert.False(IncidentStatuses.TryParse(value, out _));

    [Fact]
    public void An_undefined_status_has_no_label() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IncidentStatuses.Label((IncidentStatus)42));
}
