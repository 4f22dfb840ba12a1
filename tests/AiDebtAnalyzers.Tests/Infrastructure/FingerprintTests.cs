using System;
using System.Linq;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Tests.Infrastructure;

public class FingerprintTests
{
    private const string Original = """
        namespace Shop.Orders
        {
            public class OrderController
            {
                public void AddLineAsync(int id, string sku)
                {
                    var total = id * 42;
                    // ... existing code ...
                }
            }
        }
        """;

    private static string LiteralFingerprint(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var literal = root.DescendantNodes().OfType<LiteralExpressionSyntax>().First(l => l.Token.ValueText == "42");
        return Fingerprint.ForSpan("AID201", root, literal.Span);
    }

    private static string CommentFingerprint(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var comment = root.DescendantTrivia().First(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) && t.ToString().Contains("existing", System.StringComparison.Ordinal));
        return Fingerprint.ForTrivia("AID501", comment);
    }

    [Fact]
    public void Has_version_rule_container_hash_and_ordinal()
    {
        var fingerprint = LiteralFingerprint(Original);

        Assert.Matches(@"^v2:AID201:Shop\.Orders\.OrderController\.AddLineAsync\(int,string\):[0-9a-f]{16}:0$", fingerprint);
    }

    [Fact]
    public void Survives_lines_added_above_and_reformatting()
    {
        var moved = "using System;\n\n// A new header comment\n" + Original.Replace("var total = id * 42;", "var   total =\n   id*42 ;", System.StringComparison.Ordinal);

        Assert.Equal(LiteralFingerprint(Original), LiteralFingerprint(moved));
        Assert.Equal(CommentFingerprint(Original), CommentFingerprint(moved.Replace("// ... existing code ...", "//   ...   existing code ...", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Changes_with_the_container()
    {
        var renamed = Original.Replace("AddLineAsync", "RemoveLineAsync", System.StringComparison.Ordinal);

        Assert.NotEqual(LiteralFingerprint(Original), LiteralFingerprint(renamed));
    }

    [Fact]
    public void Equal_siblings_get_increasing_ordinals()
    {
        const string source = """
            class C
            {
                void M()
                {
                    // ...
                    var a = 1;
                    // ...
                }
            }
            """;
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var comments = root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)).ToArray();

        Assert.EndsWith(":0", Fingerprint.ForTrivia("AID501", comments[0]), System.StringComparison.Ordinal);
        Assert.EndsWith(":1", Fingerprint.ForTrivia("AID501", comments[1]), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinals_count_the_equal_runs_wholly_before_each_finding_in_a_long_member()
    {
        // Overlapping runs (1 + 1 + 1), equal statements of a long block (600) and equal spans in a second member: each
        // finding's rank is the number of equal token runs that end before it starts in its member, whichever finding
        // of the member asks first.
        var body = string.Concat(Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? "Thread.Sleep(25); x = 1 + 1 + 1;\n" : "Work(); Thread.Sleep(25);\n"));
        var source = "class C { void M() { " + body + "} void N() { Thread.Sleep(25); x = 1 + 1 + 1; } }";
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var spans = root.DescendantNodes().Where(n => n is LiteralExpressionSyntax or BinaryExpressionSyntax or ExpressionStatementSyntax).Select(n => n.Span).ToArray();

        foreach (var span in spans.Reverse())
        {
            var fingerprint = Fingerprint.ForSpan("AID201", root, span);

            Assert.EndsWith(":" + EqualRunsBefore(root, span).ToString(System.Globalization.CultureInfo.InvariantCulture), fingerprint, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_rank_does_not_depend_on_which_finding_asked_first_when_two_runs_share_a_hash()
    {
        // `}} w` then `{`, and `}}` then `w {`: joined with spaces both read "}} w {", so they hash alike; each is still
        // ranked among runs of its own tokens only, before and after the other is asked.
        const string source = "class C { string M(int x, int y) { var a = $\"}} w{x}\"; var b = $$\"\"\"{{y}}w {\"\"\"; return a + b; } }";
        static (Microsoft.CodeAnalysis.Text.TextSpan A, Microsoft.CodeAnalysis.Text.TextSpan B) Spans(SyntaxNode root)
        {
            var tokens = root.DescendantTokens().ToList();
            var textA = tokens.First(t => t.Text == "}} w");
            var textB = tokens.First(t => t.Text == "w {");
            var closeB = tokens[tokens.IndexOf(textB) - 1];
            return (Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(textA.SpanStart, textA.GetNextToken().Span.End), Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(closeB.SpanStart, textB.Span.End));
        }

        var alone = CSharpSyntaxTree.ParseText(source).GetRoot();
        var bAlone = Fingerprint.ForSpan("AID401", alone, Spans(alone).B);
        var shared = CSharpSyntaxTree.ParseText(source).GetRoot();
        var (a, b) = Spans(shared);
        Fingerprint.ForSpan("AID401", shared, a);

        Assert.Equal(bAlone, Fingerprint.ForSpan("AID401", shared, b));
        Assert.EndsWith(":0", bAlone, System.StringComparison.Ordinal);
    }

    // The rank as the fingerprint's remarks define it, counted the slow way: every run of the span's tokens in its member that ends before the span.
    private static int EqualRunsBefore(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var units = root.DescendantTokens().Where(t => span.Contains(t.Span) && t.Span.Length > 0).Select(t => t.Text).ToArray();
        var member = root.FindNode(span).FirstAncestorOrSelf<MethodDeclarationSyntax>()!;
        var before = member.DescendantTokens().TakeWhile(t => t.SpanStart < span.Start).Select(t => t.Text).ToArray();
        return Enumerable.Range(0, Math.Max(0, before.Length - units.Length + 1)).Count(start => units.SequenceEqual(before.Skip(start).Take(units.Length)));
    }

    [Theory]
    [InlineData("class C { C(int a) { var x = 42; } }", "C..ctor(int)")]
    [InlineData("class C { static C() { var x = 42; } }", "C..cctor()")]
    [InlineData("class C<T> { int P { get { return 42; } } }", "C`1.P.get")]
    [InlineData("namespace A.B; record R { int M<T>(T t) => 42; }", "A.B.R.M`1(T)")]
    [InlineData("class C { int this[int i] => 42; }", "C.this[int]")]
    [InlineData("class C { void M() { int Local(int a, int b) => 42; } }", "C.M().Local(int,int)")]
    [InlineData("class C { void M(ref int a, System.Collections.Generic.Dictionary<string, int[]> b) { a = 42; } }", "C.M(ref int,System.Collections.Generic.Dictionary<string,int[]>)")]
    [InlineData("class C : I { int I.M() => 42; }", "C.M{I}()")]
    [InlineData("class C { static int operator +(C a, int b) => 42; }", "C.operator +(C,int)")]
    [InlineData("var x = 42;", "<top-level>")]
    public void Container_path_names_the_member(string source, string expected)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var literal = root.DescendantNodes().OfType<LiteralExpressionSyntax>().First(l => l.Token.ValueText == "42");

        Assert.Equal(expected, Fingerprint.ContainerPath(literal));
    }

    [Fact]
    public void Hash_is_sha256_prefix() =>
        // SHA-256("a b") = c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65
        Assert.Equal("c8687a08aa5d6ed2", Fingerprint.Hash(new[] { "a", "b" }));

    private static string[] Fingerprints(string source, string path = "/repo/src/Shop.cs")
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: path);
        var root = tree.GetRoot();
        return root.DescendantTrivia()
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
            .Select(t => Fingerprint.ForTrivia("AID501", t))
            .Concat(root.DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => Fingerprint.ForSpan("AID201", root, l.Span)))
            .ToArray();
    }

    [Fact]
    public void Equal_comments_before_different_statements_get_different_ordinals()
    {
        // Version 1 counted equal comments per attached token, so both of these were ":0" and a baseline accepting one
        // accepted any number of them.
        const string source = """
            class OrderService
            {
                void Save()
                {
                    // ... existing code ...
                    Validate();
                    // ... existing code ...
                    Persist();
                }

                void Validate() { }

                void Persist() { }
            }
            """;

        var fingerprints = Fingerprints(source);

        Assert.Equal(2, fingerprints.Length);
        Assert.EndsWith(":0", fingerprints[0], System.StringComparison.Ordinal);
        Assert.EndsWith(":1", fingerprints[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Overloads_with_one_parameter_differ()
    {
        const string source = """
            class Client
            {
                void Send(string text) { var retries = 3; }
                void Send(System.Uri uri) { var retries = 3; }
            }
            """;

        var fingerprints = Fingerprints(source);

        Assert.Equal(2, fingerprints.Distinct().Count());
        Assert.Contains("Client.Send(string)", fingerprints[0], System.StringComparison.Ordinal);
        Assert.Contains("Client.Send(System.Uri)", fingerprints[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_interface_implementations_differ_from_the_public_member()
    {
        const string source = """
            class Store : System.IDisposable
            {
                public void Dispose() { var x = 1; }
                void System.IDisposable.Dispose() { var x = 1; }
            }
            """;

        Assert.Equal(2, Fingerprints(source).Distinct().Count());
    }

    [Fact]
    public void Equal_findings_outside_members_differ_between_files_of_a_partial_type()
    {
        const string part = """
            partial class OrderService
            {
                // ... rest of the class ...
            }
            """;

        Assert.NotEqual(Fingerprints(part, "/repo/src/OrderService.cs")[0], Fingerprints(part, "/repo/src/OrderService.Sync.cs")[0]);
    }

    [Fact]
    public void Survives_a_move_to_another_folder()
    {
        Assert.Equal(Fingerprints(Original, "/repo/src/Orders/OrderController.cs"), Fingerprints(Original, "/repo/src/Web/Api/OrderController.cs"));

        const string part = "partial class C\n{\n    // ... rest of the class ...\n}\n";
        Assert.Equal(Fingerprints(part, "/repo/a/C.cs"), Fingerprints(part, "/repo/b/C.cs"));
    }

    [Fact]
    public void Value_findings_on_equal_text_get_different_ordinals()
    {
        const string source = """
            class OrderService
            {
                /// <summary>Saves.</summary>
                /// I hope this helps!
                /// I hope this helps!
                void Save() { }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source);
        var root = tree.GetRoot();
        var text = tree.GetText();
        var lines = text.Lines.Where(l => l.ToString().Contains("I hope", System.StringComparison.Ordinal)).ToArray();
        var spans = lines.Select(l => Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(l.Start + l.ToString().IndexOf('/', System.StringComparison.Ordinal), l.End)).ToArray();

        var first = Fingerprint.ForValue("AID503", root, spans[0], "/// I hope this helps!");
        var second = Fingerprint.ForValue("AID503", root, spans[1], "/// I hope this helps!");

        Assert.StartsWith("v2:AID503:OrderService.Save():", first, System.StringComparison.Ordinal);
        Assert.EndsWith(":0", first, System.StringComparison.Ordinal);
        Assert.EndsWith(":1", second, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Value_findings_in_an_additional_file_get_different_ordinals()
    {
        var file = Microsoft.CodeAnalysis.Text.SourceText.From("{\"a\": 1}\nnot json\nnot json\n");
        var first = Fingerprint.ForValue("AID405", ".agent-trace", file, new Microsoft.CodeAnalysis.Text.TextSpan(9, 8), "not JSON");
        var second = Fingerprint.ForValue("AID405", ".agent-trace", file, new Microsoft.CodeAnalysis.Text.TextSpan(18, 8), "not JSON");

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("v2:AID201:Shop.Client.Send(System.Uri):0123456789abcdef:3", "AID201:Shop.Client.Send(1):0123456789abcdef")]
    [InlineData("v2:AID201:Shop.Client.Send(Dictionary<string,int>,ref int[,]):0123456789abcdef:0", "AID201:Shop.Client.Send(2):0123456789abcdef")]
    [InlineData("v2:AID201:Shop.Client.M{IDisposable}().Local(int):0123456789abcdef:0", "AID201:Shop.Client.M(0).Local(1):0123456789abcdef")]
    [InlineData("v2:AID501:Shop.Client@Client.Sync.cs:0123456789abcdef:1", "AID501:Shop.Client:0123456789abcdef")]
    [InlineData("v2:AID201:Shop.Client.this[int,string]:0123456789abcdef:0", "AID201:Shop.Client.this[2]:0123456789abcdef")]
    [InlineData("v1:AID201:Shop.Client.Send(1):0123456789abcdef:0", "AID201:Shop.Client.Send(1):0123456789abcdef")]
    public void Legacy_key_is_the_version_1_identity_without_rank(string fingerprint, string expected) =>
        Assert.Equal(expected, Fingerprint.LegacyKey(fingerprint));
}
