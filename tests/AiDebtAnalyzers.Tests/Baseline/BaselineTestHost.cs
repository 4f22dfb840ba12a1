using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Baseline;
using AiDebtAnalyzers.Residue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.Baseline;

/// <summary>
/// Runs the real AID501 analyzer, AID002 and the suppressor through the analyzer API, as the compiler does, with the
/// baseline as an AdditionalFile. Suppressed diagnostics are kept so tests can see <see cref="Diagnostic.IsSuppressed"/>.
/// </summary>
internal static class BaselineTestHost
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, params TestAdditionalFile[] additionalFiles)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: "/src/OrderService.cs");
        var compilation = CSharpCompilation.Create(
            "Sample",
            new[] { tree },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var provider = new MetadataOptionsProvider(additionalFiles);
        var options = new AnalyzerOptions(additionalFiles.Cast<AdditionalText>().ToImmutableArray(), provider);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ElidedCodeAnalyzer(), new MalformedBaselineAnalyzer(), new BaselineSuppressor());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Id.StartsWith("AID", System.StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    public static string BaselineJson(params Diagnostic[] accepted)
    {
        var entries = accepted.Select(d =>
            "    { \"ruleId\": \"" + d.Id + "\", \"fingerprint\": \"" + d.Properties["aidebt.fingerprint"] + "\", \"file\": \"src/OrderService.cs\", \"message\": \"accepted\" }");
        return "{\n  \"version\": 2,\n  \"findings\": [\n" + string.Join(",\n", entries) + "\n  ]\n}\n";
    }

    internal sealed class TestAdditionalFile : AdditionalText
    {
        private readonly SourceText text;

        public TestAdditionalFile(string path, string content, string? kind = null)
        {
            Path = path;
            text = SourceText.From(content);
            Kind = kind;
        }

        public override string Path { get; }

        public string? Kind { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>Gives each AdditionalFile the item metadata the package targets would pass.</summary>
    private sealed class MetadataOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<AdditionalText, AnalyzerConfigOptions> byFile = new();

        public MetadataOptionsProvider(IEnumerable<TestAdditionalFile> files)
        {
            foreach (var file in files)
            {
                var values = file.Kind is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [AiDebtAnalyzers.Baseline.Baseline.KindMetadataKey] = file.Kind };
                byFile[file] = new DictionaryOptions(values);
            }
        }

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => byFile.TryGetValue(textFile, out var options) ? options : GlobalOptions;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public DictionaryOptions(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
