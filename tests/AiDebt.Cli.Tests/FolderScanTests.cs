using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Tests;

/// <summary>The whole ratchet on a folder scanned ad hoc: scan, baseline, change the code, compare.</summary>
public class FolderScanTests
{
    [Fact]
    public void Scan_baseline_change_compare()
    {
        using var temp = new TempFolder();
        temp.File("src/OrderService.cs", Sources.OneElision);

        var scan = CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("scan1.sarif"), "--root", temp.Path);
        Assert.Equal(ExitCodes.Success, scan.ExitCode);
        Assert.Contains("1 findings, 5 debt minutes", scan.Output, StringComparison.Ordinal);
        Assert.Contains("residue", scan.Output, StringComparison.Ordinal);
        Assert.Contains("src/OrderService.cs", scan.Output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("baseline", temp.Combine("scan1.sarif"), "-o", temp.Combine(".aidebt/baseline.json"), "--root", temp.Path).ExitCode);

        // Lines added above the accepted finding keep its fingerprint; the gate passes.
        temp.File("src/OrderService.cs", "// header\nusing System;\n\n" + Sources.OneElision);
        CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("scan2.sarif"), "--root", temp.Path);
        var passed = CliRunner.Run("compare", temp.Combine(".aidebt/baseline.json"), temp.Combine("scan2.sarif"), "--root", temp.Path);
        Assert.Equal(ExitCodes.Success, passed.ExitCode);

        // A new elision fails it.
        temp.File("src/OrderService.cs", Sources.TwoElisions);
        var scan3 = CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("scan3.sarif"), "--root", temp.Path);
        Assert.Contains("1 findings, 5 debt minutes (1 more accepted in the baseline)", scan3.Output, StringComparison.Ordinal);
        var failed = CliRunner.Run("compare", temp.Combine(".aidebt/baseline.json"), temp.Combine("scan3.sarif"), "--root", temp.Path);
        Assert.Equal(ExitCodes.GateFailed, failed.ExitCode);
        Assert.Contains("rest of the code remains the same", failed.Output, StringComparison.Ordinal);

        // The scan applies the baseline as the build does: the accepted finding is suppressed, not hidden.
        var results = JsonNode.Parse(File.ReadAllText(temp.Combine("scan3.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Where(r => !AiDebt.Cli.Analysis.AnalyzerCatalog.RuleFor((string)r!["ruleId"]!).IsSummary)
            .ToList();
        Assert.Equal(2, results.Count);
        Assert.Single(results, r => (string?)r!["suppressions"]?[0]?["kind"] == "external");
    }

    [Fact]
    public void Editorconfig_severity_and_options_apply_to_a_folder_scan()
    {
        using var temp = new TempFolder();
        temp.File("src/OrderService.cs", Sources.OneElision);
        temp.File("src/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.AID501.severity = none\n");

        var result = CliRunner.Run("scan", temp.Combine("src"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("0 findings", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_option_in_editorconfig_is_reported_by_AID001()
    {
        using var temp = new TempFolder();
        temp.File("src/OrderService.cs", Sources.Clean);
        temp.File("src/.editorconfig", "root = true\n\n[*.cs]\naidebt.residue.report_bare_ellipsis = sometimes\n");

        var result = CliRunner.Run("scan", temp.Combine("src"), "--root", temp.Path);

        Assert.Contains("AID001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_or_missing_folder_exits_2()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("empty"));
        var empty = CliRunner.Run("scan", temp.Combine("empty"), "-o", temp.Combine("out.sarif"));
        Assert.Equal(ExitCodes.UsageOrInputError, empty.ExitCode);
        Assert.Contains("holds no .cs file", empty.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out.sarif")));

        Assert.Equal(ExitCodes.UsageOrInputError, CliRunner.Run("scan", temp.Combine("nowhere")).ExitCode);
        Assert.Equal(ExitCodes.UsageOrInputError, CliRunner.Run("scan", temp.File("notes.txt", "x")).ExitCode);
    }
}
