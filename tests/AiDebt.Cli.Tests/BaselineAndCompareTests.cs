using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Tests;

/// <summary>The ratchet on SARIF files: baseline, compare and the gate's exit codes.</summary>
public class BaselineAndCompareTests
{
    private const string Accepted = "v2:AID501:Shop.OrderService.Save():0123456789abcdef:0";
    private const string Fresh = "v2:AID501:Shop.OrderService.Load():fedcba9876543210:0";

    [Fact]
    public void New_baseline_accepts_everything_sorted_and_versioned()
    {
        using var temp = new TempFolder();
        var sarif = Sarif(temp, "current.sarif", Accepted);

        var result = CliRunner.Run("baseline", sarif, "-o", temp.Combine(".aidebt/baseline.json"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = File.ReadAllText(temp.Combine(".aidebt/baseline.json"));
        var document = JsonNode.Parse(json)!;
        Assert.Equal(2, (int)document["version"]!);
        var ids = document["findings"]!.AsArray().Select(f => (string)f!["ruleId"]!).ToList();
        Assert.Equal(new[] { "AID001", "AID501" }, ids);
        Assert.Contains("\"file\": \"src/OrderService.cs\"", json, StringComparison.Ordinal);
        Assert.True(AiDebtAnalyzers.Baseline.Baseline.Parse("baseline.json", json).IsValid);
    }

    [Fact]
    public void Update_keeps_present_drops_fixed_and_adds_new_only_when_asked()
    {
        using var temp = new TempFolder();
        var baseline = temp.Combine(".aidebt/baseline.json");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("baseline", Sarif(temp, "v1.sarif", Accepted), "-o", baseline, "--root", temp.Path).ExitCode);

        // The accepted elision is fixed, a new one appears.
        var next = Sarif(temp, "v2.sarif", Fresh);
        var update = CliRunner.Run("baseline", next, "-o", baseline, "--root", temp.Path);
        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.Contains("1 fixed and dropped", update.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Accepted, File.ReadAllText(baseline), StringComparison.Ordinal);
        Assert.DoesNotContain(Fresh, File.ReadAllText(baseline), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("baseline", next, "-o", baseline, "--add-new", "--root", temp.Path).ExitCode);
        Assert.Contains(Fresh, File.ReadAllText(baseline), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_existing_baseline_exits_2_and_is_left_alone()
    {
        using var temp = new TempFolder();
        var baseline = temp.File(".aidebt/baseline.json", "{ \"version\": 1, \"findings\": [ ], }");

        var result = CliRunner.Run("baseline", Sarif(temp, "current.sarif", Accepted), "-o", baseline, "--root", temp.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("malformed at line 1", result.Error, StringComparison.Ordinal);
        Assert.Equal("{ \"version\": 1, \"findings\": [ ], }", File.ReadAllText(baseline));
    }

    [Fact]
    public void Gate_passes_on_baselined_findings_and_fails_on_a_new_one()
    {
        using var temp = new TempFolder();
        var baseline = temp.Combine(".aidebt/baseline.json");
        CliRunner.Run("baseline", Sarif(temp, "v1.sarif", Accepted), "-o", baseline, "--root", temp.Path);

        var unchanged = CliRunner.Run("compare", baseline, Sarif(temp, "same.sarif", Accepted), "--root", temp.Path);
        Assert.Equal(ExitCodes.Success, unchanged.ExitCode);
        Assert.Contains("Gate passed", unchanged.Output, StringComparison.Ordinal);

        var current = Sarif(temp, "v2.sarif", Accepted, Fresh);
        var failed = CliRunner.Run("compare", baseline, current, "--root", temp.Path, "-o", temp.Combine("compared.sarif"));
        Assert.Equal(ExitCodes.GateFailed, failed.ExitCode);
        Assert.Contains("1 new (5 min)", failed.Output, StringComparison.Ordinal);
        Assert.Contains("Gate failed: 1 new finding(s).", failed.Output, StringComparison.Ordinal);

        var states = JsonNode.Parse(File.ReadAllText(temp.Combine("compared.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Select(r => (string)r!["partialFingerprints"]!["aidebt/v2"]! + "=" + (string)r["baselineState"]!).ToList();
        Assert.Contains(Accepted + "=unchanged", states);
        Assert.Contains(Fresh + "=new", states);
    }

    [Fact]
    public void Fixed_findings_are_reported_absent_and_pass()
    {
        using var temp = new TempFolder();
        var baseline = temp.Combine(".aidebt/baseline.json");
        CliRunner.Run("baseline", Sarif(temp, "v1.sarif", Accepted, Fresh), "-o", baseline, "--root", temp.Path);

        var result = CliRunner.Run("compare", baseline, Sarif(temp, "v2.sarif", Accepted), "--root", temp.Path, "-o", temp.Combine("compared.sarif"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("1 fixed (5 min)", result.Output, StringComparison.Ordinal);
        var absent = JsonNode.Parse(File.ReadAllText(temp.Combine("compared.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Single(r => (string?)r!["baselineState"] == "absent")!;
        Assert.Equal(Fresh, (string?)absent["partialFingerprints"]!["aidebt/v2"]);
    }

    [Fact]
    public void A_baselined_finding_that_moved_file_is_updated_not_new()
    {
        using var temp = new TempFolder();
        var baseline = temp.File(".aidebt/baseline.json", "{ \"version\": 1, \"findings\": [ { \"ruleId\": \"AID501\", \"fingerprint\": \"" + Accepted + "\", \"file\": \"src/Old.cs\" } ] }");

        var result = CliRunner.Run("compare", baseline, Sarif(temp, "current.sarif", Accepted), "--root", temp.Path, "-o", temp.Combine("compared.sarif"));

        Assert.Equal(ExitCodes.GateFailed, result.ExitCode); // the AID001 result is new
        var states = JsonNode.Parse(File.ReadAllText(temp.Combine("compared.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Select(r => (string)r!["ruleId"]! + "=" + (string)r["baselineState"]!).ToList();
        Assert.Contains("AID501=updated", states);
        Assert.Contains("AID001=new", states);
    }

    [Fact]
    public void A_new_finding_where_a_fixed_one_stood_is_said_to_have_a_new_fingerprint_and_still_fails_the_gate()
    {
        // The member was renamed (Save to Store): same rule, file and message, a new fingerprint.
        using var temp = new TempFolder();
        var baseline = temp.Combine(".aidebt/baseline.json");
        CliRunner.Run("baseline", Sarif(temp, "v1.sarif", Accepted), "-o", baseline, "--root", temp.Path);
        const string Renamed = "v2:AID501:Shop.OrderService.Store():0123456789abcdef:0";

        var result = CliRunner.Run("compare", baseline, Sarif(temp, "v2.sarif", Renamed), "--root", temp.Path);

        Assert.Equal(ExitCodes.GateFailed, result.ExitCode);
        Assert.Contains("1 new finding(s) stand where a fixed one stood, with the same rule, file and message", result.Output, StringComparison.Ordinal);
        Assert.Contains("AID501 src/OrderService.cs:7: " + Renamed + " (was " + Accepted + ")", result.Output, StringComparison.Ordinal);

        // A new finding with another message where nothing was fixed is only new.
        var added = CliRunner.Run("compare", baseline, Sarif(temp, "v3.sarif", Accepted, Fresh), "--root", temp.Path);
        Assert.DoesNotContain("stand where a fixed one stood", added.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_new_debt_allows_a_budget()
    {
        using var temp = new TempFolder();
        var baseline = temp.Combine(".aidebt/baseline.json");
        CliRunner.Run("baseline", Sarif(temp, "v1.sarif", Accepted), "-o", baseline, "--root", temp.Path);
        var current = Sarif(temp, "v2.sarif", Accepted, Fresh);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("compare", baseline, current, "--max-new-debt", "5", "--root", temp.Path).ExitCode);
        Assert.Equal(ExitCodes.GateFailed, CliRunner.Run("compare", baseline, current, "--max-new-debt", "4", "--root", temp.Path).ExitCode);
    }

    [Fact]
    public void Fail_on_any_fails_while_any_finding_remains()
    {
        using var temp = new TempFolder();
        var baseline = temp.Combine(".aidebt/baseline.json");
        var sarif = Sarif(temp, "v1.sarif", Accepted);
        CliRunner.Run("baseline", sarif, "-o", baseline, "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("compare", baseline, sarif, "--root", temp.Path).ExitCode);
        Assert.Equal(ExitCodes.GateFailed, CliRunner.Run("compare", baseline, sarif, "--fail-on", "any", "--root", temp.Path).ExitCode);
    }

    [Fact]
    public void Baseline_may_be_an_earlier_sarif()
    {
        using var temp = new TempFolder();
        var before = Sarif(temp, "main.sarif", Accepted);
        var after = Sarif(temp, "branch.sarif", Accepted, Fresh);

        var result = CliRunner.Run("compare", before, after, "--root", temp.Path);

        Assert.Equal(ExitCodes.GateFailed, result.ExitCode);
        Assert.Contains("1 new (5 min), 0 fixed (0 min), 2 unchanged.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_a_missing_or_malformed_baseline_exits_2()
    {
        using var temp = new TempFolder();
        var sarif = Sarif(temp, "current.sarif", Accepted);

        Assert.Equal(ExitCodes.UsageOrInputError, CliRunner.Run("compare", temp.Combine("none.json"), sarif, "--root", temp.Path).ExitCode);
        var broken = temp.File(".aidebt/baseline.json", "{ \"version\": 3, \"findings\": [] }");
        var result = CliRunner.Run("compare", broken, sarif, "--root", temp.Path);
        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("unsupported version 3", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A compiler-style SARIF with one AID501 result per fingerprint (and one AID001).</summary>
    internal static string Sarif(TempFolder temp, string name, params string[] fingerprints)
    {
        var source = temp.File("src/OrderService.cs", Sources.TwoElisions);
        var first = JsonNode.Parse(Sources.CompilerSarif(source, fingerprints[0]))!;
        var results = first["runs"]![0]!["results"]!.AsArray();
        for (var i = 1; i < fingerprints.Length; i++)
        {
            var copy = JsonNode.Parse(Sources.CompilerSarif(source, fingerprints[i], line: 12))!["runs"]![0]!["results"]![0]!.DeepClone();
            results.Add(copy);
        }

        return temp.File("artifacts/" + name, first.ToJsonString());
    }
}

public class SummaryFindingTests
{
    [Fact]
    public void Project_summaries_are_neither_baselined_nor_gated()
    {
        using var temp = new TempFolder();
        var summary = """
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "csc", "rules": [ { "id": "AID400", "properties": { "tags": [ "AiDebtSummary", "CompilationEnd" ] } } ] } }, "results": [
              { "ruleId": "AID400", "level": "note", "message": { "text": "summary" },
                "properties": { "customProperties": { "aidebt.family": "provenance", "aidebt.debtMinutes": "0", "aidebt.fingerprint": "FP", "aidebt.aiLines": "1", "aidebt.totalLines": "4" } } }
            ] } ] }
            """;
        var before = temp.File("before.sarif", summary.Replace("FP", "v2:AID400:Shop:1111111111111111:0", StringComparison.Ordinal));
        var after = temp.File("after.sarif", summary.Replace("FP", "v2:AID400:Shop:2222222222222222:0", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Success, CliRunner.Run("baseline", before, "-o", temp.Combine("b.json"), "--root", temp.Path).ExitCode);
        Assert.DoesNotContain("AID400", System.IO.File.ReadAllText(temp.Combine("b.json")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("compare", temp.Combine("b.json"), after, "--root", temp.Path).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("compare", temp.Combine("b.json"), after, "--fail-on", "any", "--root", temp.Path).ExitCode);
    }
}
