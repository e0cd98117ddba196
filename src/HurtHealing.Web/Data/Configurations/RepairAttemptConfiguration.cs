using HurtHealing.Domain.Incidents;
using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class RepairAttemptConfiguration : IEntityTypeConfiguration<RepairAttempt>
{
    public void Configure(EntityTypeBuilder<RepairAttempt> builder)
    {
        builder.ToTable("repair_attempts");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Incident>().WithMany().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // xmin: an edit from a page loaded before another save fails instead of overwriting it (EditVersions).
        builder.Property<uint>(EditVersions.PropertyName).IsRowVersion();

        // A repeated post of the same form finds the first attempt instead of making a second.
        builder.HasIndex(r => new { r.OwnerId, r.IdempotencyKey }).IsUnique();
        builder.HasIndex(r => new { r.OwnerId, r.IncidentId, r.MadeAt });
        // The trust curve counts my partner's attempts per week in SQL.
        builder.HasIndex(r => new { r.OwnerId, r.By, r.MadeAt });

        builder.Property(r => r.Kind).IsEncryptedChoice();
        builder.Property(r => r.Landed).IsEncryptedChoice();
        builder.Property(r => r.WhatWasSaidOrDone).IsEncrypted();
        builder.Property(r => r.HowAcknowledged).IsEncrypted();
        builder.Ignore(r => r.IsAcknowledged);

        builder.HasOne(r => r.Promise).WithOne().HasForeignKey<Promise>(p => p.RepairAttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}
