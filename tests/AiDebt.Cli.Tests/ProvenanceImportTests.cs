using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiDebt.Cli.Analysis;
using AiDebt.Cli.Provenance;
using AiDebtAnalyzers;
using AiDebtAnalyzers.Provenance;

namespace AiDebt.Cli.Tests;

/// <summary>
/// <c>aidebt provenance import</c> over throwaway repositories: a human's commits, an assistant's commits with trailers,
/// git-ai notes written with <c>git notes --ref=ai add</c>, and what survives of them at HEAD.
/// </summary>
public class ProvenanceImportTests
{
    private const string Session = "s_c9883b05a2487d::t_9f8e7d6c5b4a32";
    private const string KnownHuman = "h_31dce776f88375";

    /// <summary>A human's class, then an assistant's commit that adds two members to it and writes a second file.</summary>
    private static (string Base, string Assisted) HumanThenAssistant(GitRepository repo, string trailer = "Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>")
    {
        repo.Write("src/Orders.cs", "namespace Shop;", "public class Orders", "{", "    public int Count() => 0;", "}");
        var first = repo.Commit(GitRepository.Human, "Orders");
        repo.Write("src/Orders.cs", "namespace Shop;", "public class Orders", "{", "    public int Count() => 0;", "    public int Total() => 42;", "    public int Tax() => 7;", "}");
        repo.Write("src/Invoice.cs", "namespace Shop;", "public class Invoice", "{", "    public int Due() => 30;", "    public int Late() => 60;", "}");
        var second = repo.Commit(GitRepository.Assistant, "Invoices\n\n" + trailer);
        return (first, second);
    }

    private static string Note(string commit, string attestations, string tool = "claude", string model = "claude-opus-4-5-20251101") =>
        attestations + "\n---\n" + JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["schema_version"] = "authorship/3.0.0",
            ["git_ai_version"] = "1.4.5",
            ["base_commit_sha"] = commit,
            ["prompts"] = new Dictionary<string, object>(),
            ["humans"] = new Dictionary<string, object> { [KnownHuman] = new { author = "Hannah Human <hannah@example.com>" } },
            ["sessions"] = new Dictionary<string, object> { ["s_c9883b05a2487d"] = new { agent_id = new { tool, id = "conv-1", model } } },
        });

    private sealed record Range(string Tool, string Path, string Contributor, string? Model, int Start, int End, string Hash, string Source);

    private static List<Range> Ranges(string tracePath) => File.ReadAllLines(tracePath)
        .Where(l => l.Length > 0)
        .Select(l => JsonDocument.Parse(l).RootElement)
        .Where(r => r.TryGetProperty("metadata", out var m) && m.TryGetProperty(TraceFileWriter.MetadataKey, out _))
        .SelectMany(r => r.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("conversations").EnumerateArray().SelectMany(c => c.GetProperty("ranges").EnumerateArray().Select(x => new Range(
            r.TryGetProperty("tool", out var t) ? t.GetProperty("name").GetString()! : "",
            f.GetProperty("path").GetString()!,
            c.GetProperty("contributor").GetProperty("type").GetString()!,
            c.GetProperty("contributor").TryGetProperty("model_id", out var m) ? m.GetString() : null,
            x.GetProperty("start_line").GetInt32(),
            x.GetProperty("end_line").GetInt32(),
            x.GetProperty("content_hash").GetString()!,
            r.GetProperty("metadata").GetProperty(TraceFileWriter.MetadataKey).GetProperty("source").GetString()!)))))
        .OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Start)
        .ToList();

    /// <summary>Every imported range's hash is the hash of the lines it names in today's file.</summary>
    private static void AssertHashesMatch(GitRepository repo, IEnumerable<Range> ranges)
    {
        foreach (var range in ranges)
        {
            var lines = File.ReadAllText(Path.Combine(repo.Path, range.Path)).Split('\n');
            var text = string.Join('\n', lines.Skip(range.Start - 1).Take(range.End - range.Start + 1));
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), range.Hash);
        }
    }

    [Fact]
    public void Notes_mark_lines_ai_a_trailer_marks_the_rest_of_its_commit_mixed_and_known_humans_stay_out()
    {
        using var repo = new GitRepository();
        var (_, assisted) = HumanThenAssistant(repo);
        repo.AddNote(assisted, Note(assisted, "src/Invoice.cs\n  " + Session + " 1-2,4\n  " + KnownHuman + " 5"));

        var result = repo.Import();

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("1 git-ai note", result.Output);
        Assert.Contains("1 commit with an assistant trailer", result.Output);
        var ranges = Ranges(repo.TracePath);
        Assert.Equal(
            new[]
            {
                // The note: lines 1-2 and 4 are the session's; line 5 is a known human's; 3 and 6 are untracked, so the trailer's.
                ("src/Invoice.cs", "ai", "claude-opus-4-5-20251101", 1, 2, "git-ai"),
                ("src/Invoice.cs", "mixed", "claude-opus-4.5", 3, 3, "trailer"),
                ("src/Invoice.cs", "ai", "claude-opus-4-5-20251101", 4, 4, "git-ai"),
                ("src/Invoice.cs", "mixed", "claude-opus-4.5", 6, 6, "trailer"),

                // No note for this file: the two lines the assistant's commit added are mixed; the human's lines are not recorded.
                ("src/Orders.cs", "mixed", "claude-opus-4.5", 5, 6, "trailer"),
            },
            ranges.Select(r => (r.Path, r.Contributor, r.Model!, r.Start, r.End, r.Source)));
        Assert.All(ranges, r => Assert.Equal("claude", r.Tool));
        AssertHashesMatch(repo, ranges);
    }

    [Fact]
    public void Re_running_replaces_the_imported_records_and_keeps_hand_written_ones()
    {
        using var repo = new GitRepository();
        var (_, assisted) = HumanThenAssistant(repo);
        repo.AddNote(assisted, Note(assisted, "src/Invoice.cs\n  " + Session + " 1-6"));
        const string handWritten = "{\"version\":\"0.1.0\",\"id\":\"7d1c6f3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f\",\"timestamp\":\"2026-11-01T10:00:00Z\",\"tool\":{\"name\":\"cursor\"},\"files\":[{\"path\":\"src/Orders.cs\",\"conversations\":[{\"contributor\":{\"type\":\"ai\"},\"ranges\":[{\"start_line\":4,\"end_line\":4}]}]}]}";
        repo.Write(".agent-trace/traces.jsonl", handWritten);

        Assert.Equal(0, repo.Import().ExitCode);
        var first = File.ReadAllText(repo.TracePath);
        Assert.Equal(0, repo.Import().ExitCode);

        Assert.Equal(first, File.ReadAllText(repo.TracePath));
        Assert.Equal(handWritten, first.Split('\n')[0]);
        Assert.Equal(3, first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_human_edit_after_the_assistant_takes_the_line_out_of_the_record()
    {
        using var repo = new GitRepository();
        var (_, assisted) = HumanThenAssistant(repo);
        repo.AddNote(assisted, Note(assisted, "src/Invoice.cs\n  " + Session + " 1-6"));
        repo.Write("src/Invoice.cs", "// Invoices, due and late.", "namespace Shop;", "public class Invoice", "{", "    public int Due() => 45;", "    public int Late() => 60;", "}");
        repo.Commit(GitRepository.Human, "Longer terms");

        Assert.Equal(0, repo.Import().ExitCode);

        var invoice = Ranges(repo.TracePath).Where(r => r.Path == "src/Invoice.cs").ToList();
        Assert.Equal(new[] { (2, 4), (6, 7) }, invoice.Select(r => (r.Start, r.End)));
        AssertHashesMatch(repo, invoice);
    }

    [Fact]
    public void An_amend_that_drops_a_note_leaves_a_smaller_consistent_record()
    {
        using var repo = new GitRepository();
        var (_, assisted) = HumanThenAssistant(repo, trailer: "Refs: #12");
        repo.AddNote(assisted, Note(assisted, "src/Invoice.cs\n  " + Session + " 1-6\nsrc/Orders.cs\n  " + Session + " 5-6"));
        repo.Write("src/Orders.cs", "namespace Shop;", "public class Orders", "{", "    public int Count() => 0;", "    public int Total() => 42;", "    public int Tax() => 7;", "    public int Fee() => 1;", "}");
        var later = repo.Commit(GitRepository.Assistant, "Fee");
        repo.AddNote(later, Note(later, "src/Orders.cs\n  " + Session + " 7"));
        Assert.Equal(0, repo.Import("--from", "notes").ExitCode);
        Assert.Equal(3, Ranges(repo.TracePath).Count);

        // Rewriting the last commit without copying its note (git copies notes only for the refs notes.rewriteRef names).
        repo.Git("commit", "-q", "--amend", "-m", "Fee, amended");
        var result = repo.Import("--from", "notes");

        Assert.True(result.ExitCode == 0, result.All);
        var ranges = Ranges(repo.TracePath);
        Assert.Equal(new[] { ("src/Invoice.cs", 1, 6), ("src/Orders.cs", 5, 6) }, ranges.Select(r => (r.Path, r.Start, r.End)));
        AssertHashesMatch(repo, ranges);
    }

    [Fact]
    public void Since_reads_only_later_commits()
    {
        using var repo = new GitRepository();
        var (_, assisted) = HumanThenAssistant(repo);
        repo.Write("src/Extra.cs", "namespace Shop;", "public class Extra { }");
        repo.Commit(GitRepository.Assistant, "Extra\n\nAssisted-by: GitHub Copilot");

        Assert.Equal(0, repo.Import("--since", assisted, "--from", "trailers").ExitCode);

        Assert.Equal(new[] { ("src/Extra.cs", "copilot", 1, 2) }, Ranges(repo.TracePath).Select(r => (r.Path, r.Tool, r.Start, r.End)));
    }

    [Fact]
    public void Agent_Trace_records_of_an_earlier_revision_follow_their_lines_to_HEAD()
    {
        using var repo = new GitRepository();
        var (first, _) = HumanThenAssistant(repo, trailer: "Refs: #12");
        repo.Write(".agent-trace/traces.jsonl", "{\"version\":\"0.1.0\",\"id\":\"0b0b6f2e-1111-4c5d-8e9f-0a1b2c3d4e5f\",\"timestamp\":\"2026-11-01T10:00:00Z\",\"vcs\":{\"type\":\"git\",\"revision\":\"" + first + "\"},\"tool\":{\"name\":\"cursor\"},\"files\":[{\"path\":\"src/Orders.cs\",\"conversations\":[{\"contributor\":{\"type\":\"ai\",\"model_id\":\"openai/gpt-4o\"},\"ranges\":[{\"start_line\":4,\"end_line\":4}]}]}]}");
        repo.Write("src/Orders.cs", "// Orders.", "namespace Shop;", "public class Orders", "{", "    public int Count() => 0;", "}");
        repo.Commit(GitRepository.Human, "Header");

        var result = repo.Import("--from", "trace");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(new[] { ("src/Orders.cs", "cursor", "openai/gpt-4o", 5, 5) }, Ranges(repo.TracePath).Select(r => (r.Path, r.Tool, r.Model!, r.Start, r.End)));
    }

    [Fact]
    public void No_notes_is_exit_2_and_writes_nothing()
    {
        using var repo = new GitRepository();
        HumanThenAssistant(repo);

        var result = repo.Import("--from", "notes");

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("no git-ai notes (refs/notes/ai)", result.Error);
        Assert.False(File.Exists(repo.TracePath));
    }

    [Fact]
    public void A_malformed_note_is_named_and_when_nothing_else_is_readable_the_file_is_left_alone()
    {
        using var repo = new GitRepository();
        var (_, assisted) = HumanThenAssistant(repo, trailer: "Refs: #12");
        repo.Write(".agent-trace/traces.jsonl", "{\"hand\":\"written\"}");
        repo.Commit(GitRepository.Human, "Trace");
        repo.AddNote(assisted, "src/Invoice.cs\n  " + Session + " 1-x\n---\n{\"schema_version\":\"authorship/3.0.0\",\"base_commit_sha\":\"x\",\"prompts\":{}}");

        var result = repo.Import();

        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("the git-ai note of commit " + assisted[..10] + " is not an authorship log", result.Error);
        Assert.Contains("'1-x' is not a line range list", result.Error);
        Assert.Contains("Nothing to import", result.Error);
        Assert.Equal("{\"hand\":\"written\"}\n", File.ReadAllText(repo.TracePath));
    }

    [Fact]
    public void An_unknown_tool_in_a_trailer_is_named_and_imported_as_written()
    {
        using var repo = new GitRepository();
        HumanThenAssistant(repo, trailer: "Generated-by: Zork-Coder 2.1");

        var result = repo.Import("--from", "trailers");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("'Generated-by: Zork-Coder 2.1' names no assistant this tool knows", result.Error);
        Assert.All(Ranges(repo.TracePath), r => Assert.Equal("zork-coder", r.Tool));
    }

    [Fact]
    public void A_shallow_clone_is_named_and_its_boundary_lines_are_not_attributed()
    {
        using var repo = new GitRepository();
        HumanThenAssistant(repo, trailer: "Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>");
        repo.Write("src/Orders.cs", "namespace Shop;", "public class Orders", "{", "    public int Count() => 1;", "    public int Total() => 42;", "    public int Tax() => 7;", "}");
        repo.Commit(GitRepository.Human, "Count from one");
        using var clone = new GitRepository(init: false);
        Directory.Delete(clone.Path);
        repo.Git("clone", "-q", "--depth", "2", "file://" + repo.Path, clone.Path);

        var result = clone.Import("--from", "trailers");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("shallow clone", result.Error);

        // The assistant's commit is the shallow boundary: blame gives it every older line too, so none is attributed.
        Assert.Empty(Ranges(clone.TracePath));
    }

    [Fact]
    public void Not_a_repository_and_an_unknown_revision_are_exit_2()
    {
        using var folder = new TempFolder();
        Assert.Equal(ExitCodes.UsageOrInputError, CliRunner.Run("provenance", "import", "--repo", folder.Path).ExitCode);

        using var repo = new GitRepository();
        HumanThenAssistant(repo);
        var result = repo.Import("--since", "no-such-revision");
        Assert.Equal(ExitCodes.UsageOrInputError, result.ExitCode);
        Assert.Contains("--since 'no-such-revision' names no commit", result.Error);
    }

    [Fact]
    public async Task The_analyzers_read_the_imported_trace_AID401_on_unannotated_AI_lines_and_AID400_by_tool_and_model()
    {
        using var repo = new GitRepository();
        var (_, assisted) = HumanThenAssistant(repo);
        repo.AddNote(assisted, Note(assisted, "src/Invoice.cs\n  " + Session + " 1-6"));
        Assert.Equal(0, repo.Import().ExitCode);

        var scan = await new Scanner(repo.Path, NoScanProgress.Instance).ScanAsync(repo.Path, CancellationToken.None);

        var unattributed = scan.Findings.Where(f => f.RuleId == RuleIds.UnattributedAiCode).Select(f => (Path.GetFileName(f.Location!.Uri), f.Location.StartLine, f.Properties[ProvenanceProperties.Tool], f.Properties[ProvenanceProperties.Contributor])).OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.StartLine).ToList();
        Assert.Equal(
            new[]
            {
                ("Invoice.cs", 2, "claude", "ai"),
                ("Orders.cs", 5, "claude", "mixed"),
            },
            unattributed);
        var summary = Assert.Single(scan.Findings, f => f.RuleId == RuleIds.ProvenanceSummary);

        // AID400 counts the code lines of the units AID401 reports: the class Invoice (5 lines; the file-scoped namespace
        // line is no member) and the two members of Orders.
        Assert.Equal("claude=7", summary.Properties[ProvenanceSummaryAnalyzer.ByTool]);
        Assert.Equal("claude-opus-4-5-20251101=5;claude-opus-4.5=2", summary.Properties[ProvenanceSummaryAnalyzer.ByModel]);
        Assert.Equal("7", summary.Properties[ProvenanceSummaryAnalyzer.AiLines]);
        Assert.Equal("13", summary.Properties[ProvenanceSummaryAnalyzer.TotalLines]);

        // aidebt report: AI share and unreviewed AI lines per project and per file.
        var report = AiDebt.Cli.Reports.DebtReport.Create(scan.Findings, null, null, DateTimeOffset.UnixEpoch, root: repo.Path);
        var project = Assert.Single(report.ProvenanceByProject);
        Assert.Equal((7, 13, 7), (project.AiLines, project.TotalLines, project.UnreviewedLines));
        Assert.Equal(new[] { ("src/Invoice.cs", 5, 6, 5), ("src/Orders.cs", 2, 7, 2) }, report.ProvenanceByFile.Select(r => (r.Key, r.AiLines, r.TotalLines, r.UnreviewedLines)));
        Assert.Contains("| src/Invoice.cs | 5 | 6 | 83.3 % | 5 |", AiDebt.Cli.Reports.MarkdownReportWriter.Write(report));
        Assert.Contains("<td class=\"num\" data-label=\"Unreviewed AI lines\">5</td>", AiDebt.Cli.Reports.HtmlReportWriter.Write(report));
        var json = JsonDocument.Parse(AiDebt.Cli.Reports.JsonReportWriter.Write(report)).RootElement.GetProperty("provenance");
        Assert.Equal(7, json.GetProperty("byProject")[0].GetProperty("unreviewedLines").GetInt32());
        Assert.Equal("src/Invoice.cs", json.GetProperty("byFile")[0].GetProperty("key").GetString());
    }
}
