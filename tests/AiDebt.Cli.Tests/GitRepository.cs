using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace AiDebt.Cli.Tests;

/// <summary>
/// A throwaway git repository in a temporary folder. Every command runs with an explicit identity and fixed dates, and
/// with the global and system configuration switched off, so the tests depend on no machine setting and change none.
/// </summary>
public sealed class GitRepository : IDisposable
{
    public const string Human = "Hannah Human";
    public const string Assistant = "Ada Assistant";

    private readonly TempFolder folder = new();
    private int clock;

    public GitRepository(bool init = true)
    {
        File.WriteAllText(ConfigPath, string.Empty);
        if (init)
        {
            Git("init", "-q", "-b", "main", ".");
        }
    }

    public string Path => folder.Path;

    /// <summary>An empty file beside the work tree that stands in for the global configuration.</summary>
    private string ConfigPath => folder.Path + ".gitconfig";

    public string TracePath => folder.Combine(".agent-trace/traces.jsonl");

    public void Write(string relative, params string[] lines) => folder.File(relative, string.Join("\n", lines) + "\n");

    /// <summary>Commits everything as <paramref name="author"/>; returns the commit's id.</summary>
    public string Commit(string author, string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=" + author, "-c", "user.email=" + author.Split(' ')[0].ToLowerInvariant() + "@example.com", "commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>Attaches a git-ai authorship log to a commit, as git-ai does.</summary>
    public void AddNote(string commit, string note)
    {
        var file = folder.Path + ".note";
        File.WriteAllText(file, note);
        try
        {
            Git("notes", "--ref=ai", "add", "-F", file, commit);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("user.name=" + Human);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("user.email=hannah@example.com");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = ConfigPath;
        var date = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(clock++).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("git " + string.Join(' ', arguments));
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("git " + string.Join(' ', arguments) + " failed: " + error.Result);
        }

        return output.Result;
    }

    public CliResult Import(params string[] arguments)
    {
        var all = new List<string> { "provenance", "import", "--repo", Path };
        all.AddRange(arguments);
        return CliRunner.Run(all.ToArray());
    }

    public void Dispose()
    {
        File.Delete(ConfigPath);
        folder.Dispose();
    }
}
