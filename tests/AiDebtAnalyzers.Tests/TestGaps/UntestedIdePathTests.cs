using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>
/// What an IDE does with AID301, driven through the analyzer API it uses: the rule reports from a semantic model action
/// (so that in a build the reach reads the bodies the compiler has bound; see the architecture page), one document at a
/// time, and a span-limited request as a light bulb makes. A partial type's findings are computed once and each of its
/// files shows its own.
/// </summary>
public class UntestedIdePathTests
{
    private static readonly (string Path, string Source)[] Files =
    {
        ("/0/Cart.cs", "namespace Shop { public partial class Cart { public void Add() { } public void Clear() { } } public class Order { public void Ship() { } } }"),
        ("/0/Cart.More.cs", "namespace Shop { public partial class Cart { public void Empty() { } } }"),
    };

    private const string Test = "class T { void M() { new Shop.Cart().Add(); new Shop.Order(); } }";

    [Fact]
    public async Task Per_document_analysis_gives_exactly_the_full_analysis_diagnostics()
    {
        var compilation = AnalyzerDriver.Compile(Files);
        var full = await Analyzer(compilation).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Equal(new[] { "Shop.Cart.Clear() -> void", "Shop.Cart.Empty() -> void", "Shop.Order" }, full.Select(d => d.Properties[UntestedPublicApiAnalyzer.ApiProperty]).OrderBy(api => api, System.StringComparer.Ordinal));

        foreach (var tree in compilation.SyntaxTrees.Reverse())
        {
            var analyzer = Analyzer(compilation);
            Assert.Empty(await analyzer.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None));
            var perDocument = await analyzer.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None);
            Assert.Equal(Describe(full.Where(d => d.Location.SourceTree == tree)), Describe(perDocument));
        }
    }

    [Fact]
    public async Task A_span_limited_request_gives_the_diagnostics_in_its_span()
    {
        var compilation = AnalyzerDriver.Compile(Files);
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var order = (await tree.GetRootAsync()).DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == "Order");

        var inSpan = await Analyzer(compilation).GetAnalyzerSemanticDiagnosticsAsync(model, order.Span, CancellationToken.None);
        Assert.Equal("Shop.Order", Assert.Single(inSpan).Properties[UntestedPublicApiAnalyzer.ApiProperty]);

        var before = new Microsoft.CodeAnalysis.Text.TextSpan(0, order.SpanStart);
        Assert.Equal("Shop.Cart.Clear() -> void", Assert.Single(await Analyzer(compilation).GetAnalyzerSemanticDiagnosticsAsync(model, before, CancellationToken.None)).Properties[UntestedPublicApiAnalyzer.ApiProperty]);
    }

    private static CompilationWithAnalyzers Analyzer(Compilation compilation) =>
        compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new UntestedPublicApiAnalyzer()),
            AnalyzerDriver.Options(additionalFiles: new[]
            {
                new TestAdditionalFile("/" + TestSources.Project + "/Test0.cs", Test, (UntestedPublicApiAnalyzer.TestSourceMetadata, "true"), (UntestedPublicApiAnalyzer.TestProjectMetadata, TestSources.Project)),
            }));

    private static string[] Describe(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
}
