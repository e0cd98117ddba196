using HurtHealing.Domain.Common;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        // PostgreSQL's xmin system column: a stale save fails instead of overwriting (EditVersions).
        builder.Property(i => i.Version).IsRowVersion();

        // A repeated post of the same form finds the first incident instead of making a second.
        builder.HasIndex(i => new { i.OwnerId, i.IdempotencyKey }).IsUnique();
        builder.HasIndex(i => new { i.OwnerId, i.OccurredOn, i.CreatedAt });
        // The overall curve's "logged" points over a span, and the newest incidents not yet looked at again.
        builder.HasIndex(i => new { i.OwnerId, i.CreatedAt }).IncludeProperties(i => i.Hurt);

        builder.Property(i => i.TimeZoneId).HasMaxLength(OwnerRules.MaxTimeZoneId).IsRequired();
        builder.Property(i => i.Title).IsEncrypted();
        builder.Property(i => i.WhatHappened).IsEncrypted().IsRequired();
        builder.Property(i => i.Category).IsEncryptedChoice();
        builder.HasBlindIndex(nameof(Incident.Category));
        // Contempt and control are counted, and their latest few listed, through the category's blind index.
        builder.HasIndex(nameof(Incident.OwnerId), BlindIndex.PropertyFor(nameof(Incident.Category)), nameof(Incident.CreatedAt));
        builder.Property(i => i.Status).IsEncryptedChoice();
        builder.HasBlindIndex(nameof(Incident.Status));

        builder.HasMany(i => i.Feelings).WithOne().HasForeignKey(f => f.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Needs).WithOne().HasForeignKey(n => n.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Feelings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Needs).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(i => i.DisplayTitle);
        builder.Ignore(i => i.LatestFeelings);
        builder.Ignore(i => i.MainNeed);
        builder.Ignore(i => i.Moment);
    }
}
