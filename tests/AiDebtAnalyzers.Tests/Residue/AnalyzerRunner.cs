using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Tests.Residue;

/// <summary>Runs one analyzer through the analyzer API, for tests that read a diagnostic's properties.</summary>
internal static class AnalyzerRunner
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        DiagnosticAnalyzer analyzer,
        string source,
        string? editorConfig = null,
        IEnumerable<KeyValuePair<string, string>>? globalValues = null)
    {
        var references = await TestReferenceAssemblies.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Residue",
            new[] { CSharpSyntaxTree.ParseText(source, path: "/src/Test0.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptionsProvider(editorConfig, globalValues));
        return await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }
}
