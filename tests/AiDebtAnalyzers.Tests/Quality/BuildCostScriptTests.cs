using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace AiDebtAnalyzers.Tests.Quality;

/// <summary>
/// The build-cost script's own control flow, through its dry run (a stand-in for dotnet; nothing is built): its default
/// mode once ended with status 1 and stopped at once without <c>--out</c>, which no measurement run shows until someone
/// relies on its exit status.
/// </summary>
public class BuildCostScriptTests
{
    [Fact]
    public async Task Dry_run_reaches_its_end_with_and_without_an_output_folder_and_with_sarif()
    {
        if (!File.Exists("/bin/bash"))
        {
            // The script is bash; the measurements it takes run on Linux.
            return;
        }

        var script = Path.Combine(RuleCatalog.RepositoryRoot, "tests", "build-cost", "dry-run-test.sh");
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(2).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the dry run did not end within two minutes");
        }

        Assert.True(process.ExitCode == 0, "exit " + process.ExitCode + Environment.NewLine + await output + await errors);
    }
}
