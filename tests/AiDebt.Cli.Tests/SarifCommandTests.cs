using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Tests;

public class SarifCommandTests
{
    [Fact]
    public void Merges_to_code_scanning_sarif()
    {
        using var temp = new TempFolder();
        var source = temp.File("src/Shop/Orders/OrderService.cs", Sources.OneElision);
        temp.File("src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var net8 = temp.File("artifacts/net8/Shop.sarif", Sources.CompilerSarif(source));
        var net10 = temp.File("artifacts/net10/Shop.sarif", Sources.CompilerSarif(source));

        var result = CliRunner.Run("sarif", net8, net10, "-o", temp.Combine("out/merged.sarif"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("2 duplicates removed", result.Output, StringComparison.Ordinal);
        var run = JsonNode.Parse(File.ReadAllText(temp.Combine("out/merged.sarif")))!["runs"]![0]!;
        Assert.Equal("2.1.0", (string?)JsonNode.Parse(File.ReadAllText(temp.Combine("out/merged.sarif")))!["version"]);
        var results = run["results"]!.AsArray();
        Assert.Equal(new[] { "AID001", "AID501" }, results.Select(r => (string)r!["ruleId"]!).OrderBy(id => id, StringComparer.Ordinal));

        var elision = results.Single(r => (string)r!["ruleId"]! == "AID501")!;
        var artifact = elision["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal("src/Shop/Orders/OrderService.cs", (string?)artifact["uri"]);
        Assert.Equal("%SRCROOT%", (string?)artifact["uriBaseId"]);
        Assert.Equal("v2:AID501:Shop.OrderService.Save():0123456789abcdef:0", (string?)elision["partialFingerprints"]!["aidebt/v2"]);
        Assert.Null(elision["partialFingerprints"]!["primaryLocationLineHash"]);
        Assert.EndsWith(".", (string?)elision["message"]!["text"], StringComparison.Ordinal);

        // A finding without location lands on the project file the SARIF was written for.
        var option = results.Single(r => (string)r!["ruleId"]! == "AID001")!;
        Assert.Equal("src/Shop/Shop.csproj", (string?)option["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);

        var rule = run["tool"]!["driver"]!["rules"]!.AsArray().Single(r => (string)r!["id"]! == "AID501")!;
        Assert.StartsWith("# AID501: Elided code placeholder", (string?)rule["help"]!["markdown"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace((string?)rule["help"]!["text"]));
        Assert.EndsWith("/docs/rules/AID501.md", (string?)rule["helpUri"], StringComparison.Ordinal);
        Assert.StartsWith("file:///", (string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"], StringComparison.Ordinal);
    }

    [Fact]
    public void Adds_version_control_provenance_in_a_git_repository()
    {
        using var temp = new TempFolder();
        var source = temp.File("src/OrderService.cs", Sources.OneElision);
        var sarif = temp.File("artifacts/Shop.sarif", Sources.CompilerSarif(source));
        Git(temp.Path, "init -q -b main");
        Git(temp.Path, "remote add origin git@github.com:contoso/shop.git");
        Git(temp.Path, "add -A");
        Git(temp.Path, "-c user.name=t -c user.email=t@example.com commit -q -m init");

        var result = CliRunner.Run("sarif", sarif, "-o", temp.Combine("merged.sarif"), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var provenance = JsonNode.Parse(File.ReadAllText(temp.Combine("merged.sarif")))!["runs"]![0]!["versionControlProvenance"]![0]!;
        Assert.Equal("https://github.com/contoso/shop", (string?)provenance["repositoryUri"]);
        Assert.Matches("^[0-9a-f]{40}$", (string?)provenance["revisionId"]);
        Assert.Equal("main", (string?)provenance["branch"]);
    }

    [Theory]
    [InlineData("{ \"version\": \"2.1.0\", \"runs\": [ ", "not valid JSON")]
    [InlineData("{ \"version\": \"1.0.0\", \"runs\": [] }", "SARIF version '1.0.0'")]
    [InlineData("{ \"version\": \"2.1.0\" }", "no \"runs\" array")]
    [InlineData("[]", "no \"runs\" array")]
    [InlineData("", "not valid JSON")]
    public void Malformed_sarif_exits_2_and_overwrites_nothing(string content, string message)
    {
        using var temp = new TempFolder();
        var input = temp.File("bad.sarif", content);
        var output = temp.File("out.sarif", "previous");

        var result = CliRunner.Run("sarif", input, "-o", output, "--root", temp.Path);

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(output));
    }

    [SkippableFact]
    public void Output_passes_the_sarif_multitool_github_rules()
    {
        var multitool = SarifMultitool.Find();
        // CI installs it (.ci/run); a developer machine may not have it.
        Skip.If(multitool is null, SarifMultitool.MissingMessage);

        using var temp = new TempFolder();
        var source = temp.File("src/Shop/OrderService.cs", Sources.OneElision);
        temp.File("src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var sarif = temp.File("artifacts/Shop.sarif", Sources.CompilerSarif(source));
        Assert.Equal(ExitCodes.Success, CliRunner.Run("sarif", sarif, "-o", temp.Combine("out.sarif"), "--root", temp.Path).ExitCode);

        var errors = SarifMultitool.Validate(multitool!, temp.Combine("out.sarif"), temp.Path);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [SkippableFact]
    public void The_compilers_own_sarif_fails_the_github_rules_so_the_check_has_teeth()
    {
        var multitool = SarifMultitool.Find();
        Skip.If(multitool is null, SarifMultitool.MissingMessage);

        using var temp = new TempFolder();
        var source = temp.File("src/OrderService.cs", Sources.OneElision);
        var sarif = temp.File("Shop.sarif", Sources.CompilerSarif(source));

        var errors = SarifMultitool.Validate(multitool!, sarif, temp.Path);

        Assert.Contains(errors, e => e.StartsWith("GH", StringComparison.Ordinal));
    }

    internal static void Git(string directory, string arguments)
    {
        var (exitCode, output) = CliRunner.Process("git", arguments, directory, 60);
        Assert.True(exitCode == 0, "git " + arguments + ": " + output);
    }
}
