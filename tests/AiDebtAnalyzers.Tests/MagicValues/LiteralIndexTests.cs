using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.MagicValues;
using AiDebtAnalyzers.Tests.Quality;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AiDebtAnalyzers.Tests.MagicValues;

/// <summary>
/// The literal index behind AID201's recurrence: what subject a literal sets, that each tree is indexed once and kept
/// across an edit of another tree, and that a cancelled first build of the compilation's index poisons nothing.
/// </summary>
public class LiteralIndexTests
{
    private const string Source = """
        using System;
        using System.Linq;
        using System.Threading.Tasks;

        class Sample
        {
            public const int FailedVerificationDelay = 2000;
            private static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(6);

            async Task<int> M(int[] items, int retries, Func<TimeSpan, int> keep)
            {
                await Task.Delay(1500 * retries);
                if (items.Length > 50) return 0;
                if (retries == 3) return 1;
                var named = 42;
            var expiry = DateTime.UtcNow + TimeSpan.FromSeconds(retries - 10);
            var fee = retries * 0.029m;
                return keep(TimeSpan.FromMinutes(30)) + items.Take(25).Sum();
            }
        }
        """;

    [Fact]
    public void Indexes_each_literal_with_the_subject_it_sets_and_the_numeric_constants()
    {
        var tree = AnalyzerDriver.Compile(Source).SyntaxTrees[0];
        var index = TreeLiteralIndex.Get(tree, CancellationToken.None);

        var subjects = index.Numbers.Select(n => n.Value + "@" + n.Subject).ToArray();
        Assert.Equal(
            new[] { "1500@|call:Delay#0@Sample", "1500@|call:Delay#0%M", "50@|cmp<:Length", "3@|cmp=:retries", "0.029@|arith:*", "30@|call:keep#0/FromMinutes", "25@|call:Take#0" },
            subjects);
        Assert.Equal(
            new[] { "Sample.FailedVerificationDelay=2000 int", "Sample.SessionLifetime=6 TimeSpan FromHours" },
            index.Constants.Select(c => c.ContainingType + "." + c.Name + "=" + c.Value + " " + c.TypeName + (c.Factory is null ? string.Empty : " " + c.Factory)).ToArray());
    }

    [Fact]
    public void The_text_scan_finds_what_a_walk_over_every_node_finds_where_text_misleads()
    {
        // Quotes and digits in comments, directives, disabled text and identifiers; every string form; literals in holes
        // of nested interpolations; constants of fields and of a migration; owners of nested types and delegates.
        const string Tricky = """"
            #pragma warning disable 1591 // "quoted" 42
            using System;
            #line 100 "Generated.cs"
            #line default
            namespace N;

            /// <summary>A "doc" comment with 7 and 'x'.</summary>
            [Obsolete("type " + "attribute", false)]
            public class Outer
            {
                public const int Limit = -3, Other = 0x1F;
                private static readonly TimeSpan Wait = TimeSpan.FromSeconds(2.5);
                private static readonly string Name = "n" + 1;
                private int field1 = 1_000, field2 = .5e1 > 2 ? 3 : 4;
                public delegate void D(int x = 9, string s = "d");
            #if NEVER
                string disabled = "not code"; int n = 12;
            #endif
                public string M(int a1, char c = '"', char d = '\'')
                {
                    var verbatim = @"say ""hi"" 5";
                    var raw = """
                        raw "text" 6
                        """;
                    var utf8 = "bytes"u8.Length + 7;
                    var interpolated = $"a{a1 + 8,10:N2}b{$"inner{"lit" + 11}"}c" + $@"{a1}""q""" + $$"""{{a1}} 12 {""";
                    var range = new int[20][1..5];
                    /* block "comment" 13 */
                    return c + "tail" + 14.0m;
                }

                class Inner { string S = "inner"; int I = 15; }
            }

            public class Snapshot : Microsoft.EntityFrameworkCore.Migrations.Migration
            {
                public const int Version = 16;
                void Up() { var x = 17; var y = "18"; }
                class Nested { int z = 19; }
            }
            """";
        AssertScanEqualsWalk(CSharpSyntaxTree.ParseText(Tricky, path: "Tricky.cs"));
        AssertScanEqualsWalk(CSharpSyntaxTree.ParseText("var top = 1; Console.WriteLine($\"{top} and {\"2\"}\"); class After { int X = 3; }", path: "Program.cs"));
    }

    [Theory]
    [InlineData("class C { void M() { var x = 1L2; } }")]
    [InlineData("class C { void M() { var x = \"a\"u81; } }")]
    [InlineData("class C { void M() { var x = 1u2; var y = 1f3; var z = 1m4; var w = 1d5; var v = 1UL6; } }")]
    [InlineData("class C { void M() { var x = 0b12; var y = 0xFFu1; var z = 0x1G2; var e = 1e5f2; } }")]
    [InlineData("class C { void M() { var s = \"unterminated\n var t = $\"{ 1 + \"x\" ; var u = @\"open")]
    public void The_text_scan_finds_what_a_walk_over_every_node_finds_in_code_being_typed(string source)
    {
        // A number right after another token's suffix or digits (a missing semicolon), unterminated strings: broken code
        // is what the analyzer sees while someone types.
        AssertScanEqualsWalk(CSharpSyntaxTree.ParseText(source, path: "Typing.cs"));
    }

    [Fact]
    public void The_text_scan_finds_what_a_walk_over_every_node_finds_where_the_tree_nests_deep_or_comments_crowd()
    {
        // Thousands of else-ifs or concatenated strings nest deep (the scan walks the tree instead); thousands of
        // comments holding quotes and digits lie between few tokens.
        var chain = "class C { int M(string s) { " + string.Concat(Enumerable.Range(0, 3000).Select(i => $"if (s == \"v{i}\") return {i}; else ")) + "return -1; } }";
        var concatenation = "class C { string S = " + string.Join(" + ", Enumerable.Range(0, 3000).Select(i => $"\"p{i}\"")) + "; }";
        var comments = "class C { int M() { return " + string.Concat(Enumerable.Range(0, 3000).Select(i => $"/* \"c{i}\" {i} */\n")) + "42; } }";
        AssertScanEqualsWalk(CSharpSyntaxTree.ParseText(chain, path: "Chain.cs"));
        AssertScanEqualsWalk(CSharpSyntaxTree.ParseText(concatenation, path: "Concatenation.cs"));
        AssertScanEqualsWalk(CSharpSyntaxTree.ParseText(comments, path: "Comments.cs"));
    }

    [Fact]
    public void The_text_scan_finds_what_a_walk_over_every_node_finds_on_this_repositorys_sources()
    {
        var files = RuleCatalog.RepositorySourceFiles();
        Assert.True(files.Count > 100, "the repository's sources were not found");
        foreach (var file in files)
        {
            AssertScanEqualsWalk(CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file));
        }
    }

    private static void AssertScanEqualsWalk(SyntaxTree tree)
    {
        var walked = TreeLiteralIndex.BuildByWalkingEveryNode(tree, CancellationToken.None).Entries().ToList();
        var scanned = TreeLiteralIndex.Get(tree, CancellationToken.None).Entries().ToList();
        var same = walked.Zip(scanned, (w, s) => w == s).TakeWhile(equal => equal).Count();
        Assert.True(walked.SequenceEqual(scanned), tree.FilePath + ": the text scan differs from the walk at entry " + same + " of " + walked.Count
            + " (walk: " + (same < walked.Count ? walked[same] : "end") + "; scan: " + (same < scanned.Count ? scanned[same] : "end") + ")");
    }

    [Fact]
    public void Keeps_the_index_of_an_untouched_tree_across_an_edit_of_another()
    {
        var compilation = AnalyzerDriver.Compile(("/0/A.cs", Source), ("/0/B.cs", "class B { int M(int x) => x > 7 ? 1 : 0; }"));
        var untouched = compilation.SyntaxTrees[0];
        var before = TreeLiteralIndex.Get(untouched, CancellationToken.None);

        var edited = compilation.SyntaxTrees[1];
        var next = compilation.ReplaceSyntaxTree(edited, CSharpSyntaxTree.ParseText("class B { int M(int x) => x > 8 ? 1 : 0; }", (CSharpParseOptions)edited.Options, edited.FilePath));

        Assert.Same(untouched, next.SyntaxTrees.First());
        Assert.Same(before, TreeLiteralIndex.Get(next.SyntaxTrees.First(), CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_first_build_does_not_poison_the_index()
    {
        var compilation = AnalyzerDriver.Compile(("/0/A.cs", Source), ("/0/B.cs", Source.Replace("class Sample", "class Other")));
        var lazy = new LazyLiteralIndex(compilation, AnalyzerDriver.Options());

        Assert.ThrowsAny<OperationCanceledException>(() => lazy.Get(new CancellationToken(canceled: true)));

        var index = lazy.Get(CancellationToken.None);
        var copies = index.Occurrences(25, "|call:Take#0");
        Assert.NotNull(copies);
        Assert.Equal(new[] { "/0/A.cs", "/0/B.cs" }, copies!.Select(c => c.Tree.FilePath).ToArray());
        Assert.Equal(2, index.ConstantsOf(2000)!.Count);
        Assert.Same(index, lazy.Get(CancellationToken.None));
    }

    private const string Mixed = """"
        using System;
        using Microsoft.EntityFrameworkCore.Migrations;

        var greeting = "top-level " + 1;
        Console.WriteLine($"{greeting:F2} and {2,5}" + @"verbatim" + "utf8"u8.Length);

        [Obsolete("attribute of a type")]
        public class Outer
        {
            const string Key = "outer key";
            delegate void Handler(string name = "delegate default", int count = 3);
            public int Size => 4 + "inner".Length;

            class Nested
            {
                string Text = """raw nested""";
                int Count = -5;
            }

            enum Mode { [Obsolete("enum member")] A = 6 }
        }

        public partial class AddOrders : Migration
        {
            string Table = "Orders";
            int Width = 7;

            class Helper
            {
                int Inner = 8;
                string Name = "helper";
            }
        }

        namespace After
        {
            class Late { string Value = "late " + 9; }
        }
        """";

    [Fact]
    public void Each_declarations_string_literals_are_those_a_walk_stopping_at_nested_types_finds()
    {
        var tree = CSharpSyntaxTree.ParseText(Mixed);
        var root = tree.GetRoot();
        var index = TreeLiteralIndex.Get(tree, CancellationToken.None);
        var declarations = root.DescendantNodesAndSelf().Where(n => n is CompilationUnitSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax).ToList();
        Assert.Equal(8, declarations.Count);
        foreach (var declaration in declarations)
        {
            Assert.Equal(Walk(declaration).Select(l => l.SpanStart), index.StringLiteralsOf(declaration).Select(l => l.SpanStart));
        }

        // The top-level program owns the statements before the first type, not the attribute or what follows.
        Assert.Equal(new[] { "\"top-level \"", "@\"verbatim\"" }, index.StringLiteralsOf(root).Select(l => l.ToString()));
        Assert.Equal(new[] { "\"Orders\"" }, index.StringLiteralsOf(declarations.OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == "AddOrders")).Select(l => l.ToString()));

        static IEnumerable<LiteralExpressionSyntax> Walk(SyntaxNode declaration)
        {
            var starts = declaration is CompilationUnitSyntax unit
                ? unit.Members.TakeWhile(m => m is GlobalStatementSyntax).Cast<SyntaxNode>()
                : new[] { declaration };
            return starts.SelectMany(start => start.DescendantNodes(n => n == start || n is not BaseTypeDeclarationSyntax and not DelegateDeclarationSyntax))
                .OfType<LiteralExpressionSyntax>()
                .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression));
        }
    }

    [Fact]
    public void Numeric_literals_are_every_one_but_those_whose_innermost_type_is_scaffolded()
    {
        var tree = CSharpSyntaxTree.ParseText(Mixed);
        var index = TreeLiteralIndex.Get(tree, CancellationToken.None);

        Assert.Equal(new[] { "1", "2", "5", "3", "4", "5", "6", "8", "9" }, index.NumericLiterals(tree.GetRoot()).Select(l => l.ToString()));
        Assert.Equal(
            tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.NumericLiteralToken) && t.Text != "7").Select(t => t.SpanStart),
            index.NumericLiterals(tree.GetRoot()).Select(l => l.SpanStart));

        // The string positions AID201's stated role reads: every string-like token, a format clause's text included.
        Assert.Equal(
            tree.GetRoot().DescendantTokens().Where(MagicNumberClassifier.IsStringLikeToken).Select(t => t.SpanStart),
            index.StringLikeStarts);
        Assert.Contains(Mixed.IndexOf("F2", StringComparison.Ordinal), index.StringLikeStarts);
    }

    [Fact]
    public void The_index_holds_no_node_of_a_method_body_alive()
    {
        // The red nodes of a block's statements are held weakly by the tree: an index that kept its literals' nodes kept
        // them, and the nodes above them, for as long as the tree lives (every tree of a compilation, for recurrence).
        var tree = CSharpSyntaxTree.ParseText("""
            class C
            {
                void M()
                {
                    Call("first text", 10);
                    Call("second text", 20);
                    Call("third text", 30);
                    Call("fourth text", 40);
                    Call("fifth text", 50);
                }
            }
            """);
        var statements = IndexAndObserve(tree);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.DoesNotContain(statements, statement => statement.IsAlive);
        var index = TreeLiteralIndex.Get(tree, CancellationToken.None);
        Assert.Equal(new[] { "10", "20", "30", "40", "50" }, index.NumericLiterals(tree.GetRoot()).Select(l => l.ToString()));
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        Assert.Equal(5, index.StringLiteralsOf(type).Count());
        GC.KeepAlive(tree);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference[] IndexAndObserve(SyntaxTree tree)
    {
        TreeLiteralIndex.Get(tree, CancellationToken.None);
        return tree.GetRoot().DescendantNodes().OfType<ExpressionStatementSyntax>().Select(s => new WeakReference(s)).ToArray();
    }
}
