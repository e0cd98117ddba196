// The floor of the page benchmark (bench/pages/run): Kestrel, a minimal API and one NpgsqlDataSource; no EF Core,
// no Identity, no Razor, no Data Protection. For each page it reads the rows and columns the app's page reads
// (taken from the app's SQL, logged with log_statement=all on main at 7d6f939; encrypted columns as stored,
// not decrypted), in one round trip, and writes HTML of the app page's size. The app's session lookup is not
// repeated here: the floor has no sign-in. For the POST it writes what logging an incident writes (the
// incident and its two feeling rows, the encrypted columns as ciphertext of the same length) in one transaction.
// Usage: Floor --FloorConfig <config.json> --urls <address> (the connection string comes from ConnectionStrings__Default; the address from --urls)
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Npgsql;

var builder = WebApplication.CreateBuilder(args);
var config = JsonSerializer.Deserialize<FloorConfig>(File.ReadAllText(builder.Configuration["FloorConfig"] ?? throw new InvalidOperationException("--FloorConfig is not set.")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
             ?? throw new InvalidOperationException("No floor configuration.");
await using var dataSource = NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Default")
                                                     ?? throw new InvalidOperationException("ConnectionStrings__Default is not set."));
var app = builder.Build();
var stored = await StoredCiphertext.ReadAsync(dataSource, config.Accounts.Values.First().Owner);

app.MapGet("/home/{account}", (string account, HttpContext context) =>
{
    var a = config.Accounts[account];
    var now = DateTime.UtcNow;
    return PageAsync(context, $"home-{account}",
        new("""
            SELECT i."Id", i."Category", i."CategoryIndex", i."CreatedAt", i."Hurt", i."IdempotencyKey", i."OccurredAt", i."OccurredOn", i."OwnerId", i."Status", i."StatusIndex", i."TimeZoneId", i."Title", i."UpdatedAt", i.xmin, i."WhatHappened"
            FROM incidents AS i
            WHERE i."OwnerId" = $1
            ORDER BY i."OccurredOn" DESC, i."CreatedAt" DESC
            LIMIT 5
            """, a.Owner),
        new("""
            SELECT t."Id", t."CompletedAt", t."CreatedAt", t."FeltSafe", t."HeardScore", t."HowItWent", t."IncidentId", t."IsCurrent", t."ListenFor", t."NeedToState", t."OpeningLine", t."OwnerId", t."ProposedTime", t."Status", t."UpdatedAt", t.xmin, t."WhatIStillNeed", t."WhatWeAgreed", t."Readiness_BodyCalm", t."Readiness_EnoughTimePassed", t."Readiness_FedAndRested", t."Readiness_FeelSafe", t."Readiness_KnowWhatINeed", t."Readiness_NeitherRushed", t."Readiness_PartnerLikelyCalm", t."Readiness_Privacy"
            FROM talk_plans AS t
            WHERE t."OwnerId" = $1 AND t."IsCurrent" AND t."Status" <> 2
            ORDER BY t."Status" = 1 DESC, t."ProposedTime" IS NULL, t."ProposedTime", t."UpdatedAt" DESC
            LIMIT 1
            """, a.Owner),
        new("""SELECT a."TimeZoneId" FROM "AspNetUsers" AS a WHERE a."Id" = $1 LIMIT 1""", a.Owner),
        new("""
            SELECT h."CheckInsDue", h."PromisesDue"
            FROM (
                SELECT
                  (SELECT count(*) FROM promises p
                   WHERE p."OwnerId" = $1 AND p."Status" = 1 AND p."ByDate" < $2)::int AS "PromisesDue",
                  (SELECT count(*) FROM incidents i
                   WHERE i."OwnerId" = $1 AND i."CreatedAt" > $3 AND i."StatusIndex" <> $4
                     AND NOT EXISTS (SELECT 1 FROM check_in_invitation_dismissals d WHERE d."OwnerId" = $1 AND d."IncidentId" = i."Id")
                     AND COALESCE((SELECT max(c."CheckedInAt") FROM check_ins c WHERE c."OwnerId" = $1 AND c."IncidentId" = i."Id"), i."CreatedAt") <= $5
                  )::int AS "CheckInsDue"
            ) AS h
            LIMIT 2
            """, a.Owner, DateOnly.FromDateTime(now), now.AddDays(-60), a.AtPeaceIndex, now.AddDays(-14)),
        new("""
            SELECT date_trunc('day', p.at AT TIME ZONE 'Etc/UTC') AS "Day",
                   avg(p.intensity)::float8 AS "Intensity",
                   avg(p.resentment)::float8 AS "Resentment",
                   bool_or(p.retriggered) AS "Retriggered"
            FROM (
                SELECT c."CheckedInAt" AS at, c."Intensity"::float8 AS intensity, c."ResentmentGrip"::float8 AS resentment, c."Retriggered" AS retriggered
                FROM check_ins c
                WHERE c."OwnerId" = $1 AND c."CheckedInAt" > $2 AND c."CheckedInAt" <= $3
                UNION ALL
                SELECT i."CreatedAt", i."Hurt"::float8, NULL::float8, false
                FROM incidents i
                WHERE i."OwnerId" = $1 AND i."CreatedAt" > $2 AND i."CreatedAt" <= $3
            ) p
            GROUP BY 1
            ORDER BY 1
            """, a.Owner, now.AddDays(-56), now));
});

app.MapGet("/list/{account}", (string account, HttpContext context) => PageAsync(context, $"list-{account}",
    new Query("""
        SELECT i."Id", i."Category", i."CategoryIndex", i."CreatedAt", i."Hurt", i."IdempotencyKey", i."OccurredAt", i."OccurredOn", i."OwnerId", i."Status", i."StatusIndex", i."TimeZoneId", i."Title", i."UpdatedAt", i.xmin, i."WhatHappened"
        FROM incidents AS i
        WHERE i."OwnerId" = $1
        ORDER BY i."OccurredOn" DESC, i."CreatedAt" DESC
        LIMIT 26 OFFSET 0
        """, config.Accounts[account].Owner)));

app.MapGet("/details/{account}", (string account, HttpContext context) =>
{
    var a = config.Accounts[account];
    return PageAsync(context, $"details-{account}",
        new("""
            SELECT i."Id", i."Category", i."CategoryIndex", i."CreatedAt", i."Hurt", i."IdempotencyKey", i."OccurredAt", i."OccurredOn", i."OwnerId", i."Status", i."StatusIndex", i."TimeZoneId", i."Title", i."UpdatedAt", i.xmin, i."WhatHappened"
            FROM incidents AS i
            WHERE i."OwnerId" = $1 AND i."Id" = $2
            """, a.Owner, a.Incident),
        new("""
            SELECT f."Id", f."IncidentId", f."Intensity", f."OwnerId", f."RecordedAt", f."Word"
            FROM feeling_records AS f
            WHERE f."OwnerId" = $1 AND f."IncidentId" = $2
            """, a.Owner, a.Incident),
        new("""
            SELECT n."Id", n."IncidentId", n."Kind", n."MetAt", n."OwnerId", n."RecordedAt", n."ResolutionLooksLike"
            FROM need_records AS n
            WHERE n."OwnerId" = $1 AND n."IncidentId" = $2
            """, a.Owner, a.Incident),
        new("""
            SELECT j."Id", j."CreatedAt", j."FeelingWindowMinutes", j."IncidentId", j."OwnerId", j."Text", j."UpdatedAt", j."WrittenAt"
            FROM journal_entries AS j
            WHERE j."OwnerId" = $1 AND j."IncidentId" = $2
            ORDER BY j."WrittenAt"
            """, a.Owner, a.Incident),
        new("""
            SELECT t."Id", t."CompletedAt", t."CreatedAt", t."FeltSafe", t."HeardScore", t."HowItWent", t."IncidentId", t."IsCurrent", t."ListenFor", t."NeedToState", t."OpeningLine", t."OwnerId", t."ProposedTime", t."Status", t."UpdatedAt", t.xmin, t."WhatIStillNeed", t."WhatWeAgreed", t."Readiness_BodyCalm", t."Readiness_EnoughTimePassed", t."Readiness_FedAndRested", t."Readiness_FeelSafe", t."Readiness_KnowWhatINeed", t."Readiness_NeitherRushed", t."Readiness_PartnerLikelyCalm", t."Readiness_Privacy"
            FROM talk_plans AS t
            WHERE t."OwnerId" = $1 AND t."IncidentId" = $2
            ORDER BY t."CreatedAt" DESC
            """, a.Owner, a.Incident),
        new("""
            SELECT r."Id", r."AcknowledgedAt", r."By", r."CreatedAt", r."HowAcknowledged", r."IdempotencyKey", r."IncidentId", r."Kind", r."Landed", r."MadeAt", r."OwnerId", r."UpdatedAt", r.xmin, r."WhatWasSaidOrDone", p."Id", p."ByDate", p."CreatedAt", p."IncidentId", p."OwnerId", p."RepairAttemptId", p."Status", p."StatusChangedAt", p."WhatWasPromised"
            FROM repair_attempts AS r
            LEFT JOIN promises AS p ON p."OwnerId" = $1 AND r."Id" = p."RepairAttemptId"
            WHERE r."OwnerId" = $1 AND r."IncidentId" = $2
            ORDER BY r."MadeAt"
            """, a.Owner, a.Incident),
        new("""
            SELECT c."Id", c."CheckedInAt", c."IdempotencyKey", c."IncidentId", c."Intensity", c."Note", c."OwnerId", c."ResentmentGrip", c."Retriggered", c.xmin, c."WhatRetriggered"
            FROM check_ins AS c
            WHERE c."OwnerId" = $1 AND c."IncidentId" = $2
            ORDER BY c."CheckedInAt"
            """, a.Owner, a.Incident),
        new("""
            SELECT b."Id", b."CreatedAt", b."IdempotencyKey", b."IncidentId", b."OwnerId", b."SetAt", b."UpdatedAt", b.xmin, b."WhatIWillDo", b."WhatIWillNotAccept", x."Id", x."BoundaryId", x."CrossedAt", x."OwnerId", x."RecordedAt"
            FROM boundaries AS b
            LEFT JOIN boundary_crossings AS x ON x."OwnerId" = $1 AND b."Id" = x."BoundaryId"
            WHERE b."OwnerId" = $1 AND b."IncidentId" = $2
            ORDER BY b."SetAt", b."Id"
            """, a.Owner, a.Incident),
        new("""
            SELECT EXISTS (SELECT 1 FROM check_in_invitation_dismissals AS c WHERE c."OwnerId" = $1 AND c."IncidentId" = $2)
            """, a.Owner, a.Incident));
});

app.MapGet("/before/{account}", (string account, HttpContext context) =>
{
    var a = config.Accounts[account];
    return PageAsync(context, $"before-{account}",
        new("""
            SELECT t."Id", t."CompletedAt", t."CreatedAt", t."FeltSafe", t."HeardScore", t."HowItWent", t."IncidentId", t."IsCurrent", t."ListenFor", t."NeedToState", t."OpeningLine", t."OwnerId", t."ProposedTime", t."Status", t."UpdatedAt", t.xmin, t."WhatIStillNeed", t."WhatWeAgreed", t."Readiness_BodyCalm", t."Readiness_EnoughTimePassed", t."Readiness_FedAndRested", t."Readiness_FeelSafe", t."Readiness_KnowWhatINeed", t."Readiness_NeitherRushed", t."Readiness_PartnerLikelyCalm", t."Readiness_Privacy", f."Id", f."BecauseINeed", f."Felt", f."OwnerId", f."Position", f."TalkPlanId", f.xmin, f."When", f."WouldYou"
            FROM talk_plans AS t
            LEFT JOIN feel_statements AS f ON f."OwnerId" = $1 AND t."Id" = f."TalkPlanId" AND t."OwnerId" = f."OwnerId"
            WHERE t."OwnerId" = $1 AND t."Id" = $2
            ORDER BY t."Id"
            """, a.Owner, a.Plan),
        new("""
            SELECT i."Id", i."Category", i."CategoryIndex", i."CreatedAt", i."Hurt", i."IdempotencyKey", i."OccurredAt", i."OccurredOn", i."OwnerId", i."Status", i."StatusIndex", i."TimeZoneId", i."Title", i."UpdatedAt", i.xmin, i."WhatHappened"
            FROM incidents AS i
            WHERE i."OwnerId" = $1 AND i."Id" = $2
            """, a.Owner, a.Incident));
});

app.MapGet("/log/{account}", (string account, HttpContext context) => PageAsync(context, $"log-{account}",
    new Query("""SELECT a."TimeZoneId" FROM "AspNetUsers" AS a WHERE a."Id" = $1 LIMIT 1""", config.Accounts[account].Owner)));

app.MapGet("/signin", (HttpContext context) => PageAsync(context, "signin"));

// What logging an incident writes: the incident and its feelings, in one transaction; answered as the app answers.
app.MapPost("/log/{account}", async (string account, HttpContext context) =>
{
    var form = await context.Request.ReadFormAsync();
    var key = Guid.Parse(form["Input.IdempotencyKey"].ToString());
    var hurt = int.Parse(form["Input.Hurt"].ToString(), CultureInfo.InvariantCulture);
    var words = form["Input.Feelings.Chosen"];
    var owner = config.Accounts[account].Owner;
    var now = DateTime.UtcNow;
    var id = Guid.CreateVersion7();
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    await using var batch = new NpgsqlBatch(connection, transaction);
    batch.BatchCommands.Add(Command("""
        INSERT INTO incidents ("Id", "Category", "CategoryIndex", "CreatedAt", "Hurt", "IdempotencyKey", "OccurredAt", "OccurredOn", "OwnerId", "Status", "StatusIndex", "TimeZoneId", "Title", "UpdatedAt", "WhatHappened")
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
        RETURNING xmin
        """, id, stored.Category, stored.CategoryIndex, now, hurt, key, TimeOnly.FromDateTime(now), DateOnly.FromDateTime(now), owner,
        stored.Status, stored.StatusIndex, "Etc/UTC", DBNull.Value, now, stored.WhatHappened));
    foreach (var word in words)
    {
        var intensity = int.Parse(form[$"Input.Feelings.Intensity[{word}]"].ToString(), CultureInfo.InvariantCulture);
        batch.BatchCommands.Add(Command("""
            INSERT INTO feeling_records ("Id", "IncidentId", "Intensity", "OwnerId", "RecordedAt", "Word")
            VALUES ($1, $2, $3, $4, $5, $6)
            """, Guid.CreateVersion7(), id, intensity, owner, now, stored.Word));
    }
    await batch.ExecuteNonQueryAsync();
    await transaction.CommitAsync();
    return Results.Redirect($"/Incidents/{id}?saved={key}");
});

app.Run();

async Task PageAsync(HttpContext context, string page, params Query[] queries)
{
    var html = new StringBuilder(16 * 1024);
    html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Floor</title></head><body><main>");
    if (queries.Length > 0)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var query in queries)
        {
            batch.BatchCommands.Add(Command(query.Sql, query.Parameters));
        }
        await using var reader = await batch.ExecuteReaderAsync();
        do
        {
            html.Append("<ul>");
            while (await reader.ReadAsync())
            {
                html.Append("<li>");
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                    {
                        html.Append("<span>");
                        html.Append(HtmlEncoder.Default.Encode(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? ""));
                        html.Append("</span>");
                    }
                }
                html.Append("</li>");
            }
            html.Append("</ul>");
        }
        while (await reader.NextResultAsync());
    }
    html.Append("</main></body></html>");
    var size = config.Sizes.GetValueOrDefault(page, html.Length);
    var bytes = Encoding.UTF8.GetBytes(html.ToString());
    var body = new byte[size];
    // The app page's size: the rows as read, then filler (or cut short if the ciphertext is longer than the page).
    bytes.AsSpan(0, Math.Min(bytes.Length, size)).CopyTo(body);
    body.AsSpan(Math.Min(bytes.Length, size)).Fill((byte)' ');
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = size;
    await context.Response.Body.WriteAsync(body);
}

static NpgsqlBatchCommand Command(string sql, params object[] parameters)
{
    var command = new NpgsqlBatchCommand(sql);
    foreach (var value in parameters)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value });
    }
    return command;
}

internal sealed record Query(string Sql, params object[] Parameters);

internal sealed class FloorConfig
{
    public Dictionary<string, Account> Accounts { get; set; } = [];

    /// <summary>Bytes of each app page, keyed "page-account" (and "signin").</summary>
    public Dictionary<string, int> Sizes { get; set; } = [];
}

internal sealed class Account
{
    public string Owner { get; set; } = "";
    public Guid Incident { get; set; }
    public Guid Plan { get; set; }

    /// <summary>The home page filters on the "at peace" blind index; a value of its length that matches no row, as none is at peace.</summary>
    public string AtPeaceIndex { get; set; } = "floor-at-peace-index-0";
}

/// <summary>Ciphertext as the app stores it, read once, so the floor writes rows of the same size without encrypting.</summary>
internal sealed record StoredCiphertext(string Category, string CategoryIndex, string Status, string StatusIndex, string WhatHappened, string Word)
{
    public static async Task<StoredCiphertext> ReadAsync(NpgsqlDataSource dataSource, string owner)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT i."Category", i."CategoryIndex", i."Status", i."StatusIndex", i."WhatHappened", f."Word"
            FROM incidents i JOIN feeling_records f ON f."IncidentId" = i."Id"
            WHERE i."OwnerId" = $1
            ORDER BY i."CreatedAt" DESC
            LIMIT 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("No incident to copy the stored sizes from.");
        }
        return new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5));
    }
}
