using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

/// <summary>Whatever is typed (or forged) into the code steps gets a message beside the field and a 400, never a 500.</summary>
public class TwoFactorInputTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static TheoryData<string> MalformedAuthenticatorCodes => new()
    {
        "",
        "   ",
        "abcdef",
        "12345",
        "1234567",
        "\u0663\u0664\u0665\u0666\u0667\u0668",
        "+12345",
        new string('1', 5000),
    };

    public static TheoryData<string> MalformedRecoveryCodes => new()
    {
        "",
        "   ",
        "ABCDE",
        "ABCDE-FGHIJ-K",
        "ABCDE-FGHI!",
        new string('A', 5000),
    };

    [Theory]
    [MemberData(nameof(MalformedAuthenticatorCodes))]
    public async Task Malformed_authenticator_codes_get_a_message_beside_the_field(string typed)
    {
        var account = await factory.SharedTwoFactorAccountAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInToCodeStepAsync(account.Email);

        using var response = await client.SubmitCodeAsync(typed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).MessageBeside("Input.Code"));
        Assert.False(await client.IsSignedInAsync());
    }

    [Theory]
    [MemberData(nameof(MalformedRecoveryCodes))]
    public async Task Malformed_recovery_codes_get_a_message_beside_the_field(string typed)
    {
        var account = await factory.SharedTwoFactorAccountAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInToCodeStepAsync(account.Email);

        using var response = await client.SubmitRecoveryCodeAsync(typed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).MessageBeside("Input.RecoveryCode"));
        Assert.False(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task A_missing_code_field_gets_a_message_too()
    {
        var account = await factory.SharedTwoFactorAccountAsync();
        var client = factory.CreateBrowserLikeClient();
        var codeStep = await client.SignInToCodeStepAsync(account.Email);
        var page = await client.GetDocumentAsync(codeStep);
        page.QuerySelector("input[name='Input.Code']")!.Remove();

        using var response = await client.SubmitFormAsync(page, codeStep, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).MessageBeside("Input.Code"));
    }

    // ASP.NET Core refuses to read a url-encoded form holding %00; NulInFormMiddleware turns it into U+FFFD
    // first, so the code step can answer beside its field like any other bad code.
    [Theory]
    [InlineData(TwoFactorSteps.CodeStep, "Input.Code", "12\u00003456")]
    [InlineData(TwoFactorSteps.RecoveryStep, "Input.RecoveryCode", "ABCDE-FGH\u0000J")]
    public async Task A_NUL_in_a_code_step_gets_a_400_and_signs_nobody_in(string step, string field, string typed)
    {
        var account = await factory.SharedTwoFactorAccountAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInToCodeStepAsync(account.Email);

        using var response = await client.SubmitFormAsync(step, new Dictionary<string, string> { [field] = typed });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).MessageBeside(field));
        Assert.False(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task A_NUL_in_the_set_up_code_or_in_the_password_to_turn_off_gets_a_400_and_changes_nothing()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();

        using (var setUp = await client.SubmitFormAsync(TwoFactorSteps.EnablePage, new Dictionary<string, string> { ["Input.Code"] = "\u0000" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, setUp.StatusCode);
        }
        Assert.False(await client.IsTwoFactorOnAsync());

        await client.TurnOnTwoFactorAsync();
        using (var turnOff = await client.SubmitFormAsync("/Account/Manage/Disable2fa", new Dictionary<string, string> { ["Input.Password"] = "\u0000" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, turnOff.StatusCode);
        }
        Assert.True(await client.IsTwoFactorOnAsync());
    }
}
