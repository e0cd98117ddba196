namespace HurtHealing.Domain.Tests;

public class DomainAssemblyTests
{
    [Fact]
    public void Domain_references_neither_AspNetCore_nor_EntityFramework()
    {
        var referenced = typeof(DomainAssembly).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                                              || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                                              || n.StartsWith("Npgsql", StringComparison.Ordinal));
    }
}
