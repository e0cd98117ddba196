using HurtHealing.Web.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class BlindIndexKeyConfiguration : IEntityTypeConfiguration<BlindIndexKey>
{
    public void Configure(EntityTypeBuilder<BlindIndexKey> builder)
    {
        builder.ToTable("blind_index_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.ProtectedKey).IsRequired();
    }
}
