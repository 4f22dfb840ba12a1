using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Tests;

/// <summary>
/// Baseline entries carry the assembly that reported them: a fingerprint is unique within one compilation only, and a
/// type compiled into two projects (a copied or linked file) gives equal findings equal fingerprints in both.
/// </summary>
public class BaselineAssemblyTests
{
    private const string Fingerprint = "v2:AID501:Shop.OrderService.Save():0123456789abcdef:0";

    [Fact]
    public void An_entry_accepts_the_finding_of_its_own_assembly_only()
    {
        using var temp = new TempFolder();
        var baseline = temp.Combine(".aidebt/baseline.json");
        var api = SarifOf(temp, "Shop.Api.sarif", "Shop.Api");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("baseline", api, "-o", baseline, "--root", temp.Path).ExitCode);
        var entry = Assert.Single(JsonNode.Parse(File.ReadAllText(baseline))!["findings"]!.AsArray(), f => (string?)f!["ruleId"] == "AID501")!;
        Assert.Equal("Shop.Api", (string?)entry["assembly"]);
        Assert.True(AiDebtAnalyzers.Baseline.Baseline.Parse("baseline.json", File.ReadAllText(baseline)).IsValid);

        // The same file in a second project: the baseline accepted the first project's finding, not this one.
        var worker = SarifOf(temp, "Shop.Worker.sarif", "Shop.Worker");
        var result = CliRunner.Run("compare", baseline, api, worker, "--root", temp.Path, "-o", temp.Combine("compared.sarif"));

        Assert.Equal(ExitCodes.GateFailed, result.ExitCode);
        var states = JsonNode.Parse(File.ReadAllText(temp.Combine("compared.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Where(r => (string?)r!["ruleId"] == "AID501")
            .Select(r => (string?)r!["properties"]!["aidebt.assembly"] + "=" + (string?)r["baselineState"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "Shop.Api=unchanged", "Shop.Worker=new" }, states);
    }

    [Fact]
    public void Equal_findings_of_two_assemblies_are_two_entries_and_the_frameworks_of_one_are_one()
    {
        using var temp = new TempFolder();
        var baseline = temp.Combine(".aidebt/baseline.json");
        var inputs = new[]
        {
            SarifOf(temp, "net8.0/Shop.Api.sarif", "Shop.Api"),
            SarifOf(temp, "net10.0/Shop.Api.sarif", "Shop.Api"),
            SarifOf(temp, "net8.0/Shop.Worker.sarif", "Shop.Worker"),
        };

        Assert.Equal(ExitCodes.Success, CliRunner.Run(new[] { "baseline" }.Concat(inputs).Concat(new[] { "-o", baseline, "--root", temp.Path }).ToArray()).ExitCode);

        var entries = JsonNode.Parse(File.ReadAllText(baseline))!["findings"]!.AsArray().Where(f => (string?)f!["ruleId"] == "AID501").ToList();
        Assert.Equal(new[] { "Shop.Api", "Shop.Worker" }, entries.Select(e => (string?)e!["assembly"]));
        Assert.All(entries, e => Assert.Equal(Fingerprint, (string?)e!["fingerprint"]));
        Assert.Equal(ExitCodes.Success, CliRunner.Run(new[] { "compare", baseline }.Concat(inputs).Concat(new[] { "--root", temp.Path }).ToArray()).ExitCode);
    }

    [Fact]
    public void An_entry_names_its_assembly_in_any_case()
    {
        using var temp = new TempFolder();
        var baseline = temp.File(".aidebt/baseline.json", "{ \"version\": 2, \"findings\": [ { \"ruleId\": \"AID501\", \"fingerprint\": \"" + Fingerprint + "\", \"assembly\": \"shop.API\" }, { \"ruleId\": \"AID001\", \"fingerprint\": \"v2:AID001:aidebt.residue.report_bare_ellipsis:aaaaaaaaaaaaaaaa:0\", \"assembly\": \"SHOP.api\" } ] }");

        var result = CliRunner.Run("compare", baseline, SarifOf(temp, "Shop.Api.sarif", "Shop.Api"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    [Fact]
    public void An_entry_without_an_assembly_accepts_the_finding_in_any_and_an_update_records_the_assembly()
    {
        // Baselines written before entries carried the assembly keep gating as they did until the next update.
        using var temp = new TempFolder();
        var baseline = temp.File(".aidebt/baseline.json", "{ \"version\": 2, \"findings\": [ { \"ruleId\": \"AID501\", \"fingerprint\": \"" + Fingerprint + "\" }, { \"ruleId\": \"AID001\", \"fingerprint\": \"v2:AID001:aidebt.residue.report_bare_ellipsis:aaaaaaaaaaaaaaaa:0\" } ] }");
        var api = SarifOf(temp, "Shop.Api.sarif", "Shop.Api");
        var worker = SarifOf(temp, "Shop.Worker.sarif", "Shop.Worker");

        Assert.Equal(ExitCodes.Success, CliRunner.Run("compare", baseline, api, worker, "--root", temp.Path).ExitCode);

        var update = CliRunner.Run("baseline", api, worker, "-o", baseline, "--root", temp.Path);
        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.Contains("2 entries named no assembly and accepted the finding in any project; now written with the assembly of each finding accepted.", update.Output, StringComparison.Ordinal);
        var assemblies = JsonNode.Parse(File.ReadAllText(baseline))!["findings"]!.AsArray()
            .Where(f => (string?)f!["ruleId"] == "AID501")
            .Select(f => (string?)f!["assembly"]);
        Assert.Equal(new[] { "Shop.Api", "Shop.Worker" }, assemblies);
    }

    [Fact]
    public void A_finding_whose_sarif_names_no_assembly_matches_an_entry_that_names_one()
    {
        // SARIF written before findings carried the assembly cannot tell the projects apart; it is read as it always was.
        using var temp = new TempFolder();
        var baseline = temp.File(".aidebt/baseline.json", "{ \"version\": 2, \"findings\": [ { \"ruleId\": \"AID501\", \"fingerprint\": \"" + Fingerprint + "\", \"assembly\": \"Shop.Api\" }, { \"ruleId\": \"AID001\", \"fingerprint\": \"v2:AID001:aidebt.residue.report_bare_ellipsis:aaaaaaaaaaaaaaaa:0\" } ] }");

        var result = CliRunner.Run("compare", baseline, BaselineAndCompareTests.Sarif(temp, "old.sarif", Fingerprint), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
    }

    /// <summary>A compiler-style SARIF of one project (<c>aidebt.assembly</c> on each AID result) with one AID501 and one AID001.</summary>
    private static string SarifOf(TempFolder temp, string name, string assembly)
    {
        var path = BaselineAndCompareTests.Sarif(temp, name, Fingerprint);
        var document = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var result in document["runs"]![0]!["results"]!.AsArray())
        {
            if (((string?)result!["ruleId"])!.StartsWith("AID", StringComparison.Ordinal))
            {
                result["properties"]!["customProperties"]!["aidebt.assembly"] = assembly;
            }
        }

        File.WriteAllText(path, document.ToJsonString());
        return path;
    }
}
