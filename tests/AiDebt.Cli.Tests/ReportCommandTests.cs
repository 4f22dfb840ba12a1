using System;
using System.IO;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Tests;

public class ReportCommandTests
{
    [Theory]
    [InlineData("md", "# Technical debt report")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("json", "\"schema\": \"aidebt-report\"")]
    public void Writes_each_format(string format, string marker)
    {
        using var temp = new TempFolder();
        var sarif = BaselineAndCompareTests.Sarif(temp, "current.sarif", "v2:AID501:a:0000000000000001:0", "v2:AID501:b:0000000000000002:0");

        var result = CliRunner.Run("report", sarif, "--format", format, "-o", temp.Combine("report." + format), "--root", temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var text = File.ReadAllText(temp.Combine("report." + format));
        Assert.Contains(marker, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_is_self_contained_with_inline_svg_charts()
    {
        using var temp = new TempFolder();
        var sarif = BaselineAndCompareTests.Sarif(temp, "current.sarif", "v2:AID501:a:0000000000000001:0");

        Assert.Equal(ExitCodes.Success, CliRunner.Run("report", sarif, "-o", temp.Combine("debt.html"), "--root", temp.Path).ExitCode);

        var html = File.ReadAllText(temp.Combine("debt.html"));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Totals_by_family_and_new_against_fixed_with_a_baseline()
    {
        using var temp = new TempFolder();
        var before = BaselineAndCompareTests.Sarif(temp, "before.sarif", "v2:AID501:a:0000000000000001:0", "v2:AID501:b:0000000000000002:0");
        var after = BaselineAndCompareTests.Sarif(temp, "after.sarif", "v2:AID501:a:0000000000000001:0", "v2:AID501:c:0000000000000003:0");

        Assert.Equal(ExitCodes.Success, CliRunner.Run("report", after, "--baseline", before, "-o", temp.Combine("r.json"), "--root", temp.Path).ExitCode);

        var report = JsonNode.Parse(File.ReadAllText(temp.Combine("r.json")))!;
        Assert.Equal(3, (int)report["findings"]!);
        Assert.Equal(12, (int)report["debtMinutes"]!);
        Assert.Equal(10, (int)report["byFamily"]![0]!["debtMinutes"]!);
        Assert.Equal("residue", (string?)report["byFamily"]![0]!["key"]);
        Assert.Equal(1, (int)report["baseline"]!["newFindings"]!);
        Assert.Equal(1, (int)report["baseline"]!["fixedFindings"]!);
    }

    [Fact]
    public void Provenance_summary_and_clone_groups_come_from_their_properties()
    {
        using var temp = new TempFolder();
        var source = temp.File("src/A.cs", Sources.OneElision);
        var uri = new Uri(source).AbsoluteUri;
        var sarif = temp.File("p.sarif", $$"""
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "csc" } }, "results": [
              { "ruleId": "AID400", "level": "note", "message": { "text": "summary" },
                "properties": { "customProperties": { "aidebt.family": "provenance", "aidebt.debtMinutes": "0", "aidebt.fingerprint": "s", "aidebt.aiLines": "25", "aidebt.totalLines": "100", "aidebt.reviewedRegions": "2", "aidebt.unreviewedRegions": "3" } } },
              { "ruleId": "AID101", "level": "warning", "message": { "text": "clone" },
                "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 3 } } } ],
                "relatedLocations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{uri}}" }, "region": { "startLine": 9 } } } ],
                "properties": { "customProperties": { "aidebt.family": "duplication", "aidebt.debtMinutes": "20", "aidebt.fingerprint": "c", "aidebt.cloneGroup": "g1", "aidebt.cloneLines": "12", "aidebt.cloneCopies": "2" } } }
            ] } ] }
            """);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("report", sarif, "-o", temp.Combine("r.json"), "--root", temp.Path).ExitCode);

        var report = JsonNode.Parse(File.ReadAllText(temp.Combine("r.json")))!;
        Assert.Equal(0.25, (double)report["provenance"]!["aiShare"]!, 3);
        Assert.Equal(3, (int)report["provenance"]!["unreviewedRegions"]!);
        var clone = report["cloneGroups"]![0]!;
        Assert.Equal(12, (int)clone["lines"]!);
        Assert.Equal(2, clone["locations"]!.AsArray().Count);
    }
}
