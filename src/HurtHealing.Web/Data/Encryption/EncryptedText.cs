using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HurtHealing.Web.Data.Encryption;

/// <summary>
/// Free text is stored encrypted with Data Protection (authenticated encryption; the key ring lives in
/// PostgreSQL, protected by a certificate that is not). A configuration marks a column with
/// <see cref="IsEncrypted"/>; <see cref="AppDbContext"/> then attaches the converter for its own protector.
/// Encrypted columns can't be searched, compared or sorted in SQL.
/// </summary>
public static class EncryptedText
{
    public const string Purpose = "HurtHealing.FreeText.v1";
    public const string Annotation = "HurtHealing:Encrypted";

    /// <summary>Works for nullable and non-nullable string properties alike; null stays null.</summary>
    public static PropertyBuilder<TText> IsEncrypted<TText>(this PropertyBuilder<TText> property) where TText : class?
    {
        if (property.Metadata.ClrType != typeof(string))
        {
            throw new InvalidOperationException($"Only text can be encrypted; {property.Metadata.Name} is {property.Metadata.ClrType.Name}.");
        }
        return property.HasAnnotation(Annotation, true);
    }

    internal static void ApplyConverters(ModelBuilder builder, IDataProtector? protector)
    {
        var converter = new EncryptedTextConverter(protector);
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()))
        {
            if (property.FindAnnotation(Annotation)?.Value is true)
            {
                property.SetValueConverter(converter);
            }
        }
    }

    private sealed class EncryptedTextConverter(IDataProtector? protector) : ValueConverter<string, string>(
        plain => Require(protector).Protect(plain),
        cipher => Require(protector).Unprotect(cipher))
    {
    }

    // A context made without Data Protection (e.g. only to run migrations) refuses free text rather than writing it in the clear.
    private static IDataProtector Require(IDataProtector? protector) =>
        protector ?? throw new InvalidOperationException("This AppDbContext was created without Data Protection, so it cannot read or write free text.");
}
