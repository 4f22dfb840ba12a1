using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Tests.Verifiers;

/// <summary>
/// The one way to run analyzers outside the verifiers, for checks the verifiers do not make: a diagnostic's properties
/// and message arguments, suppressions, results across edits of one compilation, caches. It compiles as the verifiers
/// do (.NET 8 reference assemblies, <see cref="SourcePath"/>, assembly <c>TestProject</c>), with nullable annotations on
/// as in a new project, reads options through
/// <see cref="TestConfigOptionsProvider"/> and AdditionalFiles as <see cref="TestAdditionalFile"/>s.
/// </summary>
/// <remarks>
/// Compiler errors in the sources do not stop the analyzers (the analyzer API runs them anyway); an analyzer exception
/// fails the test. Results are sorted by file path, then position, and include suppressed diagnostics
/// (<see cref="Diagnostic.IsSuppressed"/>).
/// <code>
/// var diagnostics = await AnalyzerDriver.RunAsync(new ElidedCodeAnalyzer(), source, "aidebt.residue.x = y");
/// var compilation = AnalyzerDriver.Compile(("/src/A.cs", a), ("/src/B.cs", b));
/// var options = AnalyzerDriver.Options(additionalFiles: new TestAdditionalFile("/repo/.aidebt/baseline.json", json));
/// var all = await AnalyzerDriver.RunAsync(compilation, options, new ElidedCodeAnalyzer(), new BaselineSuppressor());
/// </code>
/// </remarks>
public static class AnalyzerDriver
{
    /// <summary>The path of a single test source, as the verifiers name it.</summary>
    public const string SourcePath = "/0/Test0.cs";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(
        () => Task.Run(() => TestReferenceAssemblies.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).GetAwaiter().GetResult());

    /// <summary>Runs one analyzer on one source at <see cref="SourcePath"/>.</summary>
    /// <param name="editorConfig">Option lines (<c>key = value</c>) every file sees, or null.</param>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(
        DiagnosticAnalyzer analyzer,
        [StringSyntax("C#-test")] string source,
        string? editorConfig = null,
        params TestAdditionalFile[] additionalFiles) =>
        RunAsync(Compile(source), Options(editorConfig, additionalFiles: additionalFiles), analyzer);

    /// <summary>Runs one analyzer on one source and returns its only diagnostic.</summary>
    public static async Task<Diagnostic> SingleAsync(
        DiagnosticAnalyzer analyzer,
        [StringSyntax("C#-test")] string source,
        string? editorConfig = null,
        params TestAdditionalFile[] additionalFiles) =>
        Assert.Single(await RunAsync(analyzer, source, editorConfig, additionalFiles));

    /// <summary>Runs the analyzers (and suppressors) on a compilation, as the compiler does; an analyzer exception fails the test.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions options, params DiagnosticAnalyzer[] analyzers)
    {
        var run = await AnalyzeAsync(compilation, options, analyzers);
        Assert.True(run.Failures.IsEmpty, string.Join("\n", run.Failures));
        return run.Diagnostics;
    }

    /// <summary>Runs the analyzers and returns their diagnostics and failures (exceptions, AD0001), for robustness checks.</summary>
    public static async Task<AnalyzerRun> AnalyzeAsync(Compilation compilation, AnalyzerOptions options, params DiagnosticAnalyzer[] analyzers)
    {
        var failures = new ConcurrentQueue<string>();
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

        var sorted = diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
        return new AnalyzerRun(sorted, failures.ToImmutableArray());
    }

    /// <summary>One source at <see cref="SourcePath"/>.</summary>
    public static CSharpCompilation Compile([StringSyntax("C#-test")] string source) => Compile(new[] { (SourcePath, source) });

    /// <summary>Sources with their paths (a path matters to rules that read folders, baselines and traces).</summary>
    public static CSharpCompilation Compile(params (string Path, string Source)[] sources) => Compile((IEnumerable<(string Path, string Source)>)sources);

    /// <inheritdoc cref="Compile(ValueTuple{string, string}[])"/>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> sources, params string[] preprocessorSymbols)
    {
        var parseOptions = CSharpParseOptions.Default.WithPreprocessorSymbols(preprocessorSymbols);
        return CSharpCompilation.Create(
            "TestProject",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parseOptions, s.Path)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Options for <see cref="RunAsync(Compilation, AnalyzerOptions, DiagnosticAnalyzer[])"/>.</summary>
    /// <param name="editorConfig">Option lines (<c>key = value</c>) every file sees, or null.</param>
    /// <param name="globalValues">More options every file sees (e.g. <c>build_property.IsTestProject</c>).</param>
    /// <param name="additionalFiles">AdditionalFiles, each with its own item metadata.</param>
    public static AnalyzerOptions Options(
        string? editorConfig = null,
        IEnumerable<KeyValuePair<string, string>>? globalValues = null,
        params TestAdditionalFile[] additionalFiles) =>
        new(additionalFiles.ToImmutableArray<AdditionalText>(), new TestConfigOptionsProvider(editorConfig, globalValues));
}

/// <summary>What <see cref="AnalyzerDriver.AnalyzeAsync"/> saw: diagnostics sorted by path and position, and analyzer failures.</summary>
public sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Failures);
