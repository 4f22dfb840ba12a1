using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace AiDebt.Cli.Provenance;

/// <summary>Which records <c>aidebt provenance import</c> reads.</summary>
[Flags]
public enum ImportSources
{
    Notes = 1,
    Trailers = 2,
    Trace = 4,
    All = Notes | Trailers | Trace,
}

/// <summary>
/// What one record says about one line: <c>ai</c>, <c>mixed</c> or <c>human</c>. A finer record (a git-ai note, an Agent
/// Trace range) beats a commit trailer, which only says an assistant took part somewhere in the commit.
/// </summary>
public sealed record LineClaim(string Contributor, string? Tool, string? Model, string Source, string Commit, string? Key, string? Conversation);

/// <summary>The lines of today's files the record marks <c>ai</c> or <c>mixed</c>, and what was read to find them.</summary>
public sealed class ImportResult
{
    public required string Head { get; init; }

    public required IReadOnlyList<ImportedLine> Lines { get; init; }

    public required IReadOnlyDictionary<string, string> CommitDates { get; init; }

    public int NotesRead { get; init; }

    public int NotesRejected { get; init; }

    public int TrailerCommits { get; init; }

    public int TraceRecordsRead { get; init; }
}

/// <summary>A line of the current revision and the claim that marks it.</summary>
public sealed record ImportedLine(string Path, int Line, string Text, LineClaim Claim);

/// <summary>
/// Reads the AI-authorship record from git (git-ai notes in <c>refs/notes/ai</c>, commit trailers, Agent Trace records of
/// earlier revisions) and follows each recorded line to the current revision with <c>git blame</c>: a line recorded at
/// commit C is the line of today's file whose blame origin (commit, path, line) is that line's origin at C.
/// </summary>
public sealed class ProvenanceImporter
{
    public const string NotesRef = "refs/notes/ai";

    private readonly GitProcess git;
    private readonly Action<string> warn;
    private readonly Dictionary<LineOrigin, LineClaim> byOrigin = new();
    private readonly Dictionary<string, LineClaim> byCommit = new(StringComparer.Ordinal);
    private readonly HashSet<string> candidatePaths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BlameLine>?> blames = new(StringComparer.Ordinal);

    public ProvenanceImporter(GitProcess git, Action<string> warn)
    {
        this.git = git;
        this.warn = warn;
    }

    public ImportResult Run(string? since, ImportSources sources, IReadOnlyList<string> existingTraceLines)
    {
        var head = git.Run("rev-parse", "--verify", "-q", "HEAD^{commit}");
        if (!head.Succeeded)
        {
            throw new CliException("The repository has no commit yet: there is no history to import.");
        }

        var headCommit = head.Output.Trim();
        var rangeArguments = new List<string> { "HEAD" };
        if (since is not null)
        {
            var start = git.Run("rev-parse", "--verify", "-q", since + "^{commit}");
            if (!start.Succeeded)
            {
                throw new CliException("--since '" + since + "' names no commit of this repository.");
            }

            rangeArguments.Add("^" + start.Output.Trim());
        }

        var history = ReadHistory(rangeArguments);
        var shallow = ShallowBoundary();
        if (shallow.Count > 0)
        {
            warn("this is a shallow clone: the history before " + string.Join(", ", shallow.Select(Short)) + " is missing, so the lines blame gives to that boundary are not attributed. Run 'git fetch --unshallow' for the full record.");
        }

        var notesRead = 0;
        var notesRejected = 0;
        if (sources.HasFlag(ImportSources.Notes))
        {
            (notesRead, notesRejected) = ReadNotes(history, required: sources == ImportSources.Notes);
        }

        var trailerCommits = sources.HasFlag(ImportSources.Trailers) ? ReadTrailers(history) : 0;
        var traceRecords = sources.HasFlag(ImportSources.Trace) ? ReadTraces(history, headCommit, existingTraceLines) : 0;
        if (notesRead == 0 && trailerCommits == 0 && traceRecords == 0)
        {
            var read = new List<string>();
            if (sources.HasFlag(ImportSources.Notes))
            {
                read.Add(notesRejected > 0 ? "no readable git-ai note (" + notesRejected.ToString(CultureInfo.InvariantCulture) + " rejected)" : "no git-ai note");
            }

            if (sources.HasFlag(ImportSources.Trailers))
            {
                read.Add("no commit trailer naming an assistant");
            }

            if (sources.HasFlag(ImportSources.Trace))
            {
                read.Add("no Agent Trace record of an earlier revision");
            }

            throw new CliException("Nothing to import" + (since is null ? string.Empty : " since " + since) + ": " + string.Join(", ", read) + ". The trace file was left as it was.");
        }

        return new ImportResult
        {
            Head = headCommit,
            Lines = MapToHead(history, shallow),
            CommitDates = history.Dates,
            NotesRead = notesRead,
            NotesRejected = notesRejected,
            TrailerCommits = trailerCommits,
            TraceRecordsRead = traceRecords,
        };
    }

    private sealed class History
    {
        public Dictionary<string, string> Dates { get; } = new(StringComparer.Ordinal);

        /// <summary>0 for the newest commit of the range, then 1, 2... as git log lists them.</summary>
        public Dictionary<string, int> Order { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(string Key, string Value)>> Trailers { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<string>> Touched { get; } = new(StringComparer.Ordinal);

        /// <summary>Renames in history order (oldest first): a path recorded at an old commit is looked for under its new names.</summary>
        public List<(string From, string To)> Renames { get; } = new();
    }

    private History ReadHistory(List<string> range)
    {
        var history = new History();
        var log = git.Require("Cannot read the history", new[] { "log", "--no-color", "--format=%x1e%H%x1f%aI%x1f%(trailers:unfold)%x1f" }.Concat(range).ToArray());
        foreach (var entry in log.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = entry.Split('\x1f');
            if (fields.Length < 3)
            {
                continue;
            }

            var commit = fields[0].Trim();
            history.Dates[commit] = fields[1].Trim();
            history.Order[commit] = history.Order.Count;
            var trailers = new List<(string, string)>();
            foreach (var line in fields[2].Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    trailers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
                }
            }

            history.Trailers[commit] = trailers;
        }

        var names = git.Require("Cannot read the history", new[] { "log", "--no-color", "-M", "--name-status", "--format=%x1e%H" }.Concat(range).ToArray());
        var renames = new List<(string, string)>();
        foreach (var entry in names.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = entry.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0)
            {
                continue;
            }

            var touched = new List<string>();
            foreach (var line in lines.Skip(1))
            {
                var parts = line.Split('\t');
                if (parts.Length >= 3 && parts[0].StartsWith('R'))
                {
                    renames.Add((Blame.Unquote(parts[1]), Blame.Unquote(parts[2])));
                    touched.Add(Blame.Unquote(parts[2]));
                }
                else if (parts.Length >= 2)
                {
                    touched.Add(Blame.Unquote(parts[^1]));
                }
            }

            history.Touched[lines[0].Trim()] = touched;
        }

        // git log lists the newest commit first.
        renames.Reverse();
        history.Renames.AddRange(renames);
        return history;
    }

    private HashSet<string> ShallowBoundary()
    {
        var boundary = new HashSet<string>(StringComparer.Ordinal);
        if (git.Run("rev-parse", "--is-shallow-repository").Output.Trim() != "true")
        {
            return boundary;
        }

        var file = git.Run("rev-parse", "--git-path", "shallow").Output.Trim();
        var path = Path.IsPathRooted(file) ? file : Path.Combine(git.WorkTree, file);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadAllLines(path))
            {
                if (line.Trim().Length > 0)
                {
                    boundary.Add(line.Trim());
                }
            }
        }

        return boundary;
    }

    private (int Read, int Rejected) ReadNotes(History history, bool required)
    {
        if (!git.Run("rev-parse", "--verify", "-q", NotesRef).Succeeded)
        {
            var message = "the repository has no git-ai notes (" + NotesRef + "). Notes are not fetched by default: git fetch origin " + NotesRef + ":" + NotesRef;
            if (required)
            {
                throw new CliException("Nothing to import: " + message + ".");
            }

            warn(message);
            return (0, 0);
        }

        var read = 0;
        var rejected = 0;
        var list = git.Require("Cannot list the git-ai notes", "notes", "--ref=ai", "list");
        foreach (var line in list.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Trim().Split(' ');
            if (parts.Length != 2 || !history.Dates.ContainsKey(parts[1]))
            {
                // A note on a commit outside the range (or no longer in the history after a rebase) says nothing about today's lines.
                continue;
            }

            var commit = parts[1];
            var text = git.Require("Cannot read the git-ai note of " + Short(commit), "cat-file", "-p", parts[0]);
            var note = GitAiNote.TryParse(text, out var error);
            if (note is null)
            {
                warn("the git-ai note of commit " + Short(commit) + " is not an authorship log (" + GitAiNote.SchemaVersion + "): " + error + "; skipped.");
                rejected++;
                continue;
            }

            read++;
            foreach (var attestation in note.Attestations)
            {
                var contributor = attestation.Kind == AttestationKind.Human ? "human" : "ai";
                var claim = new LineClaim(contributor, attestation.Agent?.Tool, attestation.Agent?.Model, "git-ai", commit, attestation.Key, attestation.Agent?.ConversationUrl);
                ClaimLines(history, commit, attestation.Path, attestation.Ranges, claim);
            }
        }

        return (read, rejected);
    }

    private int ReadTrailers(History history)
    {
        var commits = 0;
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (commit, trailers) in history.Trailers)
        {
            TrailerTool? found = null;
            foreach (var (key, value) in trailers)
            {
                if (AiTrailers.Read(key, value) is not { } tool)
                {
                    continue;
                }

                if (!tool.Known && unknown.Add(tool.Tool))
                {
                    warn("commit " + Short(commit) + ": '" + key + ": " + value + "' names no assistant this tool knows; its lines are recorded with tool '" + tool.Tool + "'.");
                }

                found ??= tool;
            }

            if (found is null)
            {
                continue;
            }

            commits++;
            byCommit[commit] = new LineClaim("mixed", found.Tool, found.Model, "trailer", commit, null, null);
            if (history.Touched.TryGetValue(commit, out var touched))
            {
                foreach (var path in touched)
                {
                    AddCandidate(history, path);
                }
            }
        }

        return commits;
    }

    private int ReadTraces(History history, string head, IReadOnlyList<string> lines)
    {
        var records = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0 || TraceFileWriter.IsImported(lines[i]))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(lines[i]);
            }
            catch (JsonException ex)
            {
                warn(TraceFileWriter.RelativePath + " line " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is not JSON (" + ex.Message + "); kept as it is, not imported.");
                continue;
            }

            using (document)
            {
                var record = document.RootElement;
                if (record.ValueKind != JsonValueKind.Object
                    || !record.TryGetProperty("vcs", out var vcs) || vcs.ValueKind != JsonValueKind.Object
                    || Text(vcs, "type") != "git" || Text(vcs, "revision") is not { } revision)
                {
                    // Without a git revision the line numbers belong to no known commit; the analyzers read the record as it is.
                    continue;
                }

                var resolved = git.Run("rev-parse", "--verify", "-q", revision + "^{commit}");
                if (!resolved.Succeeded)
                {
                    warn(TraceFileWriter.RelativePath + " line " + (i + 1).ToString(CultureInfo.InvariantCulture) + " was recorded at revision " + revision + ", which this repository does not have; not imported.");
                    continue;
                }

                var commit = resolved.Output.Trim();
                if (commit == head || !history.Dates.ContainsKey(commit))
                {
                    continue;
                }

                records++;
                var tool = record.TryGetProperty("tool", out var toolValue) && toolValue.ValueKind == JsonValueKind.Object ? Text(toolValue, "name") : null;
                var id = Text(record, "id");
                if (!record.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var file in files.EnumerateArray())
                {
                    if (Text(file, "path") is not { } path || !file.TryGetProperty("conversations", out var conversations) || conversations.ValueKind != JsonValueKind.Array)
                    {
                        continue;
                    }

                    foreach (var conversation in conversations.EnumerateArray())
                    {
                        var (type, model) = Contributor(conversation, "unknown", null);
                        if (!conversation.TryGetProperty("ranges", out var ranges) || ranges.ValueKind != JsonValueKind.Array)
                        {
                            continue;
                        }

                        foreach (var range in ranges.EnumerateArray())
                        {
                            var (rangeType, rangeModel) = Contributor(range, type, model);
                            if (rangeType is not ("ai" or "mixed" or "human")
                                || !range.TryGetProperty("start_line", out var start) || !start.TryGetInt32(out var first)
                                || !range.TryGetProperty("end_line", out var end) || !end.TryGetInt32(out var last) || first < 1 || last < first)
                            {
                                continue;
                            }

                            var claim = new LineClaim(rangeType, tool, rangeModel, "agent-trace", commit, id, Text(conversation, "url"));
                            ClaimLines(history, commit, RepositoryPath(path), new[] { (first, last) }, claim);
                        }
                    }
                }
            }
        }

        return records;
    }

    /// <summary>A trace path as git names it: relative to the work tree root, '/' separators, no leading <c>./</c>.</summary>
    private static string RepositoryPath(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized;
    }

    private static (string Type, string? Model) Contributor(JsonElement owner, string type, string? model)
    {
        if (owner.TryGetProperty("contributor", out var contributor) && contributor.ValueKind == JsonValueKind.Object)
        {
            return (Text(contributor, "type") ?? type, Text(contributor, "model_id") ?? model);
        }

        return (type, model);
    }

    private static string? Text(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>Gives the lines of <paramref name="path"/> at <paramref name="commit"/> to a claim, by their blame origin.</summary>
    private void ClaimLines(History history, string commit, string path, IEnumerable<(int Start, int End)> ranges, LineClaim claim)
    {
        var lines = BlameOf(commit, path);
        if (lines is null)
        {
            warn("commit " + Short(commit) + " records lines of '" + path + "', which that commit does not have; skipped.");
            return;
        }

        var originPaths = new HashSet<string>(StringComparer.Ordinal) { path };
        foreach (var (start, end) in ranges)
        {
            for (var line = start; line <= end && line <= lines.Count; line++)
            {
                var origin = lines[line - 1].Origin;

                // Where two fine records claim a line, the one made at the later commit knows better; git log lists newest first.
                if (!byOrigin.TryGetValue(origin, out var existing) || history.Order[claim.Commit] < history.Order[existing.Commit])
                {
                    byOrigin[origin] = claim;
                }

                originPaths.Add(origin.Path);
            }
        }

        foreach (var originPath in originPaths)
        {
            AddCandidate(history, originPath);
        }
    }

    private List<BlameLine>? BlameOf(string revision, string path)
    {
        var key = revision + "\0" + path;
        if (!blames.TryGetValue(key, out var lines))
        {
            blames[key] = lines = Blame.Of(git, revision, path);
        }

        return lines;
    }

    private void AddCandidate(History history, string path)
    {
        var current = path;
        candidatePaths.Add(current);
        foreach (var (from, to) in history.Renames)
        {
            if (from == current)
            {
                current = to;
                candidatePaths.Add(current);
            }
        }
    }

    private List<ImportedLine> MapToHead(History history, HashSet<string> shallow)
    {
        var atHead = new HashSet<string>(git.Require("Cannot list the files of HEAD", "ls-tree", "-r", "-z", "--name-only", "HEAD").Split('\0', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var imported = new List<ImportedLine>();
        foreach (var path in candidatePaths.Where(atHead.Contains).OrderBy(p => p, StringComparer.Ordinal))
        {
            if (path.EndsWith(TraceFileWriter.RelativePath, StringComparison.Ordinal))
            {
                continue;
            }

            var lines = BlameOf("HEAD", path);
            if (lines is null || lines.Exists(l => l.Text.Contains('\0', StringComparison.Ordinal)))
            {
                // Binary files have no lines to attribute.
                continue;
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var origin = lines[i].Origin;
                if (shallow.Contains(origin.Commit))
                {
                    continue;
                }

                var claim = byOrigin.TryGetValue(origin, out var fine) ? fine
                    : byCommit.TryGetValue(origin.Commit, out var coarse) ? coarse
                    : null;
                if (claim is { Contributor: "ai" or "mixed" })
                {
                    imported.Add(new ImportedLine(path, i + 1, lines[i].Text, claim));
                }
            }
        }

        return imported;
    }

    internal static string Short(string commit) => commit.Length > 10 ? commit[..10] : commit;
}
