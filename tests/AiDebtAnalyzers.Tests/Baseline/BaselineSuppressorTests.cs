using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Baseline;
using AiDebtAnalyzers.Residue;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

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
        var baseline = new TestAdditionalFile("/repo/build/accepted-debt.json", BaselineJson(findings[1]), (AiDebtAnalyzers.Baseline.Baseline.KindMetadataKey, "Baseline"));

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
        var bad = new TestAdditionalFile("/repo/src/.aidebt/baseline.json", "{ \"version\": 3, \"findings\": [] }");

        var diagnostics = await RunAsync(Source, good, bad);

        Assert.All(diagnostics.Where(d => d.Id == RuleIds.ElidedCode), d => Assert.False(d.IsSuppressed));
        Assert.Contains("unsupported version 3", Assert.Single(diagnostics, d => d.Id == RuleIds.MalformedBaseline).GetMessage(), StringComparison.Ordinal);
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

    private const string TwoElisionsInOneMethod = """
        class OrderService
        {
            void Save()
            {
                // ... existing code ...
                Validate();
                // ... existing code ...
                Persist();
            }

            void Validate() { }

            void Persist() { }
        }
        """;

    [Fact]
    public async Task A_third_equal_elision_in_a_baselined_method_is_not_suppressed()
    {
        var findings = await RunAsync(TwoElisionsInOneMethod);
        Assert.Equal(2, findings.Length);
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", BaselineJson(findings[0], findings[1]));
        var third = TwoElisionsInOneMethod.Replace("        Persist();\n    }", "        Persist();\n        // ... existing code ...\n    }", StringComparison.Ordinal);

        var diagnostics = await RunAsync(third, baseline);

        Assert.Equal(3, diagnostics.Length);
        Assert.Equal(1, diagnostics.Count(d => !d.IsSuppressed));
    }

    private static string LegacyBaselineJson(params string[] fingerprints) =>
        "{\n  \"version\": 1,\n  \"findings\": [\n"
        + string.Join(",\n", fingerprints.Select(f => "    { \"ruleId\": \"AID501\", \"fingerprint\": \"" + f + "\" }"))
        + "\n  ]\n}\n";

    [Fact]
    public async Task Version_1_entries_suppress_the_findings_they_name_unambiguously()
    {
        // What version 1 wrote for Source: parameter counts, ordinals per statement.
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", LegacyBaselineJson(
            "v1:AID501:OrderService.Save(0):" + HashOf("// ... existing code ...") + ":0"));

        var diagnostics = await RunAsync(Source, baseline);

        Assert.True(diagnostics.Single(d => d.GetMessage().Contains("existing code", StringComparison.Ordinal)).IsSuppressed);
        Assert.False(diagnostics.Single(d => d.GetMessage().Contains("rest of the code", StringComparison.Ordinal)).IsSuppressed);
        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.MalformedBaseline);
    }

    [Fact]
    public async Task Version_1_entry_that_more_findings_share_suppresses_none_of_them()
    {
        // Version 1 gave both elisions of Save "...:0", so its baseline listed one entry for two findings: a third added
        // later passed the gate. Now no more findings than entries may share a key, else none is suppressed.
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", LegacyBaselineJson(
            "v1:AID501:OrderService.Save(0):" + HashOf("// ... existing code ...") + ":0"));

        var diagnostics = await RunAsync(TwoElisionsInOneMethod, baseline);

        Assert.Equal(2, diagnostics.Count(d => d.Id == RuleIds.ElidedCode));
        Assert.All(diagnostics.Where(d => d.Id == RuleIds.ElidedCode), d => Assert.False(d.IsSuppressed));
        var ambiguous = Assert.Single(diagnostics, d => d.Id == RuleIds.MalformedBaseline);
        Assert.Equal(3, ambiguous.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("2 comments now share, more than the 1 entries", ambiguous.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("aidebt baseline --upgrade", ambiguous.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_finding_names_the_assembly_that_reported_it()
    {
        var diagnostics = await RunAsync(Source);

        Assert.All(diagnostics, d => Assert.Equal("TestProject", d.Properties[AiDebtAnalyzers.Infrastructure.DebtProperties.Assembly]));
    }

    [Fact]
    public async Task An_entry_with_an_assembly_accepts_the_equal_finding_of_that_assembly_only()
    {
        // The same file compiled into two projects (a copied or linked type) gives its findings the same fingerprints; a
        // repository-wide baseline that accepted them in one project must not accept them in the other.
        var findings = await RunAsync(Source);
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", BaselineJson(assembly: "Shop.Api", findings.ToArray()));

        var api = await RunInAssemblyAsync("Shop.Api", Source, baseline);
        var worker = await RunInAssemblyAsync("Shop.Worker", Source, baseline);

        Assert.Equal(findings[0].Properties["aidebt.fingerprint"], worker[0].Properties["aidebt.fingerprint"]);
        Assert.All(api, d => Assert.True(d.IsSuppressed));
        Assert.All(worker, d => Assert.False(d.IsSuppressed));
        Assert.DoesNotContain(worker, d => d.Id == RuleIds.MalformedBaseline);
    }

    [Fact]
    public async Task An_entry_names_its_assembly_in_any_case()
    {
        var findings = await RunAsync(Source);
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", BaselineJson(assembly: "shop.API", findings.ToArray()));

        var diagnostics = await RunInAssemblyAsync("Shop.Api", Source, baseline);

        Assert.All(diagnostics, d => Assert.True(d.IsSuppressed));
    }

    [Fact]
    public async Task An_entry_without_an_assembly_accepts_the_finding_in_every_assembly()
    {
        // Entries written before entries carried the assembly keep working as they did.
        var findings = await RunAsync(Source);
        var baseline = new TestAdditionalFile("/repo/.aidebt/baseline.json", BaselineJson(findings.ToArray()));

        Assert.All(await RunInAssemblyAsync("Shop.Api", Source, baseline), d => Assert.True(d.IsSuppressed));
        Assert.All(await RunInAssemblyAsync("Shop.Worker", Source, baseline), d => Assert.True(d.IsSuppressed));
    }

    [Theory]
    [InlineData("\"assembly\": 3", "\"assembly\" must be a string")]
    [InlineData("\"assembly\": \" \"", "\"assembly\" is empty")]
    public async Task A_malformed_assembly_is_reported_and_suppresses_nothing(string member, string message)
    {
        var findings = await RunAsync(Source);
        var json = BaselineJson(findings[0]).Replace("\"message\": \"accepted\"", member, StringComparison.Ordinal);

        var diagnostics = await RunAsync(Source, new TestAdditionalFile("/repo/.aidebt/baseline.json", json));

        Assert.All(diagnostics.Where(d => d.Id == RuleIds.ElidedCode), d => Assert.False(d.IsSuppressed));
        Assert.Contains(message, Assert.Single(diagnostics, d => d.Id == RuleIds.MalformedBaseline).GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>AID501 (findings to accept), AID002 and the suppressor, as the compiler runs them on one file.</summary>
    private static Task<ImmutableArray<Diagnostic>> RunAsync(string source, params TestAdditionalFile[] additionalFiles) =>
        AnalyzerDriver.RunAsync(
            AnalyzerDriver.Compile(("/src/OrderService.cs", source)),
            AnalyzerDriver.Options(additionalFiles: additionalFiles),
            new ElidedCodeAnalyzer(),
            new MalformedBaselineAnalyzer(),
            new BaselineSuppressor());

    /// <summary>The same file compiled as another project's assembly.</summary>
    private static Task<ImmutableArray<Diagnostic>> RunInAssemblyAsync(string assembly, string source, params TestAdditionalFile[] additionalFiles) =>
        AnalyzerDriver.RunAsync(
            AnalyzerDriver.Compile(("/src/OrderService.cs", source)).WithAssemblyName(assembly),
            AnalyzerDriver.Options(additionalFiles: additionalFiles),
            new ElidedCodeAnalyzer(),
            new MalformedBaselineAnalyzer(),
            new BaselineSuppressor());

    private static string BaselineJson(params Diagnostic[] accepted) => BaselineJson(assembly: null, accepted);

    private static string BaselineJson(string? assembly, params Diagnostic[] accepted)
    {
        var entries = accepted.Select(d =>
            "    { \"ruleId\": \"" + d.Id + "\", \"fingerprint\": \"" + d.Properties["aidebt.fingerprint"] + "\""
            + (assembly is null ? string.Empty : ", \"assembly\": \"" + assembly + "\"")
            + ", \"file\": \"src/OrderService.cs\", \"message\": \"accepted\" }");
        return "{\n  \"version\": 2,\n  \"findings\": [\n" + string.Join(",\n", entries) + "\n  ]\n}\n";
    }

    private static string HashOf(string comment) => AiDebtAnalyzers.Infrastructure.Fingerprint.Hash(new[] { comment });
}
