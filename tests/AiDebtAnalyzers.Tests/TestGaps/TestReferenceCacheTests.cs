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
        var read = TestFileReferences.Extract(SourceText.From("#if (NET8_0 && !DEBUG) || NETSTANDARD // not NET6_0\nclass A { }\n#elif UNUSED\n#endif"), CancellationToken.None);
        Assert.Equal(new[] { "DEBUG", "NET8_0", "NETSTANDARD", "UNUSED" }, read.ConditionSymbols.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(":DEBUG;NET8_0", TestReferenceCache.SymbolsKey(read.ConditionSymbols, ImmutableArray.Create("NET8_0", "TRACE", "DEBUG", "NET6_0")));
        Assert.Equal(":DEBUG;NET8_0", TestReferenceCache.SymbolsKey(read.ConditionSymbols, ImmutableArray.Create("DEBUG", "NET8_0")));
        Assert.Equal(":", TestReferenceCache.SymbolsKey(read.ConditionSymbols, ImmutableArray.Create("TRACE")));
        Assert.Empty(TestFileReferences.Extract(SourceText.From("class A { }\n#region R\n#endregion"), CancellationToken.None).ConditionSymbols);
    }

    [Fact]
    public void The_names_come_from_the_parse_wherever_the_parser_reads_a_condition()
    {
        // Conditions a look at the text's lines would miss or misread, which the parser obeys: a byte-order mark or
        // Ctrl-Z as whitespace, escapes and formatting characters in a name, other identifier characters, a directive
        // after a comment or a token (CS1040), a condition in a branch left out. Read under one set of symbols and then
        // under another through one cache, each must equal a fresh reading under the second.
        var lines = new[]
        {
            "#if NETSTANDARD && DEBUG", "\uFEFF#if NETSTANDARD && DEBUG", "\u001A#if NETSTANDARD && DEBUG", "#\uFEFFif NETSTANDARD && DEBUG",
            "#if NET\\u0053TANDARD && DEBUG", "#if NET\u00ADSTANDARD && DEBUG", "#if NET\u200BSTANDARD && DEBUG", "#if \u216B && DEBUG",
            "#if A\u203FB && DEBUG", "/* c */ #if NETSTANDARD && DEBUG", "int x = 0; #if NETSTANDARD && DEBUG",
            "#if false\n#if NETSTANDARD && DEBUG\n#endif", "  #  if  NETSTANDARD&&DEBUG // c",
        };
        var symbolSets = new[]
        {
            ImmutableArray.Create("NETSTANDARD", "DEBUG", "\u216B", "A\u203FB"), ImmutableArray.Create("DEBUG"), ImmutableArray.Create("NETSTANDARD"),
            ImmutableArray<string>.Empty,
        };
        foreach (var line in lines)
        {
            var code = "class T { void M() {\n" + line + "\n Shop.Cart.Legacy();\n#endif\n } }";
            foreach (var first in symbolSets)
            {
                foreach (var second in symbolSets)
                {
                    var cache = new TestReferenceCache();
                    cache.Get(SourceText.From(code), first, CancellationToken.None);
                    var shared = cache.Get(SourceText.From(code), second, CancellationToken.None);
                    Assert.True(
                        Dump(shared).SequenceEqual(Dump(TestFileReferences.Extract(SourceText.From(code), second, CancellationToken.None))),
                        "'" + line + "' read under {" + string.Join(",", first) + "} then {" + string.Join(",", second) + "}");
                }
            }
        }
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
    public async Task A_waiter_that_gives_up_leaves_the_read_under_way_for_the_next_caller()
    {
        var cache = new TestReferenceCache();
        var code = "class T {\n" + string.Concat(Enumerable.Range(0, 60000).Select(i => "void M" + i + "() { new Shop.Cart().Add(" + i + "); }\n")) + "}";
        var reader = Task.Run(() => cache.Get(SourceText.From(code), Net8, CancellationToken.None));
        while (cache.PendingReads == 0 && !reader.IsCompleted)
        {
            await Task.Delay(1);
        }

        using (var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(10)))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => cache.Get(SourceText.From(code), Net8, soon.Token));
        }

        Assert.False(reader.IsCompleted, "the read ended before the waiter gave up: make the text longer");
        Assert.Equal(1, cache.PendingReads);
        var next = cache.Get(SourceText.From(code), Net8, CancellationToken.None);
        Assert.Same(await reader, next);
        Assert.Equal(1, cache.Extractions);
        Assert.Equal(0, cache.PendingReads);
    }

    [Fact]
    public void Readings_through_one_cache_equal_fresh_readings_under_every_set_of_symbols_on_this_repositorys_sources()
    {
        var files = Directory.EnumerateFiles(RuleCatalog.RepositoryRoot, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, "the repository's sources were not found");
        var cache = new TestReferenceCache();
        var withConditions = 0;
        // The repository's sources hold no condition of their own; each is read as written and wrapped in conditions as a
        // multi-targeted library's tests are (a using block per test framework, a branch per target).
        var codes = files.Select(File.ReadAllText).SelectMany(code => new[]
        {
            code,
            "#if DNXCORE50\nusing Xunit;\n#else\nusing NUnit.Framework;\n#endif\n#if NETSTANDARD && !DEBUG\n" + code + "\n#elif NET8_0 || AIDEBT_NAMED_BY_NO_CONDITION_BUT_THIS\n" + code.Replace("class ", "partial class ") + "\n#endif\n",
        });
        foreach (var code in codes)
        {
            var file = code.Length > 60 ? code.Substring(0, 60) : code;
            foreach (var symbols in new[] { Net8, NetStandard, ImmutableArray<string>.Empty, Net8.Add("AIDEBT_NAMED_BY_NO_CONDITION"), ImmutableArray.Create("DEBUG") })
            {
                var shared = cache.Get(SourceText.From(code), symbols, CancellationToken.None);
                withConditions += shared.ConditionSymbols.Count > 0 && symbols == Net8 ? 1 : 0;
                Assert.True(Dump(shared).SequenceEqual(Dump(TestFileReferences.Extract(SourceText.From(code), symbols, CancellationToken.None))), file + " under {" + string.Join(",", symbols) + "}");
            }
        }

        Assert.True(withConditions > 0, "no source with conditions");
    }

    private static List<string> Dump(TestFileReferences read)
    {
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
