using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiDebt.Cli.Sarif;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebt.Cli.Analysis;

/// <summary>Progress of a scan: one step per project (or one for a folder).</summary>
public interface IScanProgress
{
    void Start(int projects);

    void Step(string name);
}

/// <summary>No progress display: what a scan shows when its output goes to a log or CI, and what tests pass.</summary>
public sealed class NoScanProgress : IScanProgress
{
    public static readonly NoScanProgress Instance = new();

    private NoScanProgress()
    {
    }

    public void Start(int projects)
    {
    }

    public void Step(string name)
    {
    }
}

/// <summary>What a scan found, and what it could not analyse.</summary>
public sealed class ScanResult
{
    public List<Finding> Findings { get; } = new();

    public List<string> Warnings { get; } = new();

    public int Projects { get; set; }

    /// <summary>In a folder scan, the <c>.cs</c> files under a project file that no project compiles (not analysed).</summary>
    public int NotCompiled { get; set; }

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a finding unless an equal one of the same assembly is there: the target frameworks of one project report
    /// each finding once each. Two projects that read one file (an Agent Trace file, a shared source) keep one finding
    /// each, as their builds report it: a baseline entry accepts the finding of one assembly only.
    /// </summary>
    internal void AddFinding(Finding finding)
    {
        if (seen.Add(finding.KeyInAssembly + "\0" + finding.Location?.Display + "\0" + finding.Location?.StartColumn))
        {
            Findings.Add(finding);
        }
    }
}

/// <summary>
/// Runs the AiDebtAnalyzers rules on a project, a solution (through MSBuildWorkspace, so real references and
/// <c>.editorconfig</c> apply) or a plain folder (compiled ad hoc against the framework).
/// </summary>
public sealed class Scanner
{
    private readonly string root;
    private readonly IScanProgress progress;

    public Scanner(string root, IScanProgress progress)
    {
        this.root = root;
        this.progress = progress;
    }

    public async Task<ScanResult> ScanAsync(string target, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(target);
        if (Directory.Exists(full))
        {
            return await ScanFolderAsync(full, cancellationToken).ConfigureAwait(false);
        }

        if (!File.Exists(full))
        {
            throw new CliException("'" + target + "' does not exist.");
        }

        var extension = Path.GetExtension(full).ToLowerInvariant();
        if (extension is not (".csproj" or ".sln" or ".slnx"))
        {
            throw new CliException("'" + target + "' is not a folder, a .csproj, a .sln or a .slnx.");
        }

        MsBuildRegistration.Require();
        return await WorkspaceScanner.ScanAsync(full, extension, this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A folder, project by project (see <see cref="FolderProjects"/>): each project is compiled, analysed and released
    /// before the next, so memory follows the largest project, not the folder; the cross-project clone pass keeps only
    /// statement fingerprints in between.
    /// </summary>
    private async Task<ScanResult> ScanFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var projects = FolderProjects.Discover(folder, root, out var notCompiled);
        if (projects.Count == 0)
        {
            throw new CliException("Folder '" + folder + "' holds no .cs file" + (notCompiled > 0 ? " that a project compiles." : "."));
        }

        var configuration = FolderConfiguration.Load(folder);
        var references = FrameworkReferences().ToList();
        var result = new ScanResult { Projects = projects.Count, NotCompiled = notCompiled };
        WarnOfAssembliesSharingABaseline(projects.Select(p => (p.Name, p.Directory, (string?)p.AssemblyName)), result);
        var clones = new CrossProjectClones();
        var errors = 0;
        var projectsWithErrors = 0;
        progress.Start(projects.Count + 1);
        foreach (var project in projects)
        {
            progress.Step(project.Name);
            var baseline = FindBaseline(project.Directory);
            var (compilation, options, declarationOnly) = await CompileAsync(project, baseline, configuration, references, cancellationToken).ConfigureAwait(false);
            var projectErrors = await AnalyzeAsync(compilation, options, project.Name, AnchorOf(project), baseline, result, cancellationToken, declarationOnly).ConfigureAwait(false);
            errors += projectErrors.Count;
            projectsWithErrors += projectErrors.Count > 0 ? 1 : 0;
            var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
            clones.Add(
                new CloneProject(
                    project.Name,
                    compilation.AssemblyName,
                    AnchorOf(project),
                    baseline,
                    (path, token) => ParseFile(path, parseOptions, token),
                    async token =>
                    {
                        var (replay, replayOptions, _) = await CompileAsync(project, baseline, configuration, references, token).ConfigureAwait(false);
                        return (replay, replayOptions);
                    },
                    project.ProjectReferences),
                compilation,
                options,
                cancellationToken);
        }

        if (errors > 0)
        {
            // A folder has no package references, so unresolved types are expected; the rules are syntactic enough.
            result.Warnings.Add(errors + " compile error(s) in the ad hoc compilation of " + projectsWithErrors + " of " + projects.Count + " project(s) of '" + folder + "' (a folder scan knows only framework references; generated files are compiled as declarations only and not counted); results may be incomplete.");
        }

        progress.Step("clones across projects");
        await AddCrossProjectClonesAsync(clones, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// One project of a folder, compiled ad hoc against the framework, with the options the package's props and targets
    /// would give it: <c>IsTestProject</c>, its test sources for AID301, its Agent Trace file and its baseline. Its generated
    /// files are compiled as declarations only (see <see cref="DeclarationOnlyTrees"/>), returned as DeclarationOnly.
    /// </summary>
    private static async Task<(Compilation Compilation, AnalyzerOptions Options, HashSet<SyntaxTree> DeclarationOnly)> CompileAsync(FolderProject project, string? baseline, FolderConfiguration configuration, IReadOnlyList<MetadataReference> references, CancellationToken cancellationToken)
    {
        var additional = ImmutableArray.CreateBuilder<AdditionalText>();
        if (baseline is not null)
        {
            // .aidebt/baseline.json, which the suppressor recognises by its path without the targets' metadata.
            additional.Add(new FileAdditionalText(baseline));
        }

        var metadata = new Dictionary<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var source in project.TestSources)
        {
            additional.Add(new FileAdditionalText(source.Path));
            metadata[source.Path] = ImmutableDictionary<string, string>.Empty
                .Add(AiDebtAnalyzers.TestGaps.UntestedPublicApiAnalyzer.TestSourceMetadata, "true")
                .Add(AiDebtAnalyzers.TestGaps.UntestedPublicApiAnalyzer.TestProjectMetadata, source.TestProject);
        }

        if (project.TraceFile is not null)
        {
            additional.Add(new FileAdditionalText(project.TraceFile));
        }

        var buildProperties = ImmutableDictionary<string, string>.Empty.Add(AiDebtAnalyzers.Infrastructure.ProjectKind.IsTestProjectProperty, project.IsTest ? "true" : "false");
        if (project.UnreadReferencingTestProjects.Count > 0)
        {
            buildProperties = buildProperties.Add(AiDebtAnalyzers.TestGaps.NoTestSourcesAnalyzer.ReferencingTestProjectsProperty, string.Join(", ", project.UnreadReferencingTestProjects));
        }

        var analyzerOptions = new AnalyzerOptions(additional.ToImmutable(), configuration.CreateOptionsProvider(buildProperties, metadata));

        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);

        // Files are read and parsed on every core (a sixth of a large scan's time went to parsing on one thread); the
        // trees keep the files' order, which the compilation and the analyzers' order of work follow.
        var files = new SyntaxTree[project.Files.Count];
        await Parallel.ForAsync(
            0,
            files.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var file = project.Files[i];
                var text = await File.ReadAllTextAsync(file, token).ConfigureAwait(false);
                files[i] = CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), parseOptions, file, token);
            }).ConfigureAwait(false);
        var parsed = new List<SyntaxTree>(files.Length + 1);
        parsed.AddRange(files);

        // SDK projects compile with implicit usings; a folder of such code would otherwise not bind at all.
        parsed.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, Path.Combine(project.Directory, "obj", "aidebt.GlobalUsings.g.cs"), cancellationToken: cancellationToken));
        var declarationOnly = new HashSet<SyntaxTree>();
        var trees = DeclarationOnlyTrees.Reduce(parsed, tree => AiDebtAnalyzers.Infrastructure.GeneratedCode.IsGenerated(tree, analyzerOptions, cancellationToken), declarationOnly, cancellationToken);
        var isExecutable = project.IsExecutable ?? trees.Any(t => t.GetCompilationUnitRoot(cancellationToken).Members.Any(m => m is Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax));
        var options = new CSharpCompilationOptions(isExecutable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSyntaxTreeOptionsProvider(configuration.CreateTreeOptions(trees));
        var compilation = CSharpCompilation.Create(project.AssemblyName, trees, references, options);
        return (compilation, analyzerOptions, declarationOnly);
    }

    /// <summary>A file of a folder project parsed again, as <see cref="CompileAsync"/> parsed it; null if it is gone.</summary>
    private static SyntaxTree? ParseFile(string path, CSharpParseOptions parseOptions, CancellationToken cancellationToken) =>
        File.Exists(path) ? CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), Encoding.UTF8), parseOptions, path, cancellationToken) : null;

    /// <summary>The project file, or for the files no project file owns, the first of them.</summary>
    private static string AnchorOf(FolderProject project) =>
        project.ProjectFile ?? project.Files.OrderBy(p => p, StringComparer.Ordinal).First();

    private const string ImplicitUsings = "// <auto-generated/>\nglobal using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    /// <summary>
    /// Projects in different folders that build assemblies of one name under one baseline: a fingerprint is unique within
    /// a compilation only, and a baseline entry tells projects apart by their assembly (docs/sarif.md, "Across
    /// projects"), so equal code in both (a copied module) would be accepted in both by one entry.
    /// </summary>
    internal void WarnOfAssembliesSharingABaseline(IEnumerable<(string Name, string Directory, string? Assembly)> projects, ScanResult result)
    {
        var groups = projects
            .Where(p => p.Assembly is not null)
            .GroupBy(p => (Assembly: p.Assembly!.ToUpperInvariant(), Baseline: FindBaseline(p.Directory)))
            .Select(g => g.DistinctBy(p => p.Directory, StringComparer.Ordinal).ToList())
            .Where(g => g.Count > 1);
        foreach (var group in groups)
        {
            var baseline = FindBaseline(group[0].Directory);
            result.Warnings.Add(
                "Projects " + string.Join(", ", group.Select(p => PathMapper.RelativeTo(p.Directory, root)))
                + " build assemblies of one name, '" + group[0].Assembly + "', under one baseline ("
                + (baseline is null ? "the repository's .aidebt/baseline.json, once written" : PathMapper.RelativeTo(baseline, root))
                + "): its entries cannot tell their equal findings apart. Give each its own .aidebt/baseline.json in its folder (the nearest one is used), or its own AssemblyName.");
        }
    }

    internal string? FindBaseline(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, ".aidebt", "baseline.json");
            if (File.Exists(path))
            {
                return path;
            }

            if (string.Equals(dir.FullName.TrimEnd(Path.DirectorySeparatorChar), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                break;
            }
        }

        return null;
    }

    internal IScanProgress Progress => progress;

    /// <summary>Runs every rule and the baseline suppressor, and turns their diagnostics into findings.</summary>
    /// <param name="anchorPath">
    /// The file that results without a source location (AID001, project summaries) are placed on: code scanning needs a
    /// location on every result, and the project file is where such a result belongs.
    /// </param>
    /// <param name="uncounted">Trees whose compile errors are not counted: generated files compiled as declarations only.</param>
    /// <returns>The compile errors, found in the same pass (binding a project twice would double its cost).</returns>
    internal async Task<CompileErrors> AnalyzeAsync(Compilation compilation, AnalyzerOptions options, string project, string anchorPath, string? baselinePath, ScanResult result, CancellationToken cancellationToken, IReadOnlySet<SyntaxTree>? uncounted = null)
    {
        var diagnostics = await RunAnalyzersAsync(compilation, AnalyzerCatalog.Analyzers, options, project, result, withCompilerDiagnostics: true, cancellationToken).ConfigureAwait(false);
        var baseline = baselinePath is null ? null : AiDebtAnalyzers.Baseline.Baseline.Parse(baselinePath, File.ReadAllText(baselinePath));
        var errors = 0;
        Diagnostic? first = null;
        foreach (var diagnostic in diagnostics)
        {
            if (!SarifReader.IsAiDebtRule(diagnostic.Id))
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error && !diagnostic.IsSuppressed
                    && (uncounted is null || diagnostic.Location.SourceTree is not { } tree || !uncounted.Contains(tree)))
                {
                    errors++;
                    first = first is null || Precedes(diagnostic, first) ? diagnostic : first;
                }

                continue;
            }

            if (diagnostic.Severity != DiagnosticSeverity.Hidden)
            {
                result.AddFinding(ToFinding(diagnostic, project, anchorPath, baseline));
            }
        }

        return new CompileErrors(errors, first);
    }

    /// <summary>The compile errors <see cref="AnalyzeAsync"/> counted, and the first of them by file and position.</summary>
    internal readonly record struct CompileErrors(int Count, Diagnostic? First);

    /// <summary>Whether a diagnostic comes before another by path and position: the driver's order depends on its threads.</summary>
    private static bool Precedes(Diagnostic diagnostic, Diagnostic other)
    {
        var byPath = string.CompareOrdinal(diagnostic.Location.SourceTree?.FilePath, other.Location.SourceTree?.FilePath);
        return byPath != 0 ? byPath < 0 : diagnostic.Location.SourceSpan.Start < other.Location.SourceSpan.Start;
    }

    /// <summary>
    /// AID101 groups that span projects (see <see cref="CrossProjectClones"/>), as findings of each copy's project. Each
    /// is replayed through its project's analyzer driver with the baseline suppressor, so that severity configuration,
    /// <c>#pragma</c>, <c>[SuppressMessage]</c> and the baseline decide its level and suppression exactly as for the
    /// analyzer's own results. The replay carries no additional locations (the driver rejects locations outside the
    /// compilation); the finding is built from the full diagnostic.
    /// </summary>
    internal async Task AddCrossProjectClonesAsync(CrossProjectClones clones, ScanResult result, CancellationToken cancellationToken)
    {
        var byProject = new Dictionary<CloneProject, List<Diagnostic>>();
        foreach (var (project, diagnostic) in clones.Find(result.Warnings, cancellationToken))
        {
            if (!byProject.TryGetValue(project, out var list))
            {
                byProject.Add(project, list = new List<Diagnostic>());
            }

            list.Add(diagnostic);
        }

        RemoveGroupsInsideCrossProjectCopies(byProject, result);
        foreach (var project in clones.Projects)
        {
            if (!byProject.TryGetValue(project, out var diagnostics))
            {
                continue;
            }

            var (compilation, options) = await project.OpenForReplay(cancellationToken).ConfigureAwait(false);
            var analyzers = AnalyzerCatalog.Analyzers.OfType<DiagnosticSuppressor>().Cast<DiagnosticAnalyzer>().Prepend(new ReplayAnalyzer(diagnostics)).ToImmutableArray();
            var replayed = await RunAnalyzersAsync(compilation, analyzers, options, project.Name, result, withCompilerDiagnostics: false, cancellationToken).ConfigureAwait(false);

            // The replay keeps each diagnostic's path, span and fingerprint; the finding is built from the full original.
            var originals = new Dictionary<(string, TextSpan, string?), Diagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                originals[(diagnostic.Location.SourceTree!.FilePath, diagnostic.Location.SourceSpan, FingerprintOf(diagnostic))] = diagnostic;
            }

            var baseline = project.BaselinePath is null ? null : AiDebtAnalyzers.Baseline.Baseline.Parse(project.BaselinePath, File.ReadAllText(project.BaselinePath));
            foreach (var verdict in replayed)
            {
                if (verdict.Id != AiDebtAnalyzers.RuleIds.DuplicatedCode || verdict.Severity == DiagnosticSeverity.Hidden)
                {
                    continue;
                }

                var original = originals[(verdict.Location.SourceTree!.FilePath, verdict.Location.SourceSpan, FingerprintOf(verdict))];
                // Not AddFinding: each file has one owner here, and the group may have replaced an equal one of this
                // project (same block, same id and fingerprint) that RemoveGroupsInsideCrossProjectCopies just removed.
                result.Findings.Add(ToFinding(original, project.Name, project.FilePath, baseline, verdict.Severity, verdict.IsSuppressed));
            }
        }
    }

    /// <summary>
    /// A clone group that one project's analyzer reported, and whose every copy lies inside a copy of a group that spans
    /// projects, is the same duplicated region seen from inside one project: it is dropped, as the analyzer drops a group
    /// that lies inside a larger one, so that each region is reported once. A group of one project that reaches beyond
    /// the spanning copies (more statements, or copies the spanning group does not have) is a region of its own and stays.
    /// </summary>
    private void RemoveGroupsInsideCrossProjectCopies(Dictionary<CloneProject, List<Diagnostic>> crossProject, ScanResult result)
    {
        var spanningByFile = new Dictionary<string, List<SourceLocation>>(StringComparer.Ordinal);
        foreach (var diagnostics in crossProject.Values)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (ToLocation(diagnostic.Location) is { } location)
                {
                    if (!spanningByFile.TryGetValue(location.Uri, out var inFile))
                    {
                        spanningByFile.Add(location.Uri, inFile = new List<SourceLocation>());
                    }

                    inFile.Add(location);
                }
            }
        }

        if (spanningByFile.Count == 0)
        {
            return;
        }

        var redundant = new HashSet<(string Project, string Group)>();
        var kept = new HashSet<(string Project, string Group)>();
        foreach (var finding in result.Findings)
        {
            if (finding.RuleId != AiDebtAnalyzers.RuleIds.DuplicatedCode || finding.Project is null
                || !finding.Properties.TryGetValue(AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer.CloneGroupProperty, out var group))
            {
                continue;
            }

            var key = (finding.Project, group);
            if (finding.Location is not null && spanningByFile.TryGetValue(finding.Location.Uri, out var inFile) && inFile.Exists(copy => Contains(copy, finding.Location)))
            {
                redundant.Add(key);
            }
            else
            {
                kept.Add(key);
            }
        }

        redundant.ExceptWith(kept);
        if (redundant.Count > 0)
        {
            result.Findings.RemoveAll(finding => finding.RuleId == AiDebtAnalyzers.RuleIds.DuplicatedCode && finding.Project is not null
                && finding.Properties.TryGetValue(AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer.CloneGroupProperty, out var group)
                && redundant.Contains((finding.Project, group)));
        }
    }

    /// <summary>Whether <paramref name="inner"/> lies within <paramref name="outer"/>, both in one file.</summary>
    private static bool Contains(SourceLocation outer, SourceLocation inner) =>
        (outer.StartLine, outer.StartColumn).CompareTo((inner.StartLine, inner.StartColumn)) <= 0
        && (inner.EndLine, inner.EndColumn).CompareTo((outer.EndLine, outer.EndColumn)) <= 0;

    /// <summary>Runs analyzers on a compilation; an analyzer that throws becomes a warning of the scan, not a failure.</summary>
    /// <param name="withCompilerDiagnostics">Also the compiler's own diagnostics, from the same binding of the compilation.</param>
    private static async Task<ImmutableArray<Diagnostic>> RunAnalyzersAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, string project, ScanResult result, bool withCompilerDiagnostics, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var driverOptions = new CompilationWithAnalyzersOptions(
            options,
            (exception, analyzer, _) =>
            {
                lock (failures)
                {
                    failures.Add(analyzer.GetType().Name + ": " + exception.Message);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, driverOptions);
        var diagnostics = withCompilerDiagnostics
            ? await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false)
            : await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var failure in failures)
        {
            result.Warnings.Add("Analyzer failure in " + project + ": " + failure);
        }

        return diagnostics;
    }

    private static string? FingerprintOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(AiDebtAnalyzers.Infrastructure.DebtProperties.Fingerprint, out var fingerprint) ? fingerprint : null;

    /// <param name="severity">The severity the project's configuration gave a replayed diagnostic, if not its own.</param>
    /// <param name="suppressed">Whether a replayed diagnostic was suppressed, if not as the diagnostic itself says.</param>
    private Finding ToFinding(Diagnostic diagnostic, string project, string anchorPath, AiDebtAnalyzers.Baseline.Baseline? baseline, DiagnosticSeverity? severity = null, bool? suppressed = null)
    {
        var fingerprint = FingerprintOf(diagnostic);
        diagnostic.Properties.TryGetValue(AiDebtAnalyzers.Infrastructure.DebtProperties.DebtMinutes, out var minutesText);
        diagnostic.Properties.TryGetValue(AiDebtAnalyzers.Infrastructure.DebtProperties.Family, out var family);
        var finding = new Finding
        {
            RuleId = diagnostic.Id,
            Level = AnalyzerCatalog.SarifLevel(severity ?? diagnostic.Severity),
            Message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            Fingerprint = fingerprint,
            DebtMinutes = int.TryParse(minutesText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var minutes) ? minutes : 0,
            Family = family ?? AiDebtAnalyzers.RuleIds.FamilyOf(diagnostic.Id),
            Project = project,
            Location = ToLocation(diagnostic.Location) ?? new SourceLocation(PathMapper.RelativeTo(anchorPath, root), 1, 1, 1, 1),
            IsSummary = diagnostic.Descriptor.CustomTags.Contains(AiDebtAnalyzers.RuleTags.Summary),
        };
        foreach (var pair in diagnostic.Properties)
        {
            if (pair.Value is not null)
            {
                finding.Properties[pair.Key] = pair.Value;
            }
        }

        foreach (var additional in diagnostic.AdditionalLocations)
        {
            var location = ToLocation(additional);
            if (location is not null)
            {
                finding.RelatedLocations.Add(location);
            }
        }

        if (suppressed ?? diagnostic.IsSuppressed)
        {
            finding.Suppression = fingerprint is not null && baseline is not null && baseline.Contains(diagnostic.Id, fingerprint, finding.Assembly)
                ? SuppressionKind.Baseline
                : SuppressionKind.InSource;
        }

        return finding;
    }

    private SourceLocation? ToLocation(Location location)
    {
        if (location.Kind is not (LocationKind.SourceFile or LocationKind.ExternalFile))
        {
            return null;
        }

        var span = location.GetMappedLineSpan();
        if (!span.IsValid || string.IsNullOrEmpty(span.Path))
        {
            span = location.GetLineSpan();
        }

        if (string.IsNullOrEmpty(span.Path))
        {
            return null;
        }

        return new SourceLocation(
            PathMapper.RelativeTo(span.Path, root),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
    }

    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        foreach (var path in trusted)
        {
            // Only the shared framework: the tool's own dependencies (Roslyn, Spectre) are not the scanned code's.
            if (string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            {
                yield return MetadataReference.CreateFromFile(path);
            }
        }
    }
}
