using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.CSharp14Tests.Verifiers;

/// <summary>
/// Runs the analyzers (built against Roslyn 4.8.0) inside a compilation of this project's Roslyn (the SDK's, which
/// parses C# 14), as a .NET 10 SDK build runs them: <see cref="CompilationWithAnalyzers"/>, options through the main
/// test project's <see cref="TestConfigOptionsProvider"/> and AdditionalFiles as <see cref="TestAdditionalFile"/>s.
/// An analyzer exception or AD0001 fails the test; results are sorted by path and position.
/// </summary>
public static class CSharp14Driver
{
    /// <summary>The running runtime's own assemblies: a C# 14 library needs a current framework (span conversions).</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is { } name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>A library compilation at the given language version (C# 14 by default), nullable annotations on.</summary>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> sources, LanguageVersion languageVersion = LanguageVersion.CSharp14)
    {
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(languageVersion);
        return CSharpCompilation.Create(
            "Library",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parseOptions, s.Path)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Runs the analyzers on a compilation with the given AdditionalFiles; failures fail the test.</summary>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, IReadOnlyList<TestAdditionalFile> additionalFiles, params DiagnosticAnalyzer[] analyzers) =>
        RunAsync(compilation, additionalFiles, null, analyzers);

    /// <summary>As above, with <c>.editorconfig</c> lines (<c>key = value</c>) for every file.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, IReadOnlyList<TestAdditionalFile> additionalFiles, string? editorConfig, params DiagnosticAnalyzer[] analyzers)
    {
        var failures = new ConcurrentQueue<string>();
        var options = new AnalyzerOptions(additionalFiles.ToImmutableArray<AdditionalText>(), new TestConfigOptionsProvider(editorConfig));
        var driverOptions = new CompilationWithAnalyzersOptions(
            options,
            (exception, analyzer, _) => failures.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var diagnostics = await compilation.WithAnalyzers(analyzers.ToImmutableArray(), driverOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            failures.Enqueue(diagnostic.ToString());
        }

        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        return diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>The compiler's errors of a compilation, to check a test library compiles as written.</summary>
    public static ImmutableArray<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
}
