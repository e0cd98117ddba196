// Writers for the fault run (bench/faults/run): each person signs up, then logs incidents for the given time,
// retrying every incident with its own idempotency key until the app confirms it. Afterwards the database
// is read directly: every confirmed incident must be there once, and nothing else.
// Usage: Faults <https origin> <proxy certificate .crt> <writers> <seconds> <admin connection string> <report.json> <mail pickup folder>
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

var origin = new Uri(args[0]);
using var proxyCertificate = X509Certificate2.CreateFromPem(File.ReadAllText(args[1]));
var writers = int.Parse(args[2], CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(int.Parse(args[3], CultureInfo.InvariantCulture));
var adminConnection = args[4];
var reportPath = args[5];
var mailFolder = args[6];

var statuses = new ConcurrentDictionary<string, int>();
var signedOut = 0;
var longestWait = TimeSpan.Zero;
var clock = Stopwatch.StartNew();
var stopAt = TimeSpan.MaxValue;
var timeline = new ConcurrentQueue<string>();

// Accounts first; the run (and the script's fault clock, which waits for the .started file) begins after.
var people = await Task.WhenAll(Enumerable.Range(0, writers).Select(SignUpAsync));
clock.Restart();
stopAt = duration;
await File.WriteAllTextAsync(reportPath + ".started", "");
var results = await Task.WhenAll(people.Select(RunWriterAsync));
foreach (var person in people)
{
    person.Client.Dispose();
}

// Every confirmed key, once; and no incident the writers did not confirm.
var emails = results.Select(r => r.Email).ToArray();
await using var db = new NpgsqlConnection(adminConnection);
await db.OpenAsync();
await using var read = new NpgsqlCommand(
    """
    SELECT i."IdempotencyKey" FROM incidents i JOIN "AspNetUsers" u ON u."Id" = i."OwnerId"
    WHERE u."Email" = ANY(@emails)
    """, db);
read.Parameters.AddWithValue("emails", emails);
var stored = new List<Guid>();
await using (var reader = await read.ExecuteReaderAsync())
{
    while (await reader.ReadAsync())
    {
        stored.Add(reader.GetGuid(0));
    }
}
var confirmed = results.SelectMany(r => r.Confirmed).ToHashSet();
var storedCounts = stored.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
var report = new
{
    writers,
    seconds = duration.TotalSeconds,
    confirmed = confirmed.Count,
    stored = stored.Count,
    lost = confirmed.Count(k => !storedCounts.ContainsKey(k)),
    doubled = storedCounts.Values.Sum(c => c - 1),
    unconfirmedButStored = storedCounts.Keys.Count(k => !confirmed.Contains(k)),
    answers = statuses.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Value),
    status500 = statuses.GetValueOrDefault("500"),
    sentToSignIn = signedOut,
    longestWaitForOneIncidentSeconds = Math.Round(longestWait.TotalSeconds, 1),
    timeline = timeline.ToArray(),
};
var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
await File.WriteAllTextAsync(reportPath, json);
Console.WriteLine(json);
return report.lost == 0 && report.doubled == 0 ? 0 : 1;

async Task<Person> SignUpAsync(int number)
{
    var client = CreateClient(new CookieContainer());
    var email = $"writer-{number}-{Guid.NewGuid():N}@bench.test";
    var account = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "a calm blue river at dusk" };
    // A re-post after a lost answer gets the same "check your email" (and mails the owner), never an error.
    await UntilAsync(() => PostFormAsync(client, "/Account/Register", account, expectRedirectTo: "/Account/Register?handler=Sent"));
    var confirm = await ConfirmationLinkAsync(email);
    await UntilAsync(async () =>
    {
        using var confirmed = await client.GetAsync(confirm);
        Count(confirmed.StatusCode, "GET");
        return confirmed.StatusCode == HttpStatusCode.OK ? Outcome.Done : Outcome.Failed;
    });
    await UntilAsync(() => PostFormAsync(client, "/Account/Login", account, expectRedirectTo: "/"));
    return new Person(number, email, account, client);
}

// The confirmation email lands in the app's pickup folder (no SMTP in the run).
async Task<string> ConfirmationLinkAsync(string email)
{
    while (true)
    {
        foreach (var file in Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder, "*.eml") : [])
        {
            MimeKit.MimeMessage message;
            try
            {
                message = await MimeKit.MimeMessage.LoadAsync(file);
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                continue; // still being written; read it on the next look
            }
            using var _ = message;
            var text = message.TextBody ?? "";
            if (message.To.Mailboxes.Any(to => string.Equals(to.Address, email, StringComparison.OrdinalIgnoreCase))
                && ConfirmLinkPattern().Match(text) is { Success: true } link)
            {
                return new Uri(link.Value).PathAndQuery;
            }
        }
        await Task.Delay(200);
    }
}

async Task<(string Email, List<Guid> Confirmed)> RunWriterAsync(Person person)
{
    var (number, email, account, client) = person;
    var confirmed = new List<Guid>();
    var sequence = 0;
    while (clock.Elapsed < stopAt)
    {
        var key = Guid.CreateVersion7();
        sequence++;
        var started = clock.Elapsed;
        var fields = new Dictionary<string, string>
        {
            ["Input.IdempotencyKey"] = key.ToString(),
            ["Input.WhatHappened"] = $"bench writer {number} incident {sequence}",
            ["Input.When"] = "now",
            ["Input.TimeZone"] = "Etc/UTC",
            ["Input.Hurt"] = "5",
        };
        // The same key until the app says it has the incident, however long the outage lasts.
        await UntilAsync(async () =>
        {
            var outcome = await PostFormAsync(client, "/Incidents/Log", fields, expectRedirectTo: "/Incidents/");
            if (outcome == Outcome.SignedOut)
            {
                Interlocked.Increment(ref signedOut);
                timeline.Enqueue($"{clock.Elapsed.TotalSeconds:F1}s writer {number} was sent to sign in");
                await PostFormAsync(client, "/Account/Login", account, expectRedirectTo: "/");
            }
            return outcome;
        });
        confirmed.Add(key);
        var waited = clock.Elapsed - started;
        lock (statuses)
        {
            if (waited > longestWait)
            {
                longestWait = waited;
            }
        }
    }
    return (email, confirmed);
}

async Task UntilAsync(Func<Task<Outcome>> attempt)
{
    while (await attempt() != Outcome.Done)
    {
        await Task.Delay(200);
    }
}

async Task<Outcome> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string expectRedirectTo)
{
    try
    {
        using var page = await client.GetAsync(path);
        Count(page.StatusCode, "GET");
        if (IsSignIn(page))
        {
            return Outcome.SignedOut;
        }
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return Outcome.Failed;
        }
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync());
        if (!token.Success)
        {
            return Outcome.Failed;
        }
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var content = new FormUrlEncodedContent(form);
        using var posted = await client.PostAsync(path, content);
        Count(posted.StatusCode, "POST");
        if (IsSignIn(posted))
        {
            return Outcome.SignedOut;
        }
        var location = posted.Headers.Location?.OriginalString ?? "";
        return posted.StatusCode == HttpStatusCode.Redirect && location.StartsWith(expectRedirectTo, StringComparison.Ordinal)
            ? Outcome.Done
            : Outcome.Failed;
    }
    catch (HttpRequestException e)
    {
        statuses.AddOrUpdate($"error {e.HttpRequestError}", 1, (_, n) => n + 1);
        return Outcome.Failed;
    }
    catch (TaskCanceledException)
    {
        statuses.AddOrUpdate("timeout", 1, (_, n) => n + 1);
        return Outcome.Failed;
    }
}

void Count(HttpStatusCode status, string method)
{
    var code = ((int)status).ToString(CultureInfo.InvariantCulture);
    statuses.AddOrUpdate(code, 1, (_, n) => n + 1);
    if ((int)status >= 500)
    {
        timeline.Enqueue($"{clock.Elapsed.TotalSeconds:F1}s {method} {code}");
    }
}

static bool IsSignIn(HttpResponseMessage response) =>
    response.StatusCode == HttpStatusCode.Redirect
    && (response.Headers.Location?.OriginalString ?? "").Contains("/Account/Login", StringComparison.Ordinal);

HttpClient CreateClient(CookieContainer cookies)
{
    var handler = new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        CookieContainer = cookies,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
        SslOptions = new()
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == proxyCertificate.GetCertHashString(),
        },
    };
    return new HttpClient(handler) { BaseAddress = origin, Timeout = TimeSpan.FromSeconds(30) };
}

internal sealed record Person(int Number, string Email, Dictionary<string, string> Account, HttpClient Client);

internal enum Outcome
{
    Done,
    Failed,
    SignedOut,
}

internal static partial class Program
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"https://\S+/Account/ConfirmEmail\?\S+")]
    private static partial Regex ConfirmLinkPattern();
}
