using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiDebt.Cli.Analysis;

namespace AiDebt.Cli.Sarif;

/// <summary>
/// Writes SARIF 2.1.0 for code scanning: URIs relative to <c>%SRCROOT%</c>, rule help from the rule pages,
/// <c>partialFingerprints</c>, suppressions and <c>baselineState</c>, and the git provenance of the checkout.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static JsonObject Build(IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, RuleInfo> inputRules, string root, GitInfo? git)
    {
        var ruleIds = findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new JsonArray();
        foreach (var id in ruleIds)
        {
            ruleIndex[id] = rules.Count;
            rules.Add(RuleNode(AnalyzerCatalog.RuleFor(id, inputRules)));
        }

        var results = new JsonArray();
        foreach (var finding in Order(findings))
        {
            results.Add(ResultNode(finding, ruleIndex[finding.RuleId]));
        }

        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "AiDebtAnalyzers",
                    ["version"] = AnalyzerCatalog.PackageVersion,
                    ["semanticVersion"] = AnalyzerCatalog.PackageVersion,
                    ["informationUri"] = AnalyzerCatalog.InformationUri,
                    ["rules"] = rules,
                },
            },
            ["originalUriBaseIds"] = new JsonObject
            {
                [PathMapper.SourceRootId] = new JsonObject { ["uri"] = new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + "/").AbsoluteUri },
            },
        };

        if (git is not null)
        {
            var provenance = new JsonObject
            {
                ["repositoryUri"] = git.RepositoryUri,
                ["revisionId"] = git.RevisionId,
                ["mappedTo"] = new JsonObject { ["uriBaseId"] = PathMapper.SourceRootId },
            };
            if (git.Branch is not null)
            {
                provenance["branch"] = git.Branch;
            }

            run["versionControlProvenance"] = new JsonArray(provenance);
        }

        run["results"] = results;
        run["columnKind"] = "utf16CodeUnits";
        return new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
    }

    public static string Serialize(JsonObject log) =>
        log.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>Stable order, so that two runs over the same code give the same file.</summary>
    public static IEnumerable<Finding> Order(IEnumerable<Finding> findings) => findings
        .OrderBy(f => f.Location?.Uri ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(f => f.Location?.StartLine ?? 0)
        .ThenBy(f => f.Location?.StartColumn ?? 0)
        .ThenBy(f => f.RuleId, StringComparer.Ordinal)
        .ThenBy(f => f.Fingerprint ?? f.Message, StringComparer.Ordinal);

    private static JsonObject RuleNode(RuleInfo rule)
    {
        var title = rule.Title ?? rule.Id;
        var page = AnalyzerCatalog.RulePage(rule.Id);
        var description = rule.FullDescription ?? title;
        var helpText = description + " Documentation: " + rule.HelpUri;
        var node = new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = PascalCase(title),
            ["shortDescription"] = new JsonObject { ["text"] = title },
            ["fullDescription"] = new JsonObject { ["text"] = description },
            ["defaultConfiguration"] = new JsonObject { ["level"] = rule.DefaultLevel },
        };
        if (rule.HelpUri is not null)
        {
            node["helpUri"] = rule.HelpUri;
        }

        node["help"] = new JsonObject
        {
            ["text"] = helpText,
            ["markdown"] = page ?? "**" + title + "**\n\n" + description + (rule.HelpUri is null ? string.Empty : "\n\n[Documentation](" + rule.HelpUri + ")"),
        };
        var tags = new JsonArray("maintainability", "technical-debt", AiDebtAnalyzers.RuleIds.FamilyOf(rule.Id));
        node["properties"] = new JsonObject
        {
            ["category"] = rule.Category ?? "AiDebt",
            ["tags"] = tags,
            ["precision"] = "high",
            ["problem.severity"] = rule.DefaultLevel == "note" ? "recommendation" : rule.DefaultLevel,
        };
        return node;
    }

    private static JsonObject ResultNode(Finding finding, int ruleIndex)
    {
        var result = new JsonObject
        {
            ["ruleId"] = finding.RuleId,
            ["ruleIndex"] = ruleIndex,
            ["level"] = finding.Level,
            ["message"] = new JsonObject { ["text"] = EnsureSentence(finding.Message) },
        };

        if (finding.Location is not null)
        {
            result["locations"] = new JsonArray(LocationNode(finding.Location));
        }

        if (finding.RelatedLocations.Count > 0)
        {
            var related = new JsonArray();
            for (var i = 0; i < finding.RelatedLocations.Count; i++)
            {
                var node = LocationNode(finding.RelatedLocations[i]);
                node["id"] = i + 1;
                related.Add(node);
            }

            result["relatedLocations"] = related;
        }

        // Only our own key: code scanning computes primaryLocationLineHash itself and warns when a supplied one differs,
        // and a hash of the line would leak what AID203 promises never to write (a secret on that line).
        if (finding.Fingerprint is not null)
        {
            result["partialFingerprints"] = new JsonObject { [SarifReader.FingerprintKey] = finding.Fingerprint };
        }

        if (finding.BaselineState is not null)
        {
            result["baselineState"] = finding.BaselineState;
        }

        if (finding.Suppression != SuppressionKind.None)
        {
            var suppression = new JsonObject
            {
                ["kind"] = finding.Suppression == SuppressionKind.Baseline ? "external" : "inSource",
                ["status"] = "accepted",
            };
            var justification = finding.Suppression == SuppressionKind.Baseline
                ? "Accepted in the AiDebtAnalyzers baseline (" + SarifReader.BaselineSuppressionMarker + finding.RuleId[3..] + ")"
                : finding.SuppressionJustification;
            if (!string.IsNullOrEmpty(justification))
            {
                suppression["justification"] = justification;
            }

            result["suppressions"] = new JsonArray(suppression);
        }

        var properties = new JsonObject();
        foreach (var pair in finding.Properties)
        {
            properties[pair.Key] = pair.Value;
        }

        if (finding.Project is not null)
        {
            properties["aidebt.project"] = finding.Project;
        }

        if (properties.Count > 0)
        {
            result["properties"] = properties;
        }

        return result;
    }

    private static JsonObject LocationNode(SourceLocation location)
    {
        var artifact = new JsonObject { ["uri"] = location.Uri };
        if (!Uri.TryCreate(location.Uri, UriKind.Absolute, out _))
        {
            artifact["uriBaseId"] = PathMapper.SourceRootId;
        }

        var physical = new JsonObject { ["artifactLocation"] = artifact };
        if (location.StartLine > 0)
        {
            var region = new JsonObject { ["startLine"] = location.StartLine };
            if (location.StartColumn > 0)
            {
                region["startColumn"] = location.StartColumn;
            }

            region["endLine"] = Math.Max(location.EndLine, location.StartLine);
            if (location.EndColumn > 0)
            {
                region["endColumn"] = location.EndColumn;
            }

            physical["region"] = region;
        }

        return new JsonObject { ["physicalLocation"] = physical };
    }

    /// <summary>SARIF and GitHub want messages that end like sentences.</summary>
    private static string EnsureSentence(string message)
    {
        var trimmed = message.TrimEnd();
        if (trimmed.Length == 0)
        {
            return "AiDebtAnalyzers finding.";
        }

        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }

    private static string PascalCase(string title)
    {
        var builder = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
