using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class AttemptBucketConfiguration : IEntityTypeConfiguration<AttemptBucket>
{
    public void Configure(EntityTypeBuilder<AttemptBucket> builder)
    {
        builder.ToTable("attempt_buckets");
        builder.HasKey(b => b.Key);
        builder.Property(b => b.Key).HasColumnName("key").HasMaxLength(64);
        builder.Property(b => b.Tokens).HasColumnName("tokens");
        builder.Property(b => b.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(b => b.UpdatedAt);
    }
}
