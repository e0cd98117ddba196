using System.Net;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

/// <summary>
/// A browser posts a textarea's line breaks as CRLF but counts each as one character. Every plan box takes a
/// text that fills its limit that way (it used to answer 500), and refuses one character more beside the field.
/// </summary>
public class PlanLineBreakTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    /// <summary>A text of <paramref name="length"/> characters as the browser counts them, mostly line breaks.</summary>
    private static string Lines(int length) =>
        string.Concat(Enumerable.Repeat("a\r\n", (length - 1) / 2)) + (length % 2 == 0 ? "aa" : "a");

    public static TheoryData<string, string, int> Boxes() => new()
    {
        { "Need", "Input.NeedToState", TalkPlanRules.NeedToStateMaxLength },
        { "Opening", "Input.OpeningLine", TalkPlanRules.OpeningLineMaxLength },
        { "Listen", "Input.ListenFor", TalkPlanRules.ListenForMaxLength },
        { "Statements", "Input.When", TalkPlanRules.StatementPartMaxLength },
        { "Statements", "Input.Felt", TalkPlanRules.StatementPartMaxLength },
        { "Statements", "Input.BecauseINeed", TalkPlanRules.StatementPartMaxLength },
        { "Statements", "Input.WouldYou", TalkPlanRules.StatementPartMaxLength },
        { "After", "Input.HowItWent", TalkPlanRules.HowItWentMaxLength },
        { "After", "Input.WhatWeAgreed", TalkPlanRules.WhatWeAgreedMaxLength },
        { "After", "Input.WhatIStillNeed", TalkPlanRules.WhatIStillNeedMaxLength },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public async Task A_box_filled_to_its_limit_with_line_breaks_is_saved(string step, string field, int max)
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());

        using var response = await client.PostFormAsync($"/Plans/{plan}/{step}", [F(field, Lines(max))],
            step == "Statements" ? PlanForms.StatementForm : "main form[method=post]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public async Task One_character_more_gets_a_message_beside_the_box(string step, string field, int max)
    {
        var client = await factory.SignedInClientAsync();
        var plan = await client.StartPlanAsync(await client.LogIncidentWithNeedAsync());

        using var response = await client.PostFormAsync($"/Plans/{plan}/{step}", [F(field, Lines(max + 1))],
            step == "Statements" ? PlanForms.StatementForm : "main form[method=post]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("", (await HtmlForms.ParseAsync(response)).MessageBeside(field));
    }
}
