using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using AiDebt.Cli.Analysis;
using AiDebt.Cli.Baselines;
using AiDebt.Cli.Sarif;
using Spectre.Console;

namespace AiDebt.Cli.Commands;

/// <summary><c>aidebt compare</c>: the CI gate.</summary>
public static class CompareCommand
{
    public static Command Create(CommandContext context)
    {
        var baseline = new Argument<string>("baseline") { Description = "The baseline: a .aidebt/baseline.json or the SARIF of an earlier build." };
        var current = new Argument<string[]>("current") { Description = "SARIF of the current build (files or folders).", Arity = ArgumentArity.OneOrMore };
        var failOn = new Option<string>("--fail-on") { Description = "new: fail on findings not in the baseline; any: fail on every finding not suppressed in source.", DefaultValueFactory = _ => "new" };
        failOn.AcceptOnlyFromAmong("new", "any");
        var maxNewDebt = new Option<int?>("--max-new-debt") { Description = "With --fail-on new: fail only when the new findings add more than this many debt minutes." };
        maxNewDebt.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) && minutes < 0)
            {
                result.AddError("--max-new-debt must be 0 or more.");
            }
        });
        var output = new Option<string?>("--output", "-o") { Description = "Also write the current SARIF with baselineState set (new, unchanged, updated, absent)." };
        var root = new Option<string?>("--root") { Description = "Repository root. Default: the enclosing git work tree, else the current folder." };
        var command = new Command("compare", "Compare the current SARIF with a baseline, print new and fixed findings with debt minutes, and exit 1 when the gate fails.")
        {
            baseline, current, failOn, maxNewDebt, output, root,
        };
        command.SetAction(parse =>
        {
            var mode = parse.GetValue(failOn) == "any" ? FailOn.Any : FailOn.New;
            var limit = parse.GetValue(maxNewDebt);
            if (mode == FailOn.Any && limit is not null)
            {
                throw new CliException("--max-new-debt applies to --fail-on new only: --fail-on any fails on every finding, whatever its debt.");
            }

            var repository = RepositoryRoot.Resolve(parse.GetValue(root));
            var baselinePath = parse.GetValue(baseline)!;
            var currentInput = SarifReader.ReadAll(CommandContext.ExpandInputs(parse.GetValue(current)!), repository);
            var entries = BaselineDocument.ReadAny(baselinePath, repository);

            var comparison = Comparison.Run(currentInput.Findings, entries);
            var outputPath = parse.GetValue(output);
            if (outputPath is not null)
            {
                var all = comparison.Current.Concat(comparison.Absent).ToList();
                SarifCommand.AttachProjectLocations(all, CommandContext.ExpandInputs(parse.GetValue(current)!), repository);
                OutputFile.Write(outputPath, SarifWriter.Serialize(SarifWriter.Build(all, currentInput.Rules, repository, GitInfo.TryRead(repository))));
            }

            Print(context, comparison);
            if (comparison.AmbiguousLegacyMatches > 0)
            {
                context.Warn(comparison.AmbiguousLegacyMatches.ToString(CultureInfo.InvariantCulture) + " finding(s) share a version 1 fingerprint with more findings than the baseline lists and count as new. Rewrite the baseline: aidebt baseline --upgrade <sarif> -o " + baselinePath);
            }

            var fails = comparison.GateFails(mode, limit);
            var newCount = comparison.New.Count();
            var verdict = mode == FailOn.Any
                ? (fails ? "Gate failed: findings remain and --fail-on any allows none." : "Gate passed: no findings.")
                : limit is int max
                    ? (fails ? "Gate failed: new debt of " + comparison.NewDebtMinutes.ToString(CultureInfo.InvariantCulture) + " minutes exceeds --max-new-debt " + max.ToString(CultureInfo.InvariantCulture) + "." : "Gate passed: new debt within " + max.ToString(CultureInfo.InvariantCulture) + " minutes.")
                    : (fails ? "Gate failed: " + newCount.ToString(CultureInfo.InvariantCulture) + " new finding(s)." : "Gate passed: no new findings.");
            context.Info(verdict);
            return fails ? ExitCodes.GateFailed : ExitCodes.Success;
        });
        return command;
    }

    private static void Print(CommandContext context, Comparison comparison)
    {
        var newFindings = comparison.New.ToList();
        var unchanged = comparison.Current.Count(f => f.BaselineState is "unchanged" or "updated");
        context.Info(string.Format(
            CultureInfo.InvariantCulture,
            "{0} new ({1} min), {2} fixed ({3} min), {4} unchanged.",
            newFindings.Count,
            comparison.NewDebtMinutes,
            comparison.Absent.Count,
            comparison.FixedDebtMinutes,
            unchanged));
        PrintTable(context, "New findings", newFindings);
        PrintTable(context, "Fixed findings", comparison.Absent);
        if (comparison.Renamed.Count > 0)
        {
            // A rename or a move changes a fingerprint; the gate cannot know it is the same debt, but a reader should.
            context.Info(comparison.Renamed.Count.ToString(CultureInfo.InvariantCulture) + " new finding(s) stand where a fixed one stood, with the same rule, file and message: most likely the same debt under a new fingerprint (a member, its parameters, its type or namespace renamed, or its copies edited). Once reviewed, accept them with: aidebt baseline <sarif> --add-new");
            foreach (var pair in comparison.Renamed.OrderBy(p => p.Key.Location?.Uri, StringComparer.Ordinal).ThenBy(p => p.Key.Location?.StartLine))
            {
                context.Info("  " + pair.Key.RuleId + " " + (pair.Key.Location?.Display ?? "(project)") + ": " + pair.Key.Fingerprint + " (was " + pair.Value.Fingerprint + ")");
            }
        }
    }

    private static void PrintTable(CommandContext context, string title, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var table = new Table().Title(title).AddColumn("Rule").AddColumn("Location").AddColumn(new TableColumn("Debt (min)").RightAligned()).AddColumn("Message");
        if (!context.Interactive)
        {
            table.Border(TableBorder.Ascii);
        }

        foreach (var finding in SarifWriter.Order(findings))
        {
            table.AddRow(
                Markup.Escape(AnalyzerCatalog.Label(finding.RuleId)),
                Markup.Escape(finding.Location?.Display ?? "(project)"),
                finding.DebtMinutes.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(finding.Message));
        }

        context.Console.Write(table);
    }
}
