using HurtHealing.Domain.Repairs;
using HurtHealing.Web.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class PromiseConfiguration : IEntityTypeConfiguration<Promise>
{
    public void Configure(EntityTypeBuilder<Promise> builder)
    {
        builder.ToTable("promises");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.RepairAttemptId).IsUnique();
        builder.Property(p => p.WhatWasPromised).IsEncrypted().IsRequired();

        // Status and dates stay plain so what is due and the trust curve are counted in SQL.
        builder.HasIndex(p => new { p.OwnerId, p.Status, p.ByDate });
        builder.HasIndex(p => new { p.OwnerId, p.StatusChangedAt });
        builder.HasIndex(p => new { p.OwnerId, p.IncidentId });

        builder.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.PromiseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Changes).HasField("_changes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
