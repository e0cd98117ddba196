using HurtHealing.Domain.Incidents;

namespace HurtHealing.Domain.Tests.Incidents;

public class NeedKindsTests
{
    [Theory]
    [InlineData(NeedKind.ToBeHeard, "To be heard")]
    [InlineData(NeedKind.Acknowledgment, "Acknowledgment")]
    [InlineData(NeedKind.Apology, "An apology")]
    [InlineData(NeedKind.Explanation, "An explanation")]
    [InlineData(NeedKind.Reassurance, "Reassurance")]
    [InlineData(NeedKind.ChangeInBehaviour, "A change in behaviour")]
    [InlineData(NeedKind.Space, "Space")]
    [InlineData(NeedKind.Other, "Something else")]
    public void Each_need_has_its_label(NeedKind kind, string label) =>
        Assert.Equal(label, NeedKinds.Label(kind));

    [Fact]
    public void Every_need_has_distinct_one_line_guidance()
    {
        Assert.Equal(Enum.GetValues<NeedKind>(), NeedKinds.All);
        Assert.All(NeedKinds.All, kind =>
        {
            var guidance = NeedKinds.Guidance(kind);
            Assert.False(string.IsNullOrWhiteSpace(guidance));
            Assert.DoesNotContain('\n', guidance);
        });
        Assert.Equal(NeedKinds.All.Count, NeedKinds.All.Select(NeedKinds.Guidance).Distinct().Count());
    }

    [Fact]
    public void The_guidance_tells_acknowledgment_explanation_and_change_apart()
    {
        Assert.Contains("Acknowledgment", NeedKinds.TellingNeedsApart, StringComparison.Ordinal);
        Assert.Contains("explanation", NeedKinds.TellingNeedsApart, StringComparison.Ordinal);
        Assert.Contains("change", NeedKinds.TellingNeedsApart, StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolution_prompt_asks_how_it_would_look_sound_and_feel()
    {
        Assert.Contains("look like", NeedKinds.ResolutionPrompt, StringComparison.Ordinal);
        Assert.Contains("sound like", NeedKinds.ResolutionPrompt, StringComparison.Ordinal);
        Assert.Contains("feel like", NeedKinds.ResolutionPrompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ChangeInBehaviour", NeedKind.ChangeInBehaviour)]
    [InlineData(" tobeheard", NeedKind.ToBeHeard)]
    public void TryParse_accepts_a_name_in_any_case(string value, NeedKind expected)
    {
        Assert.True(NeedKinds.TryParse(value, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2")]
    [InlineData("Apology,Space")]
    [InlineData("Hug")]
    public void TryParse_rejects_numbers_lists_and_unknown_names(string? value) =>
        Assert.False(NeedKinds.TryParse(value, out _));

    [Fact]
    public void An_undefined_need_has_no_guidance() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedKinds.Guidance((NeedKind)0));
}
