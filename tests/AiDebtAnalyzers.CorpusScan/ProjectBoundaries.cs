using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiDebtAnalyzers.CorpusScan;

/// <summary>
/// The projects of a scanned folder and the references between them, read from the <c>.csproj</c> files as they are
/// written (each <c>&lt;ProjectReference Include="..."&gt;</c>; no MSBuild evaluation, so references added by
/// <c>Directory.Build.props</c> or conditions are not seen). With <c>--single-compilation</c> every file lands in one
/// compilation, so AID101 pairs copies across projects; <c>aidebt scan</c> reports a group whose copies lie in two
/// projects neither of which reaches the other as a suggestion (<c>aidebt.cloneKind</c> = <c>unrelated-projects</c>),
/// and this lets the scan report such groups the same way.
/// </summary>
internal sealed class ProjectBoundaries
{
    private static readonly Regex ProjectReference = new("<ProjectReference\\s+Include\\s*=\\s*\"([^\"]+)\"", RegexOptions.CultureInvariant);

    // Paths compare without case: code bases written on Windows spell a referenced project's path in any case.
    private readonly Dictionary<string, string> projectByFolder = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> referencesOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> reachableFrom = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> projectOfFolder = new(StringComparer.OrdinalIgnoreCase);
    private readonly string root;

    private ProjectBoundaries(string root) => this.root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>Reads every <c>.csproj</c> under <paramref name="folder"/> (outside <c>bin/</c> and <c>obj/</c>).</summary>
    public static ProjectBoundaries Read(string folder)
    {
        var boundaries = new ProjectBoundaries(folder);
        foreach (var project in Directory.EnumerateFiles(boundaries.root, "*.csproj", SearchOption.AllDirectories))
        {
            var relative = "/" + Path.GetRelativePath(boundaries.root, project).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            boundaries.Add(project, File.ReadAllText(project));
        }

        return boundaries;
    }

    /// <summary>A project from its path and text (tests give the text directly).</summary>
    internal void Add(string projectPath, string projectText)
    {
        var path = Path.GetFullPath(projectPath);
        var folder = Path.GetDirectoryName(path)!;
        projectByFolder.TryAdd(folder, path);
        var references = new List<string>();
        foreach (Match match in ProjectReference.Matches(projectText))
        {
            references.Add(Path.GetFullPath(Path.Combine(folder, match.Groups[1].Value.Replace('\\', '/'))));
        }

        referencesOf[path] = references;
    }

    /// <summary>For a test: boundaries over a folder whose projects are added with <see cref="Add"/>.</summary>
    internal static ProjectBoundaries Empty(string folder) => new(folder);

    /// <summary>The project a file belongs to: the nearest folder above it, inside the scanned folder, that holds a <c>.csproj</c>.</summary>
    public string? ProjectOf(string filePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePath));
        var visited = new List<string>();
        string? project = null;
        while (folder is not null && folder.Length >= root.Length && folder.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            if (projectOfFolder.TryGetValue(folder, out project))
            {
                break;
            }

            visited.Add(folder);
            if (projectByFolder.TryGetValue(folder, out project))
            {
                break;
            }

            folder = Path.GetDirectoryName(folder);
        }

        foreach (var seen in visited)
        {
            projectOfFolder[seen] = project;
        }

        return project;
    }

    /// <summary>
    /// Whether the files lie in two projects neither of which reaches the other through project references (directly
    /// or through other projects), as <c>aidebt scan</c> decides <c>unrelated-projects</c>. Files outside every project
    /// are left out.
    /// </summary>
    public bool SpansUnrelatedProjects(IEnumerable<string> filePaths)
    {
        var projects = new List<string>();
        foreach (var file in filePaths)
        {
            if (ProjectOf(file) is { } project && !projects.Contains(project, StringComparer.OrdinalIgnoreCase))
            {
                projects.Add(project);
            }
        }

        for (var i = 0; i < projects.Count; i++)
        {
            for (var j = i + 1; j < projects.Count; j++)
            {
                if (!Reaches(projects[i], projects[j]) && !Reaches(projects[j], projects[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool Reaches(string from, string to)
    {
        if (!reachableFrom.TryGetValue(from, out var reachable))
        {
            reachable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Stack<string>();
            pending.Push(from);
            while (pending.Count > 0)
            {
                var project = pending.Pop();
                if (!reachable.Add(project) || !referencesOf.TryGetValue(project, out var references))
                {
                    continue;
                }

                foreach (var reference in references)
                {
                    pending.Push(reference);
                }
            }

            reachableFrom[from] = reachable;
        }

        return reachable.Contains(to);
    }
}
