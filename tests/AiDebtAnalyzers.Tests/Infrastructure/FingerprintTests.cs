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

        Assert.Matches(@"^v1:AID201:Shop\.Orders\.OrderController\.AddLineAsync\(2\):[0-9a-f]{16}:0$", fingerprint);
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

    [Theory]
    [InlineData("class C { C(int a) { var x = 42; } }", "C..ctor(1)")]
    [InlineData("class C { static C() { var x = 42; } }", "C..cctor(0)")]
    [InlineData("class C<T> { int P { get { return 42; } } }", "C`1.P.get")]
    [InlineData("namespace A.B; record R { int M<T>(T t) => 42; }", "A.B.R.M`1(1)")]
    [InlineData("class C { int this[int i] => 42; }", "C.this[1]")]
    [InlineData("class C { void M() { int Local(int a, int b) => 42; } }", "C.M(0).Local(2)")]
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
}
