using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Provenance.AgentTrace;

/// <summary>One attributed line range of an Agent Trace record, with the record's data it inherits.</summary>
internal sealed class TraceRange
{
    public TraceRange(string path, int startLine, int endLine, string? contentHash, string contributor, string? model, string recordId, string? tool, string? date, string? conversation)
    {
        Path = path;
        StartLine = startLine;
        EndLine = endLine;
        ContentHash = contentHash;
        Contributor = contributor;
        Model = model;
        RecordId = recordId;
        Tool = tool;
        Date = date;
        Conversation = conversation;
    }

    /// <summary>As written in the trace: relative to the folder that holds <c>.agent-trace/</c>.</summary>
    public string Path { get; }

    /// <summary>1-based, inclusive, at the recorded revision.</summary>
    public int StartLine { get; }

    public int EndLine { get; }

    public string? ContentHash { get; }

    /// <summary><c>human</c>, <c>ai</c>, <c>mixed</c> or <c>unknown</c> (the range's own contributor, else the conversation's).</summary>
    public string Contributor { get; }

    public string? Model { get; }

    public string RecordId { get; }

    public string? Tool { get; }

    /// <summary>The record's timestamp as an ISO date (yyyy-MM-dd).</summary>
    public string? Date { get; }

    public string? Conversation { get; }
}

/// <summary>A line of the trace file that could not be read (AID405).</summary>
/// <param name="Line">1-based.</param>
internal sealed record TraceError(int Line, TextSpan Span, string Message);

/// <summary>
/// An Agent Trace file (<c>.agent-trace/traces.jsonl</c>, RFC 0.1.0): one trace record per line. Blank lines are
/// skipped; every other line must be a trace record, else it is reported (AID405) and left out, never thrown.
/// Unknown members are allowed (the spec's extension point is <c>metadata</c>, but tools add others).
/// </summary>
internal sealed class AgentTraceFile
{
    private static readonly ConditionalWeakTable<AdditionalText, AgentTraceFile> Cache = new();

    private AgentTraceFile(string path, string root, ImmutableArray<TraceRange> ranges, ImmutableArray<TraceError> errors, int records)
    {
        FilePath = path;
        Root = root;
        Ranges = ranges;
        Errors = errors;
        RecordCount = records;
    }

    public string FilePath { get; }

    /// <summary>The folder that holds <c>.agent-trace/</c>, with '/' separators and no trailing separator.</summary>
    public string Root { get; }

    public ImmutableArray<TraceRange> Ranges { get; }

    public ImmutableArray<TraceError> Errors { get; }

    public int RecordCount { get; }

    /// <summary>The <c>AiDebtKind</c> the package targets give the file named by <c>AiDebtAgentTraceFile</c>.</summary>
    public const string KindMetadataValue = "AgentTrace";

    /// <summary>
    /// Whether an additional file is an Agent Trace file: marked by the package targets (any name, from
    /// <c>AiDebtAgentTraceFile</c>), or <c>traces.jsonl</c> in a folder named <c>.agent-trace</c>.
    /// </summary>
    public static bool IsTraceFile(AdditionalText file, AnalyzerOptions options) =>
        IsTraceFile(file.Path)
        || (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(Baseline.Baseline.KindMetadataKey, out var kind)
            && string.Equals(kind.Trim(), KindMetadataValue, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a path is the conventional Agent Trace file: <c>traces.jsonl</c> in a folder named <c>.agent-trace</c>.</summary>
    public static bool IsTraceFile(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.EndsWith("/.agent-trace/traces.jsonl", StringComparison.OrdinalIgnoreCase)
            || string.Equals(normalized, ".agent-trace/traces.jsonl", StringComparison.OrdinalIgnoreCase);
    }

    public static AgentTraceFile Get(AdditionalText file, CancellationToken cancellationToken) =>
        Cache.GetOrCompute(file, static (file, cancellationToken) => Parse(file.Path, file.GetText(cancellationToken), cancellationToken), cancellationToken);

    public static AgentTraceFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var normalized = path.Replace('\\', '/');
        var marker = normalized.LastIndexOf("/.agent-trace/", StringComparison.OrdinalIgnoreCase);
        var root = marker >= 0 ? normalized.Substring(0, marker) : string.Empty;
        var ranges = ImmutableArray.CreateBuilder<TraceRange>();
        var errors = ImmutableArray.CreateBuilder<TraceError>();
        var records = 0;
        if (text is null)
        {
            errors.Add(new TraceError(0, default, "the file cannot be read"));
            return new AgentTraceFile(path, root, ranges.ToImmutable(), errors.ToImmutable(), 0);
        }

        foreach (var line in text.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = line.ToString();
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var number = line.LineNumber + 1;
            if (!StrictJson.TryParse(content, out var value, out var syntaxError))
            {
                errors.Add(new TraceError(number, line.Span, "invalid JSON at column " + syntaxError.Column.ToString(CultureInfo.InvariantCulture) + ": " + syntaxError.Message));
                continue;
            }

            var lineRanges = new List<TraceRange>();
            var problem = ReadRecord(value!, lineRanges);
            if (problem is not null)
            {
                errors.Add(new TraceError(number, line.Span, "not an Agent Trace record: " + problem));
                continue;
            }

            records++;
            ranges.AddRange(lineRanges);
        }

        return new AgentTraceFile(path, root, ranges.ToImmutable(), errors.ToImmutable(), records);
    }

    /// <summary>Reads one record; returns why it is not a valid record, or null.</summary>
    private static string? ReadRecord(StrictJsonValue value, List<TraceRange> ranges)
    {
        if (!(value is { IsObject: true } record))
        {
            return "the line must hold a JSON object";
        }

        if (RequiredString(record, "version", out var version) is { } versionError)
        {
            return versionError;
        }

        if (!IsVersion(version))
        {
            return "'version' must be a version number such as '0.1.0', not '" + version + "'";
        }

        if (RequiredString(record, "id", out var id) is { } idError)
        {
            return idError;
        }

        if (RequiredString(record, "timestamp", out var timestamp) is { } timestampError)
        {
            return timestampError;
        }

        if (!DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) || timestamp.IndexOf('T') < 0 && timestamp.IndexOf('t') < 0)
        {
            return "'timestamp' must be an RFC 3339 date-time, not '" + timestamp + "'";
        }

        string? tool = null;
        if (record.TryGetProperty("tool", out var toolValue))
        {
            if (!(toolValue is { IsObject: true } toolObject))
            {
                return "'tool' must be an object";
            }

            if (toolObject.TryGetProperty("name", out var name))
            {
                if (!(name is { IsString: true, Text: var toolName }))
                {
                    return "'tool.name' must be a string";
                }

                tool = toolName;
            }
        }

        if (!record.TryGetProperty("files", out var filesValue))
        {
            return "the required member 'files' is missing";
        }

        if (!(filesValue is { IsArray: true } files))
        {
            return "'files' must be an array";
        }

        var date = when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var f = 0; f < files.Items.Count; f++)
        {
            var where = "files[" + f.ToString(CultureInfo.InvariantCulture) + "]";
            if (!(files.Items[f] is { IsObject: true } file))
            {
                return where + " must be an object";
            }

            if (RequiredString(file, "path", out var path) is { } pathError)
            {
                return where + ": " + pathError;
            }

            if (!file.TryGetProperty("conversations", out var conversationsValue) || !(conversationsValue is { IsArray: true } conversations))
            {
                return where + ": 'conversations' must be an array";
            }

            for (var c = 0; c < conversations.Items.Count; c++)
            {
                var at = where + ".conversations[" + c.ToString(CultureInfo.InvariantCulture) + "]";
                if (!(conversations.Items[c] is { IsObject: true } conversation))
                {
                    return at + " must be an object";
                }

                string? url = null;
                if (conversation.TryGetProperty("url", out var urlValue))
                {
                    if (!(urlValue is { IsString: true, Text: var urlText }))
                    {
                        return at + ": 'url' must be a string";
                    }

                    url = urlText;
                }

                var contributorError = ReadContributor(conversation, "unknown", null, out var contributor, out var model);
                if (contributorError is not null)
                {
                    return at + ": " + contributorError;
                }

                if (!conversation.TryGetProperty("ranges", out var rangesValue) || !(rangesValue is { IsArray: true } rangeList))
                {
                    return at + ": 'ranges' must be an array";
                }

                for (var r = 0; r < rangeList.Items.Count; r++)
                {
                    var rangeAt = at + ".ranges[" + r.ToString(CultureInfo.InvariantCulture) + "]";
                    if (!(rangeList.Items[r] is { IsObject: true } range))
                    {
                        return rangeAt + " must be an object";
                    }

                    if (!TryLine(range, "start_line", out var start) || !TryLine(range, "end_line", out var end))
                    {
                        return rangeAt + ": 'start_line' and 'end_line' must be integers of 1 or more";
                    }

                    if (end < start)
                    {
                        return rangeAt + ": 'end_line' is before 'start_line'";
                    }

                    string? hash = null;
                    if (range.TryGetProperty("content_hash", out var hashValue))
                    {
                        if (!(hashValue is { IsString: true, Text: var hashText }))
                        {
                            return rangeAt + ": 'content_hash' must be a string";
                        }

                        hash = hashText;
                    }

                    var rangeError = ReadContributor(range, contributor, model, out var rangeContributor, out var rangeModel);
                    if (rangeError is not null)
                    {
                        return rangeAt + ": " + rangeError;
                    }

                    ranges.Add(new TraceRange(path, start, end, hash, rangeContributor, rangeModel, id, tool, date, url));
                }
            }
        }

        return null;
    }

    private static string? ReadContributor(StrictJsonValue owner, string inheritedType, string? inheritedModel, out string type, out string? model)
    {
        type = inheritedType;
        model = inheritedModel;
        if (!owner.TryGetProperty("contributor", out var value))
        {
            return null;
        }

        if (!(value is { IsObject: true } contributor))
        {
            return "'contributor' must be an object";
        }

        if (!contributor.TryGetProperty("type", out var typeValue) || !(typeValue is { IsString: true, Text: var typeText }))
        {
            return "'contributor.type' is required";
        }

        if (typeText is not ("human" or "ai" or "mixed" or "unknown"))
        {
            return "'contributor.type' must be human, ai, mixed or unknown, not '" + typeText + "'";
        }

        type = typeText;
        if (contributor.TryGetProperty("model_id", out var modelValue))
        {
            if (!(modelValue is { IsString: true, Text: var modelText }) || modelText.Length > 250)
            {
                return "'contributor.model_id' must be a string of at most 250 characters";
            }

            model = modelText;
        }

        return null;
    }

    private static string? RequiredString(StrictJsonValue owner, string name, out string value)
    {
        value = string.Empty;
        if (!owner.TryGetProperty(name, out var raw))
        {
            return "the required member '" + name + "' is missing";
        }

        if (!(raw is { IsString: true, Text: var text }) || text.Length == 0)
        {
            return "'" + name + "' must be a non-empty string";
        }

        value = text;
        return null;
    }

    private static bool TryLine(StrictJsonValue range, string name, out int line)
    {
        line = 0;
        return range.TryGetProperty(name, out var value) && value.TryGetInt32(out line) && line >= 1;
    }

    private static bool IsVersion(string version)
    {
        var digits = 0;
        var dots = 0;
        var previousDot = true;
        foreach (var c in version)
        {
            if (c == '.')
            {
                if (previousDot)
                {
                    return false;
                }

                dots++;
                previousDot = true;
            }
            else if (c >= '0' && c <= '9')
            {
                digits++;
                previousDot = false;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && dots >= 1 && !previousDot;
    }
}
