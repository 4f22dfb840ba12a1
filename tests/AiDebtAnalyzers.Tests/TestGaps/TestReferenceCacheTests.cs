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
        Assert.Equal(0, cache.PendingReads);
        Assert.Equal(0, cache.Extractions);
        Assert.Contains("Clear", cache.Get(text, Net8, CancellationToken.None).MemberNames);
        Assert.Equal(1, cache.Extractions);
        Assert.Equal(0, cache.PendingReads);
    }

    [Fact]
    public async Task A_waiter_that_gives_up_leaves_the_read_under_way_for_the_next_caller()
    {
        var cache = new TestReferenceCache();
        const string code = "class T { void M() { new Shop.Cart().Add(1); } }";
        using var gated = new GatedText(code);
        Assert.True(gated.GetChecksum().SequenceEqual(SourceText.From(code).GetChecksum()), "the gated text must read as the same file");
        var reader = Task.Run(() => cache.Get(gated, Net8, CancellationToken.None));
        while (!gated.Waiting)
        {
            await Task.Delay(1);
        }

        // The read is under way and held: a second compilation waits for it and gives up.
        using (var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(10)))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => cache.Get(SourceText.From(code), Net8, soon.Token));
        }

        Assert.Equal(1, cache.PendingReads);
        gated.Release();
        var next = cache.Get(SourceText.From(code), Net8, CancellationToken.None);
        Assert.Same(await reader, next);
        Assert.Equal(1, cache.Extractions);
        Assert.Equal(0, cache.PendingReads);
    }

    /// <summary>A text whose characters, once its checksum is known, are handed out only when the test releases them.</summary>
    private sealed class GatedText : SourceText, IDisposable
    {
        private readonly string text;
        private readonly ManualResetEventSlim released = new(false);
        private volatile bool waiting;

        public GatedText(string text)
            : base(checksumAlgorithm: SourceHashAlgorithm.Sha1)
        {
            this.text = text;
            _ = GetChecksum();
            Gated = true;
        }

        public bool Waiting => waiting;

        private bool Gated { get; }

        public override System.Text.Encoding? Encoding => null;

        public override int Length => text.Length;

        public override char this[int position]
        {
            get
            {
                Wait();
                return text[position];
            }
        }

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            Wait();
            text.CopyTo(sourceIndex, destination, destinationIndex, count);
        }

        public void Release() => released.Set();

        public void Dispose() => released.Dispose();

        private void Wait()
        {
            if (Gated)
            {
                waiting = true;
                released.Wait();
            }
        }
    }

    [Fact]
    public void Readings_through_one_cache_equal_fresh_readings_where_the_names_vary_with_the_symbols()
    {
        // Texts whose conditions depend on the symbols: a verbatim or raw string or a comment that spans a branch hides
        // directive lines in one parse and not in another, a directive after a token is none in left-out text, and the
        // second parse can meet conditions the first did not. Every sequence of three readings through one cache must
        // give what a fresh reading gives.
        var texts = new[]
        {
            "#if X\nclass C { string s = @\"\n#endif\n#if B\nclass InB { void M() { new RefB(); } }\n#endif\n#if X\n\"; }\n#endif\n",
            "#if X\nclass C { string s = @\"\n#endif\n#if B\nclass InB { void M() { new RefB(); } }\n#endif\n#if X\n\"; }\n#else\nclass NotX { void M() { new RefNotX(); } }\n#endif\n",
            "#if A\nclass C { void M() { new RefC(); } } #if B\nclass InB { void M() { new RefB(); } } #endif\nclass After { void M() { new RefAfter(); } }\n#endif\n",
            "class C {\n#if B\n) void M() { new InB(); }\n#else\nvoid N() { new NotB(); }\n#endif\n}\n",
            "#if X\nclass T { string s = \"\"\"\n#endif\n#if B\nclass InB { void M() { new RefB(); } }\n#endif\n#if X\n\"\"\"; }\n#endif\n",
            "#if X\nclass T { /*\n#endif\n#if B\nclass InB { void M() { new RefB(); } }\n#endif\n#if X\n*/ }\n#endif\n",
            "#define Z\n#if X\n#undef Z\n#endif\n#if Z\nclass InZ { void M() { new RefZ(); } }\n#else\nclass NotZ { void M() { new RefNotZ(); } }\n#endif\n",
            "class T {\n#if NET8_0\n  void M() { Verify(\"\"\"\n#if DEBUG\nclass C { }\n#endif\n\"\"\"); }\n#endif\n  void N() { Shop.Cart.Add(); }\n}\n",
        };
        var sets = new[] { ImmutableArray<string>.Empty, ImmutableArray.Create("X"), ImmutableArray.Create("B"), ImmutableArray.Create("X", "B"), ImmutableArray.Create("A"), ImmutableArray.Create("NET8_0", "DEBUG") };
        foreach (var code in texts)
        {
            var fresh = sets.Select(symbols => Dump(TestFileReferences.Extract(SourceText.From(code), symbols, CancellationToken.None))).ToArray();
            for (var a = 0; a < sets.Length; a++)
            {
                for (var b = 0; b < sets.Length; b++)
                {
                    for (var c = 0; c < sets.Length; c++)
                    {
                        var cache = new TestReferenceCache();
                        foreach (var i in new[] { a, b, c })
                        {
                            Assert.True(
                                Dump(cache.Get(SourceText.From(code), sets[i], CancellationToken.None)).SequenceEqual(fresh[i]),
                                code + " read under " + string.Join(" then ", new[] { a, b, c }.Select(k => "{" + string.Join(",", sets[k]) + "}")));
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Two_frameworks_taking_turns_on_a_file_whose_names_vary_read_it_once_each()
    {
        // An analyzer's test whose input, a raw string holding "#if DEBUG", lies in a branch one framework leaves out: the
        // two frameworks' readings meet different names, and the cache keeps both sets.
        var code = "class T {\n#if NET8_0\n  void M() { Verify(\"\"\"\n#if DEBUG\nclass C { }\n#endif\n\"\"\"); }\n#endif\n  void N() { Shop.Cart.Add(); }\n}\n";
        var cache = new TestReferenceCache();
        for (var round = 0; round < 4; round++)
        {
            cache.Get(SourceText.From(code), Net8, CancellationToken.None);
            cache.Get(SourceText.From(code), NetStandard, CancellationToken.None);
        }

        Assert.Equal(2, cache.Extractions);
    }

    [Fact]
    public async Task Compilations_with_different_keys_asking_side_by_side_each_get_their_own_reading()
    {
        var cache = new TestReferenceCache();
        var code = "class T {\n#if NETSTANDARD\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => "void S" + i + "() { new Shop.Legacy().Old(" + i + "); }\n"))
            + "#else\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => "void M" + i + "() { new Shop.Cart().Add(" + i + "); }\n")) + "#endif\n}";
        using var start = new Barrier(2);
        var sets = new[] { Net8, NetStandard };
        var reads = sets.Select(symbols => Task.Run(() =>
        {
            start.SignalAndWait();
            return cache.Get(SourceText.From(code), symbols, CancellationToken.None);
        })).ToArray();
        var read = await Task.WhenAll(reads);
        for (var i = 0; i < sets.Length; i++)
        {
            Assert.True(Dump(read[i]).SequenceEqual(Dump(TestFileReferences.Extract(SourceText.From(code), sets[i], CancellationToken.None))));
        }

        Assert.Equal(0, cache.PendingReads);
    }

    [Fact]
    public void Readings_through_one_cache_equal_fresh_readings_under_every_set_of_symbols_on_this_repositorys_sources()
    {
        var files = RuleCatalog.RepositorySourceFiles();
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
