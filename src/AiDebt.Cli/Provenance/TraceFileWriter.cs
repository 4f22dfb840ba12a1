using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AiDebt.Cli.Provenance;

/// <summary>What the import wrote: records, and lines by contributor and by tool.</summary>
public sealed record TraceWriteSummary(int Records, int Files, int AiLines, int MixedLines, int KeptRecords, IReadOnlyDictionary<string, int> LinesByTool);

/// <summary>
/// Writes imported lines as Agent Trace records (RFC 0.1.0) for the current revision: one record per recorded commit
/// and tool, one conversation per contributor, model and session, ranges of consecutive lines, each with the
/// <c>sha256:</c> content hash the analyzers check (SHA-256 over the range's lines joined by '\n', line breaks
/// excluded). Records carry <c>metadata["dev.aidebt.import"]</c>; a later import replaces exactly those and keeps every
/// other line of the file as it is.
/// </summary>
public static class TraceFileWriter
{
    public const string RelativePath = ".agent-trace/traces.jsonl";

    public const string TraceVersion = "0.1.0";

    /// <summary>The metadata key that marks a record as written by the import (reverse-domain, as the RFC asks).</summary>
    public const string MetadataKey = "dev.aidebt.import";

    public static bool IsImported(string line)
    {
        if (!line.Contains(MetadataKey, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("metadata", out var metadata)
                && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty(MetadataKey, out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static IReadOnlyList<string> ReadLines(string path) =>
        File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n') : Array.Empty<string>();

    /// <summary>The new file: the lines the import did not write, in their order, then the imported records.</summary>
    public static string Compose(IReadOnlyList<string> existing, ImportResult result, out TraceWriteSummary summary)
    {
        var builder = new StringBuilder();
        var kept = 0;
        foreach (var line in existing)
        {
            if (line.Trim().Length == 0 || IsImported(line))
            {
                continue;
            }

            builder.Append(line).Append('\n');
            kept++;
        }

        var records = 0;
        var byTool = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var groups = result.Lines
            .GroupBy(l => (l.Claim.Source, l.Claim.Commit, Tool: l.Claim.Tool ?? string.Empty))
            .OrderBy(g => result.CommitDates.TryGetValue(g.Key.Commit, out var date) ? date : string.Empty, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Commit, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Source, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Tool, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            builder.Append(Record(result, group.Key.Source, group.Key.Commit, group.Key.Tool, group.ToList())).Append('\n');
            records++;
            var tool = group.Key.Tool.Length == 0 ? "unknown" : group.Key.Tool;
            byTool.TryGetValue(tool, out var count);
            byTool[tool] = count + group.Count();
        }

        summary = new TraceWriteSummary(
            records,
            result.Lines.Select(l => l.Path).Distinct(StringComparer.Ordinal).Count(),
            result.Lines.Count(l => l.Claim.Contributor == "ai"),
            result.Lines.Count(l => l.Claim.Contributor == "mixed"),
            kept,
            byTool);
        return builder.ToString();
    }

    private static string Record(ImportResult result, string source, string commit, string tool, List<ImportedLine> lines)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("version", TraceVersion);
            json.WriteString("id", RecordId(result.Head, source, commit, tool));
            json.WriteString("timestamp", result.CommitDates.TryGetValue(commit, out var date) ? date : DateTimeOffset.UnixEpoch.ToString("o"));
            json.WriteStartObject("vcs");
            json.WriteString("type", "git");
            json.WriteString("revision", result.Head);
            json.WriteEndObject();
            if (tool.Length > 0)
            {
                json.WriteStartObject("tool");
                json.WriteString("name", tool);
                json.WriteEndObject();
            }

            json.WriteStartArray("files");
            foreach (var file in lines.GroupBy(l => l.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", file.Key);
                json.WriteStartArray("conversations");
                var conversations = file
                    .GroupBy(l => (l.Claim.Contributor, Model: l.Claim.Model ?? string.Empty, Key: l.Claim.Key ?? string.Empty, Url: l.Claim.Conversation ?? string.Empty))
                    .OrderBy(g => g.Min(l => l.Line));
                foreach (var conversation in conversations)
                {
                    json.WriteStartObject();
                    if (conversation.Key.Url.Length > 0)
                    {
                        json.WriteString("url", conversation.Key.Url);
                    }

                    json.WriteStartObject("contributor");
                    json.WriteString("type", conversation.Key.Contributor);
                    if (conversation.Key.Model.Length > 0)
                    {
                        json.WriteString("model_id", conversation.Key.Model);
                    }

                    json.WriteEndObject();
                    json.WriteStartArray("ranges");
                    foreach (var range in Ranges(conversation.OrderBy(l => l.Line).ToList()))
                    {
                        json.WriteStartObject();
                        json.WriteNumber("start_line", range[0].Line);
                        json.WriteNumber("end_line", range[^1].Line);
                        json.WriteString("content_hash", ContentHash(range.Select(l => l.Text)));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("metadata");
            json.WriteStartObject(MetadataKey);
            json.WriteString("source", source);
            json.WriteString("commit", commit);
            var keys = lines.Select(l => l.Claim.Key).OfType<string>().Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToList();
            if (keys.Count > 0)
            {
                json.WriteStartArray("keys");
                foreach (var key in keys)
                {
                    json.WriteStringValue(key);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IEnumerable<List<ImportedLine>> Ranges(List<ImportedLine> lines)
    {
        var current = new List<ImportedLine>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && line.Line != current[^1].Line + 1)
            {
                yield return current;
                current = new List<ImportedLine>();
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    /// <summary><c>sha256:</c> and the full hex digest of the lines joined by '\n', as the analyzers compute it.</summary>
    public static string ContentHash(IEnumerable<string> lines) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    /// <summary>The same import of the same revision writes the same id, so re-running changes nothing.</summary>
    private static string RecordId(string head, string source, string commit, string tool)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes("aidebt provenance import\n" + head + "\n" + source + "\n" + commit + "\n" + tool));
        var bytes = digest.AsSpan(0, 16).ToArray();

        // A version 8 (custom) UUID with the RFC 9562 variant: a valid UUID whose bits come from the digest.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
