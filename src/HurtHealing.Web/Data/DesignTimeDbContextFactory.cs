using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HurtHealing.Web.Data;

/// <summary>Lets dotnet-ef build the model without starting the app; no database is contacted and nothing is encrypted.</summary>
public class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=localhost;Database=hurthealing_design")
            .UseApplicationServiceProvider(new ServiceCollection()
                .AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())
                .Configure<IdentityOptions>(AppDbContext.UseIdentitySchema)
                .BuildServiceProvider())
            .Options);
}
