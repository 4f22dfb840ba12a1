using System;
using System.Collections.Generic;
using System.IO;
using AiDebt.Cli.Analysis;

namespace AiDebtAnalyzers.CorpusScan;

/// <summary>
/// The measurement's --compile-items: which project folder a file of the scanned folder belongs to when only the files a
/// build compiles are analysed, decided as <c>aidebt scan &lt;folder&gt;</c> decides (<see cref="ProjectSources"/>, the
/// tool's own code). A file stays with its project folder (the nearest folder above it that holds a <c>.csproj</c>) if a
/// project file there compiles it, else goes to the first project folder (ordinal) whose project compiles it from
/// elsewhere (a linked file), else belongs to none: no build compiles it. A file under no project file is kept.
/// </summary>
internal sealed class CompiledFiles
{
    private readonly SortedDictionary<string, List<ProjectSources>> byFolder = new(StringComparer.Ordinal);

    /// <param name="projectFiles">The <c>.csproj</c> files of the folder (bin/ and obj/ excluded).</param>
    /// <param name="files">The <c>.cs</c> files that may be compiled (bin/ and obj/ excluded).</param>
    public CompiledFiles(IEnumerable<string> projectFiles, IEnumerable<string> files)
    {
        var candidates = new CandidateFiles(files);
        var ordered = new List<string>(projectFiles);
        ordered.Sort(StringComparer.Ordinal);
        foreach (var projectFile in ordered)
        {
            var folder = Path.GetDirectoryName(projectFile)!;
            if (!byFolder.TryGetValue(folder, out var sources))
            {
                byFolder[folder] = sources = new List<ProjectSources>();
            }

            sources.Add(ProjectSources.Decide(projectFile, ProjectFileFacts.Read(projectFile, folder), candidates));
        }
    }

    /// <param name="nearestFolder">The nearest folder above the file that holds a <c>.csproj</c>, or the scanned folder.</param>
    /// <returns>The project folder that compiles the file, the folder given when no project file owns it, or null.</returns>
    public string? FolderOf(string file, string nearestFolder)
    {
        var underProject = byFolder.TryGetValue(nearestFolder, out var nearest);
        if (underProject && nearest!.Exists(p => p.Compiles(file)))
        {
            return nearestFolder;
        }

        foreach (var (folder, sources) in byFolder)
        {
            if (sources.Exists(p => p.Compiles(file)))
            {
                return folder;
            }
        }

        return underProject ? null : nearestFolder;
    }
}
