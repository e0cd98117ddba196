using System.IO.Compression;
using FluentValidation;
using FluentValidation.AspNetCore;
using HurtHealing.Web.Data;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Infrastructure;
using HurtHealing.Web.Infrastructure.Email;
using HurtHealing.Web.Infrastructure.Limits;
using HurtHealing.Web.Infrastructure.Passkeys;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Serilog;

if (args.Contains("--health-probe"))
{
    // Used by the container HEALTHCHECK: the runtime image has no curl.
    return await HealthProbe.RunAsync(Environment.GetEnvironmentVariable("HEALTH_PROBE_URL") ?? "http://localhost:8080/health/live");
}

var migrateOnly = args.Contains("--migrate-only");
var builder = WebApplication.CreateBuilder(args);
if (!migrateOnly)
{
    PublicAddress.EnsureConfigured(builder.Configuration, builder.Environment);
}

// Logging: ids and event names only. Request lines carry the path, never the query string or form.
// preserveStaticLogger: each app instance keeps its own logger (no process-wide Log.Logger to fight over).
builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Logger(sink => AppLogging.ConfigureConsole(sink, builder.Environment)),
    preserveStaticLogger: true);

// Options
builder.Services.Configure<PrivacyOptions>(builder.Configuration.GetSection(PrivacyOptions.Section));
builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection(EmailOptions.Section));
builder.Services.AddOptions<LimitsOptions>().Bind(builder.Configuration.GetSection(LimitsOptions.Section))
    .Validate(limits => limits.WorstCaseFailuresPerHour <= LimitsOptions.MaxFailuresPerHour,
        $"Limits: the two sign-in buckets together must allow at most {LimitsOptions.MaxFailuresPerHour} wrong tries an hour (Burst + PerHour of each).")
    .ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
// Each text's safety reading, remembered under a keyed digest (see SafetyReadings).
builder.Services.AddSingleton<SafetyReadings>();

// Data
builder.Services.AddSingleton<BlindIndex>();
builder.Services.AddSingleton<BlindIndexInterceptor>();
// Pooled contexts; pooled connections skip DISCARD ALL on return because nothing sets session state (see DatabaseConnection).
builder.Services.AddDbContextPool<AppDbContext>((services, options) => options
    .UseNpgsql(DatabaseConnection.From(builder.Configuration))
    .ReplaceService<IModelCacheKeyFactory, AppModelCacheKeyFactory>()
    .AddInterceptors(services.GetRequiredService<BlindIndexInterceptor>()));
builder.Services.AddHurtHealingDataProtection(builder.Configuration, builder.Environment);

// Accounts
builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
builder.Services
    .AddIdentity<AppUser, IdentityRole>(options =>
    {
        options.User.RequireUniqueEmail = true;
        // Version 3 adds Identity's passkey table.
        AppDbContext.UseIdentitySchema(options);
        options.SignIn.RequireConfirmedAccount = false;
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        // No hard lock a stranger could trigger: wrong tries are slowed by SignInBackOff instead.
        options.Lockout.AllowedForNewUsers = false;
    })
    .AddEntityFrameworkStores<AppDbContext>()
    .AddUserStore<AppUserStore>()
    .AddClaimsPrincipalFactory<DiscreetClaimsFactory>()
    .AddDefaultTokenProviders()
    .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
    .AddPasswordValidator<PasswordLengthValidator<AppUser>>();
builder.Services.AddHurtHealingPasskeys(builder.Configuration);

builder.Services.AddSingleton<SessionChanges>();
builder.Services.AddHostedService<SessionChangeListener>();
builder.Services.AddSingleton<DbTicketStore>();
builder.Services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, ConfigureTicketStore>();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.Cookie.Name = "hh.session";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    options.LoginPath = "/Account/Login";
    options.LogoutPath = "/Account/Logout";
    options.AccessDeniedPath = "/Account/Login";
    // The outer bound of a remembered session; idle time-outs are enforced by DbTicketStore.
    options.ExpireTimeSpan = TimeSpan.FromDays(builder.Configuration.GetValue($"{PrivacyOptions.Section}:RememberedIdleTimeoutDays", 14));
    options.SlidingExpiration = true;
});
foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
{
    builder.Services.Configure<CookieAuthenticationOptions>(scheme, options =>
    {
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    });
}
builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "hh.af";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
// TempData's cookie defaults to never Secure; it can carry a message naming the person's email.
builder.Services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
builder.Services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, QuietTempDataProvider>();

builder.Services.AddSingleton<IEmailSender, EmailSender>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<AccountEmails>();
builder.Services.AddScoped<MailOutbox>();
builder.Services.AddScoped<PasswordResetRequests>();
builder.Services.AddSingleton<MailDelivery>();
builder.Services.AddHostedService(services => services.GetRequiredService<MailDelivery>());

// Guessing and enumeration
builder.Services.AddScoped<SignInBackOff>();
builder.Services.AddSingleton<KnownDevice>();
builder.Services.AddSingleton<DecoyPassword>();
builder.Services.AddSingleton<AttemptWording>();
builder.Services.AddAccountFormLimits();

// Pages
// Every page needs a signed-in person unless its model says [AllowAnonymous].
builder.Services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/"))
    .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
    // FluentValidation owns the messages; the implicit [Required] on non-nullable strings would add its own ("The Email field is required.").
    .AddMvcOptions(options => options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
    // A method or handler name a page doesn't have answers 405/404 instead of rendering an unloaded page.
    .AddMvcOptions(options => options.Filters.Add<UnmatchedHandlerFilter>());
builder.Services.AddFluentValidationAutoValidation();
builder.Services.AddValidatorsFromAssemblyContaining<Program>();

// Only static text assets are compressed: pages carry antiforgery tokens (BREACH).
builder.Services.AddResponseCompression(options =>
{
    options.EnableForHttps = true;
    options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/manifest+json"];
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
});
builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);

// TLS ends at the reverse proxy: forwarded headers, HTTPS redirect, HSTS, Secure __Host- cookies.
builder.Services.AddTransportSecurity(builder.Configuration, builder.Environment);

builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>(tags: ["ready"]);

var app = builder.Build();

if (migrateOnly || app.Configuration.GetValue<bool>("Database:MigrateAtStartup"))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
    // Encryption can't happen in SQL: rows a migration left in the clear are encrypted here, once.
    await AtRestBackfill.RunAsync(scope.ServiceProvider);
    if (migrateOnly)
    {
        return 0;
    }
}

app.UseTransportSecurity();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
app.UseResponseCompression();
app.UseStaticFiles(new StaticFileOptions
{
    OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
        ctx.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
});
app.UseSerilogRequestLogging(options =>
{
    options.MessageTemplate = AppLogging.RequestTemplate;
    options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
});
app.UseMiddleware<NulInFormMiddleware>();
app.UseMiddleware<DatabaseUnavailableMiddleware>();
app.UseRouting();
// Before authentication: a refused post never reaches the session store.
app.UseAccountFormLimits();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapRazorPages();

await app.RunAsync();
return 0;

public partial class Program;
