using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using AiDebt.Cli.Commands;
using Spectre.Console;

namespace AiDebt.Cli;

/// <summary>The command tree and the mapping of every outcome to an exit code (0 ok, 1 gate failed, 2 usage or input error).</summary>
public sealed class CliApp
{
    private readonly TextWriter output;
    private readonly TextWriter error;
    private readonly bool interactive;

    public CliApp(TextWriter output, TextWriter error, bool interactive)
    {
        this.output = output;
        this.error = error;
        this.interactive = interactive;
    }

    public int Run(string[] args)
    {
        var console = CreateConsole();
        var context = new CommandContext(console, output, error, interactive);
        var root = BuildCommands(context);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };

        try
        {
            var exitCode = parseResult.Invoke(configuration);

            // System.CommandLine exits with 1 on parse errors; 1 means "gate failed" here, so usage errors are 2.
            return parseResult.Errors.Count > 0 ? ExitCodes.UsageOrInputError : exitCode;
        }
        catch (CliException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return ExitCodes.UsageOrInputError;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("error: cancelled.");
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + ex.Message);
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never 1: that code means "gate failed", and a crash must not read as a verdict.
            error.WriteLine("error: internal error, please report it: " + ex);
            return ExitCodes.UsageOrInputError;
        }
    }

    private IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            // A log has no width; wrapping messages at 80 columns would only make them harder to grep.
            console.Profile.Width = 240;
        }

        return console;
    }

    private static RootCommand BuildCommands(CommandContext context)
    {
        var root = new RootCommand("aidebt: track the technical debt AI coding assistants leave behind. Exit codes: 0 ok, 1 gate failed (compare), 2 usage or input error.");
        root.Subcommands.Add(ScanCommand.Create(context));
        root.Subcommands.Add(SarifCommand.Create(context));
        root.Subcommands.Add(BaselineCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(ProvenanceCommand.Create(context));
        return root;
    }
}

/// <summary>What every command needs: the consoles and whether a person is watching.</summary>
public sealed record CommandContext(IAnsiConsole Console, TextWriter Output, TextWriter Error, bool Interactive)
{
    public void Info(string line) => Output.WriteLine(line);

    public void Warn(string line) => Error.WriteLine("warning: " + line);

    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.GetFiles(input, "*.sarif", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    throw new CliException("Folder '" + input + "' holds no .sarif file.");
                }

                files.AddRange(found);
            }
            else
            {
                files.Add(input);
            }
        }

        return files;
    }
}
