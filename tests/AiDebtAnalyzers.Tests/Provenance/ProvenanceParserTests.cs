using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Provenance;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebtAnalyzers.Tests.Provenance;

public class ProvenanceParserTests
{
    private static TreeProvenance Parse(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        return ProvenanceParser.Parse(tree.GetRoot(), tree.GetText(), CancellationToken.None);
    }

    [Fact]
    public void Reads_every_field_over_several_comment_lines()
    {
        var provenance = Parse("""
            class C
            {
                // <ai-provenance tool="copilot" model="openai/gpt-4o" contributor="ai" generated="2026-11-20"
                //   reviewed-by="reviewer@example.com" reviewed="2026-11-21" hash="aid1:3f1c9a0b5d27e4a8"
                //   trace="550e8400-e29b-41d4-a716-446655440000"
                //   conversation="https://chat.example.com/c/42">
                int M() => 1;
                // </ai-provenance>
            }
            """);

        Assert.Empty(provenance.Problems);
        var region = Assert.Single(provenance.Regions);
        Assert.True(region.IsValid);
        Assert.Equal(ProvenanceForm.Comment, region.Form);
        Assert.Equal("copilot", region.Tool);
        Assert.Equal("openai/gpt-4o", region.Model);
        Assert.Equal("ai", region.Contributor);
        Assert.Equal("2026-11-20", region.Get(ProvenanceFieldNames.Generated));
        Assert.Equal("reviewer@example.com", region.ReviewedBy);
        Assert.Equal("2026-11-21", region.Reviewed);
        Assert.Equal("aid1:3f1c9a0b5d27e4a8", region.Hash);
        Assert.Equal("550e8400-e29b-41d4-a716-446655440000", region.Get(ProvenanceFieldNames.Trace));
        Assert.Equal("https://chat.example.com/c/42", region.Get(ProvenanceFieldNames.Conversation));
        Assert.Equal(9, region.Fields.Length);
    }

    [Fact]
    public void Value_spans_point_at_the_text_between_the_quotes()
    {
        const string source = "// <ai-provenance tool=\"copilot\" contributor=\"ai\">\nclass C { }\n// </ai-provenance>\n";
        var region = Assert.Single(Parse(source).Regions);
        Assert.Equal("copilot", source.Substring(region.Find("tool")!.ValueSpan.Start, region.Find("tool")!.ValueSpan.Length));
        Assert.Equal('>', source[region.InsertPosition]);
    }

    [Fact]
    public void A_whole_file_region_covers_everything_between_the_markers()
    {
        var provenance = Parse("""
            // <ai-provenance tool="claude" contributor="mixed">
            using System;

            namespace Shop;

            class C { int M() => 1; }
            // </ai-provenance>
            """);

        var region = Assert.Single(provenance.Regions);
        Assert.Equal("claude", region.Tool);
        Assert.True(provenance.IsCovered(new Microsoft.CodeAnalysis.Text.TextSpan(region.ContentSpan.Start + 5, 1)));
    }

    [Fact]
    public void Attribute_is_recognized_by_name_in_any_spelling()
    {
        var provenance = Parse("""
            [AiDebtAnalyzers.AiProvenance(Tool = "copilot", Contributor = "ai")]
            class A { }

            [global::AiDebtAnalyzers.AiProvenanceAttribute(Tool = "cursor", Contributor = "mixed", ReviewedBy = "x@y.z", Reviewed = "2026-11-21")]
            class B { }

            class D
            {
                [AiProvenance(Tool = @"claude", Contributor = "ai")]
                void M() { }
            }
            """);

        Assert.Empty(provenance.Problems);
        Assert.Equal(new[] { "copilot", "cursor", "claude" }, provenance.Regions.Select(r => r.Tool));
        Assert.Equal("x@y.z", provenance.Regions[1].ReviewedBy);
    }

    [Fact]
    public void An_attribute_inside_an_annotated_type_is_nested()
    {
        var provenance = Parse("""
            [AiProvenance(Tool = "copilot", Contributor = "ai")]
            class B
            {
                [AiProvenance(Tool = "claude", Contributor = "ai")]
                void M() { }
            }
            """);

        Assert.Single(provenance.Regions);
        Assert.Contains("nested", Assert.Single(provenance.Problems).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Other_attributes_and_assembly_targets_are_not_regions()
    {
        var provenance = Parse("""
            [assembly: AiProvenance(Tool = "copilot", Contributor = "ai")]
            [Provenance(Tool = "x")]
            class A { }
            """);

        Assert.Empty(provenance.Regions);
        Assert.Single(provenance.Problems);
    }

    [Fact]
    public void Comments_inside_code_lines_and_disabled_code_are_not_markers()
    {
        var provenance = Parse("""
            class C
            {
            #if NEVER
                // <ai-provenance tool="copilot">
            #endif
                string S = "// <ai-provenance tool=\"x\">";
            }
            """);

        Assert.Empty(provenance.Regions);
        Assert.Empty(provenance.Problems);
    }

    [Fact]
    public void Parser_never_throws_on_truncated_markers()
    {
        foreach (var marker in new[] { "// <ai-provenance", "// <ai-provenance tool=", "// <ai-provenance tool=\"", "// <ai-provenance tool=\"x", "/* <ai-provenance */", "// </ai-provenance", "// <ai-provenance =\"x\">" })
        {
            var provenance = Parse("class C\n{\n    " + marker + "\n    int M() => 1;\n}\n");
            Assert.NotEmpty(provenance.Problems);
        }
    }
}
