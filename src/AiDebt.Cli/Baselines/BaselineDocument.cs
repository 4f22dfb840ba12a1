using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiDebt.Cli.Sarif;

namespace AiDebt.Cli.Baselines;

/// <summary>One accepted finding of <c>.aidebt/baseline.json</c>.</summary>
/// <param name="Assembly">
/// The assembly that reported the finding; the entry accepts that assembly's finding only. Null in entries written
/// before entries carried it (and for findings of SARIF that does not say): such an entry accepts the finding in any.
/// </param>
public sealed record BaselineEntry(string RuleId, string Fingerprint, string? File, string? Message, int DebtMinutes, string? Assembly = null)
{
    /// <summary>Rule and fingerprint: what an entry and a finding must share to match at all.</summary>
    public string FingerprintKey => RuleId + "\0" + Fingerprint;

    /// <summary>The entry's identity: rule, fingerprint and assembly (in any case, as assembly names compare).</summary>
    public string Key => FingerprintKey + "\0" + Assembly?.ToUpperInvariant();
}

/// <summary>
/// Reads and writes <c>.aidebt/baseline.json</c> (format version 2; version 1 is read too). Reading applies the analyzer's own strict reader
/// first, so a file the build would reject (AID002) is rejected here too.
/// </summary>
public static class BaselineDocument
{
    public static List<BaselineEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException("Baseline '" + path + "' does not exist.");
        }

        var json = File.ReadAllText(path);
        var check = AiDebtAnalyzers.Baseline.Baseline.Parse(path, json);
        if (!check.IsValid)
        {
            throw new CliException("Baseline '" + path + "' is malformed at line " + check.ErrorLine.ToString(CultureInfo.InvariantCulture) + ": " + check.Error + ".");
        }

        var entries = new List<BaselineEntry>();
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json.TrimStart('\uFEFF'))!.AsObject();
        }
        catch (JsonException ex)
        {
            throw new CliException("Baseline '" + path + "' cannot be read: " + ex.Message, ex);
        }

        foreach (var node in root["findings"]!.AsArray())
        {
            var finding = node!.AsObject();
            entries.Add(new BaselineEntry(
                (string)finding["ruleId"]!,
                (string)finding["fingerprint"]!,
                Text(finding["file"]),
                Text(finding["message"]),
                finding["debtMinutes"] is JsonValue minutes && minutes.TryGetValue<int>(out var value) ? value : 0,
                Text(finding["assembly"])?.Trim()));
        }

        return entries;
    }

    /// <summary>A baseline given as a <c>.aidebt/baseline.json</c> or as the SARIF of an earlier build.</summary>
    public static List<BaselineEntry> ReadAny(string path, string root)
    {
        if (!File.Exists(path))
        {
            throw new CliException("Baseline '" + path + "' does not exist. Write one with 'aidebt baseline <sarif>', or pass the SARIF of an earlier build.");
        }

        return LooksLikeBaseline(path) ? Read(path) : Comparison.EntriesFrom(SarifReader.ReadAll(new[] { path }, root).Findings);
    }

    /// <summary>Whether a path names a baseline rather than a SARIF file (by content, not by name).</summary>
    public static bool LooksLikeBaseline(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("findings", out _)
                && !document.RootElement.TryGetProperty("runs", out _);
        }
        catch (JsonException)
        {
            return path.EndsWith("baseline.json", StringComparison.OrdinalIgnoreCase);
        }
    }

    public static BaselineEntry FromFinding(Finding finding) =>
        new(finding.RuleId, finding.Fingerprint!, finding.Location?.Uri, finding.Message, finding.DebtMinutes, finding.Assembly);

    /// <summary>Sorted by rule, file, fingerprint and assembly, one finding a line, so that a change reviews as a small diff.</summary>
    public static string Serialize(IEnumerable<BaselineEntry> entries)
    {
        var sorted = entries
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ThenBy(e => e.Assembly ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        var builder = new StringBuilder();
        builder.Append("{\n  \"version\": ").Append(AiDebtAnalyzers.Baseline.Baseline.SupportedVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n  \"tool\": ").Append(Quote("aidebt " + Analysis.AnalyzerCatalog.PackageVersion)).Append(",\n  \"findings\": [");
        for (var i = 0; i < sorted.Count; i++)
        {
            var entry = sorted[i];
            builder.Append(i == 0 ? "\n" : ",\n");
            builder.Append("    { \"ruleId\": ").Append(Quote(entry.RuleId))
                .Append(", \"fingerprint\": ").Append(Quote(entry.Fingerprint));
            if (entry.Assembly is not null)
            {
                builder.Append(", \"assembly\": ").Append(Quote(entry.Assembly));
            }

            if (entry.File is not null)
            {
                builder.Append(", \"file\": ").Append(Quote(entry.File));
            }

            if (entry.Message is not null)
            {
                builder.Append(", \"message\": ").Append(Quote(entry.Message));
            }

            builder.Append(", \"debtMinutes\": ").Append(entry.DebtMinutes.ToString(CultureInfo.InvariantCulture)).Append(" }");
        }

        builder.Append(sorted.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return builder.ToString();
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
