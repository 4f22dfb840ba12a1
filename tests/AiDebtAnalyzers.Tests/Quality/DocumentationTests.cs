using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Tests.Quality;

/// <summary>Keeps descriptors, rule pages, the README, the option definitions and release tracking in agreement.</summary>
public class DocumentationTests
{
    private static readonly string[] RequiredSections =
    {
        "## Cause", "## Why it matters", "## How to fix", "## When to suppress", "## Options", "## Examples",
    };

    public static IEnumerable<object[]> Rules() => RuleCatalog.Descriptors.Select(d => new object[] { d.Id });

    private static DiagnosticDescriptor Descriptor(string id) => RuleCatalog.Descriptors.Single(d => d.Id == id);

    private static string RulePage(string id) => RuleCatalog.ReadRepositoryFile("docs/rules/" + id + ".md");

    [Fact]
    public void Every_analyzer_is_found() => Assert.NotEmpty(RuleCatalog.Descriptors);

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_starts_with_id_and_title(string id)
    {
        var firstLine = RulePage(id).Split('\n')[0];
        Assert.Equal("# " + id + ": " + Descriptor(id).Title, firstLine);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_properties_match_descriptor(string id)
    {
        var d = Descriptor(id);
        var page = RulePage(id);
        AssertProperty(page, "Rule ID", id);
        AssertProperty(page, "Title", d.Title.ToString());
        AssertProperty(page, "Category", d.Category);
        AssertProperty(page, "Default severity", GeneratedDocs.SeverityText(d));
        AssertProperty(page, "Enabled by default", d.IsEnabledByDefault ? "Yes" : "No");
        AssertProperty(page, "Code fix", RuleCatalog.HasCodeFix(id) ? "Yes" : "No");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_has_every_section(string id)
    {
        var page = RulePage(id);
        foreach (var section in RequiredSections)
        {
            Assert.True(page.Contains("\n" + section + "\n", StringComparison.Ordinal), "docs/rules/" + id + ".md lacks the section '" + section + "'.");
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_documents_every_option_of_the_rule(string id)
    {
        var page = RulePage(id);
        foreach (var option in AiDebtOptions.ForRule(id))
        {
            Assert.True(page.Contains("`" + option.Key + "`", StringComparison.Ordinal), "docs/rules/" + id + ".md does not document " + option.Key + ".");
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_documents_debt_minutes(string id)
    {
        var page = RulePage(id);
        Assert.Matches(new Regex(@"\| Debt \(minutes\) \| [^|]+ \|"), page);
        Assert.Contains("`aidebt.fingerprint`", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Help_link_points_at_rule_page(string id)
    {
        var d = Descriptor(id);
        Assert.Equal(RuleIds.HelpLink(id), d.HelpLinkUri);
        Assert.EndsWith("/docs/rules/" + id + ".md", d.HelpLinkUri, StringComparison.Ordinal);
        Assert.StartsWith("https://", d.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Readme_rule_table_has_row(string id)
    {
        var d = Descriptor(id);
        var readme = RuleCatalog.ReadRepositoryFile("README.md");
        var row = "| [" + id + "](docs/rules/" + id + ".md) | " + d.Title + " | " + d.Category + " | " + GeneratedDocs.SeverityText(d) + " | " + (RuleCatalog.HasCodeFix(id) ? "Yes" : "No") + " |";
        Assert.Contains(row, readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Release_tracking_lists_rule(string id)
    {
        var d = Descriptor(id);
        var releases = RuleCatalog.ReadRepositoryFile("src/AiDebtAnalyzers/AnalyzerReleases.Shipped.md") + "\n"
            + RuleCatalog.ReadRepositoryFile("src/AiDebtAnalyzers/AnalyzerReleases.Unshipped.md");
        Assert.Matches(new Regex("^" + id + @"\s*\|\s*" + Regex.Escape(d.Category) + @"\s*\|\s*" + (d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled") + @"\s*\|", RegexOptions.Multiline), releases);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void No_rule_defaults_to_error(string id) =>
        // A baseline suppressor never sees diagnostics whose default severity is Error.
        Assert.NotEqual(DiagnosticSeverity.Error, Descriptor(id).DefaultSeverity);

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_id_and_category_follow_the_family_scheme(string id)
    {
        Assert.Matches(new Regex("^AID[0-9]{3}$"), id);
        var expectedCategory = RuleIds.FamilyOf(id) switch
        {
            RuleFamilies.Duplication => RuleCategories.Duplication,
            RuleFamilies.MagicValues => RuleCategories.MagicValues,
            RuleFamilies.TestGaps => RuleCategories.TestGaps,
            RuleFamilies.Provenance => RuleCategories.Provenance,
            RuleFamilies.Residue => RuleCategories.Residue,
            _ => RuleCategories.Configuration,
        };
        Assert.Equal(expectedCategory, Descriptor(id).Category);
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_rule()
    {
        var pages = Directory.GetFiles(Path.Combine(RuleCatalog.RepositoryRoot, "docs", "rules"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        Assert.All(pages, page => Assert.Contains(RuleCatalog.Descriptors, d => d.Id == page));
    }

    [Fact]
    public void Every_option_is_well_formed_and_documented()
    {
        var families = new[] { RuleFamilies.Duplication, RuleFamilies.MagicValues, RuleFamilies.TestGaps, RuleFamilies.Provenance, RuleFamilies.Residue };
        var configuration = RuleCatalog.ReadRepositoryFile("docs/configuration.md");
        Assert.NotEmpty(AiDebtOptions.All);
        foreach (var option in AiDebtOptions.All)
        {
            Assert.Matches(new Regex("^aidebt\\.[a-z_]+\\.[a-z_]+$"), option.Key);
            Assert.Contains(option.Family, families);
            Assert.NotEmpty(option.Rules);
            Assert.True(option.IsValid(option.DefaultText == "(empty)" ? string.Empty : option.DefaultText), option.Key + " rejects its own default.");
            Assert.All(option.Rules, rule => Assert.Contains(RuleCatalog.Descriptors, d => d.Id == rule));
            Assert.Contains("`" + option.Key + "`", configuration, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_code_fix_has_a_fix_all_provider()
    {
        foreach (var fix in RuleCatalog.CodeFixes)
        {
            Assert.NotNull(fix.GetFixAllProvider());
        }
    }

    [Fact]
    public void Every_code_fix_summary_starts_with_its_rule_ids()
    {
        foreach (var fix in RuleCatalog.CodeFixes)
        {
            var name = fix.GetType().Name;
            var source = RuleCatalog.ReadRepositoryFile(GeneratedDocs.PathOfType(name));
            var declaration = source.IndexOf("class " + name, StringComparison.Ordinal);
            var summaryStart = source.LastIndexOf("/// <summary>", declaration, StringComparison.Ordinal);
            var summary = string.Join(' ', source.Substring(summaryStart + 13, declaration - summaryStart - 13)
                .Split('\n')
                .Select(line => line.Trim().TrimStart('/').Trim())
                .Where(line => line.Length > 0));
            var ids = string.Join(", ", fix.FixableDiagnosticIds.OrderBy(id => id, StringComparer.Ordinal));
            Assert.True(summary.StartsWith(ids, StringComparison.Ordinal), name + "'s summary must start with " + ids + ": " + summary);
        }
    }

    private static void AssertProperty(string page, string name, string value) =>
        Assert.True(
            page.Contains("| " + name + " | " + value + " |", StringComparison.Ordinal),
            "The properties table lacks the row '| " + name + " | " + value + " |'.");
}
