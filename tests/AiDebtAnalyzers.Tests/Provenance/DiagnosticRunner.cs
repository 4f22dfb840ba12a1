using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.Provenance;

/// <summary>
/// Runs an analyzer through the analyzer API and returns the diagnostics with their properties, which the verifiers
/// do not compare. Compiler errors do not matter here (the analyzer API runs analyzers anyway).
/// </summary>
internal static class DiagnosticRunner
{
    public static async Task<Diagnostic> SingleAsync(DiagnosticAnalyzer analyzer, string source, string? editorConfig = null, params (string Path, string Text)[] additionalFiles)
    {
        var diagnostics = await RunAsync(analyzer, new[] { ("/src/Test0.cs", source) }, editorConfig, additionalFiles);
        return Assert.Single(diagnostics);
    }

    public static Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, (string Path, string Text)[] sources, string? editorConfig, params (string Path, string Text)[] additionalFiles) =>
        RunAsync(ImmutableArray.Create(analyzer), sources, editorConfig, additionalFiles);

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, (string Path, string Text)[] sources, string? editorConfig, params (string Path, string Text)[] additionalFiles)
    {
        var compilation = Compile(sources);
        var options = Options(editorConfig, additionalFiles);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var all = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return all.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    public static CSharpCompilation Compile((string Path, string Text)[] sources) => CSharpCompilation.Create(
        "TestProject",
        sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Path)),
        new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static AnalyzerOptions Options(string? editorConfig, params (string Path, string Text)[] additionalFiles) => new(
        additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray(),
        new DictionaryOptionsProvider(Parse(editorConfig)));

    private static Dictionary<string, string> Parse(string? editorConfig)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (editorConfig ?? string.Empty).Split('\n'))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
            }
        }

        return values;
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class DictionaryOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions options;

        public DictionaryOptionsProvider(Dictionary<string, string> values) => options = new DictionaryOptions(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public DictionaryOptions(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
