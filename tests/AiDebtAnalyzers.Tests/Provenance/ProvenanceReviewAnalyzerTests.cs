using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Provenance;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using VerifyReviewed = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Provenance.ProvenanceReviewAnalyzer>;

namespace AiDebtAnalyzers.Tests.Provenance;

public class ProvenanceReviewAnalyzerTests
{
    internal const string Body = "int Total(int a, int b) { return a + b; }";

    internal static string Hash => ProvenanceTestSupport.HashOf(Body);

    [Fact]
    public async Task Reports_unreviewed_region()
    {
        var source = """
            class OrderService
            {
                {|#0:// <ai-provenance tool="copilot" contributor="ai">|}
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        await VerifyReviewed.VerifyAnalyzerAsync(source, VerifyReviewed.Diagnostic(RuleIds.UnreviewedAiCode).WithLocation(0).WithArguments("copilot", 1));
    }

    [Fact]
    public async Task Reviewed_region_with_matching_hash_is_quiet_even_after_reformatting()
    {
        var source = $$"""
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai" reviewed-by="dev@example.com"
                //   reviewed="2026-11-21" hash="{{Hash}}">
                // A comment added later is no edit.
                int Total(
                    int a,
                    int b)
                {
                    return a + b;
                }
                // </ai-provenance>
            }
            """;

        await VerifyReviewed.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reviewed_region_without_hash_cannot_be_checked_and_is_quiet()
    {
        var source = """
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai" reviewed-by="dev@example.com" reviewed="2026-11-21">
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        await VerifyReviewed.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_code_changed_since_review()
    {
        var source = $$"""
            class OrderService
            {
                {|#0:// <ai-provenance tool="copilot" contributor="ai" reviewed-by="dev@example.com" reviewed="2026-11-21" hash="{{Hash}}">|}
                int Total(int a, int b) { return a - b; }
                // </ai-provenance>
            }
            """;

        var current = ProvenanceTestSupport.HashOf("int Total(int a, int b) { return a - b; }");
        await VerifyReviewed.VerifyAnalyzerAsync(source, VerifyReviewed.Diagnostic(RuleIds.ChangedSinceReview).WithLocation(0).WithArguments("dev@example.com", current, Hash));
    }

    [Fact]
    public async Task Invalid_annotation_is_left_to_AID402()
    {
        var source = """
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="robot">
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        await VerifyReviewed.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Attribute_form_detects_an_edit_but_not_its_own_change()
    {
        var source = $$"""
            using AiDebtAnalyzers;

            class OrderService
            {
                [{|#0:AiProvenance(Tool = "copilot", Contributor = "ai", ReviewedBy = "dev@example.com", Reviewed = "2026-11-21", Hash = "{{Hash}}")|}]
                int Total(int a, int b) { return a + b + 1; }

                [AiProvenance(Tool = "copilot", Contributor = "ai", ReviewedBy = "dev@example.com", Reviewed = "2026-11-21", Hash = "{{ProvenanceTestSupport.HashOf("int Other() => 1;")}}")]
                int Other() => 1;
            }
            """;

        var test = new VerifyReviewed.Test { TestCode = source };
        test.TestState.Sources.Add(("AiProvenanceAttribute.cs", AiProvenanceAttributeGenerator.AttributeSource));
        test.TestState.Sources.Add(("EmbeddedAttribute.cs", AiProvenanceAttributeGenerator.EmbeddedAttributeSource));
        test.ExpectedDiagnostics.Add(VerifyReviewed.Diagnostic(RuleIds.ChangedSinceReview).WithLocation(0)
            .WithArguments("dev@example.com", ProvenanceTestSupport.HashOf("int Total(int a, int b) { return a + b + 1; }"), Hash));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Properties_carry_the_review_state()
    {
        var source = $$"""
            class OrderService
            {
                // <ai-provenance tool="copilot" model="openai/gpt-4o" contributor="mixed" reviewed-by="dev@example.com" reviewed="2026-11-21" hash="aid1:0000000000000000">
                int Total(int a, int b)
                {
                    return a + b;
                }
                // </ai-provenance>
            }
            """;

        var diagnostic = await AnalyzerDriver.SingleAsync(new ProvenanceReviewAnalyzer(), source);
        Assert.Equal(RuleIds.ChangedSinceReview, diagnostic.Id);
        Assert.Equal("copilot", diagnostic.Properties["aidebt.tool"]);
        Assert.Equal("openai/gpt-4o", diagnostic.Properties["aidebt.model"]);
        Assert.Equal("mixed", diagnostic.Properties["aidebt.contributor"]);
        Assert.Equal("true", diagnostic.Properties["aidebt.reviewed"]);
        Assert.Equal("4", diagnostic.Properties["aidebt.lines"]);
        Assert.Equal("6", diagnostic.Properties["aidebt.debtMinutes"]);
        Assert.Equal("aid1:0000000000000000", diagnostic.Properties["aidebt.recordedHash"]);
    }
}
