using System;
using System.CommandLine;
using System.Globalization;
using System.Threading;
using AiDebt.Cli.Analysis;
using AiDebt.Cli.Sarif;
using Spectre.Console;

namespace AiDebt.Cli.Commands;

/// <summary><c>aidebt scan</c>: run the rules on a folder, project or solution.</summary>
public static class ScanCommand
{
    public static Command Create(CommandContext context)
    {
        var target = new Argument<string>("target") { Description = "A folder (compiled ad hoc), a .csproj, or a .sln/.slnx (loaded with MSBuild; restore first)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the findings as SARIF 2.1.0 (code-scanning ready)." };
        var root = new Option<string?>("--root") { Description = "Repository root; paths become relative to it. Default: the enclosing git work tree, else the target's folder." };
        var top = new Option<int>("--top") { Description = "How many files the summary lists.", DefaultValueFactory = _ => 10 };
        var command = new Command("scan", "Run the AiDebtAnalyzers rules and print debt by family, rule and file.")
        {
            target, output, root, top,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var path = parse.GetValue(target)!;
            var start = System.IO.Directory.Exists(path) ? path : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            var repository = RepositoryRoot.Resolve(parse.GetValue(root), start);
            var result = Run(context, repository, path, cancellationToken);
            foreach (var warning in result.Warnings)
            {
                context.Warn(warning);
            }

            if (result.NotCompiled > 0)
            {
                // Said, so that a file missing from the findings is not taken for a clean one.
                context.Info(result.NotCompiled.ToString(CultureInfo.InvariantCulture) + " .cs file(s) under a project file were not analysed: no project compiles them (an old-style project does not list them, or a Compile Remove removes them).");
            }

            var outputPath = parse.GetValue(output);
            if (outputPath is not null)
            {
                var log = SarifWriter.Build(result.Findings, AnalyzerCatalog.Rules, repository, GitInfo.TryRead(repository));
                OutputFile.Write(outputPath, SarifWriter.Serialize(log));
                context.Info("Wrote " + result.Findings.Count.ToString(CultureInfo.InvariantCulture) + " results to " + outputPath + ".");
            }

            SummaryPrinter.Print(context, result.Findings, parse.GetValue(top));
            return System.Threading.Tasks.Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static ScanResult Run(CommandContext context, string repository, string path, CancellationToken cancellationToken)
    {
        if (!context.Interactive)
        {
            // A log or a CI run gets the results, not hundreds of progress lines.
            return new Scanner(repository, NoScanProgress.Instance).ScanAsync(path, cancellationToken).GetAwaiter().GetResult();
        }

        ScanResult? result = null;
        context.Console.Progress().AutoClear(true).Start(progress =>
        {
            var bar = new BarProgress(progress);
            result = new Scanner(repository, bar).ScanAsync(path, cancellationToken).GetAwaiter().GetResult();
            bar.Finish();
        });
        return result!;
    }

    private sealed class BarProgress : IScanProgress
    {
        private readonly ProgressContext progress;
        private ProgressTask? task;

        public BarProgress(ProgressContext progress) => this.progress = progress;

        public void Start(int projects) => task = progress.AddTask("Loading", maxValue: projects);

        public void Step(string name)
        {
            if (task is null)
            {
                return;
            }

            if (task.Description != "Loading")
            {
                task.Increment(1);
            }

            task.Description = Markup.Escape(name);
        }

        public void Finish()
        {
            if (task is not null)
            {
                task.Value = task.MaxValue;
            }
        }
    }
}
