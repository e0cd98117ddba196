using System.Buffers.Binary;
using System.Net;
using HurtHealing.Web.Tests.Infrastructure;

namespace HurtHealing.Web.Tests.Account;

public class PasswordRulesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(128)]
    public async Task A_password_of_12_to_128_characters_is_accepted(int length)
    {
        var password = Password(length);
        var email = Accounts.NewEmail();

        var client = factory.CreateBrowserLikeClient();

        await client.RegisterAsync(email, password);

        Assert.True(await client.IsSignedInAsync());
    }

    [Theory]
    [InlineData(11, "Please use at least 12 characters.")]
    [InlineData(129, "Please use at most 128 characters.")]
    public async Task A_password_shorter_than_12_or_longer_than_128_is_refused_beside_its_field(int length, string message)
    {
        var email = Accounts.NewEmail();

        using var response = await Register(email, Password(length));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await HtmlForms.ParseAsync(response)).MessageBeside("Input.Password"));
        Assert.False(await factory.UserExistsAsync(email));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("onlylowercaseletters")]
    public async Task No_composition_rules_apply(string password)
    {
        using var response = await Register(Accounts.NewEmail(), password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData(11, "Please use at least 12 characters.")]
    [InlineData(129, "Please use at most 128 characters.")]
    public async Task Changing_to_a_password_of_the_wrong_length_is_refused_too(int length, string message)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.RegisterAsync();

        using var response = await client.SubmitFormAsync("/Account/Manage/ChangePassword",
            new Dictionary<string, string> { ["Input.Password"] = Accounts.Password, ["Input.NewPassword"] = Password(length) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await HtmlForms.ParseAsync(response)).MessageBeside("Input.NewPassword"));
    }

    [Fact]
    public async Task The_stored_hash_is_PBKDF2_with_HMAC_SHA512_and_at_least_210000_iterations()
    {
        var email = Accounts.NewEmail();
        using (var response = await Register(email, Accounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var hash = Convert.FromBase64String((await factory.UserAsync(email)).PasswordHash!);

        // Identity V3 format: 0x01, PRF (big-endian uint), iteration count, salt length, salt, subkey.
        Assert.Equal(0x01, hash[0]);
        var prf = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4));
        var iterations = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4));
        var saltLength = BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(9, 4));
        Assert.Equal(2u, prf); // KeyDerivationPrf.HMACSHA512
        Assert.True(iterations >= 210_000, $"only {iterations} iterations");
        Assert.True(saltLength >= 16, $"salt of only {saltLength} bytes");
    }

    private async Task<HttpResponseMessage> Register(string email, string password) =>
        await factory.CreateBrowserLikeClient().SubmitFormAsync("/Account/Register",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Lowercase words and spaces only, cut to exactly <paramref name="length"/> characters.</summary>
    private static string Password(int length) =>
        string.Concat(Enumerable.Repeat("quiet river stone ", (length / 18) + 1))[..length];
}
