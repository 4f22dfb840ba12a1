using System;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Baseline;
using static AiDebtAnalyzers.Tests.Baseline.BaselineTestHost;

namespace AiDebtAnalyzers.Tests.Baseline;

public class BaselineSuppressorTests
{
    private const string Source = """
        class OrderService
        {
            void Save()
            {
                // ... existing code ...
            }

            void Load()
            {
                // ... rest of the code remains the same
            }
        }
        """;

    [Fact]
    public async Task Without_baseline_nothing_is_suppressed()
    {
        var diagnostics = await RunAsync(Source);
        Assert.Equal(2, diagnostics.Count(d => d.Id == RuleIds.ElidedCode));
        Assert.All(diagnostics, d => Assert.False(d.IsSuppressed));
    }

    [Fact]
    public async Task Suppresses_exactly_the_baselined_finding()
    {
        var findings = await RunAsync(Source);
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", BaselineJson(findings[0]));

        var diagnostics = await RunAsync(Source, baseline);

        Assert.Equal(2, diagnostics.Length);
        Assert.True(diagnostics[0].IsSuppressed);
        Assert.False(diagnostics[1].IsSuppressed);
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.MalformedBaseline);
    }

    [Fact]
    public async Task Baselined_finding_stays_suppressed_when_lines_are_added_above_it()
    {
        var findings = await RunAsync(Source);
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", BaselineJson(findings[0]));
        var moved = "using System;\n\n// a new header comment\n" + Source;

        var diagnostics = await RunAsync(moved, baseline);

        Assert.True(diagnostics.Single(d => d.GetMessage().Contains("existing code", StringComparison.Ordinal)).IsSuppressed);
    }

    [Fact]
    public async Task Same_fingerprint_under_another_rule_is_not_suppressed()
    {
        var findings = await RunAsync(Source);
        var json = BaselineJson(findings[0]).Replace("\"AID501\"", "\"AID001\"", StringComparison.Ordinal);

        var diagnostics = await RunAsync(Source, new TestAdditionalFile("/repo/.aidebt/baseline.json", json));

        Assert.All(diagnostics, d => Assert.False(d.IsSuppressed));
    }

    [Fact]
    public async Task Fixed_finding_in_baseline_is_ignored()
    {
        var findings = await RunAsync(Source);
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", BaselineJson(findings[0], findings[1]));
        var fixedSource = Source.Replace("// ... existing code ...", "Console.WriteLine();", StringComparison.Ordinal);

        var diagnostics = await RunAsync(fixedSource, baseline);

        Assert.True(Assert.Single(diagnostics).IsSuppressed);
    }

    [Fact]
    public async Task Baseline_marked_by_item_metadata_may_have_any_name()
    {
        var findings = await RunAsync(Source);
        var baseline = new TestAdditionalFile("/repo/build/accepted-debt.json", BaselineJson(findings[1]), kind: "Baseline");

        var diagnostics = await RunAsync(Source, baseline);

        Assert.False(diagnostics[0].IsSuppressed);
        Assert.True(diagnostics[1].IsSuppressed);
    }

    [Fact]
    public async Task Json_file_with_another_name_and_no_metadata_is_not_a_baseline()
    {
        var diagnostics = await RunAsync(Source, new TestAdditionalFile("/repo/appsettings.json", "{ not json"));
        Assert.All(diagnostics, d => Assert.False(d.IsSuppressed));
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.MalformedBaseline);
    }

    [Fact]
    public async Task Malformed_baseline_suppresses_nothing_and_reports_AID002_with_file_and_line()
    {
        var findings = await RunAsync(Source);
        var json = BaselineJson(findings[0], findings[1]);
        var broken = json.Replace("\"message\": \"accepted\" }\n", "\"message\": \"accepted\", }\n", StringComparison.Ordinal);
        var expectedLine = broken.Substring(0, broken.IndexOf(", }", StringComparison.Ordinal)).Count(c => c == '\n') + 1;

        var diagnostics = await RunAsync(Source, new TestAdditionalFile("/repo/.aidebt/baseline.json", broken));

        Assert.All(diagnostics.Where(d => d.Id == RuleIds.ElidedCode), d => Assert.False(d.IsSuppressed));
        var malformed = Assert.Single(diagnostics, d => d.Id == RuleIds.MalformedBaseline);
        Assert.Equal("/repo/.aidebt/baseline.json", malformed.Location.GetLineSpan().Path);
        Assert.Equal(expectedLine - 1, malformed.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("line " + expectedLine + ":", malformed.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("/repo/.aidebt/baseline.json", malformed.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("configuration", malformed.Properties["aidebt.family"]);
        Assert.StartsWith("v2:AID002:", malformed.Properties["aidebt.fingerprint"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_malformed_baseline_among_several_suppresses_nothing()
    {
        var findings = await RunAsync(Source);
        var good = new TestAdditionalFile("/repo/.aidebt/baseline.json", BaselineJson(findings[0]));
        var bad = new TestAdditionalFile("/repo/src/.aidebt/baseline.json", "{ \"version\": 2, \"findings\": [] }");

        var diagnostics = await RunAsync(Source, good, bad);

        Assert.All(diagnostics.Where(d => d.Id == RuleIds.ElidedCode), d => Assert.False(d.IsSuppressed));
        Assert.Contains("unsupported version 2", Assert.Single(diagnostics, d => d.Id == RuleIds.MalformedBaseline).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_but_AID002_can_be_baselined()
    {
        var suppressor = new BaselineSuppressor();
        var suppressed = suppressor.SupportedSuppressions.Select(s => s.SuppressedDiagnosticId).ToList();
        Assert.Contains(RuleIds.ElidedCode, suppressed);
        Assert.Contains(RuleIds.InvalidOption, suppressed);
        Assert.DoesNotContain(RuleIds.MalformedBaseline, suppressed);
        Assert.Contains(suppressor.SupportedSuppressions, s => s.Id == "AIDB501" && s.SuppressedDiagnosticId == RuleIds.ElidedCode);
        Assert.Equal(suppressed.Count, suppressor.SupportedSuppressions.Select(s => s.Id).Distinct().Count());
    }
}
