using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Tests;

/// <summary>
/// Real builds and MSBuildWorkspace loads of temporary projects that consume the analyzers and the package's build
/// files as a package user does. They are the slow tests of this suite (a build is 10 to 30 s on two cores).
/// </summary>
public class MSBuildIntegrationTests
{
    private static string AnalyzerAssembly => Path.Combine(AppContext.BaseDirectory, "AiDebtAnalyzers.dll");

    private static string PackageBuild => Path.Combine(Repository.Root, "src", "AiDebtAnalyzers.Package", "build");

    [Fact]
    public void Baseline_suppresses_accepted_findings_in_a_real_build_and_warnaserror_fails_only_on_new_debt()
    {
        using var temp = new TempFolder();
        var project = CreateProject(temp, Sources.OneElision);
        var sarif = temp.Combine("out/Shop.sarif");

        var first = Build(project);
        Assert.NotEqual(0, first.ExitCode);
        Assert.Contains("AID501", first.Output, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("baseline", sarif, "-o", temp.Combine(".aidebt/baseline.json"), "--root", temp.Path).ExitCode);
        var accepted = Build(project);
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        var suppressed = Results(sarif);
        Assert.Single(suppressed);
        Assert.Contains("AIDB501", suppressed[0]!["suppressions"]![0]!.ToJsonString(), StringComparison.Ordinal);

        // New debt: the accepted finding stays suppressed, the new one fails the build and the gate.
        temp.File("src/OrderService.cs", Sources.TwoElisions);
        var withNew = Build(project);
        Assert.NotEqual(0, withNew.ExitCode);
        var results = Results(sarif);
        Assert.Equal(2, results.Count);
        Assert.Single(results, r => r!["suppressions"] is not null);
        var gate = CliRunner.Run("compare", temp.Combine(".aidebt/baseline.json"), sarif, "--root", temp.Path);
        Assert.Equal(ExitCodes.GateFailed, gate.ExitCode);

        // A malformed baseline named by AiDebtBaselineFile (any file name): AID002 names file and line, nothing is suppressed.
        temp.File("config/accepted-debt.json", "{\n  \"version\": 1,\n  \"findings\": [,]\n}\n");
        var malformed = Build(project, "-p:AiDebtBaselineFile=../config/accepted-debt.json");
        Assert.Contains("AID002", malformed.Output, StringComparison.Ordinal);
        Assert.Contains("accepted-debt.json' is malformed at line 3", malformed.Output, StringComparison.Ordinal);
        var unsuppressed = Results(sarif).Where(r => (string?)r!["ruleId"] == "AID501").ToList();
        Assert.NotEmpty(unsuppressed);
        Assert.All(unsuppressed, r => Assert.Null(r!["suppressions"]));
    }

    [Fact]
    public void Scans_a_project_and_a_solution_with_msbuild_and_rejects_what_cannot_be_analysed()
    {
        using var temp = new TempFolder();
        var project = CreateProject(temp, Sources.OneElision);
        var restore = CliRunner.Process("dotnet", "restore \"" + project + "\" --disable-build-servers", temp.Path);
        Assert.True(restore.ExitCode == 0, restore.Output);

        var scan = CliRunner.Run("scan", project, "-o", temp.Combine("scan.sarif"), "--root", temp.Path);
        Assert.True(scan.ExitCode == ExitCodes.Success, scan.All);
        Assert.Contains("1 findings, 5 debt minutes", scan.Output, StringComparison.Ordinal);
        var result = Assert.Single(Results(temp.Combine("scan.sarif")));
        Assert.Equal("src/OrderService.cs", (string?)result!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal("Shop", (string?)result["properties"]!["aidebt.project"]);

        // A generated file (by .editorconfig) is analysed as declarations only: an unresolved call in its body is not
        // bound, so not a compile error; it is still generated code to the rules (no AID501 on its elision comment).
        temp.File(".editorconfig", "root = true\n\n[src/Generated/*.cs]\ngenerated_code = true\n");
        temp.File("src/Generated/Client.cs", "namespace Shop;\n\npublic class Client\n{\n    // ... existing code ...\n    public void Call() { NotBoundInAScan(); }\n}\n");
        var generated = CliRunner.Run("scan", project, "-o", temp.Combine("scan.sarif"), "--root", temp.Path);
        Assert.True(generated.ExitCode == ExitCodes.Success, generated.All);
        Assert.Equal("src/OrderService.cs", (string?)Assert.Single(Results(temp.Combine("scan.sarif")))!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        File.Delete(temp.Combine("src/Generated/Client.cs"));

        // A project that does not compile: exit 2, the previous output untouched.
        temp.File("src/Broken.cs", "namespace Shop; public class Broken { public void M() { UndefinedCall(); } }");
        var broken = CliRunner.Run("scan", project, "-o", temp.Combine("scan.sarif"), "--root", temp.Path);
        Assert.Equal(ExitCodes.UsageOrInputError, broken.ExitCode);
        Assert.Contains("does not compile", broken.Error, StringComparison.Ordinal);
        Assert.Contains("UndefinedCall", broken.Error, StringComparison.Ordinal);
        Assert.Single(Results(temp.Combine("scan.sarif")));

        // An empty solution.
        var solution = temp.File("Empty.sln", "\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\nGlobal\nEndGlobal\n");
        var empty = CliRunner.Run("scan", solution, "--root", temp.Path);
        Assert.Equal(ExitCodes.UsageOrInputError, empty.ExitCode);
        Assert.Contains("contains no C# project", empty.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_of_a_solution_reports_a_block_copied_across_two_projects_as_one_AID101_group()
    {
        using var temp = new TempFolder();
        temp.File("Billing/Invoices.cs", "namespace Billing;\n\npublic class Invoices\n{\n" + CopiedMethod + "}\n");
        temp.File("Shipping/Parcels.cs", "namespace Shipping;\n\npublic class Parcels\n{\n" + CopiedMethod + "}\n");
        foreach (var name in new[] { "Billing", "Shipping" })
        {
            temp.File(name + "/" + name + ".csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <EnableNETAnalyzers>false</EnableNETAnalyzers>
                  </PropertyGroup>
                </Project>
                """);
        }

        var solution = temp.File("Shop.sln", """

            Microsoft Visual Studio Solution File, Format Version 12.00
            # Visual Studio Version 17
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Billing", "Billing\Billing.csproj", "{0B6E1C50-5D3A-4C56-9E43-1B0E2A6F1A01}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Shipping", "Shipping\Shipping.csproj", "{0B6E1C50-5D3A-4C56-9E43-1B0E2A6F1A02}"
            EndProject
            Global
            EndGlobal
            """);
        var restore = CliRunner.Process("dotnet", "restore \"" + solution + "\" --disable-build-servers", temp.Path);
        Assert.True(restore.ExitCode == 0, restore.Output);

        var scan = CliRunner.Run("scan", solution, "-o", temp.Combine("scan.sarif"), "--root", temp.Path);
        Assert.True(scan.ExitCode == ExitCodes.Success, scan.All);
        var clones = Results(temp.Combine("scan.sarif")).Where(r => (string?)r!["ruleId"] == "AID101").ToList();
        Assert.Equal(2, clones.Count);
        Assert.Single(clones.Select(r => (string?)r!["properties"]!["aidebt.cloneGroup"]).Distinct());
        Assert.Equal(
            new[] { "Billing:Billing/Invoices.cs", "Shipping:Shipping/Parcels.cs" },
            clones.Select(r => (string?)r!["properties"]!["aidebt.project"] + ":" + (string?)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]).Order(StringComparer.Ordinal));

        // A clone across projects is reported in each copy's own assembly, which its baseline entry names.
        Assert.All(clones, r => Assert.Equal((string?)r!["properties"]!["aidebt.project"], (string?)r!["properties"]!["aidebt.assembly"]));
        foreach (var clone in clones)
        {
            var here = (string?)clone!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"];
            var related = Assert.Single(clone["relatedLocations"]!.AsArray());
            Assert.NotEqual(here, (string?)related!["physicalLocation"]!["artifactLocation"]!["uri"]);
            Assert.Matches(@"^This \d+-line block \(\d+ tokens\) appears in 2 places; also in (Invoices|Parcels)\.cs:\d+\.?$", (string?)clone["message"]!["text"]);
            Assert.Equal("2", (string?)clone["properties"]!["aidebt.cloneCopies"]);
            Assert.NotNull(clone["partialFingerprints"]);
        }

        // Cross-project results go through each project's configuration like the analyzer's own: off in Shipping, kept in Billing.
        temp.File("Shipping/.editorconfig", "root = false\n\n[*.cs]\ndotnet_diagnostic.AID101.severity = none\n");
        var configured = CliRunner.Run("scan", solution, "-o", temp.Combine("scan.sarif"), "--root", temp.Path);
        Assert.True(configured.ExitCode == ExitCodes.Success, configured.All);
        var remaining = Assert.Single(Results(temp.Combine("scan.sarif")), r => (string?)r!["ruleId"] == "AID101");
        Assert.Equal("Billing", (string?)remaining!["properties"]!["aidebt.project"]);

        // In-source suppression: a #pragma in Shipping suppresses only Shipping's copy, which SARIF keeps as suppressed.
        File.Delete(temp.Combine("Shipping/.editorconfig"));
        temp.File("Shipping/Parcels.cs", "namespace Shipping;\n\n#pragma warning disable AID101 // kept in step with Billing by hand\npublic class Parcels\n{\n" + CopiedMethod + "}\n");
        var pragma = CliRunner.Run("scan", solution, "-o", temp.Combine("scan.sarif"), "--root", temp.Path);
        Assert.True(pragma.ExitCode == ExitCodes.Success, pragma.All);
        var withPragma = Results(temp.Combine("scan.sarif")).Where(r => (string?)r!["ruleId"] == "AID101").ToList();
        Assert.Equal(2, withPragma.Count);
        Assert.Equal("inSource", (string?)Assert.Single(withPragma, r => (string?)r!["properties"]!["aidebt.project"] == "Shipping")!["suppressions"]![0]!["kind"]);
        Assert.Null(Assert.Single(withPragma, r => (string?)r!["properties"]!["aidebt.project"] == "Billing")!["suppressions"]);

        // Baseline: once both copies are accepted, the baseline suppressor of each project suppresses its own copy.
        temp.File("Shipping/Parcels.cs", "namespace Shipping;\n\npublic class Parcels\n{\n" + CopiedMethod + "}\n");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("scan", solution, "-o", temp.Combine("scan.sarif"), "--root", temp.Path).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("baseline", temp.Combine("scan.sarif"), "-o", temp.Combine(".aidebt/baseline.json"), "--root", temp.Path).ExitCode);
        var accepted = CliRunner.Run("scan", solution, "-o", temp.Combine("scan.sarif"), "--root", temp.Path);
        Assert.True(accepted.ExitCode == ExitCodes.Success, accepted.All);
        var baselined = Results(temp.Combine("scan.sarif")).Where(r => (string?)r!["ruleId"] == "AID101").ToList();
        Assert.Equal(2, baselined.Count);
        Assert.All(baselined, r => Assert.Equal("external", (string?)r!["suppressions"]![0]!["kind"]));

        // A second copy inside Billing: Billing's own analyzer reports the Billing pair, the solution reports all three;
        // the pair lies inside the spanning group's copies, so the region is reported once, as the group of three.
        File.Delete(temp.Combine(".aidebt/baseline.json"));
        temp.File("Billing/Ledger.cs", "namespace Billing;\n\npublic class Ledger\n{\n" + CopiedMethod + "}\n");
        var three = CliRunner.Run("scan", solution, "-o", temp.Combine("scan.sarif"), "--root", temp.Path);
        Assert.True(three.ExitCode == ExitCodes.Success, three.All);
        var copies = Results(temp.Combine("scan.sarif")).Where(r => (string?)r!["ruleId"] == "AID101").ToList();
        Assert.Equal(3, copies.Count);
        Assert.All(copies, r => Assert.Equal("3", (string?)r!["properties"]!["aidebt.cloneCopies"]));
        Assert.Equal(3, copies.Select(r => (string?)r!["partialFingerprints"]!.ToJsonString()).Distinct().Count());
    }

    /// <summary>A method long enough for AID101, written into two places by the tests that need a copy.</summary>
    internal const string CopiedMethod = """
            public static decimal Total(decimal[] amounts, decimal rate)
            {
                var total = 0m;
                foreach (var amount in amounts)
                {
                    if (amount < 0)
                    {
                        continue;
                    }

                    total += amount;
                }

                var tax = total * rate;
                var rounded = decimal.Round(total + tax, 2);
                if (rounded > 1000m)
                {
                    rounded -= rounded * 0.05m;
                }

                return rounded;
            }

        """;

    private static string CreateProject(TempFolder temp, string source)
    {
        temp.File("src/OrderService.cs", source);
        Directory.CreateDirectory(temp.Combine("out"));
        temp.File("Directory.Build.props", $$"""
            <Project>
              <Import Project="{{PackageBuild}}/AiDebtAnalyzers.props" />
            </Project>
            """);
        temp.File("Directory.Build.targets", $$"""
            <Project>
              <Import Project="{{PackageBuild}}/AiDebtAnalyzers.targets" />
            </Project>
            """);
        return temp.File("src/Shop.csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
                <ErrorLog>$(MSBuildProjectDirectory)/../out/Shop.sarif,version=2.1</ErrorLog>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{{AnalyzerAssembly}}" />
              </ItemGroup>
            </Project>
            """);
    }

    private static (int ExitCode, string Output) Build(string project, string extraArguments = "") =>
        CliRunner.Process("dotnet", "build \"" + project + "\" --disable-build-servers -nologo -v:q " + extraArguments, Path.GetDirectoryName(project)!, 240);

    /// <summary>The AiDebt findings of a SARIF log; per-project summaries (tag <c>AiDebtSummary</c>) are data, not findings.</summary>
    private static System.Collections.Generic.List<JsonNode?> Results(string sarif) =>
        JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]!.AsArray()
            .Where(r => ((string?)r!["ruleId"])?.StartsWith("AID", StringComparison.Ordinal) == true && !AiDebt.Cli.Analysis.AnalyzerCatalog.RuleFor((string)r!["ruleId"]!).IsSummary)
            .ToList();
}
