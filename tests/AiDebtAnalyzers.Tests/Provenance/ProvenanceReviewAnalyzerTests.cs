using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Provenance;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using VerifyReviewed = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Provenance.ProvenanceReviewAnalyzer,
    AiDebtAnalyzers.Tests.Provenance.FixedDateMarkReviewedCodeFixProvider>;
using VerifyReReviewed = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Provenance.ProvenanceReviewAnalyzer,
    AiDebtAnalyzers.Tests.Provenance.FixedDateMarkReReviewedCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Provenance;

public class ProvenanceReviewAnalyzerTests
{
    private const string Body = "int Total(int a, int b) { return a + b; }";

    private static string Hash => ProvenanceTestSupport.HashOf(Body);

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
        await VerifyReReviewed.VerifyAnalyzerAsync(source, VerifyReReviewed.Diagnostic(RuleIds.ChangedSinceReview).WithLocation(0).WithArguments("dev@example.com", current, Hash));
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
    public async Task Mark_as_reviewed_writes_reviewer_date_and_hash()
    {
        var source = """
            class OrderService
            {
                {|#0:// <ai-provenance tool="copilot" contributor="ai">|}
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>

                {|#1:// <ai-provenance tool="claude" contributor="mixed"
                //   model="anthropic/claude-sonnet-4">|}
                int Twice(int a) => a * 2;
                // </ai-provenance>
            }
            """;

        var fixedSource = $$"""
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai" reviewed-by="lead@example.com" reviewed="2026-11-22" hash="{{Hash}}">
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>

                // <ai-provenance tool="claude" contributor="mixed"
                //   model="anthropic/claude-sonnet-4" reviewed-by="lead@example.com" reviewed="2026-11-22" hash="{{ProvenanceTestSupport.HashOf("int Twice(int a) => a * 2;")}}">
                int Twice(int a) => a * 2;
                // </ai-provenance>
            }
            """;

        await VerifyReviewed.VerifyCodeFixAsync(
            source,
            new[]
            {
                VerifyReviewed.Diagnostic(RuleIds.UnreviewedAiCode).WithLocation(0).WithArguments("copilot", 1),
                VerifyReviewed.Diagnostic(RuleIds.UnreviewedAiCode).WithLocation(1).WithArguments("claude", 1),
            },
            fixedSource,
            "aidebt.provenance.reviewer = lead@example.com");
    }

    [Fact]
    public async Task Mark_as_reviewed_is_not_offered_without_a_reviewer()
    {
        var source = """
            class OrderService
            {
                {|#0:// <ai-provenance tool="copilot" contributor="ai">|}
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        await VerifyReviewed.VerifyCodeFixAsync(source, VerifyReviewed.Diagnostic(RuleIds.UnreviewedAiCode).WithLocation(0).WithArguments("copilot", 1), source);
    }

    [Fact]
    public async Task Mark_as_re_reviewed_updates_hash_date_and_reviewer()
    {
        var source = """
            class OrderService
            {
                {|#0:// <ai-provenance tool="copilot" contributor="ai" reviewed-by="dev@example.com" reviewed="2026-11-01" hash="aid1:0000000000000000">|}
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        var fixedSource = $$"""
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai" reviewed-by="lead@example.com" reviewed="2026-11-22" hash="{{Hash}}">
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        await VerifyReReviewed.VerifyCodeFixAsync(
            source,
            new[] { VerifyReReviewed.Diagnostic(RuleIds.ChangedSinceReview).WithLocation(0).WithArguments("dev@example.com", Hash, "aid1:0000000000000000") },
            fixedSource,
            "aidebt.provenance.reviewer = lead@example.com");
    }

    [Fact]
    public async Task Mark_as_re_reviewed_keeps_the_recorded_reviewer_when_none_is_configured()
    {
        var source = """
            class OrderService
            {
                {|#0:// <ai-provenance tool="copilot" contributor="ai" reviewed-by="dev@example.com" reviewed="2026-11-01" hash="aid1:0000000000000000">|}
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        var fixedSource = $$"""
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai" reviewed-by="dev@example.com" reviewed="2026-11-22" hash="{{Hash}}">
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        await VerifyReReviewed.VerifyCodeFixAsync(
            source,
            VerifyReReviewed.Diagnostic(RuleIds.ChangedSinceReview).WithLocation(0).WithArguments("dev@example.com", Hash, "aid1:0000000000000000"),
            fixedSource);
    }

    [Fact]
    public async Task Attribute_form_is_reviewed_and_fixed_too()
    {
        var source = """
            using AiDebtAnalyzers;

            class OrderService
            {
                [{|#0:AiProvenance(Tool = "copilot", Contributor = "ai")|}]
                int Total(int a, int b) { return a + b; }
            }
            """;

        var fixedSource = $$"""
            using AiDebtAnalyzers;

            class OrderService
            {
                [AiProvenance(Tool = "copilot", Contributor = "ai", ReviewedBy = "lead@example.com", Reviewed = "2026-11-22", Hash = "{{Hash}}")]
                int Total(int a, int b) { return a + b; }
            }
            """;

        var test = new VerifyReviewed.Test { TestCode = source, FixedCode = fixedSource };
        test.WithEditorConfig("aidebt.provenance.reviewer = lead@example.com");
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(("AiProvenanceAttribute.cs", AiProvenanceAttributeGenerator.AttributeSource));
            state.Sources.Add(("EmbeddedAttribute.cs", AiProvenanceAttributeGenerator.EmbeddedAttributeSource));
        }

        test.ExpectedDiagnostics.Add(VerifyReviewed.Diagnostic(RuleIds.UnreviewedAiCode).WithLocation(0).WithArguments("copilot", 1));
        await test.RunAsync(CancellationToken.None);
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

        var test = new VerifyReReviewed.Test { TestCode = source };
        test.TestState.Sources.Add(("AiProvenanceAttribute.cs", AiProvenanceAttributeGenerator.AttributeSource));
        test.TestState.Sources.Add(("EmbeddedAttribute.cs", AiProvenanceAttributeGenerator.EmbeddedAttributeSource));
        test.ExpectedDiagnostics.Add(VerifyReReviewed.Diagnostic(RuleIds.ChangedSinceReview).WithLocation(0)
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
