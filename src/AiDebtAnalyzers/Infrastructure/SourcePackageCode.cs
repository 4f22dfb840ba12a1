using System;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// Code a NuGet source package installed into the project: NuGet puts the content files of a content-only source
/// package (LibLog, a Polyfill) under <c>App_Packages/&lt;Id&gt;.&lt;Version&gt;/</c>, so a file on that path is another
/// project's code at a pinned version, updated by upgrading the package rather than edited. Decided from the tree's
/// path alone (<see cref="Microsoft.CodeAnalysis.SyntaxTree.FilePath"/>: no file I/O).
/// </summary>
internal static class SourcePackageCode
{
    private const string InstallFolder = "App_Packages";

    /// <summary>
    /// Whether a path lies in a folder <c>App_Packages/&lt;Id&gt;.&lt;Version&gt;/</c> (a package id, a dot, then a NuGet
    /// version: numbers separated by dots, at least two, with an optional <c>-prerelease</c> label). A folder named
    /// <c>App_Packages</c> alone, or a package folder without a version, is not NuGet's layout.
    /// </summary>
    public static bool Contains(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var start = 0;
        while (start < path!.Length)
        {
            var end = NextSeparator(path, start);
            if (end - start == InstallFolder.Length && string.Compare(path, start, InstallFolder, 0, InstallFolder.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var packageStart = end + 1;
                var packageEnd = packageStart < path.Length ? NextSeparator(path, packageStart) : path.Length;

                // The package folder must hold the file: a segment follows it.
                if (packageEnd < path.Length && IsIdAndVersion(path, packageStart, packageEnd))
                {
                    return true;
                }
            }

            start = end + 1;
        }

        return false;
    }

    private static int NextSeparator(string path, int start)
    {
        for (var i = start; i < path.Length; i++)
        {
            if (path[i] is '/' or '\\')
            {
                return i;
            }
        }

        return path.Length;
    }

    /// <summary><c>LibLog.1.4</c>, <c>Polyfill.1.0.0-beta.2</c>: an id, then a dot and a version from the first dot followed by a digit.</summary>
    private static bool IsIdAndVersion(string path, int start, int end)
    {
        for (var dot = start + 1; dot < end - 1; dot++)
        {
            if (path[dot] == '.' && char.IsDigit(path[dot + 1]))
            {
                return IsVersion(path, dot + 1, end);
            }
        }

        return false;
    }

    private static bool IsVersion(string path, int start, int end)
    {
        var parts = 0;
        var i = start;
        while (i < end)
        {
            var digits = i;
            while (i < end && char.IsDigit(path[i]))
            {
                i++;
            }

            if (i == digits)
            {
                return false;
            }

            parts++;
            if (i == end || path[i] == '-')
            {
                // A prerelease label follows the numbers (-beta.2); it must not be empty.
                return parts >= 2 && (i == end || i + 1 < end);
            }

            if (path[i] != '.')
            {
                return false;
            }

            i++;
        }

        return false;
    }
}
