using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using AiDebt.Cli.Baselines;
using AiDebt.Cli.Sarif;
using AiDebtAnalyzers.Infrastructure;

namespace AiDebt.Cli.Commands;

/// <summary><c>aidebt baseline</c>: write or update <c>.aidebt/baseline.json</c> from SARIF.</summary>
public static class BaselineCommand
{
    public static Command Create(CommandContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "SARIF files (or folders of them) from the current build.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The baseline to write or update.", DefaultValueFactory = _ => Path.Combine(".aidebt", "baseline.json") };
        var addNew = new Option<bool>("--add-new") { Description = "Accept findings that are not yet in an existing baseline (a new baseline accepts everything)." };
        var upgrade = new Option<bool>("--upgrade") { Description = "Rewrite a version 1 baseline with version 2 fingerprints: each entry becomes the current findings it accepted." };
        var root = new Option<string?>("--root") { Description = "Repository root for the file names in the baseline. Default: the enclosing git work tree, else the current folder." };
        var command = new Command("baseline", "Write or update the baseline: keeps entries still reported, drops fixed ones, and adds new ones only with --add-new (or when the baseline does not exist yet).")
        {
            inputs, output, addNew, upgrade, root,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var repository = RepositoryRoot.Resolve(parse.GetValue(root));
            var input = SarifReader.ReadAll(CommandContext.ExpandInputs(parse.GetValue(inputs)!), repository);

            // Findings suppressed in source are settled there; the baseline holds accepted, still-reported debt.
            var current = input.Findings.Where(f => f.Fingerprint is not null && f.Suppression != SuppressionKind.InSource && !f.IsSummary).ToList();
            var withoutFingerprint = input.Findings.Count(f => f.Fingerprint is null);
            if (withoutFingerprint > 0)
            {
                context.Warn(withoutFingerprint.ToString(CultureInfo.InvariantCulture) + " finding(s) carry no aidebt.fingerprint and cannot be baselined.");
            }

            var exists = File.Exists(path);
            var upgrading = parse.GetValue(upgrade);
            if (upgrading && !exists)
            {
                throw new CliException("Baseline '" + path + "' does not exist: there is nothing to upgrade.");
            }

            var previous = exists ? BaselineDocument.Read(path) : new List<BaselineEntry>();
            var match = BaselineMatch.Run(current, previous, upgrading);
            if (match.HasLegacyEntries && !upgrading)
            {
                throw new CliException("Baseline '" + path + "' holds version 1 fingerprints, which equal findings share. Rewrite it first: aidebt baseline --upgrade <sarif> -o " + path);
            }

            var kept = EntriesOf(current.Where(match.Accepted.ContainsKey));
            var added = EntriesOf(current.Where(f => !match.Accepted.ContainsKey(f)));
            var dropped = previous.Count(e => !match.UsedEntries.Contains(e));
            var accept = !exists || parse.GetValue(addNew);
            var entries = accept ? kept.Concat(added).ToList() : kept;
            if (upgrading && match.Ambiguous.Count > 0)
            {
                context.Warn(match.Ambiguous.Count.ToString(CultureInfo.InvariantCulture) + " finding(s) shared a version 1 fingerprint with more findings than the baseline listed; all were accepted, as version 1 did. Review them: " + string.Join(", ", match.Ambiguous.Select(f => f.RuleId + " " + (f.Location?.Display ?? "(project)"))));
            }

            // Entries written before entries named their assembly accepted the finding in every project; kept, each is now
            // written once for each assembly whose finding it accepts.
            var withoutAssembly = previous.Count(e => e.Assembly is null && !Fingerprint.IsLegacy(e.Fingerprint) && match.UsedEntries.Contains(e));
            if (withoutAssembly > 0)
            {
                context.Info(withoutAssembly.ToString(CultureInfo.InvariantCulture) + " entr" + (withoutAssembly == 1 ? "y" : "ies") + " named no assembly and accepted the finding in any project; now written with the assembly of each finding accepted.");
            }

            OutputFile.Write(path, BaselineDocument.Serialize(entries));
            context.Info(string.Format(
                CultureInfo.InvariantCulture,
                "Baseline {0}: {1} entries ({2} kept, {3} fixed and dropped, {4} new {5}).",
                path,
                entries.Count,
                kept.Count,
                dropped,
                added.Count,
                accept ? "added" : "left out; use --add-new to accept them"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<BaselineEntry> EntriesOf(IEnumerable<Finding> findings) =>
        findings.Select(BaselineDocument.FromFinding).GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
}
