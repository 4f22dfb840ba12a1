using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>Runs AID101 through the analyzer driver directly, for checks on properties, ids and tree order.</summary>
internal static class CloneTestHost
{
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> files) =>
        CSharpCompilation.Create(
            "CloneTest",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, path: f.Path)),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, IReadOnlyDictionary<string, string>? options = null)
    {
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DuplicatedCodeAnalyzer()), Options(options));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics
            .OrderBy(d => d.Location.SourceTree!.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    public static AnalyzerOptions Options(IReadOnlyDictionary<string, string>? options = null) =>
        new(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider(null, options));
}
