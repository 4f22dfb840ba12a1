using System;
using System.Collections;
using System.Collections.Generic;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// A read-only set of names compared ordinally, the form every test-reference set takes once read. The sets are built
/// once per test file (hundreds of names each, thousands of files in a large test project) and then only asked
/// <see cref="Contains"/>: a hash set adds and answers in one probe, where an immutable set balances a tree on every
/// add. The set owns the <see cref="HashSet{T}"/> it is made from; nothing writes to it afterwards.
/// </summary>
internal sealed class NameSet : IReadOnlyCollection<string>
{
    private readonly HashSet<string> names;

    public NameSet(HashSet<string> names) => this.names = names;

    public static NameSet Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    public int Count => names.Count;

    public bool Contains(string name) => names.Contains(name);

    /// <summary>A set of the union of each set's names.</summary>
    public static NameSet Union<T>(IReadOnlyList<T> owners, Func<T, NameSet> setOf)
    {
        var union = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < owners.Count; i++)
        {
            union.UnionWith(setOf(owners[i]).names);
        }

        return new NameSet(union);
    }

    public HashSet<string>.Enumerator GetEnumerator() => names.GetEnumerator();

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => names.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => names.GetEnumerator();
}
