using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Sarif;

/// <summary>The AiDebtAnalyzers results and rules of one or more SARIF 2.1.0 logs, as builds or <c>aidebt</c> write them.</summary>
public sealed class SarifInput
{
    public List<Finding> Findings { get; } = new();

    public Dictionary<string, RuleInfo> Rules { get; } = new(StringComparer.Ordinal);

    /// <summary>Results dropped because another input already had them (multi-targeting builds the same code twice).</summary>
    public int DuplicatesRemoved { get; set; }
}

/// <summary>
/// Reads SARIF 2.1.0 strictly enough to reject what is not SARIF (exit code 2) and leniently enough to read what the
/// C# compiler, the SARIF SDK and <c>aidebt</c> itself write. Only results of AID rules are kept.
/// </summary>
public static class SarifReader
{
    public const string FingerprintKey = "aidebt/v2";

    /// <summary>The key SARIF written before fingerprint version 2 used; still read.</summary>
    public const string LegacyFingerprintKey = "aidebt/v1";

    /// <summary>Marks a suppression made by the baseline suppressor, in the compiler's words or in ours.</summary>
    public const string BaselineSuppressionMarker = "Suppression Id: AIDB";

    public static SarifInput ReadAll(IReadOnlyList<string> paths, string? root)
    {
        var input = new SarifInput();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            Read(path, root, input, seen);
        }

        foreach (var finding in input.Findings)
        {
            finding.IsSummary = Analysis.AnalyzerCatalog.RuleFor(finding.RuleId, input.Rules).IsSummary;
        }

        return input;
    }

    private static void Read(string path, string? root, SarifInput input, HashSet<string> seen)
    {
        if (!File.Exists(path))
        {
            throw new CliException("SARIF file '" + path + "' does not exist.");
        }

        JsonNode? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new CliException("'" + path + "' is not valid JSON: " + ex.Message);
        }
        catch (IOException ex)
        {
            throw new CliException("'" + path + "' cannot be read: " + ex.Message, ex);
        }

        if (document is not JsonObject log || log["runs"] is not JsonArray runs)
        {
            throw new CliException("'" + path + "' is not a SARIF log: it has no \"runs\" array.");
        }

        var version = (log["version"] as JsonValue)?.ToString();
        if (!string.Equals(version, "2.1.0", StringComparison.Ordinal))
        {
            throw new CliException("'" + path + "' is SARIF version '" + (version ?? "(none)") + "'; aidebt reads SARIF 2.1.0. Set the MSBuild property ErrorLog to '<file>,version=2.1'.");
        }

        foreach (var runNode in runs)
        {
            if (runNode is not JsonObject run)
            {
                throw new CliException("'" + path + "' has a run that is not an object.");
            }

            var baseIds = ReadBaseIds(run);
            var runRules = ReadRules(run, input);
            if (run["results"] is not JsonArray results)
            {
                continue;
            }

            foreach (var resultNode in results)
            {
                if (resultNode is not JsonObject result)
                {
                    throw new CliException("'" + path + "' has a result that is not an object.");
                }

                var ruleId = Text(result["ruleId"]);
                if (ruleId is null && result["ruleIndex"] is JsonValue indexValue && indexValue.TryGetValue<int>(out var ruleIndex) && ruleIndex >= 0 && ruleIndex < runRules.Count)
                {
                    ruleId = runRules[ruleIndex];
                }

                if (ruleId is null || !IsAiDebtRule(ruleId))
                {
                    continue;
                }

                var finding = ReadResult(ruleId, result, baseIds, root, path);
                finding.SarifFile = path;

                // Builds name the log after the project (ErrorLog = $(MSBuildProjectName).sarif).
                finding.Project ??= Path.GetFileNameWithoutExtension(path);
                // A multi-targeted project reports each finding once per framework, under one assembly name; a file
                // compiled into two projects reports it once per assembly, and each needs its own baseline entry.
                var identity = finding.KeyInAssembly + "\0" + finding.Location?.Uri + "\0" + finding.Location?.StartLine.ToString(CultureInfo.InvariantCulture) + "\0" + finding.Location?.StartColumn.ToString(CultureInfo.InvariantCulture);
                if (!seen.Add(identity))
                {
                    input.DuplicatesRemoved++;
                    continue;
                }

                input.Findings.Add(finding);
            }
        }
    }

    public static bool IsAiDebtRule(string ruleId) =>
        ruleId.Length == 6 && ruleId.StartsWith("AID", StringComparison.Ordinal) && char.IsAsciiDigit(ruleId[3]) && char.IsAsciiDigit(ruleId[4]) && char.IsAsciiDigit(ruleId[5]);

    private static Finding ReadResult(string ruleId, JsonObject result, Dictionary<string, string> baseIds, string? root, string path)
    {
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (result["properties"] is JsonObject bag)
        {
            CopyStrings(bag["customProperties"] as JsonObject, properties);
            CopyStrings(bag, properties);
        }

        var partialFingerprints = result["partialFingerprints"] as JsonObject;
        var fingerprint = Text(partialFingerprints?[FingerprintKey]) ?? Text(partialFingerprints?[LegacyFingerprintKey]);
        if (properties.TryGetValue(AiDebtAnalyzers.Infrastructure.DebtProperties.Fingerprint, out var fromProperties))
        {
            fingerprint ??= fromProperties;
        }

        var debtMinutes = properties.TryGetValue(AiDebtAnalyzers.Infrastructure.DebtProperties.DebtMinutes, out var minutesText) && int.TryParse(minutesText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) ? minutes : 0;
        var message = Text((result["message"] as JsonObject)?["text"]) ?? string.Empty;
        var finding = new Finding
        {
            RuleId = ruleId,
            Level = Text(result["level"]) ?? "warning",
            Message = message,
            Fingerprint = fingerprint,
            DebtMinutes = debtMinutes,
            Family = properties.TryGetValue(AiDebtAnalyzers.Infrastructure.DebtProperties.Family, out var family) ? family : AiDebtAnalyzers.RuleIds.FamilyOf(ruleId),
            BaselineState = Text(result["baselineState"]),
        };
        foreach (var pair in properties)
        {
            finding.Properties[pair.Key] = pair.Value;
        }

        if (result["locations"] is JsonArray locations && locations.Count > 0)
        {
            finding.Location = ReadLocation(locations[0] as JsonObject, baseIds, root, path);
        }

        if (result["relatedLocations"] is JsonArray related)
        {
            foreach (var node in related)
            {
                var location = ReadLocation(node as JsonObject, baseIds, root, path);
                if (location is not null)
                {
                    finding.RelatedLocations.Add(location);
                }
            }
        }

        if (properties.TryGetValue("aidebt.project", out var project))
        {
            finding.Project = project;
        }

        if (result["suppressions"] is JsonArray suppressions)
        {
            foreach (var node in suppressions)
            {
                // Per SARIF a result is suppressed only by a suppression whose status is accepted or absent: a rejected
                // or underReview one leaves it active.
                var suppression = node as JsonObject;
                var status = Text(suppression?["status"]);
                if (string.Equals(status, "rejected", StringComparison.Ordinal) || string.Equals(status, "underReview", StringComparison.Ordinal))
                {
                    continue;
                }

                if (finding.Suppression == SuppressionKind.None)
                {
                    finding.Suppression = SuppressionKind.InSource;
                }

                var justification = Text(suppression?["justification"]);
                var type = Text((suppression?["properties"] as JsonObject)?["suppressionType"]);
                finding.SuppressionJustification = justification ?? type;
                if ((type?.Contains(BaselineSuppressionMarker, StringComparison.Ordinal) ?? false)
                    || (justification?.Contains(BaselineSuppressionMarker, StringComparison.Ordinal) ?? false)
                    || string.Equals(Text(suppression?["kind"]), "external", StringComparison.Ordinal))
                {
                    finding.Suppression = SuppressionKind.Baseline;
                }
            }
        }

        return finding;
    }

    private static SourceLocation? ReadLocation(JsonObject? location, Dictionary<string, string> baseIds, string? root, string path)
    {
        var physical = location?["physicalLocation"] as JsonObject;
        var artifact = physical?["artifactLocation"] as JsonObject;
        var uri = Text(artifact?["uri"]);
        if (uri is null)
        {
            return null;
        }

        var baseId = Text(artifact?["uriBaseId"]);
        var region = physical?["region"] as JsonObject;
        var startLine = Int(region?["startLine"]);
        var startColumn = Int(region?["startColumn"]);
        var endLine = Int(region?["endLine"]);
        var endColumn = Int(region?["endColumn"]);
        return new SourceLocation(PathMapper.ToRelativeUri(uri, baseId, baseIds, root), startLine, startColumn, endLine == 0 ? startLine : endLine, endColumn);
    }

    private static Dictionary<string, string> ReadBaseIds(JsonObject run)
    {
        var baseIds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (run["originalUriBaseIds"] is JsonObject ids)
        {
            foreach (var pair in ids)
            {
                var uri = Text((pair.Value as JsonObject)?["uri"]);
                if (uri is not null)
                {
                    baseIds[pair.Key] = uri;
                }
            }
        }

        return baseIds;
    }

    private static List<string> ReadRules(JsonObject run, SarifInput input)
    {
        var order = new List<string>();
        if ((((run["tool"] as JsonObject)?["driver"] as JsonObject)?["rules"]) is not JsonArray rules)
        {
            return order;
        }

        foreach (var node in rules)
        {
            var rule = node as JsonObject;
            var id = Text(rule?["id"]) ?? string.Empty;
            order.Add(id);
            if (rule is null || !IsAiDebtRule(id) || input.Rules.ContainsKey(id))
            {
                continue;
            }

            input.Rules[id] = new RuleInfo
            {
                Id = id,
                Title = Text((rule["shortDescription"] as JsonObject)?["text"]),
                FullDescription = Text((rule["fullDescription"] as JsonObject)?["text"]),
                HelpUri = Text(rule["helpUri"]),
                Category = Text((rule["properties"] as JsonObject)?["category"]),
                DefaultLevel = Text((rule["defaultConfiguration"] as JsonObject)?["level"]) ?? "warning",
                IsSummary = (rule["properties"] as JsonObject)?["tags"] is JsonArray tags && tags.Any(t => Text(t) == AiDebtAnalyzers.RuleTags.Summary),
            };
        }

        return order;
    }

    private static void CopyStrings(JsonObject? source, SortedDictionary<string, string> target)
    {
        if (source is null)
        {
            return;
        }

        foreach (var pair in source)
        {
            if (pair.Value is JsonValue value && pair.Key.StartsWith("aidebt.", StringComparison.Ordinal))
            {
                target[pair.Key] = value.ToString();
            }
        }
    }


    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Int(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) ? number : 0;
}
