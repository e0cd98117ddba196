using HurtHealing.Domain.Boundaries;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class BoundaryConfiguration : IEntityTypeConfiguration<Boundary>
{
    public void Configure(EntityTypeBuilder<Boundary> builder)
    {
        builder.ToTable("boundaries");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<Incident>().WithMany().HasForeignKey(b => b.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // xmin: an edit from a page loaded before another save fails instead of overwriting it (EditVersions).
        builder.Property<uint>(EditVersions.PropertyName).IsRowVersion();

        builder.HasIndex(b => new { b.OwnerId, b.IdempotencyKey }).IsUnique();
        builder.HasIndex(b => new { b.OwnerId, b.IncidentId, b.SetAt });

        builder.Property(b => b.WhatIWillNotAccept).IsEncrypted().IsRequired();
        builder.Property(b => b.WhatIWillDo).IsEncrypted();

        builder.HasMany(b => b.Crossings).WithOne().HasForeignKey(c => c.BoundaryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Crossings).HasField("_crossings").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(b => b.WasCrossed);
        builder.Ignore(b => b.LastCrossedAt);
    }
}
