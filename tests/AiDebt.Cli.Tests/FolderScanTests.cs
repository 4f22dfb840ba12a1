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
    public void A_type_copied_into_two_projects_is_accepted_only_in_the_project_the_baseline_names()
    {
        // Equal code in two projects has equal fingerprints (unique within one compilation only): the baseline entry
        // carries the assembly, as the build names it (a literal AssemblyName, else the project's name).
        using var temp = new TempFolder();
        const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net8.0</TargetFramework>{0}</PropertyGroup></Project>";
        temp.File("src/Api/Api.csproj", string.Format(System.Globalization.CultureInfo.InvariantCulture, Project, string.Empty));
        temp.File("src/Api/OrderService.cs", Sources.OneElision);
        temp.File("src/Worker/Worker.csproj", string.Format(System.Globalization.CultureInfo.InvariantCulture, Project, "<AssemblyName>Shop.Worker</AssemblyName>"));
        temp.File("src/Worker/OrderService.cs", Sources.OneElision);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("scan", temp.Combine("src/Api"), "-o", temp.Combine("api.sarif"), "--root", temp.Path).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("baseline", temp.Combine("api.sarif"), "-o", temp.Combine(".aidebt/baseline.json"), "--root", temp.Path).ExitCode);
        Assert.Contains("\"assembly\": \"Api\"", File.ReadAllText(temp.Combine(".aidebt/baseline.json")), StringComparison.Ordinal);

        var both = CliRunner.Run("scan", temp.Combine("src"), "-o", temp.Combine("both.sarif"), "--root", temp.Path);

        Assert.Contains("1 findings, 5 debt minutes (1 more accepted in the baseline)", both.Output, StringComparison.Ordinal);
        var elisions = JsonNode.Parse(File.ReadAllText(temp.Combine("both.sarif")))!["runs"]![0]!["results"]!.AsArray()
            .Where(r => (string?)r!["ruleId"] == "AID501")
            .ToList();
        Assert.Equal(2, elisions.Count);
        Assert.Single(elisions.Select(r => (string?)r!["partialFingerprints"]!["aidebt/v2"]).Distinct());
        Assert.Equal("external", (string?)Assert.Single(elisions, r => (string?)r!["properties"]!["aidebt.assembly"] == "Api")!["suppressions"]![0]!["kind"]);
        Assert.Null(Assert.Single(elisions, r => (string?)r!["properties"]!["aidebt.assembly"] == "Shop.Worker")!["suppressions"]);
        Assert.Equal(ExitCodes.GateFailed, CliRunner.Run("compare", temp.Combine(".aidebt/baseline.json"), temp.Combine("both.sarif"), "--root", temp.Path).ExitCode);
    }

    [Fact]
    public void Two_projects_that_build_one_assembly_name_under_one_baseline_are_named_in_a_warning()
    {
        // Two modules, each with its own "Api" project: a baseline above both cannot tell their equal findings apart.
        using var temp = new TempFolder();
        const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>";
        temp.File("modules/back-end/Api/Api.csproj", Project);
        temp.File("modules/back-end/Api/OrderService.cs", Sources.OneElision);
        temp.File("modules/evaluation/Api/Api.csproj", Project);
        temp.File("modules/evaluation/Api/OrderService.cs", Sources.OneElision);
        temp.File("modules/evaluation/Worker/Worker.csproj", Project);
        temp.File("modules/evaluation/Worker/OrderService.cs", Sources.OneElision);

        var shared = CliRunner.Run("scan", temp.Combine("modules"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, shared.ExitCode);
        Assert.Contains("Projects modules/back-end/Api, modules/evaluation/Api build assemblies of one name, 'Api', under one baseline", shared.All, StringComparison.Ordinal);
        Assert.DoesNotContain("'Worker'", shared.All, StringComparison.Ordinal);

        // Each module with its own baseline: nothing to warn of.
        temp.File("modules/back-end/.aidebt/baseline.json", "{ \"version\": 2, \"findings\": [] }");
        var apart = CliRunner.Run("scan", temp.Combine("modules"), "--root", temp.Path);
        Assert.DoesNotContain("build assemblies of one name", apart.All, StringComparison.Ordinal);
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
