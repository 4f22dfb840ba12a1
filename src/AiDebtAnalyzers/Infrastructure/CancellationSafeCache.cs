using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// The one way the analyzers cache what they compute per syntax tree or per compilation in a
/// <see cref="ConditionalWeakTable{TKey, TValue}"/>: the value is computed outside the table and added only when
/// complete, so a cancelled computation stores nothing; a racing thread's result is as good as ours, and the table
/// keeps whichever came first.
/// </summary>
internal static class CancellationSafeCache
{
    public static TValue GetOrCompute<TKey, TValue>(this ConditionalWeakTable<TKey, TValue> table, TKey key, Func<TKey, CancellationToken, TValue> compute, CancellationToken cancellationToken)
        where TKey : class
        where TValue : class
    {
        if (table.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var computed = compute(key, cancellationToken);
        return table.GetValue(key, _ => computed);
    }
}
