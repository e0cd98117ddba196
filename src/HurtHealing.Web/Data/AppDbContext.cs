using System.Security.Claims;
using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Journal;
using HurtHealing.Domain.Plans;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data.Encryption;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HurtHealing.Web.Data;

/// <summary>
/// Pooled (one instance serves many requests), so its only constructor takes the options. Data Protection and the
/// request come from the application's services the options carry: both are singletons, and the owner filter reads
/// the current request each time a query runs. A context built from bare options (migrations, tests) has neither:
/// it can migrate but refuses to read or write free text, and its owner filters match nothing.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private readonly IServiceProvider? _appServices = options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
    private IHttpContextAccessor? _httpContextAccessor;
    private bool _resolvedAccessor;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<QueuedEmail> QueuedEmails => Set<QueuedEmail>();
    public DbSet<PasswordResetRequest> PasswordResetRequests => Set<PasswordResetRequest>();
    public DbSet<AttemptBucket> AttemptBuckets => Set<AttemptBucket>();
    public DbSet<UsedPasskeyChallenge> UsedPasskeyChallenges => Set<UsedPasskeyChallenge>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<FeelingRecord> FeelingRecords => Set<FeelingRecord>();
    public DbSet<NeedRecord> NeedRecords => Set<NeedRecord>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<TalkPlan> TalkPlans => Set<TalkPlan>();
    public DbSet<FeelStatement> FeelStatements => Set<FeelStatement>();
    public DbSet<RepairAttempt> RepairAttempts => Set<RepairAttempt>();
    public DbSet<Promise> Promises => Set<Promise>();
    public DbSet<PromiseChange> PromiseChanges => Set<PromiseChange>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<CheckInInvitationDismissal> CheckInInvitationDismissals => Set<CheckInInvitationDismissal>();
    public DbSet<Boundary> Boundaries => Set<Boundary>();
    public DbSet<BoundaryCrossing> BoundaryCrossings => Set<BoundaryCrossing>();

    internal IDataProtectionProvider? DataProtectionProvider => _appServices?.GetService<IDataProtectionProvider>();

    /// <summary>
    /// The second lock on owned rows (pages filter by owner explicitly first). Outside a signed-in
    /// request it is null, and the filters match nothing.
    /// </summary>
    internal string? CurrentOwnerId => HttpContextAccessor?.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    private IHttpContextAccessor? HttpContextAccessor
    {
        get
        {
            if (!_resolvedAccessor)
            {
                _httpContextAccessor = _appServices?.GetService<IHttpContextAccessor>();
                _resolvedAccessor = true;
            }
            return _httpContextAccessor;
        }
    }

    /// <summary>
    /// Identity picks its table layout (schema version 3, with passkeys) from the app's IdentityOptions. A context
    /// made from bare options (dotnet-ef, a test migrating a database) gets a provider that says the same; a pooled
    /// context from the app already has one, so its options are left untouched (pooling forbids changing them).
    /// </summary>
    private static readonly IServiceProvider IdentitySchema = new ServiceCollection()
        .Configure<IdentityOptions>(UseIdentitySchema)
        .BuildServiceProvider();

    /// <summary>The one place that names Identity's table layout: the app, dotnet-ef and bare contexts all use it.</summary>
    public static void UseIdentitySchema(IdentityOptions options) => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(IdentitySchema);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // The lambda keeps "this": EF reads the current owner from the context running each query.
        Ownership.Apply(builder, () => CurrentOwnerId);

        EncryptedText.ApplyConverters(builder, DataProtectionProvider?.CreateProtector(EncryptedText.Purpose));
    }
}
