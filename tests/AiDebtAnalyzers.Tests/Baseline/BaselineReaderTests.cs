using System;
using BaselineFile = AiDebtAnalyzers.Baseline.Baseline;

namespace AiDebtAnalyzers.Tests.Baseline;

public class BaselineReaderTests
{
    [Fact]
    public void Reads_a_valid_baseline()
    {
        const string json = """
            {
              "version": 1,
              "tool": { "name": "aidebt", "version": "0.1.0" },
              "findings": [
                { "ruleId": "AID501", "fingerprint": "v1:AID501:A.B():0123456789abcdef:0", "file": "src/A.cs", "message": "Comment \"// ...\" \u2026", "debtMinutes": 5 },
                { "ruleId": "AID001", "fingerprint": "v1:AID001:x:fedcba9876543210:0" }
              ]
            }
            """;

        var baseline = BaselineFile.Parse("baseline.json", json);

        Assert.True(baseline.IsValid, baseline.Error);
        Assert.Equal(2, baseline.Count);
        Assert.True(baseline.Contains("AID501", "v1:AID501:A.B():0123456789abcdef:0", "Shop"));
        Assert.False(baseline.Contains("AID502", "v1:AID501:A.B():0123456789abcdef:0", "Shop"));
    }

    [Fact]
    public void Empty_findings_and_a_byte_order_mark_are_valid()
    {
        var baseline = BaselineFile.Parse("baseline.json", "\uFEFF{ \"version\": 1, \"findings\": [] }");
        Assert.True(baseline.IsValid, baseline.Error);
        Assert.Equal(0, baseline.Count);
    }

    [Theory]
    [InlineData("", 1, "unexpected end of input")]
    [InlineData("[]", 1, "must be a JSON object")]
    [InlineData("{\n  \"findings\": []\n}", 1, "\"version\" is missing")]
    [InlineData("{\n  \"version\": 1\n}", 1, "\"findings\" is missing")]
    [InlineData("{\n  \"version\": 3,\n  \"findings\": []\n}", 2, "unsupported version 3 (this package reads versions 1 and 2)")]
    [InlineData("{\n  \"version\": \"1\",\n  \"findings\": []\n}", 2, "\"version\" must be the number 2 or 1")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": {}\n}", 3, "must be an array")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    { \"fingerprint\": \"x\" }\n  ]\n}", 4, "lacks \"ruleId\"")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    { \"ruleId\": \"AID501\" }\n  ]\n}", 4, "lacks \"fingerprint\"")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    { \"ruleId\": \"\", \"fingerprint\": \"x\" }\n  ]\n}", 4, "\"ruleId\" is empty")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n    { \"ruleId\": 501, \"fingerprint\": \"x\" }\n  ]\n}", 4, "\"ruleId\" must be a string")]
    [InlineData("{\n  \"version\": 1,\n  \"version\": 1,\n  \"findings\": []\n}", 3, "appears twice")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [],\n}", 4, "expected a property name")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [\n  ]\n", 5, "unexpected end of input")]
    [InlineData("{\n  // comment\n  \"version\": 1,\n  \"findings\": []\n}", 2, "expected a property name")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": []\n}\n{}", 5, "unexpected text after")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [ { \"ruleId\": \"AID501\", \"fingerprint\": \"a\\qb\" } ]\n}", 3, "invalid escape")]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [ { \"ruleId\": \"AID501\", \"fingerprint\": \"ab\n\" } ]\n}", 3, "control character")]
    [InlineData("{\n  \"version\": 1,\n  \"extra\": tru,\n  \"findings\": []\n}", 3, "unexpected character 't'")]
    public void Rejects_malformed_baseline_with_line(string json, int line, string reason)
    {
        var baseline = BaselineFile.Parse("baseline.json", json);

        Assert.False(baseline.IsValid);
        Assert.Equal(line, baseline.ErrorLine);
        Assert.Contains(reason, baseline.Error, StringComparison.Ordinal);
        Assert.False(baseline.Contains("AID501", "x", assembly: null));
    }

    [Fact]
    public void Entries_of_one_fingerprint_in_two_assemblies_are_two_entries()
    {
        const string json = """
            {
              "version": 2,
              "findings": [
                { "ruleId": "AID101", "fingerprint": "v2:AID101:Shop.SemanticVersion.Parse(string):0123456789abcdef:0", "assembly": "Shop.Api" },
                { "ruleId": "AID101", "fingerprint": "v2:AID101:Shop.SemanticVersion.Parse(string):0123456789abcdef:0", "assembly": "Shop.Worker" },
                { "ruleId": "AID101", "fingerprint": "v2:AID101:Shop.SemanticVersion.Parse(string):0123456789abcdef:0", "assembly": "shop.worker" },
                { "ruleId": "AID501", "fingerprint": "v2:AID501:Shop.A.B():fedcba9876543210:0" }
              ]
            }
            """;

        var baseline = BaselineFile.Parse("baseline.json", json);

        Assert.True(baseline.IsValid, baseline.Error);
        Assert.Equal(3, baseline.Count);
        Assert.True(baseline.Contains("AID101", "v2:AID101:Shop.SemanticVersion.Parse(string):0123456789abcdef:0", "Shop.Worker"));
        Assert.False(baseline.Contains("AID101", "v2:AID101:Shop.SemanticVersion.Parse(string):0123456789abcdef:0", "Shop.Tools"));
        Assert.False(baseline.Contains("AID101", "v2:AID101:Shop.SemanticVersion.Parse(string):0123456789abcdef:0", assembly: null));
        Assert.True(baseline.Contains("AID501", "v2:AID501:Shop.A.B():fedcba9876543210:0", "Shop.Tools"));
    }
}
