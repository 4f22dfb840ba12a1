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
        Directory = directory;
        ProjectFile = projectFile;
    }

    public string Name { get; }

    public string Directory { get; }

    /// <summary>The <c>.csproj</c>, or null for the files of the folder that no project file owns.</summary>
    public string? ProjectFile { get; }

    public List<string> Files { get; } = new();

    /// <summary>Decided as the build decides (see <see cref="FolderProjects"/>); passed on as <c>build_property.IsTestProject</c>.</summary>
    public bool IsTest { get; set; }

    /// <summary>From <c>OutputType</c> or a web/worker SDK; null when the project file does not say (top-level statements decide).</summary>
    public bool? IsExecutable { get; set; }

    public List<TestSource> TestSources { get; } = new();

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
/// it are read: a folder scan does not evaluate MSBuild. Files are owned by the nearest project file above them (the
/// SDK's default globbing); <c>Compile</c> items that include or remove files are not followed.
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
    public static List<FolderProject> Discover(string folder, string root)
    {
        var files = SourceFiles.Enumerate(folder, ".cs").ToList();
        var byDirectory = new Dictionary<string, FolderProject>(StringComparer.Ordinal);
        foreach (var projectFile in SourceFiles.Enumerate(folder, ".csproj").OrderBy(p => p, StringComparer.Ordinal))
        {
            var directory = Path.GetDirectoryName(projectFile)!;

            // Two project files in one folder would compile the same files; the first (ordinal) owns them.
            byDirectory.TryAdd(directory, new FolderProject(Path.GetFileNameWithoutExtension(projectFile), directory, projectFile));
        }

        FolderProject? loose = null;
        foreach (var file in files)
        {
            var owner = OwnerOf(file, folder, byDirectory);
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
        }

        foreach (var project in projects)
        {
            Describe(project, root);
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

    private static void Describe(FolderProject project, string root)
    {
        var facts = ProjectFileFacts.Read(project.ProjectFile, project.Directory);
        foreach (var reference in facts.ProjectReferences)
        {
            project.ProjectReferences.Add(Path.GetFullPath(Path.Combine(project.Directory, reference)));
        }

        project.IsTest = facts.IsTrue("IsTestProject")
            || facts.PackageReferences.Any(p => TestPackages.Contains(p, StringComparer.OrdinalIgnoreCase))
            || TestNameSuffixes.Any(s => project.Name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

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
            AddTestSources(project, facts, root);
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

    private static void AddTestSources(FolderProject project, ProjectFileFacts facts, string root)
    {
        var folders = new List<(string Folder, string Name)>();
        if (!string.Equals(facts.Property("AiDebtTestGapsConventions"), "false", StringComparison.OrdinalIgnoreCase))
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

/// <summary>The literal, unconditional properties and items of a project file and the <c>Directory.Build.props</c> above it.</summary>
internal sealed class ProjectFileFacts
{
    private readonly Dictionary<string, string> properties = new(StringComparer.OrdinalIgnoreCase);

    public List<string> PackageReferences { get; } = new();

    /// <summary>The <c>ProjectReference</c> items as written (relative to the project folder, as MSBuild reads them).</summary>
    public List<string> ProjectReferences { get; } = new();

    /// <summary>The <c>AiDebtTestProject</c> items, relative to the project folder.</summary>
    public List<string> TestProjectItems { get; } = new();

    public string? Sdk { get; private set; }

    public string? Property(string name) => properties.TryGetValue(name, out var value) ? value : null;

    public bool IsTrue(string name) => string.Equals(Property(name), "true", StringComparison.OrdinalIgnoreCase);

    public static ProjectFileFacts Read(string? projectFile, string directory)
    {
        var facts = new ProjectFileFacts();

        // Directory.Build.props files first, the nearest last, then the project file: later values win, as in MSBuild.
        var props = new List<string>();
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "Directory.Build.props");
            if (File.Exists(path))
            {
                props.Add(path);
            }
        }

        props.Reverse();
        foreach (var path in props)
        {
            facts.Add(path, isProjectFile: false);
        }

        if (projectFile is not null)
        {
            facts.Add(projectFile, isProjectFile: true);
        }

        return facts;
    }

    private void Add(string path, bool isProjectFile)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            // An unreadable project file tells nothing; the project is scanned with the defaults.
            return;
        }

        if (document.Root is not { } project)
        {
            return;
        }

        if (isProjectFile)
        {
            Sdk = (string?)project.Attribute("Sdk");
        }

        foreach (var group in Unconditional(project, "PropertyGroup"))
        {
            foreach (var property in group.Elements())
            {
                if (property.Attribute("Condition") is null && !property.HasElements)
                {
                    properties[property.Name.LocalName] = property.Value.Trim();
                }
            }
        }

        foreach (var group in Unconditional(project, "ItemGroup"))
        {
            foreach (var item in group.Elements())
            {
                if (item.Attribute("Condition") is not null || (string?)item.Attribute("Include") is not { Length: > 0 } include)
                {
                    continue;
                }

                if (item.Name.LocalName == "PackageReference")
                {
                    PackageReferences.Add(include.Trim());
                }
                else if (item.Name.LocalName == "ProjectReference" && !include.Contains("$(", StringComparison.Ordinal))
                {
                    // A path built from properties cannot be resolved without MSBuild; the relation is then unknown.
                    ProjectReferences.Add(include.Trim().Replace('\\', Path.DirectorySeparatorChar));
                }
                else if (item.Name.LocalName == "AiDebtTestProject" && isProjectFile)
                {
                    TestProjectItems.Add(include.Trim().Replace('\\', Path.DirectorySeparatorChar));
                }
            }
        }
    }

    private static IEnumerable<XElement> Unconditional(XElement project, string name) =>
        project.Elements().Where(e => e.Name.LocalName == name && e.Attribute("Condition") is null);
}
