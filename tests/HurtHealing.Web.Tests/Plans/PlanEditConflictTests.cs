using System.Net;
using HurtHealing.Web.Tests.Incidents;
using HurtHealing.Web.Tests.Infrastructure;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Plans;

/// <summary>The same plan step open in two sessions: the older page's save shows both versions instead of overwriting.</summary>
public class PlanEditConflictTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    [Fact]
    public async Task Two_sessions_on_the_need_step_lose_nothing()
    {
        var (phone, laptop, plan) = await TwoSessionsOnOnePlanAsync();
        var url = $"/Plans/{plan}/Need";
        var phonePage = await phone.GetDocumentAsync(url);
        await PlanForms.Expect(laptop.PostFormAsync(url, [F("Input.NeedToState", "From the laptop: I need to be heard.")]));

        using var stale = await phone.PostFormAsync(phonePage, url, [F("Input.NeedToState", "From the phone: I need an apology.")]);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await HtmlForms.ParseAsync(stale);
        Assert.Equal("From the laptop: I need to be heard.", EditConflictTests.Version(conflict, "The need I'll say up front", "theirs"));
        Assert.Equal("From the phone: I need an apology.", EditConflictTests.Version(conflict, "The need I'll say up front", "mine"));
        Assert.Equal("From the phone: I need an apology.", conflict.QuerySelector("textarea[name='Input.NeedToState']")!.TextContent.Trim());
        Assert.Equal("From the laptop: I need to be heard.", await StoredNeedAsync(phone, plan));

        await PlanForms.Expect(phone.PostFormAsync(conflict, url, []));
        Assert.Equal("From the phone: I need an apology.", await StoredNeedAsync(laptop, plan));
    }

    [Fact]
    public async Task Two_sessions_changing_the_same_statement_lose_nothing()
    {
        var (phone, laptop, plan) = await TwoSessionsOnOnePlanAsync();
        await PlanForms.Expect(phone.PostStatementAsync(plan, "dinner ended early", "lonely", "closeness", "sit with me"));
        var statementId = (await phone.GetDocumentAsync($"/Plans/{plan}/Statements")).QuerySelector("li.statement")!.Id![2..];
        var url = $"/Plans/{plan}/Statements?edit={statementId}";
        var phonePage = await phone.GetDocumentAsync(url);
        var laptopPage = await laptop.GetDocumentAsync(url);
        await PlanForms.Expect(laptop.PostFormAsync(laptopPage, url, [F("Input.Felt", "left out")], PlanForms.StatementForm));

        using var stale = await phone.PostFormAsync(phonePage, url, [F("Input.Felt", "small")], PlanForms.StatementForm);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await HtmlForms.ParseAsync(stale);
        Assert.Equal("left out", EditConflictTests.Version(conflict, "I felt…", "theirs"));
        Assert.Equal("small", EditConflictTests.Version(conflict, "I felt…", "mine"));
        Assert.Equal("small", conflict.QuerySelector("input[name='Input.Felt']")!.GetAttribute("value"));
        Assert.Contains("I felt left out", await SentencesAsync(phone, plan), StringComparison.Ordinal);

        await PlanForms.Expect(phone.PostFormAsync(conflict, url, [], PlanForms.StatementForm));
        var sentences = await SentencesAsync(laptop, plan);
        Assert.Contains("I felt small", sentences, StringComparison.Ordinal);
        Assert.DoesNotContain("left out", sentences, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_statement_that_changed_elsewhere_removes_nothing_and_shows_it_as_it_is_now()
    {
        var (phone, laptop, plan) = await TwoSessionsOnOnePlanAsync();
        await PlanForms.Expect(phone.PostStatementAsync(plan, "dinner ended early", "lonely", "closeness", "sit with me"));
        var list = $"/Plans/{plan}/Statements";
        var phonePage = await phone.GetDocumentAsync(list);
        var statementId = phonePage.QuerySelector("li.statement")!.Id![2..];
        await PlanForms.Expect(laptop.PostFormAsync($"{list}?edit={statementId}", [F("Input.Felt", "left out")], PlanForms.StatementForm));

        using var remove = await phone.PostFormAsync(phonePage, list, [], "form[action*='handler=Remove']");

        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        var now = await phone.GetDocumentAsync(list);
        Assert.Contains("changed in another tab or on another device", now.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("I felt left out", await SentencesAsync(phone, plan), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Phone, HttpClient Laptop, Guid PlanId)> TwoSessionsOnOnePlanAsync()
    {
        var (phone, email) = await factory.SignedInWithEmailAsync();
        var laptop = factory.CreateBrowserLikeClient();
        using (var signIn = await laptop.SignInAsync(email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var incident = await phone.LogIncidentWithNeedAsync();
        return (phone, laptop, await phone.StartPlanAsync(incident));
    }

    private static async Task<string> StoredNeedAsync(HttpClient client, Guid plan) =>
        (await client.GetDocumentAsync($"/Plans/{plan}/Need")).QuerySelector("textarea[name='Input.NeedToState']")!.TextContent.Trim();

    private static async Task<string> SentencesAsync(HttpClient client, Guid plan) =>
        string.Join(" | ", (await client.GetDocumentAsync($"/Plans/{plan}/Statements")).QuerySelectorAll("li.statement .sentence").Select(p => p.TextContent.Trim()));
}
