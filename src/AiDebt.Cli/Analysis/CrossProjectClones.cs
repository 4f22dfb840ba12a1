using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebt.Cli.Analysis;

/// <summary>
/// A scanned project as the cross-project clone pass sees it once the project's own analysis is done: no compilation,
/// but a way to read one of its files again and to open it again for the replay of its cross-project findings.
/// </summary>
/// <param name="ReadTree">The tree of one of the project's files as the project's compilation had it; null if it is gone.</param>
/// <param name="OpenForReplay">The project's compilation and analyzer options, built again if they were released.</param>
/// <param name="References">Full paths of the project files the project references (its <c>ProjectReference</c>s).</param>
internal sealed record CloneProject(
    string Name,
    string? AssemblyName,
    string FilePath,
    string? BaselinePath,
    Func<string, CancellationToken, SyntaxTree?> ReadTree,
    Func<CancellationToken, Task<(Compilation Compilation, AnalyzerOptions Options)>> OpenForReplay,
    IReadOnlyCollection<string> References);

/// <summary>
/// AID101 across projects: the analyzer sees one compilation at a time, so a block copied from one project into
/// another is invisible to it. This pass is fed project by project, right after each project's analysis, and keeps
/// only each file's statement fingerprints (<see cref="TreeCloneData"/>: spans, lines, token counts and hashes, no
/// tree). At the end it keeps the files that hold a seed (the run of statements a clone starts with) found in at least
/// two projects, parses those files again, builds the clone index over them and reports the groups with copies in at
/// least two projects; groups inside one project come from that project's own analyzer run.
/// </summary>
/// <remarks>
/// <para>Every copy of a group starts with the same seed (its copies have the same statement symbols), so every copy of
/// a group that spans projects lies in a kept file, and so does every place of the seed it was paired on. The index over
/// the kept files finds the same cross-project groups as an index over every file, except where fewer places change a
/// bound: a seed with more than <see cref="CloneIndex.MaxSeedOccurrences"/> places in the whole scan but fewer among the
/// kept files is paired here, and the <see cref="CloneIndex.MaxGroups"/> cap counts only the kept files' groups.</para>
/// <para>Mode, minimum tokens and minimum lines are per-compilation options: the first project (by name) decides them for
/// the whole scan. The maximum of listed locations, the severity, suppressions and generated-code exclusion follow each
/// copy's own project and file, as in the analyzer.</para>
/// </remarks>
internal sealed class CrossProjectClones
{
    private readonly List<CloneProject> projects = new();

    /// <summary>Per project, whether it is a test project, where a clone is a suggestion as the analyzer makes it.</summary>
    private readonly List<bool> testProjects = new();
    private readonly List<CloneFile> files = new();
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);
    private CloneSettings? settings;

    public IReadOnlyList<CloneProject> Projects => projects;

    /// <summary>Records the fingerprints of a project's files. Call it while the project's compilation is alive.</summary>
    public void Add(CloneProject project, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        settings ??= DuplicatedCodeAnalyzer.ReadSettings(options, compilation);
        var projectIndex = projects.Count;
        projects.Add(project);
        testProjects.Add(AiDebtAnalyzers.Infrastructure.ProjectKind.IsTestProject(compilation, options));
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A file belongs to the first project that compiles it: the target frameworks of one project, or a linked
            // file, must not turn one copy into two.
            if (string.IsNullOrEmpty(tree.FilePath) || GeneratedCode.IsGenerated(tree, options, cancellationToken) || !paths.Add(tree.FilePath))
            {
                continue;
            }

            files.Add(new CloneFile(projectIndex, tree.FilePath, TreeCloneData.Get(tree, cancellationToken), AiDebtOptions.DuplicationMaxLocations.Read(options, tree)));
        }
    }

    /// <summary>The AID101 diagnostics of every copy of every group that spans projects, each with its project.</summary>
    /// <param name="warnings">Where a file that changed during the scan is reported (it is left out).</param>
    public List<(CloneProject Project, Diagnostic Diagnostic)> Find(List<string> warnings, CancellationToken cancellationToken)
    {
        var found = new List<(CloneProject, Diagnostic)>();
        if (settings is not { } cloneSettings || projects.Count < 2)
        {
            return found;
        }

        var candidates = FilesWithSharedSeeds(cloneSettings, cancellationToken);
        if (candidates.Select(f => f.Project).Distinct().Count() < 2)
        {
            return found;
        }

        var owner = new Dictionary<SyntaxTree, CloneFile>();
        foreach (var file in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tree = projects[file.Project].ReadTree(file.Path, cancellationToken);
            if (tree is null || !SameStatements(TreeCloneData.Get(tree, cancellationToken), file.Data))
            {
                warnings.Add("'" + file.Path + "' changed during the scan; clones across projects were not looked for in it.");
                continue;
            }

            owner.Add(tree, file);
        }

        var index = CloneIndex.Build(owner.Keys.ToList(), cloneSettings, cancellationToken);
        var relations = new ProjectRelations(projects);
        foreach (var group in index.Groups)
        {
            // Groups whose copies lie one each in the same members are one duplication (a pair of copied methods edited
            // in a few places), reported once, as the largest: their copies lie in the same projects, so they share a kind.
            if (!SpansProjects(group, owner) || (!group.SameMemberGroups.IsEmpty && !ReferenceEquals(group.SameMemberGroups[0], group)))
            {
                continue;
            }

            var folded = group.SameMemberGroups.IsEmpty ? group.SameMemberGroups : group.SameMemberGroups.RemoveAt(0);

            // Copies whose projects reference one another can move into the referenced one: the rule's severity. Copies
            // in projects that share no reference path need a new common project: a suggestion (cloneKind).
            CloneKind? kind = relations.AllRelated(group, owner) ? null : CloneKind.UnrelatedProjects;

            // A small block that stands for a longer one of the warning size (the longer extent some copies share) is
            // reported at that block's severity, as inside one project.
            var standsForWarningSizedBlock = kind is null && DuplicatedCodeAnalyzer.StandsForWarningSizedBlockOfAnyKind(group, cloneSettings.WarningMinTokens);
            foreach (var copy in group.Copies)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = owner[copy.Tree];
                found.Add((projects[file.Project], DuplicatedCodeAnalyzer.CreateDiagnostic(copy.Tree.GetRoot(cancellationToken), projects[file.Project].AssemblyName, index.CopiesIn(copy.Tree), copy, file.MaxLocations, kind, testProjects[file.Project], cloneSettings.WarningMinTokens, folded, standsForWarningSizedBlock: standsForWarningSizedBlock)));
            }
        }

        return found;
    }

    /// <summary>The files holding a seed that occurs in at least two projects, in the order they were added.</summary>
    private List<CloneFile> FilesWithSharedSeeds(CloneSettings cloneSettings, CancellationToken cancellationToken)
    {
        var firstProject = new Dictionary<long, int>();
        var shared = new HashSet<long>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var seed in Seeds(file.Data, cloneSettings))
            {
                if (!firstProject.TryAdd(seed, file.Project) && firstProject[seed] != file.Project)
                {
                    shared.Add(seed);
                }
            }
        }

        var candidates = new List<CloneFile>();
        foreach (var file in files)
        {
            if (Seeds(file.Data, cloneSettings).Any(shared.Contains))
            {
                candidates.Add(file);
            }
        }

        return candidates;
    }

    /// <summary>
    /// The seed hash of every statement that starts one: the shortest run of statements of its list from there that
    /// reaches the minimum token count, hashed as <see cref="CloneIndex"/> hashes it (the equality tests of the folder
    /// scan compare this pass with an index over every file).
    /// </summary>
    internal static IEnumerable<long> Seeds(TreeCloneData data, CloneSettings cloneSettings)
    {
        var symbols = cloneSettings.Mode == CloneMode.Exact ? data.StatementExactHash : data.StatementShapeHash;
        var tokens = data.StatementTokenCount;
        for (var list = 0; list < data.ListStart.Length; list++)
        {
            var end = data.ListStart[list] + data.ListCount[list];
            var j = data.ListStart[list];
            var sum = 0;
            for (var i = data.ListStart[list]; i < end; i++)
            {
                while (j < end && sum < cloneSettings.MinTokens)
                {
                    sum += tokens[j];
                    j++;
                }

                if (sum < cloneSettings.MinTokens)
                {
                    break;
                }

                var hash = TreeCloneData.HashSeed;
                for (var k = i; k < j; k++)
                {
                    hash = TreeCloneData.HashCombine(hash, symbols[k]);
                }

                yield return hash;
                sum -= tokens[i];
            }
        }
    }

    private static bool SameStatements(TreeCloneData read, TreeCloneData recorded) =>
        read.StatementExactHash.AsSpan().SequenceEqual(recorded.StatementExactHash)
        && read.StatementSpans.AsSpan().SequenceEqual(recorded.StatementSpans);

    private static bool SpansProjects(CloneGroup group, Dictionary<SyntaxTree, CloneFile> owner)
    {
        var first = -1;
        foreach (var copy in group.Copies)
        {
            var project = owner[copy.Tree].Project;
            if (first < 0)
            {
                first = project;
            }
            else if (project != first)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record CloneFile(int Project, string Path, TreeCloneData Data, int MaxLocations);

    /// <summary>Which scanned projects reach which through their <c>ProjectReference</c>s, directly or transitively.</summary>
    private sealed class ProjectRelations
    {
        private readonly IReadOnlyList<CloneProject> projects;
        private readonly Dictionary<string, int> byPath = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<int, HashSet<int>> reachable = new();

        public ProjectRelations(IReadOnlyList<CloneProject> projects)
        {
            this.projects = projects;
            for (var i = 0; i < projects.Count; i++)
            {
                byPath.TryAdd(Path.GetFullPath(projects[i].FilePath), i);
            }
        }

        /// <summary>Whether every two projects of the group's copies are related: one reaches the other.</summary>
        public bool AllRelated(CloneGroup group, Dictionary<SyntaxTree, CloneFile> owner)
        {
            var distinct = new List<int>();
            foreach (var copy in group.Copies)
            {
                var project = owner[copy.Tree].Project;
                if (!distinct.Contains(project))
                {
                    distinct.Add(project);
                }
            }

            for (var i = 0; i < distinct.Count; i++)
            {
                for (var j = i + 1; j < distinct.Count; j++)
                {
                    if (!Reaches(distinct[i], distinct[j]) && !Reaches(distinct[j], distinct[i]))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private bool Reaches(int from, int to)
        {
            if (!reachable.TryGetValue(from, out var set))
            {
                set = new HashSet<int>();
                var pending = new Stack<int>();
                pending.Push(from);
                while (pending.Count > 0)
                {
                    foreach (var reference in projects[pending.Pop()].References)
                    {
                        if (byPath.TryGetValue(Path.GetFullPath(reference), out var next) && set.Add(next))
                        {
                            pending.Push(next);
                        }
                    }
                }

                reachable.Add(from, set);
            }

            return set.Contains(to);
        }
    }
}

/// <summary>
/// Reports precomputed AID101 diagnostics of one compilation from inside the analyzer driver, so the compiler's
/// severity configuration and in-source suppressions, and the baseline suppressor, treat them as the analyzer's own.
/// Diagnostics are matched to the compilation's trees by path and span: they were found on trees read again for the
/// cross-project pass. The copies in other projects are left out of the replayed diagnostics: the driver rejects a
/// location outside the compilation.
/// </summary>
/// <remarks>Deliberately without <c>[DiagnosticAnalyzer]</c>: the tool creates it for one scan; no compiler loads it.</remarks>
#pragma warning disable RS1001 // Missing DiagnosticAnalyzerAttribute: see remarks.
internal sealed class ReplayAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    private readonly Dictionary<string, List<(TextSpan Span, DiagnosticSeverity Severity, System.Collections.Immutable.ImmutableDictionary<string, string?> Properties)>> byPath = new(StringComparer.Ordinal);

    public ReplayAnalyzer(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location.SourceTree!.FilePath;
            if (!byPath.TryGetValue(path, out var list))
            {
                byPath.Add(path, list = new());
            }

            // Only what the compiler and the baseline suppressor decide on: the location, the id, the severity (a
            // suggestion stays one unless the project configures AID101) and the fingerprint.
            list.Add((diagnostic.Location.SourceSpan, diagnostic.Severity, diagnostic.Properties));
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
            if (byPath.TryGetValue(treeContext.Tree.FilePath, out var list))
            {
                foreach (var (span, severity, properties) in list)
                {
                    treeContext.ReportDiagnostic(Diagnostic.Create(DuplicatedCodeAnalyzer.Rule, Location.Create(treeContext.Tree, span), severity, additionalLocations: null, properties, "?", "?", "?", "?"));
                }
            }
        });
    }
}
