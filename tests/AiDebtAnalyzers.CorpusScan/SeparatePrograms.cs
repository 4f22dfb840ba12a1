using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.CorpusScan;

/// <summary>
/// The measurement's --single-compilation puts every file of a folder into one compilation, so the top-level statements
/// of separate executables (an API and two workers, each with its own <c>Program.cs</c>) would form one
/// <c>Program</c> type, which no build compiles (each project's build, and <c>aidebt scan</c>'s compilation per
/// project, has one program): a per-type rule would count a key each program uses once as repeated in 'Program'.
/// When the top-level statements of two or more projects land in one compilation, each program's top-level files are
/// analysed again in the compilation without the other programs' top-level files, and every rule but AID101 takes its
/// findings in those files from there. AID101 keeps the whole compilation's: copies across projects are what it
/// reports there, as <c>aidebt scan</c>'s cross-project clone pass does. Findings in every other file come from the
/// whole compilation, as before.
/// </summary>
internal static class SeparatePrograms
{
    /// <summary>The rules whose findings in a top-level program file come from the whole compilation.</summary>
    private static readonly ImmutableHashSet<string> WholeCompilationRules = ImmutableHashSet.Create(StringComparer.Ordinal, RuleIds.DuplicatedCode);

    /// <summary>
    /// The files holding top-level statements, grouped by the project that compiles them, when two or more projects hold
    /// such files (one program per group; a project's own two files stay together, as its build has them); otherwise none.
    /// </summary>
    /// <param name="projectOf">The project folder of a file (null: a file no project owns, which forms its own group).</param>
    public static List<List<SyntaxTree>> Find(IEnumerable<SyntaxTree> trees, Func<string, string?> projectOf)
    {
        var byProject = new SortedDictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            if (!HasTopLevelStatements(tree))
            {
                continue;
            }

            var project = projectOf(tree.FilePath) ?? tree.FilePath;
            if (!byProject.TryGetValue(project, out var files))
            {
                byProject[project] = files = new List<SyntaxTree>();
            }

            files.Add(tree);
        }

        return byProject.Count < 2 ? new List<List<SyntaxTree>>() : new List<List<SyntaxTree>>(byProject.Values);
    }

    /// <summary>
    /// The whole compilation's findings, with those of every rule but AID101 in a program's top-level files replaced by
    /// the findings of the compilation that holds that program alone.
    /// </summary>
    /// <param name="analyze">Runs the given analyzers on a compilation.</param>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        Compilation whole,
        List<List<SyntaxTree>> programs,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        Func<Compilation, ImmutableArray<DiagnosticAnalyzer>, Task<ImmutableArray<Diagnostic>>> analyze)
    {
        var diagnostics = await analyze(whole, analyzers).ConfigureAwait(false);

        // The second look runs only the analyzers that report a rule taken from it: with AID101 alone (the clone
        // checks' scans) there is none, and a folder of many programs would otherwise run AID101 once per program.
        var apartAnalyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var analyzer in analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (!WholeCompilationRules.Contains(descriptor.Id))
                {
                    apartAnalyzers.Add(analyzer);
                    break;
                }
            }
        }

        if (programs.Count == 0 || apartAnalyzers.Count == 0)
        {
            return diagnostics;
        }

        var programTrees = new HashSet<SyntaxTree>();
        foreach (var program in programs)
        {
            programTrees.UnionWith(program);
        }

        var kept = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            if (WholeCompilationRules.Contains(diagnostic.Id) || diagnostic.Location.SourceTree is not { } tree || !programTrees.Contains(tree))
            {
                kept.Add(diagnostic);
            }
        }

        foreach (var program in programs)
        {
            var own = new HashSet<SyntaxTree>(program);
            var others = new List<SyntaxTree>();
            foreach (var tree in programTrees)
            {
                if (!own.Contains(tree))
                {
                    others.Add(tree);
                }
            }

            // The trees are the whole compilation's own objects, so a finding's tree says which program it is in.
            foreach (var diagnostic in await analyze(whole.RemoveSyntaxTrees(others), apartAnalyzers.ToImmutable()).ConfigureAwait(false))
            {
                if (!WholeCompilationRules.Contains(diagnostic.Id) && diagnostic.Location.SourceTree is { } tree && own.Contains(tree))
                {
                    kept.Add(diagnostic);
                }
            }
        }

        return kept.ToImmutable();
    }

    private static bool HasTopLevelStatements(SyntaxTree tree)
    {
        foreach (var member in ((CompilationUnitSyntax)tree.GetRoot()).Members)
        {
            if (member is GlobalStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
