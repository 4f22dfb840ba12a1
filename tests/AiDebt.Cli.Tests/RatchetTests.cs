using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using AiDebt.Cli.Sarif;

namespace AiDebt.Cli.Tests;

/// <summary>Version 1 baselines and their upgrade, suppression states, locations and the input checks of the gate.</summary>
public class RatchetTests
{
    private const string Save = "v2:AID501:Shop.OrderService.Save():0123456789abcdef:0";
    private const string SaveAgain = "v2:AID501:Shop.OrderService.Save():0123456789abcdef:1";
    private const string Load = "v2:AID501:Shop.OrderService.Load():fedcba9876543210:0";
    private const string LegacySave = "v1:AID501:Shop.OrderService.Save(0):0123456789abcdef:0";
    private const string LegacyOption = "v1:AID001:aidebt.residue.report_bare_ellipsis:aaaaaaaaaaaaaaaa:0";

    private static string LegacyBaseline(TempFolder temp, params string[] fingerprints) => temp.File(
        ".aidebt/baseline.json",
        "{\n  \"version\": 1,\n  \"findings\": [\n"
        + string.Join(",\n", fingerprints.Select(f => "    { \"ruleId\": \"" + f.Split(':')[1] + "\", \"fingerprint\": \"" + f + "\" }"))
        + "\n  ]\n}\n");

    [Fact]
    public void Version_1_baseline_still_gates_and_upgrade_rewrites_it_to_version_2()
    {
        using var temp = new TempFolder();
        var baseline = LegacyBaseline(temp, LegacySave, LegacyOption);
        var same = BaselineAndCompareTests.Sarif(temp, "same.sarif", Save);

        var unchanged = CliRunner.Run("compare", baseline, same, "--root", temp.Path);
        Assert.Equal(ExitCodes.Success, unchanged.ExitCode);
        Assert.Contains("0 new", unchanged.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.GateFailed, CliRunner.Run("compare", baseline, BaselineAndCompareTests.Sarif(temp, "more.sarif", Save, Load), "--root", temp.Path).ExitCode);

        // Updating a version 1 baseline without upgrading it would drop every entry as fixed.
        var refused = CliRunner.Run("baseline", same, "-o", baseline, "--root", temp.Path);
        Assert.Equal(ExitCodes.UsageOrInputError, refused.ExitCode);
        Assert.Contains("aidebt baseline --upgrade", refused.Error, StringComparison.Ordinal);

        var upgrade = CliRunner.Run("baseline", same, "-o", baseline, "--upgrade", "--root", temp.Path);
        Assert.Equal(ExitCodes.Success, upgrade.ExitCode);
        var document = JsonNode.Parse(File.ReadAllText(baseline))!;
        Assert.Equal(2, (int)document["version"]!);
        var fingerprints = document["findings"]!.AsArray().Select(f => (string)f!["fingerprint"]!).ToList();
        Assert.Contains(Save, fingerprints);
        Assert.All(fingerprints, f => Assert.StartsWith("v2:", f, StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Success, CliRunner.Run("compare", baseline, same, "--root", temp.Path).ExitCode);
        var added = CliRunner.Run("compare", baseline, BaselineAndCompareTests.Sarif(temp, "added.sarif", Save, SaveAgain), "--root", temp.Path);
        Assert.Equal(ExitCodes.GateFailed, added.ExitCode);
        Assert.Contains("1 new", added.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_1_entry_that_more_findings_share_accepts_none_of_them_and_says_how_to_upgrade()
    {
        using var temp = new TempFolder();
        var baseline = LegacyBaseline(temp, LegacySave, LegacyOption);
        var current = BaselineAndCompareTests.Sarif(temp, "current.sarif", Save, SaveAgain);

        var result = CliRunner.Run("compare", baseline, current, "--root", temp.Path);

        Assert.Equal(ExitCodes.GateFailed, result.ExitCode);
        Assert.Contains("2 new", result.Output, StringComparison.Ordinal);
        Assert.Contains("aidebt baseline --upgrade", result.Error, StringComparison.Ordinal);

        // Version 1 suppressed both; the upgrade keeps that, names them, and from then on they are told apart.
        var upgrade = CliRunner.Run("baseline", current, "-o", baseline, "--upgrade", "--root", temp.Path);
        Assert.Equal(ExitCodes.Success, upgrade.ExitCode);
        Assert.Contains("2 finding(s) shared a version 1 fingerprint", upgrade.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("compare", baseline, current, "--root", temp.Path).ExitCode);
    }

    [Theory]
    [InlineData("rejected", ExitCodes.GateFailed)]
    [InlineData("underReview", ExitCodes.GateFailed)]
    [InlineData("accepted", ExitCodes.Success)]
    public void Only_accepted_suppressions_suppress(string status, int expected)
    {
        using var temp = new TempFolder();
        var source = temp.File("src/OrderService.cs", Sources.OneElision);
        var log = JsonNode.Parse(Sources.CompilerSarif(source, Save))!;
        var results = log["runs"]![0]!["results"]!.AsArray();
        results.RemoveAt(2);
        results[0]!["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "inSource", ["status"] = status });
        var sarif = temp.File("artifacts/current.sarif", log.ToJsonString());
        var baseline = temp.File(".aidebt/baseline.json", "{ \"version\": 2, \"findings\": [] }");

        Assert.Equal(expected, CliRunner.Run("compare", baseline, sarif, "--root", temp.Path).ExitCode);
    }

    [Fact]
    public void Result_without_location_lands_on_its_project_relative_to_the_root_when_the_log_is_outside_it()
    {
        using var temp = new TempFolder();
        var source = temp.File("repo/src/Shop/Orders/OrderService.cs", Sources.OneElision);
        temp.File("repo/src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var sarif = temp.File("logs/build-42.sarif", Sources.CompilerSarif(source, Save));

        var result = CliRunner.Run("sarif", sarif, "-o", temp.Combine("out.sarif"), "--root", temp.Combine("repo"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var option = JsonNode.Parse(File.ReadAllText(temp.Combine("out.sarif")))!["runs"]![0]!["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "AID001")!;
        Assert.Equal("src/Shop/Shop.csproj", (string?)option["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
    }

    [Fact]
    public void Report_rejects_a_negative_top()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("report", BaselineAndCompareTests.Sarif(temp, "current.sarif", Save), "-o", temp.Combine("r.md"), "--top", "-1", "--root", temp.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("--top must be 0 or more", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("r.md")));
    }

    [Fact]
    public void Compare_rejects_a_debt_budget_with_fail_on_any()
    {
        using var temp = new TempFolder();
        var sarif = BaselineAndCompareTests.Sarif(temp, "current.sarif", Save);
        var baseline = temp.File(".aidebt/baseline.json", "{ \"version\": 2, \"findings\": [] }");

        var result = CliRunner.Run("compare", baseline, sarif, "--fail-on", "any", "--max-new-debt", "5", "--root", temp.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("--max-new-debt applies to --fail-on new only", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_reports_a_missing_baseline_as_a_baseline()
    {
        using var temp = new TempFolder();
        var sarif = BaselineAndCompareTests.Sarif(temp, "current.sarif", Save);

        var result = CliRunner.Run("compare", temp.Combine(".aidebt/baseline.json"), sarif, "--root", temp.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("Baseline '", result.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SARIF file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_output_is_read_while_waiting_so_a_full_error_pipe_cannot_block()
    {
        // 1 MB on stderr fills any pipe buffer: reading stdout to its end first would wait forever.
        var output = GitInfo.Run("sh", "-c \"head -c 1000000 /dev/zero | tr '\\\\0' x >&2; echo done\"", TimeSpan.FromSeconds(30));

        Assert.Equal("done", output);
    }

    [Fact]
    public void Command_that_outlives_the_timeout_gives_nothing()
    {
        var output = GitInfo.Run("sh", "-c \"echo early; sleep 30\"", TimeSpan.FromSeconds(1));

        Assert.Null(output);
    }
}
