using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.FileSystemGlobbing;

namespace AiDebt.Cli.Analysis;

/// <summary>
/// The <c>.cs</c> files a project compiles, decided as the build decides them from the project file's literal items,
/// without evaluating MSBuild, so that a folder scan does not analyse files no build compiles (sources left on disk but
/// not listed in an old-style project, folders an SDK-style project removes).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>An old-style project (no SDK imported) with <c>Compile Include</c> items compiles exactly the files they name:
/// paths relative to the project folder with <c>\</c> or <c>/</c>, and globs; <c>Link</c> metadata does not change
/// which file it is. An old-style project file without any <c>Compile</c> item tells nothing: every file under its
/// folder is kept, as before.</item>
/// <item>An SDK-style project compiles the SDK's default glob (every file under its folder) unless
/// <c>EnableDefaultItems</c> or <c>EnableDefaultCompileItems</c> is <c>false</c> (in the project file or a
/// <c>Directory.Build.props</c> above it), less its unconditional <c>Compile Remove</c> items, plus its
/// <c>Compile Include</c> items, also those naming files outside its folder.</item>
/// <item>Items are applied in document order, <c>Exclude</c> with its <c>Include</c>. An item under a condition (on the
/// item, its item group, or in a <c>Choose</c>) is not evaluated: an include of it is kept, a removal is not applied, so a
/// condition never drops a file. The properties that decide the default glob are read only when unconditional.</item>
/// <item>A path MSBuild alone can resolve (a property other than the literal, unconditional ones of the project file and
/// the <c>Directory.Build.props</c> above it, and
/// <c>MSBuildProjectDirectory</c>/<c>MSBuildThisFileDirectory</c>, an item or metadata reference) or a <c>?</c> wildcard
/// (which <see cref="Matcher"/> does not support) is not followed either: such an include keeps every file under the
/// project folder, such a removal removes nothing.</item>
/// <item><c>Compile</c> items of imported files (<c>Directory.Build.targets</c>, custom imports) and items created by
/// targets are not read.</item>
/// </list>
/// Globs follow MSBuild: <c>*</c> within a folder name, <c>**</c> any number of folders (none too), and names are compared
/// ignoring case, as on Windows, where old-style project files were written.
/// </remarks>
internal sealed class ProjectSources
{
    private static readonly char[] Separators = { '/', '\\' };
    private static readonly char[] Wildcards = { '*', '?' };

    private readonly HashSet<string> files;

    private ProjectSources(HashSet<string> files) => this.files = files;

    /// <summary>Whether the project compiles the file (a full path, as one of the candidates it was decided on).</summary>
    public bool Compiles(string file) => files.Contains(file);

    /// <param name="projectFile">The project file (its own items are in <paramref name="facts"/>).</param>
    /// <param name="candidates">The <c>.cs</c> files that may be compiled (full paths): those of the scanned folder.</param>
    public static ProjectSources Decide(string projectFile, ProjectFileFacts facts, CandidateFiles candidates)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(projectFile))!;
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        var listed = !facts.IsSdkStyle && facts.CompileItems.Exists(i => i.Operation == CompileOperation.Include);
        if (!facts.IsSdkStyle && !listed)
        {
            compiled.UnionWith(candidates.Under(directory));
            return new ProjectSources(compiled);
        }

        if (facts.IsSdkStyle && !facts.IsFalse("EnableDefaultItems") && !facts.IsFalse("EnableDefaultCompileItems"))
        {
            compiled.UnionWith(candidates.Under(directory));
        }

        var properties = new Func<string, string?>(name =>
            name.Equals("MSBuildProjectDirectory", StringComparison.OrdinalIgnoreCase) ? directory
            : name.Equals("MSBuildThisFileDirectory", StringComparison.OrdinalIgnoreCase) || name.Equals("ProjectDir", StringComparison.OrdinalIgnoreCase) ? directory + Path.DirectorySeparatorChar
            : facts.Property(name));
        foreach (var item in facts.CompileItems)
        {
            if (item.Operation == CompileOperation.Remove)
            {
                if (!item.Conditional)
                {
                    foreach (var value in Values(item.Value))
                    {
                        if (Resolve(value, properties) is { } pattern)
                        {
                            compiled.ExceptWith(candidates.Matching(directory, pattern));
                        }
                    }
                }

                continue;
            }

            var included = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in Values(item.Value))
            {
                if (Resolve(value, properties) is { } pattern)
                {
                    included.UnionWith(candidates.Matching(directory, pattern));
                }
                else
                {
                    // Unknown without MSBuild: the item may name any file of the project, so none is dropped.
                    included.UnionWith(candidates.Under(directory));
                }
            }

            foreach (var value in item.Exclude is null ? Array.Empty<string>() : Values(item.Exclude))
            {
                // Whether or not the item's condition holds, its Exclude files are not in it.
                if (Resolve(value, properties) is { } pattern)
                {
                    included.ExceptWith(candidates.Matching(directory, pattern));
                }
            }

            compiled.UnionWith(included);
        }

        return new ProjectSources(compiled);
    }

    private static string[] Values(string list) => list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The path or glob with its known properties substituted, or null when only MSBuild could resolve it.</summary>
    private static string? Resolve(string value, Func<string, string?> properties)
    {
        var text = value;
        for (var start = text.IndexOf("$(", StringComparison.Ordinal); start >= 0; start = text.IndexOf("$(", StringComparison.Ordinal))
        {
            var end = text.IndexOf(')', start);
            if (end < 0 || properties(text[(start + 2)..end]) is not { } replacement || replacement.Contains("$(", StringComparison.Ordinal))
            {
                return null;
            }

            text = string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end + 1));
        }

        return text.Contains("@(", StringComparison.Ordinal) || text.Contains("%(", StringComparison.Ordinal) || text.Contains('?', StringComparison.Ordinal)
            ? null
            : text;
    }

    /// <summary>Splits a resolved path or glob into its literal folder (full path) and its wildcard part, if any.</summary>
    internal static (string Folder, string? Glob) Split(string directory, string pattern)
    {
        var segments = pattern.Split(Separators);
        var firstWildcard = Array.FindIndex(segments, s => s.IndexOfAny(Wildcards) >= 0);
        if (firstWildcard < 0)
        {
            return (Path.GetFullPath(Path.Combine(directory, string.Join(Path.DirectorySeparatorChar, segments))), null);
        }

        var folder = Path.GetFullPath(Path.Combine(directory, string.Join(Path.DirectorySeparatorChar, segments, 0, firstWildcard)));
        return (folder, string.Join('/', segments, firstWildcard, segments.Length - firstWildcard));
    }
}

/// <summary>
/// The <c>.cs</c> files a folder scan may analyse, looked up by folder and by path ignoring case, as the project files
/// that name them were written on Windows.
/// </summary>
internal sealed class CandidateFiles
{
    private readonly List<string> sorted;
    private readonly Dictionary<string, List<string>> byPath = new(StringComparer.OrdinalIgnoreCase);

    public CandidateFiles(IEnumerable<string> files)
    {
        sorted = new List<string>(files);
        sorted.Sort(StringComparer.OrdinalIgnoreCase);
        foreach (var file in sorted)
        {
            if (!byPath.TryGetValue(file, out var same))
            {
                byPath[file] = same = new List<string>(1);
            }

            same.Add(file);
        }
    }

    /// <summary>The files under a folder (full path), at any depth.</summary>
    public IEnumerable<string> Under(string folder)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        var index = sorted.BinarySearch(prefix, StringComparer.OrdinalIgnoreCase);
        for (var i = index < 0 ? ~index : index; i < sorted.Count && sorted[i].StartsWith(prefix, StringComparison.OrdinalIgnoreCase); i++)
        {
            yield return sorted[i];
        }
    }

    /// <summary>The files a resolved <c>Compile</c> path or glob names, relative to the project folder.</summary>
    public IEnumerable<string> Matching(string directory, string pattern)
    {
        var (folder, glob) = ProjectSources.Split(directory, pattern);
        if (glob is null)
        {
            return byPath.TryGetValue(folder, out var same) ? same : Array.Empty<string>();
        }

        // Relative by length, not Path.GetRelativePath: the folder may be written in another case than on disk.
        var prefixLength = folder.EndsWith(Path.DirectorySeparatorChar) ? folder.Length : folder.Length + 1;
        var under = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Under(folder))
        {
            under[file[prefixLength..].Replace('\\', '/')] = file;
        }

        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddInclude(glob);
        var matched = new List<string>();
        foreach (var match in matcher.Match(folder, under.Keys).Files)
        {
            if (under.TryGetValue(match.Path, out var file))
            {
                matched.Add(file);
            }
        }

        return matched;
    }
}
