using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// What an IDE does with AID101, driven through the same analyzer API it uses: diagnostics asked for one document at a
/// time (syntax and semantic diagnostics of one tree, as the editor's per-document analysis asks for them), and new
/// compilations after an edit that share every untouched <see cref="SyntaxTree"/> with the previous one. No IDE runs here.
/// </summary>
public class IdePathTests
{
    private static readonly (string Path, string Source)[] Files =
    {
        ("/0/A.cs", Service("A", "Run", "order", Validation)),
        ("/0/B.cs", Service("B", "Run", "order", Validation)),
        ("/0/C.cs", Service("C", "Run", "invoice", RenamedValidation)),
        ("/0/D.cs", Service("D", "Run", "order", "System.Console.WriteLine(order.Customer);")),
        ("/0/Order.cs", Order),
    };

    private const string EditedBody = """
        System.Console.WriteLine("Placing " + order.Customer);
                System.Console.WriteLine(order.Quantity * order.UnitPrice);
        """;

    [Fact]
    public async Task Per_document_analysis_gives_exactly_the_full_analysis_diagnostics()
    {
        var compilation = AnalyzerDriver.Compile(Files);
        var full = await Analyzer(compilation).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Equal(3, full.Length);

        // The editor opens documents in any order, each analysis on its own, syntax first and then semantics.
        foreach (var tree in compilation.SyntaxTrees.Reverse())
        {
            var perDocument = await DocumentDiagnosticsAsync(Analyzer(compilation), compilation, tree);
            Assert.Equal(Describe(full.Where(d => d.Location.SourceTree == tree)), Describe(perDocument));
        }

        // One analysis object asked for every document in turn, as a long-lived IDE session does.
        var shared = Analyzer(compilation);
        var all = new List<Diagnostic>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            all.AddRange(await DocumentDiagnosticsAsync(shared, compilation, tree));
        }

        Assert.Equal(Describe(full), Describe(all));
    }

    /// <summary>
    /// The rule reports from a semantic model action (so that in a build it reads the bodies the compiler has bound; see
    /// the architecture page): a document's syntax analysis reports nothing, and a span-limited semantic request, as a
    /// light bulb makes, gives the diagnostics of the full analysis that lie in its span, and none outside it.
    /// </summary>
    [Fact]
    public async Task Diagnostics_come_from_semantic_analysis_and_a_span_limited_request_gives_those_in_its_span()
    {
        var compilation = AnalyzerDriver.Compile(Files);
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var full = await Analyzer(compilation).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var method = (await tree.GetRootAsync()).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().First();

        var inSpan = await Analyzer(compilation).GetAnalyzerSemanticDiagnosticsAsync(model, method.Span, CancellationToken.None);
        Assert.Single(inSpan);
        Assert.Equal(Describe(full.Where(d => d.Location.SourceTree == tree && method.Span.IntersectsWith(d.Location.SourceSpan))), Describe(inSpan));

        var before = new Microsoft.CodeAnalysis.Text.TextSpan(0, method.SpanStart);
        Assert.Empty(await Analyzer(compilation).GetAnalyzerSemanticDiagnosticsAsync(model, before, CancellationToken.None));
        Assert.Empty(await Analyzer(compilation).GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None));
    }

    [Fact]
    public async Task After_an_edit_untouched_trees_keep_their_fingerprints_and_diagnostics_follow_the_edit()
    {
        var before = AnalyzerDriver.Compile(Files);
        var treeA = Tree(before, "/0/A.cs");
        var treeB = Tree(before, "/0/B.cs");
        var treeC = Tree(before, "/0/C.cs");
        var beforeA = await DocumentDiagnosticsAsync(Analyzer(before), before, treeA);
        Assert.Equal(2, beforeA.Single().AdditionalLocations.Count);
        Assert.True(TreeCloneData.TryGetCached(treeA, out var dataA));
        Assert.True(TreeCloneData.TryGetCached(treeC, out var dataC));

        // The user edits B: its copy of the block is gone. The new compilation shares A, C, D and Order with the old one.
        var editedB = treeB.WithChangedText((await treeB.GetTextAsync()).Replace(TextSpanOf(treeB, Validation), EditedBody));
        var after = before.ReplaceSyntaxTree(treeB, editedB);
        Assert.Same(treeA, Tree(after, "/0/A.cs"));
        Assert.False(TreeCloneData.TryGetCached(editedB, out _));

        var afterA = await DocumentDiagnosticsAsync(Analyzer(after), after, treeA);
        var afterB = await DocumentDiagnosticsAsync(Analyzer(after), after, editedB);

        // Only the edited tree was fingerprinted again; A and C kept the very same data.
        Assert.True(TreeCloneData.TryGetCached(treeA, out var dataAAfter));
        Assert.True(TreeCloneData.TryGetCached(treeC, out var dataCAfter));
        Assert.Same(dataA, dataAAfter);
        Assert.Same(dataC, dataCAfter);
        Assert.True(TreeCloneData.TryGetCached(editedB, out _));

        // The copy edited away is no longer reported, nor listed in the other files.
        Assert.Empty(afterB);
        var diagnostic = Assert.Single(afterA);
        var other = Assert.Single(diagnostic.AdditionalLocations);
        Assert.Equal("/0/C.cs", other.SourceTree!.FilePath);
        Assert.Equal("2", diagnostic.Properties[DuplicatedCodeAnalyzer.CloneCopiesProperty]);
        Assert.Contains("appears in 2 places; also in C.cs:7", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);

        // Undoing the edit brings the copy back, everywhere, as the full analysis of that compilation reports it.
        var undone = after.ReplaceSyntaxTree(editedB, editedB.WithChangedText(await treeB.GetTextAsync()));
        var full = await Analyzer(undone).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Equal(3, full.Length);
        foreach (var tree in undone.SyntaxTrees)
        {
            Assert.Equal(Describe(full.Where(d => d.Location.SourceTree == tree)), Describe(await DocumentDiagnosticsAsync(Analyzer(undone), undone, tree)));
        }
    }

    private static CompilationWithAnalyzers Analyzer(Compilation compilation) =>
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DuplicatedCodeAnalyzer()), AnalyzerDriver.Options());

    private static async Task<ImmutableArray<Diagnostic>> DocumentDiagnosticsAsync(CompilationWithAnalyzers analyzer, Compilation compilation, SyntaxTree tree)
    {
        var syntax = await analyzer.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None);
        var semantic = await analyzer.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None);
        return syntax.AddRange(semantic);
    }

    private static SyntaxTree Tree(Compilation compilation, string path) => compilation.SyntaxTrees.Single(t => t.FilePath == path);

    private static Microsoft.CodeAnalysis.Text.TextSpan TextSpanOf(SyntaxTree tree, string text)
    {
        var start = tree.GetText().ToString().IndexOf(text, System.StringComparison.Ordinal);
        Assert.True(start >= 0);
        return new Microsoft.CodeAnalysis.Text.TextSpan(start, text.Length);
    }

    /// <summary>Everything an IDE shows or a fix reads: id, place, message, additional locations and properties.</summary>
    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Select(d => string.Join(
                " | ",
                d.Id,
                d.Severity.ToString(),
                d.Location.SourceTree!.FilePath + "@" + d.Location.SourceSpan,
                d.GetMessage(CultureInfo.InvariantCulture),
                string.Join(",", d.AdditionalLocations.Select(l => l.SourceTree!.FilePath + "@" + l.SourceSpan)),
                string.Join(",", d.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))))
            .OrderBy(s => s, System.StringComparer.Ordinal)
            .ToArray();
}
