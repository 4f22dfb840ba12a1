using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using AiDebt.Cli.Provenance;

namespace AiDebt.Cli.Commands;

/// <summary><c>aidebt provenance import</c>: the AI-authorship record from git, as Agent Trace records for the current revision.</summary>
public static class ProvenanceCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("provenance", "Work with the record of which code AI assistants wrote.");
        command.Subcommands.Add(CreateImport(context));
        return command;
    }

    private static Command CreateImport(CommandContext context)
    {
        var since = new Option<string?>("--since") { Description = "Read only commits after this revision (REV..HEAD). Default: the whole history of HEAD." };
        var from = new Option<string>("--from") { Description = "notes: git-ai notes (refs/notes/ai); trailers: commit trailers (Co-authored-by, Assisted-by, Generated-by); trace: Agent Trace records of earlier revisions; all.", DefaultValueFactory = _ => "all" };
        from.AcceptOnlyFromAmong("notes", "trailers", "trace", "all");
        var repository = new Option<string?>("--repo") { Description = "The git work tree. Default: the one enclosing the current folder." };
        var command = new Command("import", "Read the AI-authorship record with git (git-ai notes, commit trailers, Agent Trace), follow each recorded line to HEAD with git blame, and write the surviving lines to .agent-trace/traces.jsonl, replacing the records an earlier import wrote.")
        {
            since, from, repository,
        };
        command.SetAction(parse =>
        {
            var start = Path.GetFullPath(parse.GetValue(repository) ?? Directory.GetCurrentDirectory());
            if (!Directory.Exists(start))
            {
                throw new CliException("Folder '" + start + "' does not exist.");
            }

            var top = new GitProcess(start).Run("rev-parse", "--show-toplevel");
            if (!top.Succeeded)
            {
                throw new CliException("'" + start + "' is not in a git work tree: " + GitProcess.FirstLine(top.Error));
            }

            var root = Path.GetFullPath(top.Output.Trim());
            var git = new GitProcess(root);
            var sources = parse.GetValue(from) switch
            {
                "notes" => ImportSources.Notes,
                "trailers" => ImportSources.Trailers,
                "trace" => ImportSources.Trace,
                _ => ImportSources.All,
            };
            var tracePath = Path.Combine(root, TraceFileWriter.RelativePath);
            var existing = TraceFileWriter.ReadLines(tracePath);
            var result = new ProvenanceImporter(git, context.Warn).Run(parse.GetValue(since), sources, existing);
            var text = TraceFileWriter.Compose(existing, result, out var summary);
            OutputFile.Write(tracePath, text);

            var read = string.Join(", ", new[]
            {
                sources.HasFlag(ImportSources.Notes) ? Count(result.NotesRead, "git-ai note") + (result.NotesRejected > 0 ? " (" + Count(result.NotesRejected, "rejected") + ")" : string.Empty) : null,
                sources.HasFlag(ImportSources.Trailers) ? Count(result.TrailerCommits, "commit") + " with an assistant trailer" : null,
                sources.HasFlag(ImportSources.Trace) ? Count(result.TraceRecordsRead, "Agent Trace record") + " of earlier revisions" : null,
            }.Where(s => s is not null));
            context.Info("Read " + read + ".");
            context.Info("Wrote " + Count(summary.Records, "record") + " for " + result.Head[..12] + " to " + TraceFileWriter.RelativePath + ": "
                + Count(summary.AiLines, "ai line") + ", " + Count(summary.MixedLines, "mixed line") + " in " + Count(summary.Files, "file")
                + (summary.KeptRecords > 0 ? "; kept " + Count(summary.KeptRecords, "other line") + " as they were" : string.Empty) + ".");
            if (summary.LinesByTool.Count > 0)
            {
                context.Info("Lines by tool: " + string.Join(", ", summary.LinesByTool.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture))) + ".");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
