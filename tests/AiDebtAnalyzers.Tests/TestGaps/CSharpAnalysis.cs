using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>Runs the test-gap analyzer straight through the analyzer API, for checks the verifier does not make (properties, caching).</summary>
internal static class CSharpAnalysis
{
    public static CSharpCompilation Compile(string source) => CSharpCompilation.Create(
        "Shop",
        new[] { CSharpSyntaxTree.ParseText(source, path: "/Shop/Cart.cs") },
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The compilation with its trees parsed again with these preprocessor symbols defined.</summary>
    public static CSharpCompilation WithParseOptionsOf(this CSharpCompilation compilation, params string[] symbols)
    {
        var trees = compilation.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), ((CSharpParseOptions)t.Options).WithPreprocessorSymbols(symbols)));
        return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
    }

    public static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, string testSource, string testProject) =>
        RunAsync(compilation, new[] { SourceText.From(testSource) }, testProject);

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, IReadOnlyList<SourceText> testSources, string testProject)
    {
        var files = new List<AdditionalText>();
        var metadata = new Dictionary<string, string>
        {
            [UntestedPublicApiAnalyzer.TestSourceMetadata] = "true",
            [UntestedPublicApiAnalyzer.TestProjectMetadata] = testProject,
        };
        for (var i = 0; i < testSources.Count; i++)
        {
            files.Add(new InMemoryAdditionalText("/" + testProject + "/Test" + i + ".cs", testSources[i]));
        }

        var options = new AnalyzerOptions(files.ToImmutableArray<AdditionalText>(), new OptionsProvider(metadata));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UntestedPublicApiAnalyzer());
        var failures = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, (e, _, _) => failures.Add(e.ToString()), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        if (failures.Count > 0)
        {
            throw new System.InvalidOperationException(string.Join("\n", failures));
        }

        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, SourceText text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions fileOptions;

        public OptionsProvider(Dictionary<string, string> metadata) => fileOptions = new Options(metadata);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => fileOptions;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Options(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
