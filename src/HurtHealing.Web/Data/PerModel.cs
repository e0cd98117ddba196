using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HurtHealing.Web.Data;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, IQueryable{TResult}}})"/>
/// and its overloads), kept per model. Compiling skips EF Core's per-view work of translating the LINQ (evaluating its
/// closures and hashing the tree to find the cached SQL), which was a large part of the CPU of the pages people open
/// most. A compiled query serves one model only, and tests run several apps (so several models) in one process.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext db) => _compiled.GetValue(db.Model, _ => compile());
}
