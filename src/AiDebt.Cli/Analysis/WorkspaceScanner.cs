using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace AiDebt.Cli.Analysis;

/// <summary>
/// Loads projects and solutions with MSBuildWorkspace. Kept apart from <see cref="Scanner"/> so that no MSBuild-related
/// type is loaded before <see cref="MsBuildRegistration"/> has run.
/// </summary>
internal static class WorkspaceScanner
{
    public static async Task<ScanResult> ScanAsync(string path, string extension, Scanner scanner, CancellationToken cancellationToken)
    {
        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        using var subscription = workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (failures)
                {
                    failures.Add(e.Diagnostic.Message);
                }
            }
        });

        IReadOnlyList<Project> projects;
        try
        {
            if (extension == ".csproj")
            {
                var project = await workspace.OpenProjectAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
                projects = project.Solution.Projects.Where(p => string.Equals(p.FilePath, path, StringComparison.OrdinalIgnoreCase)).ToList();
            }
            else
            {
                var solution = await workspace.OpenSolutionAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
                projects = solution.Projects.ToList();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException)
        {
            throw new CliException("Cannot load '" + path + "': " + ex.Message, ex);
        }

        if (failures.Count > 0)
        {
            throw new CliException("Cannot load '" + path + "': " + string.Join(" ", failures.Distinct(StringComparer.Ordinal).Take(3)));
        }

        projects = projects.Where(p => p.Language == LanguageNames.CSharp).ToList();
        if (projects.Count == 0)
        {
            throw new CliException("'" + path + "' contains no C# project.");
        }

        var result = new ScanResult { Projects = projects.Count };
        scanner.WarnOfAssembliesSharingABaseline(projects.Select(p => (p.Name, Path.GetDirectoryName(p.FilePath!)!, (string?)p.AssemblyName)), result);
        scanner.Progress.Start(projects.Count);
        var clones = new CrossProjectClones();
        foreach (var project in projects.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            scanner.Progress.Step(project.Name);
            var loaded = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new CliException("Project '" + project.Name + "' cannot be compiled.");

            var options = project.AnalyzerOptions;
            var baseline = scanner.FindBaseline(Path.GetDirectoryName(project.FilePath!)!);
            if (baseline is not null && !options.AdditionalFiles.Any(f => string.Equals(Path.GetFullPath(f.Path), baseline, StringComparison.Ordinal)))
            {
                // The project does not reference the package (or not its targets): pass the baseline as the targets would.
                // It is .aidebt/baseline.json, which the suppressor recognises by its path without the targets' metadata.
                options = new AnalyzerOptions(options.AdditionalFiles.Add(new FileAdditionalText(baseline)), options.AnalyzerConfigOptionsProvider);
            }

            var declarationOnly = new HashSet<SyntaxTree>();
            var compilation = DeclarationOnlyTrees.Reduce(loaded, options, declarationOnly, cancellationToken);

            // The compile errors come from the analyzer driver's own binding: a separate GetDiagnostics pass would bind
            // every body a second time. The findings of a project that does not compile are never written.
            var errors = await scanner.AnalyzeAsync(compilation, options, ProjectName(project), project.FilePath!, baseline, result, cancellationToken, declarationOnly).ConfigureAwait(false);
            if (errors.First is { } error)
            {
                throw new CliException("Project '" + project.Name + "' does not compile (run 'dotnet build' first to restore and see every error): " + error);
            }

            // The workspace holds every project's compilation anyway, so the replay uses them as they are.
            var replay = (compilation, options);
            clones.Add(
                new CloneProject(
                    ProjectName(project),
                    compilation.AssemblyName,
                    project.FilePath!,
                    baseline,
                    (path, _) => compilation.SyntaxTrees.FirstOrDefault(t => string.Equals(t.FilePath, path, StringComparison.Ordinal)),
                    _ => Task.FromResult<(Compilation, AnalyzerOptions)>(replay),
                    ReferencedProjectFiles(project)),
                compilation,
                options,
                cancellationToken);
        }

        await scanner.AddCrossProjectClonesAsync(clones, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>"Shop (net8.0)" and "Shop (net10.0)" are one project to a person.</summary>
    private static List<string> ReferencedProjectFiles(Project project)
    {
        var files = new List<string>();
        foreach (var reference in project.ProjectReferences)
        {
            if (project.Solution.GetProject(reference.ProjectId)?.FilePath is { } path)
            {
                files.Add(path);
            }
        }

        return files;
    }

    private static string ProjectName(Project project) =>
        project.FilePath is null ? project.Name : Path.GetFileNameWithoutExtension(project.FilePath);
}
