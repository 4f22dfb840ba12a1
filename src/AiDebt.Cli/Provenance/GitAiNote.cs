using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiDebt.Cli.Provenance;

/// <summary>Who an attestation key of a git-ai note stands for.</summary>
public enum AttestationKind
{
    /// <summary><c>s_&lt;14hex&gt;::t_&lt;14hex&gt;</c>: an AI session and one of its checkpoints.</summary>
    Session,

    /// <summary>A bare 16 (or, before git-ai 1.0, 7) hex digit prompt hash: an AI session in the legacy format.</summary>
    LegacyPrompt,

    /// <summary><c>h_&lt;14hex&gt;</c>: a known human, observed typing by an IDE extension.</summary>
    Human,
}

/// <summary>The agent behind an attestation key, from the note's metadata (<c>agent_id</c>).</summary>
public sealed record AgentInfo(string? Tool, string? Model, string? ConversationUrl);

/// <summary>One attestation entry: a key and the lines of one file it covers, at the note's commit.</summary>
public sealed record Attestation(string Path, string Key, AttestationKind Kind, IReadOnlyList<(int Start, int End)> Ranges, AgentInfo? Agent);

/// <summary>
/// A git-ai authorship log (Git AI Standard v3.0.0, schema <c>authorship/3.0.0</c>), as attached to a commit in
/// <c>refs/notes/ai</c>: an attestation section (file paths at column 0, entries indented by two spaces:
/// <c>key ranges</c>), a line holding exactly <c>---</c>, and a JSON metadata object whose <c>sessions</c>,
/// <c>prompts</c> and <c>humans</c> maps describe the keys. Lines a note does not cover are untracked, not human.
/// </summary>
public sealed class GitAiNote
{
    public const string SchemaVersion = "authorship/3.0.0";

    // The standard fixes the prefixes and the '::' separator; the length of the hex parts "is subject to change".
    private static readonly Regex SessionKey = new("^s_[0-9a-f]+::t_[0-9a-f]+$", RegexOptions.CultureInvariant);
    private static readonly Regex HumanKey = new("^h_[0-9a-f]+$", RegexOptions.CultureInvariant);
    private static readonly Regex LegacyKey = new("^(?:[0-9a-f]{16}|[0-9a-f]{7})$", RegexOptions.CultureInvariant);

    private GitAiNote(IReadOnlyList<Attestation> attestations)
    {
        Attestations = attestations;
    }

    public IReadOnlyList<Attestation> Attestations { get; }

    /// <summary>Parses a note; returns null and says why when it is not an authorship log this reader understands.</summary>
    public static GitAiNote? TryParse(string text, out string? error)
    {
        error = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var divider = Array.IndexOf(lines, "---");
        if (divider < 0)
        {
            error = "no '---' line divides the attestation section from the metadata";
            return null;
        }

        var metadata = string.Join('\n', lines, divider + 1, lines.Length - divider - 1);
        var agents = ReadMetadata(metadata, out error);
        if (agents is null)
        {
            return null;
        }

        var attestations = new List<Attestation>();
        string? path = null;
        for (var i = 0; i < divider; i++)
        {
            var line = lines[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (line.Length == 0)
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                path = line.Length >= 2 && line[0] == '"' && line[^1] == '"' ? line[1..^1] : line;
                continue;
            }

            if (!line.StartsWith("  ", StringComparison.Ordinal) || line.Length < 3 || char.IsWhiteSpace(line[2]))
            {
                error = "line " + number + ": an attestation entry is indented by exactly two spaces";
                return null;
            }

            if (path is null)
            {
                error = "line " + number + ": an attestation entry comes before any file path";
                return null;
            }

            var entry = line[2..];
            var space = entry.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                error = "line " + number + ": expected '<key> <line ranges>', found '" + entry + "'";
                return null;
            }

            var key = entry[..space];
            AttestationKind kind;
            if (SessionKey.IsMatch(key))
            {
                kind = AttestationKind.Session;
            }
            else if (HumanKey.IsMatch(key))
            {
                kind = AttestationKind.Human;
            }
            else if (LegacyKey.IsMatch(key))
            {
                kind = AttestationKind.LegacyPrompt;
            }
            else
            {
                error = "line " + number + ": '" + key + "' is not an attestation key (s_<hex>::t_<hex>, h_<hex> or 16 hex digits)";
                return null;
            }

            var ranges = ParseRanges(entry[(space + 1)..]);
            if (ranges is null)
            {
                error = "line " + number + ": '" + entry[(space + 1)..] + "' is not a line range list such as 1-4,9,12-20";
                return null;
            }

            // A session key resolves through its session part; a key the metadata does not describe is still AI.
            var lookup = kind == AttestationKind.Session ? key[..key.IndexOf("::", StringComparison.Ordinal)] : key;
            agents.TryGetValue(lookup, out var agent);
            attestations.Add(new Attestation(path, key, kind, ranges, agent));
        }

        return new GitAiNote(attestations);
    }

    private static Dictionary<string, AgentInfo>? ReadMetadata(string json, out string? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            error = "the metadata section is not JSON: " + ex.Message;
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the metadata section must be a JSON object";
                return null;
            }

            if (!root.TryGetProperty("schema_version", out var schema) || schema.ValueKind != JsonValueKind.String)
            {
                error = "the metadata has no 'schema_version'";
                return null;
            }

            if (schema.GetString() != SchemaVersion)
            {
                error = "schema_version '" + schema.GetString() + "' is not " + SchemaVersion;
                return null;
            }

            var agents = new Dictionary<string, AgentInfo>(StringComparer.Ordinal);
            foreach (var map in new[] { "sessions", "prompts" })
            {
                if (!root.TryGetProperty(map, out var entries))
                {
                    continue;
                }

                if (entries.ValueKind != JsonValueKind.Object)
                {
                    error = "'" + map + "' must be an object";
                    return null;
                }

                foreach (var entry in entries.EnumerateObject())
                {
                    if (entry.Value.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    string? tool = null;
                    string? model = null;
                    if (entry.Value.TryGetProperty("agent_id", out var agent) && agent.ValueKind == JsonValueKind.Object)
                    {
                        tool = StringOrNull(agent, "tool");
                        model = StringOrNull(agent, "model");
                    }

                    agents[entry.Name] = new AgentInfo(tool, model, StringOrNull(entry.Value, "messages_url"));
                }
            }

            return agents;
        }
    }

    private static string? StringOrNull(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary><c>1,2,19-222,300</c>: 1-based, inclusive, no spaces.</summary>
    internal static List<(int Start, int End)>? ParseRanges(string text)
    {
        var ranges = new List<(int, int)>();
        foreach (var part in text.Split(','))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var startText = dash < 0 ? part : part[..dash];
            var endText = dash < 0 ? part : part[(dash + 1)..];
            if (!int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || start < 1 || end < start)
            {
                return null;
            }

            ranges.Add((start, end));
        }

        return ranges;
    }
}
