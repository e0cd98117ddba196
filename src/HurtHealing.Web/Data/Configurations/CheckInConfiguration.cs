using HurtHealing.Domain.CheckIns;
using HurtHealing.Domain.Incidents;
using HurtHealing.Web.Data.Encryption;
using HurtHealing.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HurtHealing.Web.Data.Configurations;

public class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("check_ins");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Incident>().WithMany().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Cascade);
        // xmin: an edit from a page loaded before another save fails instead of overwriting it (EditVersions).
        builder.Property<uint>(EditVersions.PropertyName).IsRowVersion();

        builder.HasIndex(c => new { c.OwnerId, c.IdempotencyKey }).IsUnique();
        // The incident's curve, and its last look (what is due) per incident.
        builder.HasIndex(c => new { c.OwnerId, c.IncidentId, c.CheckedInAt });
        // The overall curve groups the person's check-ins by day over a span, and the recent ones are read newest first
        // ("most recently looked at", heavy lately): the ratings ride along so those reads never visit the table.
        builder.HasIndex(c => new { c.OwnerId, c.CheckedInAt })
            .IncludeProperties(c => new { c.IncidentId, c.Intensity, c.ResentmentGrip, c.Retriggered });

        // The ratings stay plain, like a feeling's intensity, so curves are aggregated in SQL; the words are encrypted.
        builder.Property(c => c.WhatRetriggered).IsEncrypted();
        builder.Property(c => c.Note).IsEncrypted();
    }
}
