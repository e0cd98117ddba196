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

/// <param name="options">EF options.</param>
/// <param name="dataProtection">Encrypts free text; without it the context can migrate but refuses to read or write free text.</param>
/// <param name="httpContextAccessor">Gives the signed-in person for the owner filter; without a request, owned rows are hidden.</param>
public class AppDbContext(
    DbContextOptions<AppDbContext> options,
    IDataProtectionProvider? dataProtection = null,
    IHttpContextAccessor? httpContextAccessor = null)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
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

    internal IDataProtectionProvider? DataProtectionProvider => dataProtection;

    /// <summary>
    /// The second lock on owned rows (pages filter by owner explicitly first). Outside a signed-in
    /// request it is null, and the filters match nothing.
    /// </summary>
    internal string? CurrentOwnerId => httpContextAccessor?.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>
    /// Identity picks its table layout from the app's IdentityOptions; a context made without the app
    /// (dotnet-ef, a test migrating a database) would otherwise build the version-1 model, without passkeys.
    /// </summary>
    private static readonly IServiceProvider IdentitySchema = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, AppModelCacheKeyFactory>();
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

        EncryptedText.ApplyConverters(builder, dataProtection?.CreateProtector(EncryptedText.Purpose));
    }
}
