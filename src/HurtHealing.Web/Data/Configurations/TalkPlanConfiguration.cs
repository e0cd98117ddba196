using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Plans;
using HurtHealing.Web.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class TalkPlanConfiguration : IEntityTypeConfiguration<TalkPlan>
{
    public void Configure(EntityTypeBuilder<TalkPlan> builder)
    {
        builder.ToTable("talk_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        // PostgreSQL's xmin system column: a stale save fails instead of overwriting (EditVersions).
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<Incident>().WithMany().HasForeignKey(p => p.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // Statements point at (plan, owner), so a statement can only ever carry its plan's owner.
        builder.HasAlternateKey(p => new { p.Id, p.OwnerId });

        // Several plans over time; one current plan per incident.
        builder.HasIndex(p => p.IncidentId).IsUnique().HasFilter("\"IsCurrent\"").HasDatabaseName("IX_talk_plans_one_current_per_incident");
        builder.HasIndex(p => new { p.OwnerId, p.IsCurrent, p.Status });

        builder.ComplexProperty(p => p.Readiness, readiness =>
        {
            readiness.Property(r => r.BodyCalm).IsEncryptedChoice();
            readiness.Property(r => r.FedAndRested).IsEncryptedChoice();
            readiness.Property(r => r.NeitherRushed).IsEncryptedChoice();
            readiness.Property(r => r.Privacy).IsEncryptedChoice();
            readiness.Property(r => r.EnoughTimePassed).IsEncryptedChoice();
            readiness.Property(r => r.KnowWhatINeed).IsEncryptedChoice();
            readiness.Property(r => r.PartnerLikelyCalm).IsEncryptedChoice();
            readiness.Property(r => r.FeelSafe).IsEncryptedChoice();
        });
        builder.Property(p => p.ProposedTime).IsEncryptedChoice();
        builder.Property(p => p.HeardScore).IsEncryptedChoice();
        builder.Property(p => p.FeltSafe).IsEncryptedChoice();

        builder.Property(p => p.NeedToState).IsEncrypted();
        builder.Property(p => p.OpeningLine).IsEncrypted();
        builder.Property(p => p.ListenFor).IsEncrypted();
        builder.Property(p => p.HowItWent).IsEncrypted();
        builder.Property(p => p.WhatWeAgreed).IsEncrypted();
        builder.Property(p => p.WhatIStillNeed).IsEncrypted();

        builder.HasMany(p => p.Statements).WithOne()
            .HasForeignKey("TalkPlanId", "OwnerId")
            .HasPrincipalKey(p => new { p.Id, p.OwnerId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Statements).HasField("_statements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
