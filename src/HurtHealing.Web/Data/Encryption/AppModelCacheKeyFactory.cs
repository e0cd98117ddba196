using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HurtHealing.Web.Data.Encryption;

/// <summary>
/// EF caches one model per context type, but the model holds converters bound to one app's protector.
/// Keying the cache by the Data Protection provider keeps two apps in one process (tests) apart.
/// </summary>
public sealed class AppModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is AppDbContext app
            ? (context.GetType(), app.DataProtectionProvider, designTime)
            : (object)(context.GetType(), designTime);
}
