using System;
using System.Diagnostics;
using System.IO;

namespace AiDebt.Cli.Sarif;

/// <summary>The repository, commit and branch of a git work tree, for SARIF <c>versionControlProvenance</c>.</summary>
public sealed record GitInfo(string RepositoryUri, string RevisionId, string? Branch)
{
    public static GitInfo? TryRead(string root)
    {
        if (RepositoryRoot.FindGitRoot(root) is null)
        {
            return null;
        }

        var revision = Git(root, "rev-parse HEAD");
        if (revision is null || revision.Length < 7)
        {
            return null;
        }

        var remote = Git(root, "remote get-url origin");
        var branch = Git(root, "rev-parse --abbrev-ref HEAD");
        return new GitInfo(NormalizeRemote(remote) ?? new Uri(Path.GetFullPath(root) + Path.DirectorySeparatorChar).AbsoluteUri, revision, branch is null or "HEAD" ? null : branch);
    }

    /// <summary>SARIF wants an absolute URI: scp-style remotes become https, credentials are dropped.</summary>
    internal static string? NormalizeRemote(string? remote)
    {
        if (string.IsNullOrWhiteSpace(remote))
        {
            return null;
        }

        remote = remote.Trim();
        var scp = remote.IndexOf(':', StringComparison.Ordinal);
        if (!remote.Contains("://", StringComparison.Ordinal) && scp > 0 && remote.IndexOf('@', StringComparison.Ordinal) is var at && at >= 0 && at < scp)
        {
            remote = "https://" + remote.Substring(at + 1, scp - at - 1) + "/" + remote.Substring(scp + 1);
        }

        if (!Uri.TryCreate(remote, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty };
        var text = builder.Uri.AbsoluteUri;
        return text.EndsWith(".git", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static string? Git(string root, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", "-C \"" + root + "\" " + arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on the PATH: provenance is optional.
            return null;
        }
    }
}
