using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace AiDebt.Cli.Tests;

/// <summary>Runs the tool in-process, as a CI script would run it: plain output, exit code.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}

public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = new CliApp(output, error, interactive: false).Run(args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs a program with a time limit; the tests never wait on a hung build.</summary>
    public static (int ExitCode, string Output) Process(string fileName, string arguments, string workingDirectory, int timeoutSeconds = 240)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + arguments + " did not finish in " + timeoutSeconds + " s.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>A temporary folder, deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aidebt-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative, string content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public string Combine(string relative) => System.IO.Path.Combine(new[] { Path }.Concat(relative.Split('/')).ToArray());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is under the temp directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Where the repository is, for the sample project and the analyzer build output.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "AiDebtAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AiDebtAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
