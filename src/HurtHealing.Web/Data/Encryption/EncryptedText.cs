using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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

    /// <summary>Every Data Protection payload starts with its magic header, which base64url writes as this.</summary>
    public const string PayloadPrefix = "CfDJ8";

    /// <summary>
    /// A choice is padded to this many characters before it is encrypted, so every choice encrypts to the
    /// same length and the length of a payload can't tell "sad" from "overwhelmed".
    /// </summary>
    public const int ChoiceWidth = 40;

    // Free text keeps the annotation value it always had (true), so existing model snapshots stay as they are.
    private const bool FreeText = true;
    private const string Choice = "choice";

    /// <summary>Works for nullable and non-nullable string properties alike; null stays null.</summary>
    public static PropertyBuilder<TText> IsEncrypted<TText>(this PropertyBuilder<TText> property) where TText : class?
    {
        if (property.Metadata.ClrType != typeof(string))
        {
            throw new InvalidOperationException($"Only text can be encrypted; {property.Metadata.Name} is {property.Metadata.ClrType.Name}.");
        }
        return property.HasAnnotation(Annotation, FreeText);
    }

    /// <summary>
    /// For a value picked from a short list (an enum, a word from a vocabulary, a score, a moment): the column
    /// becomes text holding a fixed-length payload. Null stays null.
    /// </summary>
    public static PropertyBuilder<TValue> IsEncryptedChoice<TValue>(this PropertyBuilder<TValue> property)
    {
        RequireChoiceType(property.Metadata);
        return property.HasAnnotation(Annotation, Choice);
    }

    /// <inheritdoc cref="IsEncryptedChoice{TValue}(PropertyBuilder{TValue})"/>
    public static ComplexTypePropertyBuilder<TValue> IsEncryptedChoice<TValue>(this ComplexTypePropertyBuilder<TValue> property)
    {
        RequireChoiceType(property.Metadata);
        return property.HasAnnotation(Annotation, Choice);
    }

    /// <summary>The encrypted choice columns, complex types included, as the backfill and the blind index need them.</summary>
    public static IEnumerable<IProperty> ChoiceProperties(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties().Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())))
            .Where(property => property.FindAnnotation(Annotation)?.Value is Choice);

    /// <summary>The text a choice is encrypted as: enums by number (their numbers are fixed), moments in UTC.</summary>
    public static string FormatChoice(object value) => value switch
    {
        Enum member => Convert.ToInt64(member, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        string word => word,
        _ => throw new InvalidOperationException($"{value.GetType().Name} can't be stored as an encrypted choice."),
    };

    public static string ProtectChoice(IDataProtector protector, string plain)
    {
        if (plain.Length > ChoiceWidth || plain.EndsWith(' '))
        {
            throw new InvalidOperationException($"A choice has at most {ChoiceWidth} characters and no trailing space.");
        }
        return protector.Protect(plain.PadRight(ChoiceWidth));
    }

    public static string UnprotectChoice(IDataProtector protector, string payload) => protector.Unprotect(payload).TrimEnd(' ');

    internal static void ApplyConverters(ModelBuilder builder, IDataProtector? protector)
    {
        var freeText = new EncryptedTextConverter(protector);
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var properties = entity.GetProperties()
                .Concat(entity.GetComplexProperties().SelectMany(complex => complex.ComplexType.GetProperties()));
            foreach (var property in properties)
            {
                switch (property.FindAnnotation(Annotation)?.Value)
                {
                    case true:
                        property.SetValueConverter(freeText);
                        break;
                    case Choice:
                        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                        property.SetValueConverter((ValueConverter)Activator.CreateInstance(typeof(ChoiceConverter<>).MakeGenericType(type), protector)!);
                        property.SetMaxLength(null);
                        break;
                    default:
                        break;
                }
            }
        }
    }

    private static void RequireChoiceType(IReadOnlyProperty property)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (!(type.IsEnum || type == typeof(int) || type == typeof(DateTimeOffset) || type == typeof(string)))
        {
            throw new InvalidOperationException($"{property.Name} is {type.Name}; a choice is an enum, an int, a DateTimeOffset or a word.");
        }
    }

    private static T ParseChoice<T>(string plain)
    {
        var type = typeof(T);
        object value = type.IsEnum ? Enum.ToObject(type, long.Parse(plain, CultureInfo.InvariantCulture))
            : type == typeof(int) ? int.Parse(plain, CultureInfo.InvariantCulture)
            : type == typeof(DateTimeOffset) ? DateTimeOffset.Parse(plain, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : plain;
        return (T)value;
    }

    private sealed class EncryptedTextConverter(IDataProtector? protector) : ValueConverter<string, string>(
        plain => Require(protector).Protect(plain),
        cipher => Require(protector).Unprotect(cipher))
    {
    }

    private sealed class ChoiceConverter<T>(IDataProtector? protector) : ValueConverter<T, string>(
        value => ProtectChoice(Require(protector), FormatChoice(value!)),
        payload => ParseChoice<T>(UnprotectChoice(Require(protector), payload)))
    {
    }

    // A context made without Data Protection (e.g. only to run migrations) refuses free text rather than writing it in the clear.
    private static IDataProtector Require(IDataProtector? protector) =>
        protector ?? throw new InvalidOperationException("This AppDbContext was created without Data Protection, so it cannot read or write free text.");
}
