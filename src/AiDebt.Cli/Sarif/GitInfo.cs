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

    /// <summary>How long one git command may take before provenance is left out.</summary>
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static string? Git(string root, string arguments) => Run("git", "-C \"" + root + "\" " + arguments, Timeout);

    /// <summary>
    /// Runs a command and returns its trimmed standard output, or null when it fails, is missing or outlives
    /// <paramref name="timeout"/>. Both streams are read asynchronously while waiting: reading one to its end first would
    /// block the timeout, and a child that fills the other pipe would never exit.
    /// </summary>
    internal static string? Run(string fileName, string arguments, TimeSpan timeout)
    {
        try
        {
            var start = new ProcessStartInfo(fileName, arguments)
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

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            // The streams close when the process and any child holding them exit; a child left running must not hang us.
            if (!System.Threading.Tasks.Task.WaitAll(new System.Threading.Tasks.Task[] { output, error }, timeout))
            {
                return null;
            }

            return process.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on the PATH: provenance is optional.
            return null;
        }
    }
}
