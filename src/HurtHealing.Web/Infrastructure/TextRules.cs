using FluentValidation;

namespace HurtHealing.Web.Infrastructure;

public static class TextRules
{
    public const string UnstorableCharacterMessage = "This contains an invisible character that can't be saved. Please retype it.";

    /// <summary>Rejects NUL (which PostgreSQL text cannot hold) and the replacement character a NUL arrives as.</summary>
    public static IRuleBuilderOptions<T, string?> StorableText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || text.AsSpan().IndexOfAny('\0', '\uFFFD') < 0)
            .WithMessage(UnstorableCharacterMessage);
}
