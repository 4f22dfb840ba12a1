using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace AiDebt.Cli.Analysis;

/// <summary>A test source handed to AID301, as the package's test-gap targets hand it: the file and its test project's name.</summary>
internal sealed record TestSource(string Path, string TestProject);

/// <summary>
/// One project of a folder scan: the <c>.cs</c> files under a <c>.csproj</c> (the nearest project file above each file),
/// or the files under no project file at all. What the build would know about it (test project, output kind, test
/// sources, Agent Trace file) is read from the project file without evaluating MSBuild.
/// </summary>
internal sealed class FolderProject
{
    public FolderProject(string name, string directory, string? projectFile)
    {
        Name = name;
        AssemblyName = name;
        Directory = directory;
        ProjectFile = projectFile;
    }

    public string Name { get; }

    /// <summary>
    /// The compilation's name: the project file's literal <c>AssemblyName</c>, else the project's name, as the build names
    /// it. Findings carry it (<c>aidebt.assembly</c>) and baseline entries match it, so a scan and a build must agree.
    /// </summary>
    public string AssemblyName { get; set; }

    public string Directory { get; }

    /// <summary>The <c>.csproj</c>, or null for the files of the folder that no project file owns.</summary>
    public string? ProjectFile { get; }

    public List<string> Files { get; } = new();

    /// <summary>Decided as the build decides (see <see cref="FolderProjects"/>); passed on as <c>build_property.IsTestProject</c>.</summary>
    public bool IsTest { get; set; }

    /// <summary>From <c>OutputType</c> or a web/worker SDK; null when the project file does not say (top-level statements decide).</summary>
    public bool? IsExecutable { get; set; }

    public List<TestSource> TestSources { get; } = new();

    /// <summary>
    /// The test projects that reference this one without a conventional name, found and not read (the project does not
    /// set <c>AiDebtFindTestProjectsByReference</c>): passed on as <c>build_property.AiDebtReferencingTestProjects</c> for AID302.
    /// </summary>
    public List<string> UnreadReferencingTestProjects { get; } = new();

    /// <summary>Full paths of the project files its <c>ProjectReference</c> items name.</summary>
    public List<string> ProjectReferences { get; } = new();

    public string? TraceFile { get; set; }
}

/// <summary>
/// Splits a folder into projects and decides, per project, what the package's props and targets would decide in a build:
/// whether it is a test project, which test sources reach AID301, and which Agent Trace file reaches the provenance rules.
/// </summary>
/// <remarks>
/// Only literal, unconditional properties and items of the project file and the <c>Directory.Build.props</c> files above
/// it are read: a folder scan does not evaluate MSBuild. A file is owned by the nearest project file above it if that
/// project compiles it (<see cref="ProjectSources"/>: the SDK's default glob less its <c>Compile Remove</c> items, or an
/// old-style project's <c>Compile Include</c> list), else by a project whose <c>Compile Include</c> names it from another
/// folder (a linked file), else by none: a file under a project file that no project compiles is not analysed, as no
/// build compiles it. The files under no project file at all form one more project.
/// </remarks>
internal static class FolderProjects
{
    /// <summary>
    /// Packages that make a project a test project: the test SDK sets <c>IsTestProject</c>, and the frameworks are the
    /// packages of the assemblies <c>ProjectKind</c> recognises in a build.
    /// </summary>
    private static readonly string[] TestPackages =
    {
        "Microsoft.NET.Test.Sdk",
        "xunit", "xunit.core", "xunit.v3", "xunit.v3.core",
        "NUnit",
        "MSTest", "MSTest.TestFramework",
        "TUnit", "TUnit.Core",
    };

    /// <summary>Project name endings that mark a test project, and the folder endings the test-gap targets look for.</summary>
    private static readonly string[] TestNameSuffixes = { ".Tests", ".UnitTests", ".Test", ".IntegrationTests", ".IntegrationTest" };

    /// <summary>The folders <c>AiDebtAnalyzers.TestGaps.targets</c> looks in for a project named N: N + each of these.</summary>
    private static readonly string[] ConventionalTestFolderSuffixes = { ".Tests", ".UnitTests", ".Test", ".IntegrationTests" };

    /// <param name="root">The repository root, which stands for the targets' <c>AiDebtRootDir</c>.</param>
    public static List<FolderProject> Discover(string folder, string root) => Discover(folder, root, out _);

    /// <param name="root">The repository root, which stands for the targets' <c>AiDebtRootDir</c>.</param>
    /// <param name="notCompiled">How many <c>.cs</c> files of the folder no project compiles (not analysed).</param>
    public static List<FolderProject> Discover(string folder, string root, out int notCompiled)
    {
        var files = SourceFiles.Enumerate(folder, ".cs").ToList();
        var candidates = new CandidateFiles(files);
        var byDirectory = new Dictionary<string, FolderProject>(StringComparer.Ordinal);
        var facts = new Dictionary<FolderProject, ProjectFileFacts>();
        var sources = new List<(FolderProject Project, ProjectSources Sources)>();
        foreach (var projectFile in SourceFiles.Enumerate(folder, ".csproj").OrderBy(p => p, StringComparer.Ordinal))
        {
            var directory = Path.GetDirectoryName(projectFile)!;

            // Two project files in one folder would compile the same files; the first (ordinal) owns them.
            var project = new FolderProject(Path.GetFileNameWithoutExtension(projectFile), directory, projectFile);
            if (byDirectory.TryAdd(directory, project))
            {
                facts[project] = ProjectFileFacts.Read(projectFile, directory);
                sources.Add((project, ProjectSources.Decide(projectFile, facts[project], candidates)));
            }
        }

        var sourcesOf = sources.ToDictionary(s => s.Project, s => s.Sources);
        FolderProject? loose = null;
        notCompiled = 0;
        foreach (var file in files)
        {
            // The nearest project file above the file, if it compiles it (the SDK's default glob, or an old-style list);
            // else a project that names it from elsewhere (a linked file); else none: no build compiles the file.
            var owner = OwnerOf(file, folder, byDirectory);
            if (owner is null || !sourcesOf[owner].Compiles(file))
            {
                var nearest = owner;
                owner = sources.Find(s => s.Sources.Compiles(file)).Project;
                if (owner is null && nearest is not null)
                {
                    notCompiled++;
                    continue;
                }
            }

            if (owner is null)
            {
                loose ??= new FolderProject(Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)), folder, projectFile: null);
                owner = loose;
            }

            owner.Files.Add(file);
        }

        var projects = byDirectory.Values.Where(p => p.Files.Count > 0).ToList();
        if (loose is not null)
        {
            projects.Add(loose);
            facts[loose] = ProjectFileFacts.Read(projectFile: null, loose.Directory);
        }

        var referencesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            Describe(project, facts[project], root, referencesOf);
        }

        projects.Sort((x, y) =>
        {
            var byName = string.CompareOrdinal(x.Name, y.Name);
            return byName != 0 ? byName : string.CompareOrdinal(x.Directory, y.Directory);
        });
        return projects;
    }

    private static FolderProject? OwnerOf(string file, string folder, Dictionary<string, FolderProject> byDirectory)
    {
        var top = folder.TrimEnd(Path.DirectorySeparatorChar);
        for (var directory = Path.GetDirectoryName(file); directory is not null && directory.Length >= top.Length; directory = Path.GetDirectoryName(directory))
        {
            if (byDirectory.TryGetValue(directory, out var project))
            {
                return project;
            }
        }

        return null;
    }

    private static void Describe(FolderProject project, ProjectFileFacts facts, string root, Dictionary<string, List<string>> referencesOf)
    {
        foreach (var reference in facts.ProjectReferences)
        {
            project.ProjectReferences.Add(Path.GetFullPath(Path.Combine(project.Directory, reference)));
        }

        project.IsTest = facts.IsTrue("IsTestProject")
            || facts.PackageReferences.Any(p => TestPackages.Contains(p, StringComparer.OrdinalIgnoreCase))
            || TestNameSuffixes.Any(s => project.Name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

        if (facts.Property("AssemblyName") is { Length: > 0 } assemblyName && !assemblyName.Contains("$(", StringComparison.Ordinal))
        {
            project.AssemblyName = assemblyName;
        }

        var outputType = facts.Property("OutputType");
        if (outputType is not null)
        {
            project.IsExecutable = outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase);
        }
        else if (facts.Sdk is { } sdk && (sdk.EndsWith(".Web", StringComparison.OrdinalIgnoreCase) || sdk.EndsWith(".Worker", StringComparison.OrdinalIgnoreCase)))
        {
            project.IsExecutable = true;
        }

        // AiDebtAnalyzers.TestGaps.targets: test sources for every project that is not a test project, unless the mode is None.
        if (!project.IsTest && !string.Equals(facts.Property("AiDebtAnalysisMode"), "None", StringComparison.OrdinalIgnoreCase))
        {
            AddTestSources(project, facts, root, referencesOf);
        }

        // AiDebtAnalyzers.Provenance.targets: the property's file, else the nearest .agent-trace/traces.jsonl above the project.
        if (!string.Equals(facts.Property("AiDebtUseAgentTrace"), "false", StringComparison.OrdinalIgnoreCase))
        {
            var configured = facts.Property("AiDebtAgentTraceFile");
            project.TraceFile = configured is not null
                ? Path.GetFullPath(Path.Combine(project.Directory, configured))
                : NearestTraceFile(project.Directory);
            if (project.TraceFile is not null && !File.Exists(project.TraceFile))
            {
                project.TraceFile = null;
            }
        }
    }

    private static void AddTestSources(FolderProject project, ProjectFileFacts facts, string root, Dictionary<string, List<string>> referencesOf)
    {
        var folders = new List<(string Folder, string Name)>();
        var conventions = !facts.IsFalse("AiDebtTestGapsConventions");
        if (conventions)
        {
            var parent = Path.GetDirectoryName(project.Directory);
            foreach (var suffix in ConventionalTestFolderSuffixes)
            {
                var name = project.Name + suffix;
                if (parent is not null)
                {
                    folders.Add((Path.Combine(parent, name), name));
                }

                folders.Add((Path.Combine(root, "tests", name), name));
            }
        }

        foreach (var item in facts.TestProjectItems)
        {
            var path = Path.GetFullPath(Path.Combine(project.Directory, item));
            folders.Add((Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path)));
        }

        // As the targets: the test projects that reference this one are searched only when they are to be read, or when
        // no test folder was found by name and the project is not an executable (AID302 then names them).
        var read = facts.IsTrue("AiDebtFindTestProjectsByReference");
        if (conventions && project.ProjectFile is not null && (read || (!folders.Any(f => Directory.Exists(f.Folder)) && project.IsExecutable != true)))
        {
            var parent = Path.GetDirectoryName(project.Directory);
            foreach (var testProject in ReferencingTestProjects(Path.GetFullPath(project.ProjectFile), parent, root, referencesOf))
            {
                if (read)
                {
                    folders.Add((Path.GetDirectoryName(testProject)!, Path.GetFileNameWithoutExtension(testProject)));
                }
                else
                {
                    project.UnreadReferencingTestProjects.Add(Path.GetFileNameWithoutExtension(testProject));
                }
            }

            // AID302 names them sorted, whatever order the file system gave.
            project.UnreadReferencingTestProjects.Sort(StringComparer.OrdinalIgnoreCase);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, name) in folders)
        {
            var full = Path.GetFullPath(folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var file in SourceFiles.Enumerate(full, ".cs"))
            {
                if (seen.Add(file))
                {
                    project.TestSources.Add(new TestSource(file, name));
                }
            }
        }
    }

    /// <summary>The root's folders where test projects live, as the test-gap targets search them.</summary>
    private static readonly string[] RootTestFolders = { "tests", "test", "Tests", "Test" };

    /// <summary>
    /// The test projects that name the project in a ProjectReference, as <c>AiDebtAnalyzers.TestGaps.targets</c> finds
    /// them: every project file under the root's <c>tests</c>, <c>test</c>, <c>Tests</c> or <c>Test</c> folder, and one
    /// in a folder beside the project's whose name holds <c>Test</c> or <c>Spec</c>, with a <c>ProjectReference</c>
    /// (conditional or not) that resolves to the project. Each candidate's references are read once per scan.
    /// </summary>
    private static IEnumerable<string> ReferencingTestProjects(string projectFile, string? parent, string root, Dictionary<string, List<string>> referencesOf)
    {
        var candidates = new List<string>();
        // tests and Tests are one folder where the file system ignores case (Windows, macOS by default): found once, as
        // MSBuild's Distinct finds it.
        var seen = new HashSet<string>(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        void AddCandidate(string candidate)
        {
            var full = Path.GetFullPath(candidate);
            if (seen.Add(full))
            {
                candidates.Add(full);
            }
        }

        foreach (var folder in RootTestFolders)
        {
            var full = Path.Combine(root, folder);
            if (Directory.Exists(full))
            {
                foreach (var candidate in SourceFiles.Enumerate(full, ".csproj"))
                {
                    AddCandidate(candidate);
                }
            }
        }

        if (parent is not null && Directory.Exists(parent))
        {
            // MSBuild's wildcards follow the file system: case-insensitive on Windows.
            var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (var sibling in Directory.EnumerateDirectories(parent).OrderBy(d => d, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(sibling);
                if (!name.Contains("Test", comparison) && !name.Contains("Spec", comparison))
                {
                    continue;
                }

                foreach (var candidate in Directory.EnumerateFiles(sibling, "*.csproj").OrderBy(f => f, StringComparer.Ordinal))
                {
                    AddCandidate(candidate);
                }
            }
        }

        foreach (var candidate in candidates)
        {
            if (!string.Equals(candidate, projectFile, StringComparison.Ordinal) && ReferencesOf(candidate, referencesOf).Contains(projectFile, StringComparer.OrdinalIgnoreCase))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>The full paths a project file's ProjectReference items resolve to (any namespace, conditional or not).</summary>
    private static List<string> ReferencesOf(string projectFile, Dictionary<string, List<string>> referencesOf)
    {
        if (referencesOf.TryGetValue(projectFile, out var known))
        {
            return known;
        }

        var references = new List<string>();
        try
        {
            var directory = Path.GetDirectoryName(projectFile)!;
            foreach (var element in XDocument.Load(projectFile).Descendants())
            {
                if (element.Name.LocalName == "ProjectReference" && (string?)element.Attribute("Include") is { Length: > 0 } include)
                {
                    references.Add(Path.GetFullPath(Path.Combine(directory, include.Replace('\\', '/'))));
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            // An unreadable project file references nothing (the targets' XmlPeek goes on past it too).
        }

        referencesOf[projectFile] = references;
        return references;
    }

    private static string? NearestTraceFile(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, ".agent-trace", "traces.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
