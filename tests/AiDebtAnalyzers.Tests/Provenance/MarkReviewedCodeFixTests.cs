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

/// <summary>MarkReviewedCodeFixProvider (AID404) and MarkReReviewedCodeFixProvider (AID403), with the date fixed, single and fix-all.</summary>
public class MarkReviewedCodeFixTests
{
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
                // <ai-provenance tool="copilot" contributor="ai" reviewed-by="lead@example.com" reviewed="2026-11-22" hash="{{ProvenanceReviewAnalyzerTests.Hash}}">
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
                // <ai-provenance tool="copilot" contributor="ai" reviewed-by="lead@example.com" reviewed="2026-11-22" hash="{{ProvenanceReviewAnalyzerTests.Hash}}">
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        await VerifyReReviewed.VerifyCodeFixAsync(
            source,
            new[] { VerifyReReviewed.Diagnostic(RuleIds.ChangedSinceReview).WithLocation(0).WithArguments("dev@example.com", ProvenanceReviewAnalyzerTests.Hash, "aid1:0000000000000000") },
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
                // <ai-provenance tool="copilot" contributor="ai" reviewed-by="dev@example.com" reviewed="2026-11-22" hash="{{ProvenanceReviewAnalyzerTests.Hash}}">
                int Total(int a, int b) { return a + b; }
                // </ai-provenance>
            }
            """;

        await VerifyReReviewed.VerifyCodeFixAsync(
            source,
            VerifyReReviewed.Diagnostic(RuleIds.ChangedSinceReview).WithLocation(0).WithArguments("dev@example.com", ProvenanceReviewAnalyzerTests.Hash, "aid1:0000000000000000"),
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
                [AiProvenance(Tool = "copilot", Contributor = "ai", ReviewedBy = "lead@example.com", Reviewed = "2026-11-22", Hash = "{{ProvenanceReviewAnalyzerTests.Hash}}")]
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
}
