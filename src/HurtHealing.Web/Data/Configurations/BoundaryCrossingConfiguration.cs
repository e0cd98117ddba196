using HurtHealing.Domain.Boundaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class BoundaryCrossingConfiguration : IEntityTypeConfiguration<BoundaryCrossing>
{
    public void Configure(EntityTypeBuilder<BoundaryCrossing> builder)
    {
        builder.ToTable("boundary_crossings");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.OwnerId, c.CrossedAt });
        builder.HasIndex(c => new { c.BoundaryId, c.CrossedAt });
    }
}
