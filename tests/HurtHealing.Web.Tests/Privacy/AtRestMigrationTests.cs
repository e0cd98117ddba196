using System.Net;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Tests.Account;
using HurtHealing.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HurtHealing.Web.Tests.Privacy;

/// <summary>A database at the state before encryption of choices, with rows in it; the app starts with MigrateAtStartup.</summary>
public sealed class LegacyRowsFactory : IncidentsFactory
{
    public const string PreviousMigration = "20261125182912_TalkPlans";

    protected override bool MigrateDatabase => false;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("Database:MigrateAtStartup", "true")];
}

/// <summary>
/// The migration that encrypts kinds, feelings, needs, answers and two-factor secrets, run on a database that
/// already holds them in the clear: afterwards nothing is in the clear, and everything still works.
/// </summary>
public class AtRestMigrationTests(LegacyRowsFactory factory) : IClassFixture<LegacyRowsFactory>
{
    private const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static readonly string[] RecoveryCodes = ["BCDFG-HJKMN", "PQRTV-WXY23"];

    [Fact]
    public async Task Rows_from_before_are_encrypted_at_start_up_and_read_filter_and_sign_in_as_before()
    {
        var email = Accounts.NewEmail();
        var (controlling, dismissed, plan) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await SeedPreviousStateAsync(email, controlling, dismissed, plan);

        // Starting the app migrates and runs the backfill.
        var client = factory.CreateBrowserLikeClient();
        var ownerId = await factory.UserIdAsync(email);
        await ProtectWhatHappenedAsync(controlling, dismissed);

        await using (var connection = new NpgsqlConnection(factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var sql in new[]
                     {
                         "SELECT \"Category\" FROM incidents", "SELECT \"Status\" FROM incidents", "SELECT \"Word\" FROM feeling_records",
                         "SELECT \"Kind\" FROM need_records", "SELECT \"Readiness_BodyCalm\" FROM talk_plans", "SELECT \"Readiness_Privacy\" FROM talk_plans",
                         "SELECT \"ProposedTime\" FROM talk_plans", "SELECT \"HeardScore\" FROM talk_plans",
                         "SELECT \"Value\" FROM \"AspNetUserTokens\" WHERE \"Name\" = 'AuthenticatorKey'",
                     })
            {
                Assert.All(await ReadAsync(connection, sql), value => Assert.StartsWith(EncryptedText.PayloadPrefix, value, StringComparison.Ordinal));
            }
            Assert.All(await ReadAsync(connection, "SELECT \"CategoryIndex\" || '|' || \"StatusIndex\" FROM incidents"),
                value => Assert.Equal(BlindIndex.Length * 2 + 1, value.Length));
            var codes = Assert.Single(await ReadAsync(connection, "SELECT \"Value\" FROM \"AspNetUserTokens\" WHERE \"Name\" = 'RecoveryCodes'"));
            Assert.StartsWith(RecoveryCodeHashes.Version + ":", codes, StringComparison.Ordinal);
            Assert.DoesNotContain(RecoveryCodes[0], codes, StringComparison.Ordinal);
        }

        // Running it again changes nothing.
        var before = await factory.SnapshotAsync(ownerId);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await AtRestBackfill.RunAsync(scope.ServiceProvider);
        }
        Assert.Equal(before, await factory.SnapshotAsync(ownerId));

        // The encrypted authenticator key still gives the codes the person's app shows; a legacy recovery code works once.
        var app = new TestAuthenticator(AuthenticatorKey);
        var step = await client.SignInToCodeStepAsync(email);
        using (var signedIn = await client.SubmitCodeAsync(app.NextCode(), step))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        Assert.True(await client.IsSignedInAsync());
        foreach (var (attempt, works) in new[] { (1, true), (2, false) })
        {
            var other = factory.CreateBrowserLikeClient();
            await other.SignInToCodeStepAsync(email);
            using var response = await other.SubmitRecoveryCodeAsync(RecoveryCodes[1]);
            Assert.True(works == await other.IsSignedInAsync(), $"Recovery code use {attempt}");
        }

        // Filters find the right rows through the blind indexes; pages read the words back.
        var byKind = await client.GetDocumentAsync("/Incidents?kind=8");
        Assert.Equal([$"/Incidents/{controlling}"], byKind.QuerySelectorAll("a.incident-link").Select(a => a.GetAttribute("href")));
        var byStatus = await client.GetDocumentAsync("/Incidents?stands=1");
        Assert.Equal([$"/Incidents/{dismissed}"], byStatus.QuerySelectorAll("a.incident-link").Select(a => a.GetAttribute("href")));
        var details = await client.GetStringAsync($"/Incidents/{controlling}");
        foreach (var shown in new[] { "humiliated", "Controlling behaviour", "A change in behaviour" })
        {
            Assert.Contains(shown, details, StringComparison.Ordinal);
        }
        var readiness = await client.GetDocumentAsync($"/Plans/{plan}/Readiness");
        Assert.NotNull(readiness.QuerySelector("input[name='Input.BodyCalm'][value=No][checked]"));
        Assert.NotNull(readiness.QuerySelector("input[name='Input.Privacy'][value=Yes][checked]"));
        Assert.Equal("2027-07-04T19:30", (await client.GetDocumentAsync($"/Plans/{plan}/When")).QuerySelector("[name='Input.ProposedTime']")?.GetAttribute("value"));
        Assert.NotNull((await client.GetDocumentAsync($"/Plans/{plan}/After")).QuerySelector("input[name='Input.HeardScore'][value='7'][checked]"));

        // A change made by the app keeps the index in step.
        (await client.PostFormAsync($"/Incidents/Edit/{dismissed}", [IncidentForms.F("Input.Category", "Controlling")])).Dispose();
        Assert.Equal(2, (await client.GetDocumentAsync("/Incidents?kind=8")).QuerySelectorAll("a.incident-link").Length);
    }

    private async Task SeedPreviousStateAsync(string email, Guid controlling, Guid dismissed, Guid plan)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(factory.Database.ConnectionString).Options;
        await using (var db = new AppDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(LegacyRowsFactory.PreviousMigration);
        }

        var user = new AppUser { Email = email, UserName = email };
        var hash = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 })).HashPassword(user, Accounts.Password);
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO "AspNetUsers" ("Id", "CreatedAt", "TimeZoneId", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES (@user, now(), 'Europe/London', @email, upper(@email), @email, upper(@email), true, @hash, 'STAMP', 'CONCURRENCY', false, true, true, 0);
            INSERT INTO "AspNetUserTokens" ("UserId", "LoginProvider", "Name", "Value") VALUES
                (@user, '[AspNetUserStore]', 'AuthenticatorKey', @key), (@user, '[AspNetUserStore]', 'RecoveryCodes', @codes);
            INSERT INTO incidents ("Id", "OwnerId", "IdempotencyKey", "OccurredOn", "TimeZoneId", "WhatHappened", "Category", "Hurt", "Status", "CreatedAt", "UpdatedAt")
            VALUES (@controlling, @user, gen_random_uuid(), DATE '2026-11-20', 'Europe/London', 'to be encrypted', 8, 7, 6, now(), now()),
                   (@dismissed, @user, gen_random_uuid(), DATE '2026-11-19', 'Europe/London', 'to be encrypted', 1, 3, 1, now(), now());
            INSERT INTO feeling_records ("Id", "OwnerId", "IncidentId", "Word", "Intensity", "RecordedAt") VALUES (gen_random_uuid(), @user, @controlling, 'humiliated', 6, now());
            INSERT INTO need_records ("Id", "OwnerId", "IncidentId", "Kind", "RecordedAt") VALUES (gen_random_uuid(), @user, @controlling, 6, now());
            INSERT INTO talk_plans ("Id", "OwnerId", "IncidentId", "CreatedAt", "UpdatedAt", "ProposedTime", "IsCurrent", "Status", "HeardScore",
                "Readiness_BodyCalm", "Readiness_FedAndRested", "Readiness_Privacy")
            VALUES (@plan, @user, @controlling, now(), now(), TIMESTAMPTZ '2027-07-04 18:30:00+00', true, 0, 7, 2, 1, 1);
            """, connection);
        command.Parameters.AddWithValue("user", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("email", email);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("key", AuthenticatorKey);
        command.Parameters.AddWithValue("codes", string.Join(';', RecoveryCodes));
        command.Parameters.AddWithValue("controlling", controlling);
        command.Parameters.AddWithValue("dismissed", dismissed);
        command.Parameters.AddWithValue("plan", plan);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Free text was already encrypted before this migration; the seed can only do that once the app's key ring exists.</summary>
    private async Task ProtectWhatHappenedAsync(params Guid[] incidents)
    {
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(EncryptedText.Purpose);
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        foreach (var id in incidents)
        {
            await using var command = new NpgsqlCommand("UPDATE incidents SET \"WhatHappened\" = @text WHERE \"Id\" = @id", connection);
            command.Parameters.AddWithValue("text", protector.Protect("Something happened."));
            command.Parameters.AddWithValue("id", id);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<List<string>> ReadAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        Assert.NotEmpty(values);
        return values;
    }
}
