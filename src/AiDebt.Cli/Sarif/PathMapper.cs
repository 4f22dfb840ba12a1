using System;
using System.Collections.Generic;
using System.IO;

namespace AiDebt.Cli.Sarif;

/// <summary>Turns the absolute <c>file:</c> URIs the compiler writes into URIs relative to the repository root.</summary>
public static class PathMapper
{
    public const string SourceRootId = "%SRCROOT%";

    public static string ToRelativeUri(string uri, string? baseId, IReadOnlyDictionary<string, string> baseIds, string? root)
    {
        var localPath = ToLocalPath(uri, baseId, baseIds);
        if (localPath is null)
        {
            return uri;
        }

        return RelativeTo(localPath, root);
    }

    /// <summary>A path below <paramref name="root"/> as a relative URI with forward slashes; others as <c>file:</c> URIs.</summary>
    public static string RelativeTo(string localPath, string? root)
    {
        var full = Path.GetFullPath(localPath);
        if (root is not null)
        {
            var relative = Path.GetRelativePath(Path.GetFullPath(root), full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return EscapeRelative(relative.Replace('\\', '/'));
            }
        }

        return new Uri(full).AbsoluteUri;
    }

    private static string? ToLocalPath(string uri, string? baseId, IReadOnlyDictionary<string, string> baseIds)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute))
        {
            return absolute.IsFile ? absolute.LocalPath : null;
        }

        var unescaped = Uri.UnescapeDataString(uri);
        if (baseId is not null && baseIds.TryGetValue(baseId, out var baseUri) && Uri.TryCreate(baseUri, UriKind.Absolute, out var baseAbsolute) && baseAbsolute.IsFile)
        {
            return Path.Combine(baseAbsolute.LocalPath, unescaped);
        }

        // A relative URI with an unknown base is kept as written: aidebt writes URIs relative to the repository root.
        return Path.IsPathRooted(unescaped) ? unescaped : null;
    }

    private static string EscapeRelative(string relative)
    {
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join('/', segments);
    }
}
