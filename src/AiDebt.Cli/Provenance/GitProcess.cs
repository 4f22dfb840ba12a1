using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace AiDebt.Cli.Provenance;

/// <summary>The result of one git command: exit code and both streams.</summary>
public sealed record GitOutput(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Runs git in one repository with arguments passed as a list (paths with spaces need no quoting). Unlike
/// <see cref="Sarif.GitInfo"/>, where git is optional, the import cannot work without it: a missing git or a command
/// that outlives its time limit is a <see cref="CliException"/>.
/// </summary>
public sealed class GitProcess
{
    /// <summary>Blame of a long file with a deep history takes seconds; a minute means something is wrong.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public GitProcess(string workTree)
    {
        WorkTree = workTree;
    }

    public string WorkTree { get; }

    public GitOutput Run(params string[] arguments) => Run(arguments, standardInput: null);

    public GitOutput Run(IReadOnlyList<string> arguments, string? standardInput)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(WorkTree);

        // Paths in git's output stay as they are (no octal escapes for non-ASCII names).
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotePath=false");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception ex)
        {
            throw new CliException("git is needed to import provenance and could not be started: " + ex.Message, ex);
        }

        if (process is null)
        {
            throw new CliException("git could not be started.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (standardInput is not null)
            {
                process.StandardInput.Write(standardInput);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(Timeout) || !Task.WaitAll(new Task[] { output, error }, Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new CliException("git " + string.Join(' ', arguments) + " did not finish in " + Timeout.TotalSeconds + " s.");
            }

            return new GitOutput(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Runs a command that must succeed; its failure is the user's input error, reported with git's own words.</summary>
    public string Require(string what, params string[] arguments)
    {
        var result = Run(arguments);
        if (!result.Succeeded)
        {
            throw new CliException(what + ": " + FirstLine(result.Error));
        }

        return result.Output;
    }

    internal static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? trimmed : trimmed[..end].TrimEnd('\r');
    }
}
