using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Tests;

/// <summary>The tool on the bundled sample service, scanned as a folder (no build needed).</summary>
public class SampleTests
{
    [SkippableFact]
    public void Sample_scan_gives_valid_code_scanning_sarif_and_a_report()
    {
        using var temp = new TempFolder();
        var sample = Path.Combine(Repository.Root, "samples", "AiDebtSample");

        var scan = CliRunner.Run("scan", sample, "-o", temp.Combine("sample.sarif"), "--root", Repository.Root);

        Assert.Equal(ExitCodes.Success, scan.ExitCode);
        // Per-project summaries (tag AiDebtSummary) sit on the project file; the checks below are about findings in code.
        var results = JsonNode.Parse(File.ReadAllText(temp.Combine("sample.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Where(r => !AiDebt.Cli.Analysis.AnalyzerCatalog.RuleFor((string)r!["ruleId"]!).IsSummary).ToList();
        Assert.Contains(results, r => (string?)r!["ruleId"] == "AID501");
        Assert.All(results, r => Assert.StartsWith("samples/AiDebtSample/", (string?)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], StringComparison.Ordinal));
        Assert.All(results, r => Assert.NotNull(r!["partialFingerprints"]!["aidebt/v2"]));

        // Every result names the assembly that reported it, as the project's build names it: baseline entries match it.
        var all = JsonNode.Parse(File.ReadAllText(temp.Combine("sample.sarif")))!["runs"]![0]!["results"]!.AsArray();
        Assert.All(all, r => Assert.Equal("AiDebtSample", (string?)r!["properties"]!["aidebt.assembly"]));

        Assert.Equal(ExitCodes.Success, CliRunner.Run("report", temp.Combine("sample.sarif"), "-o", temp.Combine("sample.html"), "--root", Repository.Root).ExitCode);
        Assert.Contains("AID501", File.ReadAllText(temp.Combine("sample.html")), StringComparison.Ordinal);

        var multitool = SarifMultitool.Find();
        Skip.If(multitool is null, SarifMultitool.MissingMessage);
        var errors = SarifMultitool.Validate(multitool!, temp.Combine("sample.sarif"), temp.Path);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
