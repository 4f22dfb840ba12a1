using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CorpusScan;

/// <summary>
/// One project of a code base as its build compiles it, read from the file tests/project-references/project-references.sh
/// writes: the compiler's command line (sources, package and framework references, defines, language version, nullable,
/// source generators) and the projects it references.
/// </summary>
internal sealed record BuiltProject(
    string ProjectPath,
    string TargetFramework,
    string AssemblyName,
    bool IsTest,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> CompilerArguments)
{
    /// <summary>The project's assembly and reference assembly as its build writes them (<c>output</c> lines).</summary>
    public IReadOnlyList<string> Outputs { get; init; } = Array.Empty<string>();

    public string Folder => Path.GetDirectoryName(ProjectPath)!;
}

/// <summary>
/// Reads the project references file: records of <c>key&lt;TAB&gt;value</c> lines, each starting at a <c>project</c>
/// line (keys <c>targetframework</c>, <c>assemblyname</c>, <c>istestproject</c>, <c>output</c>, <c>projectreference</c> and <c>arg</c>,
/// one compiler argument per line; blank lines and unknown keys are skipped), and keeps one target framework per project.
/// </summary>
internal static class ProjectReferencesFile
{
    public static List<BuiltProject> Parse(IEnumerable<string> lines)
    {
        var projects = new List<BuiltProject>();
        string? project = null;
        string framework = string.Empty, assembly = string.Empty;
        var isTest = false;
        var references = new List<string>();
        var arguments = new List<string>();
        var outputs = new List<string>();

        void Flush()
        {
            if (project is not null)
            {
                projects.Add(new BuiltProject(project, framework, assembly.Length > 0 ? assembly : Path.GetFileNameWithoutExtension(project), isTest, references, arguments) { Outputs = outputs });
            }
        }

        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var key = line[..tab];
            var value = line[(tab + 1)..];
            switch (key)
            {
                case "project":
                    Flush();
                    project = value;
                    framework = assembly = string.Empty;
                    isTest = false;
                    references = new List<string>();
                    arguments = new List<string>();
                    outputs = new List<string>();
                    break;
                case "targetframework" when project is not null:
                    framework = value;
                    break;
                case "assemblyname" when project is not null:
                    assembly = value;
                    break;
                case "istestproject" when project is not null:
                    isTest = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                    break;
                case "projectreference" when project is not null:
                    references.Add(value);
                    break;
                case "output" when project is not null:
                    outputs.Add(value);
                    break;
                case "arg" when project is not null:
                    arguments.Add(value);
                    break;
            }
        }

        Flush();
        return projects;
    }

    /// <summary>
    /// One record per project: of a multi-targeted project's frameworks, the newest .NET (net5.0 and later, a
    /// platform-specific one after the plain one of the same version), then .NET Core, then .NET Standard, then .NET
    /// Framework. Sorted by project path.
    /// </summary>
    public static List<BuiltProject> OnePerProject(IEnumerable<BuiltProject> records)
    {
        var chosen = new SortedDictionary<string, BuiltProject>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!chosen.TryGetValue(record.ProjectPath, out var current) || FrameworkRank(record.TargetFramework) > FrameworkRank(current.TargetFramework))
            {
                chosen[record.ProjectPath] = record;
            }
        }

        return new List<BuiltProject>(chosen.Values);
    }

    /// <summary>Higher is preferred (see <see cref="OnePerProject"/>); 0 for a name it does not know.</summary>
    public static int FrameworkRank(string framework)
    {
        var name = framework.ToLowerInvariant();
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var platformSpecific = dash >= 0;
        var bare = platformSpecific ? name[..dash] : name;
        int Version(string digits) => System.Version.TryParse(digits.Contains('.', StringComparison.Ordinal) ? digits : digits + ".0", out var v) ? v.Major * 100 + Math.Min(v.Minor, 99) : 0;
        if (bare.StartsWith("netstandard", StringComparison.Ordinal))
        {
            return 20_000 + Version(bare["netstandard".Length..]);
        }

        if (bare.StartsWith("netcoreapp", StringComparison.Ordinal))
        {
            return 30_000 + Version(bare["netcoreapp".Length..]);
        }

        if (bare.StartsWith("net", StringComparison.Ordinal) && bare.Length > 3 && char.IsDigit(bare[3]))
        {
            var digits = bare[3..];
            if (!digits.Contains('.', StringComparison.Ordinal))
            {
                // net471, net48: .NET Framework.
                return 10_000 + (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var framework4) ? Math.Min(framework4, 9_999) : 0);
            }

            return 40_000 + Version(digits) * 2 + (platformSpecific ? 0 : 1);
        }

        return 0;
    }
}

/// <summary>
/// A workspace holding every recorded project with the build's compiler arguments: its sources (the generated global
/// usings and assembly attributes among them), the package and framework assemblies it references, its source generators,
/// and a project reference for each reference to another recorded project's output (referenced projects are compiled
/// from their sources, so nothing needs to have been built).
/// </summary>
internal static class BuiltSolution
{
    public static (Solution Solution, Dictionary<string, ProjectId> Projects, List<string> Missing) Open(IReadOnlyList<BuiltProject> projects)
    {
        var workspace = new AdhocWorkspace();
        var ids = new Dictionary<string, ProjectId>(StringComparer.Ordinal);
        var byPath = new Dictionary<string, BuiltProject>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            ids[project.ProjectPath] = ProjectId.CreateNewId(project.AssemblyName);
            byPath[project.ProjectPath] = project;
        }

        var missing = new List<string>();
        var infos = new List<ProjectInfo>();
        foreach (var project in projects)
        {
            var arguments = CSharpCommandLineParser.Default.Parse(project.CompilerArguments, project.Folder, sdkDirectory: null);
            var id = ids[project.ProjectPath];
            var documents = new List<DocumentInfo>();
            foreach (var source in arguments.SourceFiles)
            {
                if (File.Exists(source.Path))
                {
                    documents.Add(DocumentInfo.Create(
                        DocumentId.CreateNewId(id, source.Path),
                        Path.GetFileName(source.Path),
                        loader: TextLoader.From(TextAndVersion.Create(SourceText.From(File.ReadAllText(source.Path)), VersionStamp.Create(), source.Path)),
                        filePath: source.Path));
                }
                else
                {
                    missing.Add(project.AssemblyName + ": source " + source.Path);
                }
            }

            var metadata = new List<MetadataReference>();
            var projectReferences = new List<ProjectReference>();
            foreach (var reference in arguments.MetadataReferences)
            {
                var path = Path.GetFullPath(reference.Reference, project.Folder);
                if (ReferencedProject(path, project, byPath) is { } referenced)
                {
                    projectReferences.Add(new ProjectReference(ids[referenced.ProjectPath], reference.Properties.Aliases));
                }
                else if (File.Exists(path))
                {
                    metadata.Add(MetadataReference.CreateFromFile(path, reference.Properties));
                }
                else
                {
                    missing.Add(project.AssemblyName + ": reference " + path);
                }
            }

            var analyzers = new List<AnalyzerReference>();
            foreach (var analyzer in arguments.AnalyzerReferences)
            {
                var path = Path.GetFullPath(analyzer.FilePath, project.Folder);
                if (File.Exists(path))
                {
                    analyzers.Add(new AnalyzerFileReference(path, GeneratorLoader.Instance));
                }
            }

            // The build's warning levels are left out: a project that treats warnings as errors would otherwise make a
            // nullable warning in a copy read as code the compilation cannot bind.
            var options = arguments.CompilationOptions
                .WithGeneralDiagnosticOption(ReportDiagnostic.Default)
                .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty);
            infos.Add(ProjectInfo.Create(
                id,
                VersionStamp.Create(),
                project.AssemblyName,
                project.AssemblyName,
                LanguageNames.CSharp,
                filePath: project.ProjectPath,
                compilationOptions: options,
                parseOptions: arguments.ParseOptions,
                documents: documents,
                projectReferences: projectReferences,
                metadataReferences: metadata,
                analyzerReferences: analyzers));
        }

        var solution = workspace.CurrentSolution;
        foreach (var info in infos)
        {
            solution = solution.AddProject(info);
        }

        return (solution, ids, missing);
    }

    /// <summary>
    /// The recorded project whose output a reference path is: a project the referencing project references, one of
    /// whose recorded outputs is the file, or (a record without outputs) whose assembly name is the file's name and whose
    /// folder holds the file (obj/.../ref/X.dll or bin/.../X.dll).
    /// </summary>
    public static BuiltProject? ReferencedProject(string referencePath, BuiltProject referencing, IReadOnlyDictionary<string, BuiltProject> byPath)
    {
        foreach (var candidate in referencing.ProjectReferences)
        {
            if (byPath.TryGetValue(candidate, out var referenced)
                && referenced.Outputs.Contains(referencePath, StringComparer.Ordinal))
            {
                return referenced;
            }

            if (referenced is not null
                && string.Equals(Path.GetFileNameWithoutExtension(referencePath), referenced.AssemblyName, StringComparison.OrdinalIgnoreCase)
                && referencePath.StartsWith(referenced.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return referenced;
            }
        }

        return null;
    }

    /// <summary>
    /// Loads each folder's analyzer and generator assemblies into a load context of their own (two packages may ship
    /// the same assembly name in different versions); Roslyn itself comes from the scanner's context. A generator built
    /// against a newer Roslyn than the scanner's does not load, and the workspace reports it instead of running it.
    /// </summary>
    internal sealed class GeneratorLoader : IAnalyzerAssemblyLoader
    {
        public static readonly GeneratorLoader Instance = new();

        private readonly ConcurrentDictionary<string, FolderLoadContext> contexts = new(StringComparer.Ordinal);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath)
        {
            var folder = Path.GetDirectoryName(fullPath)!;
            return contexts.GetOrAdd(folder, f => new FolderLoadContext(f)).LoadFromAssemblyPath(fullPath);
        }

        private sealed class FolderLoadContext : AssemblyLoadContext
        {
            private readonly string folder;

            public FolderLoadContext(string folder)
                : base("aidebt-analyzers " + folder) => this.folder = folder;

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                if (assemblyName.Name is null || assemblyName.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    return null;
                }

                var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
                return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
            }
        }
    }
}
