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
}
