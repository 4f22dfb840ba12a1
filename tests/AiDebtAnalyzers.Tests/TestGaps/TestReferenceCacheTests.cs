using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Quality;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>
/// A test file is read once per text and per value of the symbols its conditions name, not per set of the library's
/// symbols, and once while compilations ask for it side by side: a multi-targeted library's builds through the compiler
/// server share the readings of files whose conditions the frameworks do not tell apart.
/// </summary>
public class TestReferenceCacheTests
{
    private static readonly ImmutableArray<string> Net8 = ImmutableArray.Create("NET8_0", "NET8_0_OR_GREATER", "NETCOREAPP", "DEBUG");
    private static readonly ImmutableArray<string> NetStandard = ImmutableArray.Create("NETSTANDARD2_0", "NETSTANDARD", "DEBUG");

    [Fact]
    public void A_file_without_conditions_is_read_once_for_every_framework()
    {
        var cache = new TestReferenceCache();
        var text = SourceText.From("class T { void M() { new Shop.Cart().Clear(); } }");
        var first = cache.Get(text, Net8, CancellationToken.None);
        Assert.Same(first, cache.Get(SourceText.From(text.ToString()), NetStandard, CancellationToken.None));
        Assert.Same(first, cache.Get(text, ImmutableArray<string>.Empty, CancellationToken.None));
        Assert.Equal(1, cache.Extractions);
    }

    [Fact]
    public void A_file_is_read_again_only_for_a_framework_that_sets_a_symbol_it_names_otherwise()
    {
        var cache = new TestReferenceCache();
        var text = SourceText.From("#if DNXCORE50\nusing Xunit;\n#else\nusing NUnit.Framework;\n#endif\nclass T { void M() {\n#if NETSTANDARD\n Shop.Cart.Legacy();\n#endif\n } }");
        var net8 = cache.Get(text, Net8, CancellationToken.None);
        Assert.Same(net8, cache.Get(text, Net8.Add("TRACE"), CancellationToken.None));
        Assert.Same(net8, cache.Get(text, ImmutableArray.Create("DEBUG", "NET6_0"), CancellationToken.None));
        Assert.Equal(1, cache.Extractions);

        var netStandard = cache.Get(text, NetStandard, CancellationToken.None);
        Assert.NotSame(net8, netStandard);
        Assert.Equal(2, cache.Extractions);
    }

    [Fact]
    public void The_key_holds_the_defined_symbols_the_conditions_name_in_any_order()
    {
        var text = SourceText.From("#if (NET8_0 && !DEBUG) || NETSTANDARD // not NET6_0\nclass A { }\n#elif UNUSED\n#endif");
        Assert.Equal(":DEBUG;NET8_0", TestReferenceCache.SymbolsKey(text, ImmutableArray.Create("NET8_0", "TRACE", "DEBUG", "NET6_0")));
        Assert.Equal(":DEBUG;NET8_0", TestReferenceCache.SymbolsKey(text, ImmutableArray.Create("DEBUG", "NET8_0")));
        Assert.Equal(":", TestReferenceCache.SymbolsKey(text, ImmutableArray.Create("TRACE")));
        Assert.Equal(string.Empty, TestReferenceCache.SymbolsKey(SourceText.From("class A { }\n#region R\n#endregion"), ImmutableArray.Create("DEBUG")));
    }

    [Fact]
    public void Conditions_are_found_wherever_a_directive_can_stand()
    {
        var named = TestReferenceCache.NamedInConditions(SourceText.From(
            "  #if A\n\t# if B\n#elif(C&&!D)\n#ifdef E\n#iffy F\n#region G\n#pragma warning disable H\nvar x = \"#if I\";\n#if J // K\n#define L\n#endif"));
        Assert.NotNull(named);
        Assert.Equal(new[] { "A", "B", "C", "D", "J" }, named!.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Null(TestReferenceCache.NamedInConditions(SourceText.From("class A { string s = \"#if X\"; }\n#region R\n#endregion")));
    }

    [Fact]
    public async Task Compilations_asking_for_a_file_side_by_side_read_it_once()
    {
        var cache = new TestReferenceCache();
        var code = "class T {\n" + string.Concat(Enumerable.Range(0, 20000).Select(i => "void M" + i + "() { new Shop.Cart().Add(" + i + "); }\n")) + "}";
        using var start = new Barrier(2);
        var reads = Enumerable.Range(0, 2).Select(i => Task.Run(() =>
        {
            start.SignalAndWait();
            return cache.Get(SourceText.From(code), i == 0 ? Net8 : NetStandard, CancellationToken.None);
        })).ToArray();
        var read = await Task.WhenAll(reads);
        Assert.Same(read[0], read[1]);
        Assert.Equal(1, cache.Extractions);
        Assert.Contains("Add", read[0].MemberNames);
    }

    [Fact]
    public void A_cancelled_read_leaves_nothing_behind_and_the_next_read_completes()
    {
        var cache = new TestReferenceCache();
        var text = SourceText.From("class T { void M() { new Shop.Cart().Clear(); } }");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => cache.Get(text, Net8, cancelled.Token));
        Assert.Equal(0, cache.Extractions);
        Assert.Contains("Clear", cache.Get(text, Net8, CancellationToken.None).MemberNames);
        Assert.Equal(1, cache.Extractions);
        Assert.Equal(0, cache.PendingReads);
    }

    [Fact]
    public void Symbols_no_condition_names_change_no_reading_of_this_repositorys_sources()
    {
        var files = Directory.EnumerateFiles(RuleCatalog.RepositoryRoot, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, "the repository's sources were not found");
        var withConditions = 0;
        foreach (var file in files)
        {
            var text = SourceText.From(File.ReadAllText(file));
            var named = TestReferenceCache.NamedInConditions(text);
            withConditions += named is null ? 0 : 1;

            // Each set of symbols gets an unnamed one more: the reading must not change.
            foreach (var symbols in new[] { Net8, NetStandard, ImmutableArray<string>.Empty })
            {
                var unnamed = symbols.Add("AIDEBT_NAMED_BY_NO_CONDITION");
                Assert.True(Dump(text, symbols).SequenceEqual(Dump(text, unnamed)), file + ": a symbol no condition names changed the reading");
            }
        }

        Assert.True(withConditions > 0, "no source with conditions");
    }

    private static List<string> Dump(SourceText text, ImmutableArray<string> symbols)
    {
        var read = TestFileReferences.Extract(text, symbols, CancellationToken.None);
        var lines = new List<string> { "element-access " + read.UsesElementAccess };
        foreach (var (name, set) in new (string, NameSet)[]
        {
            ("types", read.TypeNames), ("created", read.CreatedTypes), ("created-with-arguments", read.CreatedWithArguments),
            ("creation-arities", read.CreationArities), ("received", read.ReceivedTypes), ("members", read.MemberNames),
            ("operators", read.Operators), ("subclassed", read.SubclassedTypes), ("subclass-members", read.SubclassMembers),
            ("reflected", read.ReflectedMembers), ("text-paths", read.TextPaths), ("interpolated-calls", read.InterpolatedCalls),
        })
        {
            lines.AddRange(set.OrderBy(n => n, StringComparer.Ordinal).Select(n => name + "\t" + n));
        }

        return lines;
    }
}
