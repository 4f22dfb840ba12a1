using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Provenance;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Provenance.InvalidProvenanceAnalyzer,
    AiDebtAnalyzers.CodeFixes.Provenance.CloseProvenanceRegionCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Provenance;

/// <summary>CloseProvenanceRegionCodeFixProvider on AID402's unclosed regions, single and fix-all.</summary>
public class CloseProvenanceRegionCodeFixTests
{
    [Fact]
    public async Task Close_fix_closes_the_region_after_the_member()
    {
        var source = """
            class OrderService
            {
                {|#0:// <ai-provenance tool="copilot" contributor="ai">|}
                int Total(int a, int b)
                {
                    return a + b;
                }

                int Other() => 1;
            }
            """;

        var fixedSource = """
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai">
                int Total(int a, int b)
                {
                    return a + b;
                }
                // </ai-provenance>

                int Other() => 1;
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, InvalidProvenanceAnalyzerTests.Invalid(0, "the region has no closing marker '</ai-provenance>'"), fixedSource);
    }

    [Fact]
    public async Task Close_fix_works_for_statements_and_fix_all()
    {
        var source = """
            class OrderService
            {
                int Total(int a, int b)
                {
                    {|#0:// <ai-provenance tool="copilot" contributor="ai">|}
                    var sum = a + b;
                    return sum;
                }

                {|#1:// <ai-provenance tool="cursor" contributor="ai">|}
                int Other() => 1;
            }
            """;

        var fixedSource = """
            class OrderService
            {
                int Total(int a, int b)
                {
                    // <ai-provenance tool="copilot" contributor="ai">
                    var sum = a + b;
                    // </ai-provenance>
                    return sum;
                }

                // <ai-provenance tool="cursor" contributor="ai">
                int Other() => 1;
                // </ai-provenance>
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(
            source,
            new[]
            {
                InvalidProvenanceAnalyzerTests.Invalid(0, "the region has no closing marker '</ai-provenance>'"),
                InvalidProvenanceAnalyzerTests.Invalid(1, "the region has no closing marker '</ai-provenance>'"),
            },
            fixedSource);
    }

    [Fact]
    public async Task No_fix_when_the_marker_annotates_nothing()
    {
        var source = """
            class OrderService
            {
                int Total(int a, int b) => a + b;
                {|#0:// <ai-provenance tool="copilot" contributor="ai">|}
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, InvalidProvenanceAnalyzerTests.Invalid(0, "the region has no closing marker '</ai-provenance>'"), source);
    }
}
