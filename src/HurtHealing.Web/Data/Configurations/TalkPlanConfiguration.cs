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
        builder.HasOne<Incident>().WithMany().HasForeignKey(p => p.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // Statements point at (plan, owner), so a statement can only ever carry its plan's owner.
        builder.HasAlternateKey(p => new { p.Id, p.OwnerId });

        // Several plans over time; one current plan per incident.
        builder.HasIndex(p => p.IncidentId).IsUnique().HasFilter("\"IsCurrent\"").HasDatabaseName("IX_talk_plans_one_current_per_incident");
        builder.HasIndex(p => new { p.OwnerId, p.IsCurrent, p.Status });

        builder.ComplexProperty(p => p.Readiness);

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
