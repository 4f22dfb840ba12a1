using System;
using System.Collections.Generic;
using System.Globalization;

namespace AiDebt.Cli.Provenance;

/// <summary>
/// Where a line of a file comes from: the commit that introduced it, its path there and its line number there. Two
/// revisions' lines with the same origin are the same line, which is how a record made at one commit finds its lines
/// in today's files.
/// </summary>
public readonly record struct LineOrigin(string Commit, string Path, int Line);

/// <summary>One line of <c>git blame --line-porcelain</c>: its origin and its text (without the line break).</summary>
public sealed record BlameLine(LineOrigin Origin, string Text);

/// <summary>Runs and reads <c>git blame --line-porcelain</c>.</summary>
public static class Blame
{
    /// <summary>
    /// The lines of <paramref name="path"/> at <paramref name="revision"/>, or null when the file does not exist there.
    /// <c>--root</c>: the lines of a root commit belong to it (git would otherwise call them boundary lines).
    /// </summary>
    public static List<BlameLine>? Of(GitProcess git, string revision, string path)
    {
        var result = git.Run("blame", "--line-porcelain", "--root", revision, "--", path);
        return result.Succeeded ? Parse(result.Output) : null;
    }

    public static List<BlameLine> Parse(string porcelain)
    {
        var lines = new List<BlameLine>();
        string? commit = null;
        var originLine = 0;
        string? originPath = null;
        var position = 0;
        while (position < porcelain.Length)
        {
            var end = porcelain.IndexOf('\n', position);
            if (end < 0)
            {
                end = porcelain.Length;
            }

            var line = porcelain[position..end];
            position = end + 1;
            if (line.StartsWith('\t'))
            {
                if (commit is not null && originPath is not null)
                {
                    // A file with CRLF line breaks keeps its '\r' in blame's text; the analyzers hash lines without it.
                    lines.Add(new BlameLine(new LineOrigin(commit, originPath, originLine), line[1..].TrimEnd('\r')));
                }

                commit = null;
                originPath = null;
                continue;
            }

            if (commit is null)
            {
                var parts = line.Split(' ');
                if (parts.Length >= 3 && parts[0].Length >= 40)
                {
                    commit = parts[0];
                    originLine = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
                }

                continue;
            }

            if (line.StartsWith("filename ", StringComparison.Ordinal))
            {
                originPath = Unquote(line["filename ".Length..]);
            }
        }

        return lines;
    }

    /// <summary>git quotes a path with special characters as a C string: "a\tb".</summary>
    internal static string Unquote(string path)
    {
        if (path.Length < 2 || path[0] != '"' || path[^1] != '"')
        {
            return path;
        }

        return System.Text.RegularExpressions.Regex.Unescape(path[1..^1]);
    }
}
