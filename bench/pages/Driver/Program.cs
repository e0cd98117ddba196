// The page benchmark's client (bench/pages/run): it does through the app's own forms what a person does.
//   seed   ORIGIN MAILDIR EMAIL PASSWORD INCIDENTS CLIENTS OUT.json
//          sign up, confirm from the mail pickup folder, sign in, then log INCIDENTS incidents (CLIENTS at a time)
//          with feelings, needs on every fifth, journal entries on every tenth, and last a "featured" incident
//          (the newest) with feelings, two needs, three journal entries and a whole talk plan with statements
//          and a time. Writes the ids the benchmark visits to OUT.json.
//   signin ORIGIN EMAIL PASSWORD              prints the Cookie header of a fresh signed-in session
//   tokens ORIGIN COOKIE COUNT CLIENTS OUT    COUNT fresh antiforgery cookie/token pairs for the log form of
//                                             that session, one "cookie<TAB>token" a line
// The app runs in Production behind no proxy: every request says it came through one (X-Forwarded-Proto: https
// from 127.0.0.1, a configured known proxy) so the app serves it instead of redirecting to HTTPS.
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

var command = args.Length > 0 ? args[0] : "";
switch (command)
{
    case "seed":
        return await SeedAsync(new Uri(args[1]), args[2], args[3], args[4],
            int.Parse(args[5], CultureInfo.InvariantCulture), int.Parse(args[6], CultureInfo.InvariantCulture), args[7]);
    case "signin":
    {
        using var session = new Session(new Uri(args[1]));
        await session.SignInAsync(args[2], args[3]);
        // The antiforgery cookie stays behind: the pages do not need it, and the POST brings a fresh one each time.
        session.Forget(session.AntiforgeryName);
        Console.WriteLine(session.CookieHeader());
        return 0;
    }
    case "tokens":
        return await TokensAsync(new Uri(args[1]), args[2], int.Parse(args[3], CultureInfo.InvariantCulture),
            int.Parse(args[4], CultureInfo.InvariantCulture), args[5]);
    default:
        Console.Error.WriteLine("usage: Driver seed|signin|tokens ... (see the top of Program.cs)");
        return 2;
}

static async Task<int> SeedAsync(Uri origin, string mailDir, string email, string password, int incidents, int clients, string outPath)
{
    using var session = new Session(origin);
    var account = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password };
    await session.PostFormAsync("/Account/Register", account, "/Account/Register?handler=Sent");
    var confirm = await ConfirmationLinkAsync(mailDir, email);
    using (var confirmed = await session.SendAsync(HttpMethod.Get, confirm))
    {
        Session.Expect(confirmed, HttpStatusCode.OK, confirm);
    }
    await session.SignInAsync(email, password);

    var token = await session.TokenAsync("/Incidents/Log");
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var started = DateTime.UtcNow;
    var done = 0;
    var ids = new ConcurrentDictionary<int, Guid>();
    // Spread over about three years, a few a day, as a long record would be.
    var span = Math.Min(1_000, Math.Max(incidents, 1));
    await Parallel.ForEachAsync(Enumerable.Range(0, incidents - 1), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, _) =>
    {
        var day = today.AddDays(-(1 + (i * span / Math.Max(incidents, 1))));
        var id = await LogIncidentAsync(session, token, i, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        ids[i] = id;
        if (i % 5 == 0)
        {
            await session.PostAsync($"/Incidents/Needs/{id}", token, Need(i), "/Incidents/");
        }
        if (i % 10 == 0)
        {
            await session.PostAsync($"/Journal/Write?incident={id}", token, Journal(i), "/");
        }
        var n = Interlocked.Increment(ref done);
        if (n % 500 == 0)
        {
            Console.Error.WriteLine($"  {n} incidents in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
        }
    });

    // The featured incident: the newest, with everything the detail and before-the-talk pages show.
    var featured = await LogIncidentAsync(session, token, incidents, null);
    await session.PostAsync($"/Incidents/Needs/{featured}", token, Need(1), "/Incidents/");
    await session.PostAsync($"/Incidents/Needs/{featured}", token, Need(2), "/Incidents/");
    for (var j = 0; j < 3; j++)
    {
        await session.PostAsync($"/Journal/Write?incident={featured}", token, Journal(j), "/");
    }
    await session.PostAsync("/Journal/Write", token, Journal(99), "/");
    var plan = await BuildPlanAsync(session, token, featured);
    var seconds = (DateTime.UtcNow - started).TotalSeconds;
    Console.Error.WriteLine($"  {incidents} incidents (with needs, journal entries and a plan) in {seconds:F0} s");

    await File.WriteAllTextAsync(outPath, JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["email"] = email,
        ["incidents"] = incidents,
        ["featuredIncident"] = featured,
        ["plan"] = plan,
        ["seedSeconds"] = Math.Round(seconds, 1),
    }));
    return 0;
}

static async Task<Guid> LogIncidentAsync(Session session, string token, int i, string? date)
{
    string[] words = ["hurt", "humiliated", "lonely", "sad", "anxious", "angry"];
    var fields = new List<KeyValuePair<string, string>>
    {
        new("Input.IdempotencyKey", Guid.CreateVersion7().ToString()),
        new("Input.WhatHappened", $"Incident {i}: they made plans for the weekend without asking me, and when I said it hurt they laughed it off in front of their friends. I went quiet for the rest of the evening."),
        new("Input.When", date is null ? "now" : "date"),
        new("Input.TimeZone", "Etc/UTC"),
        new("Input.Hurt", (i % 11).ToString(CultureInfo.InvariantCulture)),
    };
    if (date is not null)
    {
        fields.Add(new("Input.Date", date));
        fields.Add(new("Input.Time", $"{i % 24:00}:{i % 60:00}"));
    }
    if (i % 3 == 0)
    {
        fields.Add(new("Input.Title", $"The weekend plans, {i}"));
    }
    for (var w = 0; w <= i % 3; w++)
    {
        var word = words[(i + w) % words.Length];
        fields.Add(new("Input.Feelings.Chosen", word));
        fields.Add(new($"Input.Feelings.Intensity[{word}]", ((i + w) % 10 + 1).ToString(CultureInfo.InvariantCulture)));
    }
    var location = await session.PostAsync("/Incidents/Log", token, fields, "/Incidents/");
    return Guid.Parse(location.Split('?')[0]["/Incidents/".Length..]);
}

static List<KeyValuePair<string, string>> Need(int i) =>
[
    new("Input.Kind", i % 2 == 0 ? "Apology" : "Reassurance"),
    new("Input.ResolutionLooksLike", "A real sorry, and asking me first next time."),
];

static List<KeyValuePair<string, string>> Journal(int i) =>
[
    new("Input.Text", $"Entry {i}. Slept badly. Thought about what I want to say, and about what I want to hear back. Calmer by the evening."),
];

static async Task<Guid> BuildPlanAsync(Session session, string token, Guid incident)
{
    var location = await session.PostAsync($"/Plans/Start/{incident}", token, [], "/Plans/");
    var plan = Guid.Parse(location.Split('?', '#')[0]["/Plans/".Length..].Split('/')[0]);
    string[] questions = ["FeelSafe", "BodyCalm", "FedAndRested", "NeitherRushed", "Privacy", "EnoughTimePassed", "KnowWhatINeed", "PartnerLikelyCalm"];
    await session.PostAsync($"/Plans/{plan}/Readiness", token, [.. questions.Select(q => new KeyValuePair<string, string>($"Input.{q}", "Yes"))], "/Plans/");
    await session.PostAsync($"/Plans/{plan}/Need", token, [new("Input.NeedToState", "I need to know I matter when plans are made.")], "/Plans/");
    await session.PostAsync($"/Plans/{plan}/Opening", token, [new("Input.OpeningLine", "I'd like to talk about last weekend. Is now a good time?")], "/Plans/");
    string[][] statements =
    [
        ["the weekend was planned without me", "left out", "to be asked", "check with me before you say yes for us"],
        ["you laughed when I said it hurt", "embarrassed", "to be taken seriously", "hear me out when I say something hurts"],
        ["we did not talk about it after", "lonely", "closeness", "sit with me for ten minutes tonight"],
    ];
    foreach (var s in statements)
    {
        await session.PostAsync($"/Plans/{plan}/Statements", token,
            [new("Input.When", s[0]), new("Input.Felt", s[1]), new("Input.BecauseINeed", s[2]), new("Input.WouldYou", s[3])], "/Plans/");
    }
    await session.PostAsync($"/Plans/{plan}/Listen", token, [new("Input.ListenFor", "What their week was like, and whether they felt pressured.")], "/Plans/");
    var time = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd'T'19:30", CultureInfo.InvariantCulture);
    await session.PostAsync($"/Plans/{plan}/When", token, [new("Input.ProposedTime", time)], "/Plans/");
    return plan;
}

// The confirmation email lands in the app's pickup folder (no SMTP in the run).
static async Task<string> ConfirmationLinkAsync(string mailDir, string email)
{
    var until = DateTime.UtcNow.AddSeconds(60);
    while (DateTime.UtcNow < until)
    {
        foreach (var file in Directory.Exists(mailDir) ? Directory.GetFiles(mailDir, "*.eml") : [])
        {
            MimeKit.MimeMessage message;
            try
            {
                message = await MimeKit.MimeMessage.LoadAsync(file);
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                continue; // still being written
            }
            using var _ = message;
            if (message.To.Mailboxes.Any(to => string.Equals(to.Address, email, StringComparison.OrdinalIgnoreCase))
                && Patterns.ConfirmLink().Match(message.TextBody ?? "") is { Success: true } link)
            {
                return new Uri(link.Value).PathAndQuery;
            }
        }
        await Task.Delay(200);
    }
    throw new InvalidOperationException($"No confirmation email for {email} in {mailDir}.");
}

static async Task<int> TokensAsync(Uri origin, string cookie, int count, int clients, string outPath)
{
    var lines = new ConcurrentBag<string>();
    using var session = new Session(origin);
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (_, ct) =>
    {
        // Only the sign-in cookie goes with the request, so the app mints a new antiforgery cookie each time.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Incidents/Log");
        request.Headers.Add("Cookie", cookie);
        using var response = await session.Client.SendAsync(request, ct);
        Session.Expect(response, HttpStatusCode.OK, "/Incidents/Log");
        var known = cookie.Split(';').Select(c => c.Trim().Split('=')[0]).ToHashSet(StringComparer.Ordinal);
        var antiforgery = response.Headers.TryGetValues("Set-Cookie", out var set)
            ? set.Select(c => c.Split(';')[0]).FirstOrDefault(c => !known.Contains(c.Split('=')[0]) && !c.EndsWith('='))
            : null;
        var token = Patterns.Token().Match(await response.Content.ReadAsStringAsync(ct));
        if (antiforgery is null || !token.Success)
        {
            throw new InvalidOperationException("The log form came without an antiforgery cookie and token.");
        }
        lines.Add($"{antiforgery}\t{token.Groups[1].Value}");
    });
    await File.WriteAllLinesAsync(outPath, lines);
    return 0;
}

/// <summary>One person's browser: its cookies (handled here, as the app's are Secure and the bench speaks plain HTTP), no redirects followed.</summary>
internal sealed class Session : IDisposable
{
    private readonly ConcurrentDictionary<string, string> cookies = new(StringComparer.Ordinal);

    public Session(Uri origin)
    {
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = origin,
            Timeout = TimeSpan.FromSeconds(60),
        };
        Client.DefaultRequestHeaders.Host = "hurthealing.test";
        Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
    }

    public HttpClient Client { get; }

    public void Forget(string? name)
    {
        if (name is not null)
        {
            cookies.TryRemove(name, out _);
        }
    }

    /// <summary>The cookie the first form's GET set: the antiforgery cookie.</summary>
    public string? AntiforgeryName { get; private set; }

    public string CookieHeader() => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (!cookies.IsEmpty)
        {
            request.Headers.Add("Cookie", CookieHeader());
        }
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }
        var response = await Client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var header in set)
            {
                var pair = header.Split(';')[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..eq], pair[(eq + 1)..]);
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.TryRemove(name, out _);
                }
                else
                {
                    cookies[name] = value;
                }
            }
        }
        return response;
    }

    public async Task<string> TokenAsync(string path)
    {
        var before = cookies.Keys.ToHashSet(StringComparer.Ordinal);
        using var page = await SendAsync(HttpMethod.Get, path);
        AntiforgeryName ??= cookies.Keys.FirstOrDefault(k => !before.Contains(k));
        Expect(page, HttpStatusCode.OK, path);
        var token = Patterns.Token().Match(await page.Content.ReadAsStringAsync());
        return token.Success ? token.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    /// <summary>Posts with the given token; the answer must be a redirect to a place starting with <paramref name="expectRedirectTo"/>. Answers its Location.</summary>
    public async Task<string> PostAsync(string path, string token, IEnumerable<KeyValuePair<string, string>> fields, string expectRedirectTo)
    {
        using var posted = await SendAsync(HttpMethod.Post, path, [.. fields, new("__RequestVerificationToken", token)]);
        var location = posted.Headers.Location?.OriginalString ?? "";
        if (posted.StatusCode != HttpStatusCode.Redirect || !location.StartsWith(expectRedirectTo, StringComparison.Ordinal)
            || location.StartsWith("/Account/Login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"POST {path} answered {(int)posted.StatusCode} {location}, not a redirect to {expectRedirectTo}");
        }
        return location;
    }

    public async Task PostFormAsync(string path, Dictionary<string, string> fields, string expectRedirectTo) =>
        await PostAsync(path, await TokenAsync(path), fields, expectRedirectTo);

    public async Task SignInAsync(string email, string password) =>
        await PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password }, "/");

    public static void Expect(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}, not {(int)status}.");
        }
    }

    public void Dispose() => Client.Dispose();
}

internal static partial class Patterns
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    public static partial Regex Token();

    [GeneratedRegex(@"https://\S+/Account/ConfirmEmail\?\S+")]
    public static partial Regex ConfirmLink();
}
