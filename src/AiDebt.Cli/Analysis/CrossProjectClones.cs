using System;
using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebt.Cli.Analysis;

/// <summary>One scanned project, kept until every project is loaded so that clones across projects can be found.</summary>
internal sealed record ScannedProject(string Name, string FilePath, Compilation Compilation, AnalyzerOptions Options, string? BaselinePath);

/// <summary>
/// AID101 across projects: the analyzer sees one compilation at a time, so a block copied from one project of a
/// solution into another is invisible to it. The same clone index is built over the trees of every project and only
/// the groups with copies in at least two projects are reported; groups inside one project come from that project's
/// own analyzer run.
/// </summary>
/// <remarks>
/// Mode, minimum tokens and minimum lines are per-compilation options: the first project (by name) decides them for the
/// whole solution. The maximum of listed locations, the severity, suppressions and generated-code exclusion follow each
/// copy's own project and file, as in the analyzer.
/// </remarks>
internal static class CrossProjectClones
{
    public static IEnumerable<(ScannedProject Project, Diagnostic Diagnostic)> Find(IReadOnlyList<ScannedProject> projects, CancellationToken cancellationToken)
    {
        if (projects.Count == 0)
        {
            yield break;
        }

        var first = projects[0];
        var settings = DuplicatedCodeAnalyzer.ReadSettings(first.Options, first.Compilation);

        // A file belongs to the first project that compiles it: the target frameworks of one project, or a linked file,
        // must not turn one copy into two.
        var owner = new Dictionary<SyntaxTree, ScannedProject>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var trees = new List<SyntaxTree>();
        foreach (var project in projects)
        {
            foreach (var tree in project.Compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (string.IsNullOrEmpty(tree.FilePath) || !paths.Add(tree.FilePath) || GeneratedCode.IsGenerated(tree, project.Options, cancellationToken))
                {
                    continue;
                }

                owner.Add(tree, project);
                names.Add(project.Name);
                trees.Add(tree);
            }
        }

        if (names.Count < 2)
        {
            yield break;
        }

        var index = CloneIndex.Build(trees, settings, cancellationToken);
        foreach (var group in index.Groups)
        {
            if (!SpansProjects(group, owner))
            {
                continue;
            }

            foreach (var copy in group.Copies)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var project = owner[copy.Tree];
                var maxLocations = AiDebtOptions.DuplicationMaxLocations.Read(project.Options, copy.Tree);
                var diagnostic = DuplicatedCodeAnalyzer.CreateDiagnostic(copy.Tree.GetRoot(cancellationToken), index.CopiesIn(copy.Tree), copy, maxLocations);
                yield return (project, diagnostic);
            }
        }
    }

    private static bool SpansProjects(CloneGroup group, Dictionary<SyntaxTree, ScannedProject> owner)
    {
        string? firstName = null;
        foreach (var copy in group.Copies)
        {
            var name = owner[copy.Tree].Name;
            if (firstName is null)
            {
                firstName = name;
            }
            else if (!string.Equals(firstName, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Reports precomputed AID101 diagnostics of one compilation from inside the analyzer driver, so the compiler's
/// severity configuration and in-source suppressions, and the baseline suppressor, treat them as the analyzer's own.
/// The copies in other projects are left out of the replayed diagnostics: the driver rejects a location outside the
/// compilation.
/// </summary>
/// <remarks>Deliberately without <c>[DiagnosticAnalyzer]</c>: the tool creates it for one scan; no compiler loads it.</remarks>
#pragma warning disable RS1001 // Missing DiagnosticAnalyzerAttribute: see remarks.
internal sealed class ReplayAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    private readonly Dictionary<SyntaxTree, List<Diagnostic>> byTree = new();

    public ReplayAnalyzer(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var tree = diagnostic.Location.SourceTree!;
            if (!byTree.TryGetValue(tree, out var list))
            {
                byTree.Add(tree, list = new List<Diagnostic>());
            }

            // Only what the compiler and the baseline suppressor decide on: the location, the id and the fingerprint.
            list.Add(Diagnostic.Create(DuplicatedCodeAnalyzer.Rule, diagnostic.Location, diagnostic.Properties, "?", "?", "?", "?"));
        }
    }

    public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        System.Collections.Immutable.ImmutableArray.Create(DuplicatedCodeAnalyzer.Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxTreeAction(treeContext =>
        {
            if (byTree.TryGetValue(treeContext.Tree, out var list))
            {
                foreach (var diagnostic in list)
                {
                    treeContext.ReportDiagnostic(diagnostic);
                }
            }
        });
    }
}
