using System.IO;

namespace AiDebt.Cli;

/// <summary>The folder URIs are made relative to: the given root, else the enclosing git work tree, else the current folder.</summary>
public static class RepositoryRoot
{
    public static string Resolve(string? explicitRoot, string? startFrom = null)
    {
        if (!string.IsNullOrEmpty(explicitRoot))
        {
            var full = Path.GetFullPath(explicitRoot);
            if (!Directory.Exists(full))
            {
                throw new CliException("Root folder '" + explicitRoot + "' does not exist.");
            }

            return full;
        }

        var start = Path.GetFullPath(startFrom ?? Directory.GetCurrentDirectory());
        return FindGitRoot(start) ?? start;
    }

    public static string? FindGitRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
