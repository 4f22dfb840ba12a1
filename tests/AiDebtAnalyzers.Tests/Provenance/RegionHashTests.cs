using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Provenance;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebtAnalyzers.Tests.Provenance;

public class RegionHashTests
{
    private const string Original = """
        public int Total(int a, int b)
        {
            // add them
            return a + b;
        }
        """;

    [Theory]
    [InlineData("public int Total(int a, int b) { return a + b; }")]
    [InlineData("public   int\tTotal( int a,int b )\r\n{\r\n    return a+b;\r\n}")]
    [InlineData("public int Total(int a, int b)\n{\n    /* sum */ return a + b; // done\n}")]
    [InlineData("/// <summary>Adds.</summary>\npublic int Total(int a, int b)\n{\n#region body\n    return a + b;\n#endregion\n}")]
    public void Reformatting_and_comments_keep_the_hash(string reformatted) =>
        Assert.Equal(ProvenanceTestSupport.HashOf(Original), ProvenanceTestSupport.HashOf(reformatted));

    [Theory]
    [InlineData("public int Total(int a, int b) { return a - b; }")]
    [InlineData("public int Total(int a, int c) { return a + c; }")]
    [InlineData("internal int Total(int a, int b) { return a + b; }")]
    [InlineData("public int Total(int a, int b) { return a + b + 0; }")]
    [InlineData("public int Total(int a, int b) { return \"a + b\".Length; }")]
    public void Any_token_edit_changes_the_hash(string edited) =>
        Assert.NotEqual(ProvenanceTestSupport.HashOf(Original), ProvenanceTestSupport.HashOf(edited));

    [Fact]
    public void Whitespace_inside_a_string_literal_is_an_edit() =>
        Assert.NotEqual(ProvenanceTestSupport.HashOf("var s = \"a b\";"), ProvenanceTestSupport.HashOf("var s = \"a  b\";"));

    [Fact]
    public void Hash_is_aid1_sha256_of_tokens_joined_by_single_spaces()
    {
        // Independent of Roslyn: SHA-256 of "return a + b ;", first 8 bytes in lower-case hex.
        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("return a + b ;"));
        var expected = "aid1:" + System.Convert.ToHexString(digest, 0, 8).ToLowerInvariant();
        var actual = ProvenanceTestSupport.HashOf("return   a+b;");
        Assert.Equal(expected, actual);
        Assert.Matches("^aid1:[0-9a-f]{16}$", actual);
    }

    [Fact]
    public void Region_hash_covers_only_the_code_between_the_markers()
    {
        var source = """
            class C
            {
                int Before() => 0;
                // <ai-provenance tool="copilot" contributor="ai">
                public int Total(int a, int b)
                {
                    return a + b;
                }
                // </ai-provenance>
                int After() => 2;
            }
            """;

        var tree = CSharpSyntaxTree.ParseText(source);
        var region = ProvenanceParser.Parse(tree.GetRoot(), tree.GetText(), CancellationToken.None).Regions.Single();
        var hash = region.ComputeHash(tree.GetRoot(), tree.GetText());
        Assert.Equal(ProvenanceTestSupport.HashOf("public int Total(int a, int b) { return a + b; }"), hash.Value);
        Assert.Equal(4, hash.Lines);
    }

    [Fact]
    public void Attribute_hash_leaves_out_the_attribute_itself()
    {
        var source = """
            class C
            {
                [Obsolete, AiProvenance(Tool = "copilot", Contributor = "ai", Hash = "aid1:0000000000000000")]
                public int Total(int a, int b) => a + b;
            }
            """;

        var tree = CSharpSyntaxTree.ParseText(source);
        var region = ProvenanceParser.Parse(tree.GetRoot(), tree.GetText(), CancellationToken.None).Regions.Single();
        Assert.Equal(ProvenanceForm.Attribute, region.Form);
        Assert.Equal("copilot", region.Tool);
        Assert.Equal(ProvenanceTestSupport.HashOf("[Obsolete, ] public int Total(int a, int b) => a + b;"), region.ComputeHash(tree.GetRoot(), tree.GetText()).Value);
    }

    private const string Tricky = """"
        using System;
        // a comment line

        namespace N
        {
            /// <summary>Documented.</summary>
            public class C<T> where T : new()
            {
                private readonly int[] sizes = new int[] { 1, 2,
                    3 };
                public string Verbatim = @"first
        
        last";
                public string Raw = """
                    // not a comment

                    """;
                public object Generic = typeof(System.Collections.Generic.Dictionary<,>);
        #if NEVER
                public int Disabled = 1;
        #endif
                public int M(int a) /* inline */ => a
                    + 1; // trailing
                public int Broken( => 3;
                public string Interpolated => $@"{M(1)}
                    and {M(2):D3}";
            }
        }
        """";

    [Fact]
    public void Code_lines_are_the_lines_the_token_walk_counts_for_any_span()
    {
        var tree = CSharpSyntaxTree.ParseText(Tricky);
        var root = tree.GetRoot();
        var text = tree.GetText();
        var positions = Enumerable.Range(0, text.Length + 1).Where(p => p % 7 == 0 || p == text.Length).ToArray();
        var compared = 0;
        foreach (var start in positions)
        {
            foreach (var end in positions.Where(e => e >= start && (e - start) % 3 == 0))
            {
                var content = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end);
                Assert.Equal(RegionHash.Compute(root, text, content, null).Lines, RegionHash.CountCodeLines(root, text, content));
                var excluded = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start + ((end - start) / 3), start + (2 * (end - start) / 3));
                Assert.Equal(RegionHash.Compute(root, text, content, excluded).Lines, RegionHash.CountCodeLines(root, text, content, excluded));
                compared++;
            }
        }

        Assert.True(compared > 1000);

        // The whole file: every line but the blank ones, the comment-only ones and the disabled branch with its directives.
        Assert.Equal(RegionHash.Compute(root, text, root.FullSpan, null).Lines, RegionHash.CountCodeLines(root, text, root.FullSpan));
        Assert.Equal(22, RegionHash.CountCodeLines(root, text, root.FullSpan));
    }

    // Fragments that make syntax errors of every kind: missing and skipped tokens, broken directives, strings cut off.
    private static readonly string[] Soup =
    {
        "class", "record", "enum", "delegate", "namespace", "C", ":", "{", "}", "(", ")", "[", "]", "<", ">", ",", ";", "=", "=>",
        "\"s\"", "@\"v\n w\"", "\"\"\"\nraw\n\"\"\"", "$\"{", "$\"a{b:F2}c\"", "}\"", "1", "-2", "int", "var", "x", "new", "return",
        "if", "#if A\n", "#endif\n", "#region r\n", "#endregion\n", "// c\n", "/* c */", "/* \n */", "/// <s>\n", "\n", "\r\n", " ",
        "new int[,]", "typeof(A<,>)", "\"", "$", "@", "#", "\\",
    };

    [Fact]
    public void Code_lines_are_the_lines_the_token_walk_counts_in_code_full_of_syntax_errors()
    {
        var random = new System.Random(400);
        var compared = 0;
        for (var n = 0; n < 400; n++)
        {
            var builder = new System.Text.StringBuilder();
            for (var i = random.Next(1, 60); i > 0; i--)
            {
                builder.Append(Soup[random.Next(Soup.Length)]).Append(random.Next(3) == 0 ? " " : string.Empty);
            }

            var tree = CSharpSyntaxTree.ParseText(builder.ToString());
            var root = tree.GetRoot();
            var text = tree.GetText();
            foreach (var node in root.DescendantNodesAndSelf())
            {
                foreach (var span in new[] { node.Span, node.FullSpan })
                {
                    Assert.True(
                        RegionHash.Compute(root, text, span, null).Lines == RegionHash.CountCodeLines(root, text, span),
                        $"span {span} of {System.Text.Json.JsonSerializer.Serialize(builder.ToString())}");
                    compared++;
                }
            }
        }

        Assert.True(compared > 5000);
    }
}

