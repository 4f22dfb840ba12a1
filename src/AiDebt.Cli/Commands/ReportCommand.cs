using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using AiDebt.Cli.Analysis;
using AiDebt.Cli.Baselines;
using AiDebt.Cli.Reports;
using AiDebt.Cli.Sarif;

namespace AiDebt.Cli.Commands;

/// <summary><c>aidebt report</c>: a debt report in Markdown, HTML or JSON.</summary>
public static class ReportCommand
{
    public static Command Create(CommandContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "SARIF files (or folders of them).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "md, html or json. Default: from the output file's extension, else md." };
        format.AcceptOnlyFromAmong("md", "html", "json");
        var output = new Option<string>("--output", "-o") { Description = "The report file to write.", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "A .aidebt/baseline.json or earlier SARIF: adds new against fixed findings." };
        var root = new Option<string?>("--root") { Description = "Repository root. Default: the enclosing git work tree, else the current folder." };
        var top = new Option<int>("--top") { Description = "Rows in the project, file and clone tables.", DefaultValueFactory = _ => 15 };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--top must be 0 or more.");
            }
        });
        var command = new Command("report", "Write a debt report: totals and debt by family, rule, project and file, the largest clone groups, the provenance summary, and new against fixed findings when a baseline is given.")
        {
            inputs, format, output, baseline, root, top,
        };
        command.SetAction(parse =>
        {
            var repository = RepositoryRoot.Resolve(parse.GetValue(root));
            var input = SarifReader.ReadAll(CommandContext.ExpandInputs(parse.GetValue(inputs)!), repository);
            Comparison? comparison = null;
            var baselinePath = parse.GetValue(baseline);
            if (baselinePath is not null)
            {
                comparison = Comparison.Run(input.Findings, BaselineDocument.ReadAny(baselinePath, repository));
            }

            var outputPath = parse.GetValue(output)!;
            var chosen = parse.GetValue(format) ?? Path.GetExtension(outputPath).TrimStart('.').ToLowerInvariant() switch
            {
                "html" or "htm" => "html",
                "json" => "json",
                _ => "md",
            };
            var report = DebtReport.Create(input.Findings, comparison, GitInfo.TryRead(repository), DateTimeOffset.UtcNow, parse.GetValue(top), id => AnalyzerCatalog.Label(id, input.Rules), repository);
            var text = chosen switch
            {
                "html" => HtmlReportWriter.Write(report),
                "json" => JsonReportWriter.Write(report),
                _ => MarkdownReportWriter.Write(report),
            };
            OutputFile.Write(outputPath, text);
            context.Info("Wrote the " + chosen + " report to " + outputPath + " (" + report.Findings + " findings, " + DebtReport.FormatMinutes(report.DebtMinutes) + ").");
            return ExitCodes.Success;
        });
        return command;
    }
}
