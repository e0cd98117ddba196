namespace HurtHealing.Domain;

/// <summary>Marker for the domain assembly: the language of the product, free of ASP.NET and EF.</summary>
public static class DomainAssembly;
