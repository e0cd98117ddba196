using System.Net;
using HurtHealing.Web.Tests.Healing;
using HurtHealing.Web.Tests.Infrastructure;
using HurtHealing.Web.Tests.Plans;
using Npgsql;
using static HurtHealing.Web.Tests.Infrastructure.IncidentForms;

namespace HurtHealing.Web.Tests.Account;

/// <summary>Deleting the account erases every row the person has, in every table, and leaves everyone else's alone.</summary>
public class DeleteAccountTests(IncidentsFactory factory) : IClassFixture<IncidentsFactory>
{
    private const string Url = "/Account/Manage/DeleteAccount";
    private static readonly Uri Site = new("http://localhost/");

    [Fact]
    public async Task Deleting_leaves_no_row_of_the_person_in_any_table_and_lands_on_the_neutral_site()
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        await WriteSomethingEverywhereAsync(client);
        var (other, otherEmail) = await factory.SignedInWithEmailAsync();
        await WriteSomethingEverywhereAsync(other);
        var personId = await factory.UserIdAsync(email);
        var otherId = await factory.UserIdAsync(otherEmail);
        var before = await RowsOfAsync(personId);
        var otherBefore = await RowsOfAsync(otherId);
        foreach (var table in factory.OwnedTables().Append("user_sessions"))
        {
            Assert.True(before.GetValueOrDefault(table) > 0, $"The test wrote nothing to {table}: extend it so deletion is shown to reach that table.");
        }

        using var response = await client.SubmitFormAsync(Url, new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.Confirmation"] = " Delete ",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TestApp.NeutralSite, response.Headers.Location?.OriginalString);
        var clear = string.Join(",", response.Headers.GetValues("Clear-Site-Data"));
        Assert.Contains("\"storage\"", clear, StringComparison.Ordinal);
        Assert.Contains("\"cookies\"", clear, StringComparison.Ordinal);
        var after = await RowsOfAsync(personId);
        Assert.All(after, pair => Assert.True(pair.Value == 0, $"{pair.Key} still has {pair.Value} rows of the deleted person."));
        Assert.Equal(otherBefore, await RowsOfAsync(otherId));
        Assert.False(await client.IsSignedInAsync());
        using var signIn = await factory.CreateBrowserLikeClient().SignInAsync(email);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }

    [Fact]
    public async Task A_copy_of_the_session_cookie_opens_nothing_after_deletion()
    {
        var email = await factory.CreateBrowserLikeClient().RegisterAsync();
        var (client, jar) = factory.CreateClientWithCookieJar();
        using (var signIn = await client.SignInAsync(email, rememberMe: true))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var cookie = jar.GetCookies(Site)[AccountTestKit.SessionCookie]!;
        var copied = $"{cookie.Name}={cookie.Value}";

        using var response = await client.SubmitFormAsync(Url, new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.Confirmation"] = "delete",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var replayed = await factory.CreateCookielessClient().GetWithCookieAsync("/Incidents", copied);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/Account/Login", replayed.Headers.Location?.RelativeTarget(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not my password", "delete", "Input.Password", "That password isn't right, so nothing has changed.")]
    [InlineData("", "delete", "Input.Password", "Please enter your password.")]
    [InlineData(Accounts.Password, "", "Input.Confirmation", "Please type the word delete to confirm.")]
    [InlineData(Accounts.Password, "delete everything", "Input.Confirmation", "Please type the word delete to confirm.")]
    public async Task Without_the_password_and_the_typed_word_nothing_is_deleted(string password, string confirmation, string field, string message)
    {
        var (client, email) = await factory.SignedInWithEmailAsync();
        await client.LogIncidentAsync("Something I want to keep.");
        var personId = await factory.UserIdAsync(email);
        var before = await factory.SnapshotAsync(personId);

        using var response = await client.SubmitFormAsync(Url, new Dictionary<string, string>
        {
            ["Input.Password"] = password,
            ["Input.Confirmation"] = confirmation,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await HtmlForms.ParseAsync(response)).MessageBeside(field));
        Assert.Equal(before, await factory.SnapshotAsync(personId));
        Assert.True(await client.IsSignedInAsync());
    }

    [Fact]
    public async Task With_two_step_sign_in_on_it_also_needs_a_right_code()
    {
        var client = factory.CreateBrowserLikeClient();
        var account = await client.RegisterWithTwoFactorAsync();
        var personId = await factory.UserIdAsync(account.Email);
        var form = await client.GetDocumentAsync(Url);
        Assert.NotNull(form.QuerySelector("input[name='Input.Code']"));

        using (var missing = await client.SubmitFormAsync(Url, new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.Confirmation"] = "delete",
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.Equal("Please enter the 6-digit code from your authenticator app.", (await HtmlForms.ParseAsync(missing)).MessageBeside("Input.Code"));
        }
        using (var wrong = await client.SubmitFormAsync(Url, new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.Code"] = account.App.WrongCode(),
            ["Input.Confirmation"] = "delete",
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal(DeleteAccountWrongCode, (await HtmlForms.ParseAsync(wrong)).MessageBeside("Input.Code"));
        }
        Assert.Equal(1, await factory.CountRowsAsync("\"AspNetUsers\"", "\"Id\"", personId));

        using var right = await client.SubmitFormAsync(Url, new Dictionary<string, string>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.Code"] = account.App.NextCode(),
            ["Input.Confirmation"] = "delete",
        });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.All(await RowsOfAsync(personId), pair => Assert.Equal(0, pair.Value));
    }

    private const string DeleteAccountWrongCode = "That code didn't match. Please use the newest code from your authenticator app.";

    /// <summary>An incident with feelings and a need, journal entries, and a talk plan with a statement.</summary>
    private static async Task WriteSomethingEverywhereAsync(HttpClient client)
    {
        var id = await client.LogIncidentAsync("It happened again.", F("Input.Feelings.Chosen", "hurt"));
        (await client.PostFormAsync($"/Incidents/Needs/{id}", [F("Input.Kind", "Apology")])).Dispose();
        (await client.PostFormAsync($"/Journal/Write?incident={id}", [F("Input.Text", "A long day.")])).Dispose();
        using var started = await client.PostFormAsync($"/Plans/Start/{id}", []);
        var plan = started.Headers.Location!.OriginalString.Split('/')[2];
        await PlanForms.Expect(client.PostFormAsync($"/Plans/{plan}/Statements", [F("Input.When", "you left"), F("Input.Felt", "alone")], "#statement-form"));
        var attempt = await client.RecordRepairAsync(id, promise: "Call when late.");
        (await client.FollowThroughAsync(id, attempt, "Kept")).Dispose();
        await client.CheckInAsync(id, 4, 3);
        var boundary = await client.SetBoundaryAsync(id, "Leaving without a word.");
        (await client.MarkCrossedAsync(id, boundary)).Dispose();
        (await client.DismissInvitationAsync(id)).Dispose();
    }

    /// <summary>
    /// The person's rows in every table of the database that names a person: by owner, by user id, or the
    /// account itself. Read from the database's own catalogue, so a new table is counted without a list.
    /// </summary>
    private async Task<Dictionary<string, long>> RowsOfAsync(string personId)
    {
        var counts = new Dictionary<string, long>
        {
            ["AspNetUsers"] = await factory.CountRowsAsync("\"AspNetUsers\"", "\"Id\"", personId),
        };
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name IN ('OwnerId', 'UserId') ORDER BY 1",
            connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        Assert.True(columns.Count >= 10, $"Only {columns.Count} tables name a person; the catalogue query is broken.");
        foreach (var (table, column) in columns)
        {
            counts[table] = await factory.CountRowsAsync($"\"{table}\"", $"\"{column}\"", personId);
        }
        return counts;
    }
}
