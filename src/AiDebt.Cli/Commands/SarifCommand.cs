using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using AiDebt.Cli.Sarif;

namespace AiDebt.Cli.Commands;

/// <summary><c>aidebt sarif</c>: build SARIF files in, one code-scanning SARIF out.</summary>
public static class SarifCommand
{
    public static Command Create(CommandContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "SARIF 2.1.0 files written by builds (ErrorLog), or folders holding them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The SARIF file to write.", Required = true };
        var root = new Option<string?>("--root") { Description = "Repository root; URIs become relative to it (%SRCROOT%). Default: the enclosing git work tree, else the current folder." };
        var command = new Command("sarif", "Merge per-project SARIF files into one SARIF for code scanning: duplicates from multi-targeting removed, URIs relative to %SRCROOT%, rule help, partialFingerprints and git provenance.")
        {
            inputs, output, root,
        };
        command.SetAction(parse =>
        {
            var repository = RepositoryRoot.Resolve(parse.GetValue(root));
            var files = CommandContext.ExpandInputs(parse.GetValue(inputs)!);
            var input = SarifReader.ReadAll(files, repository);
            AttachProjectLocations(input.Findings, files, repository);
            var log = SarifWriter.Build(input.Findings, input.Rules, repository, GitInfo.TryRead(repository));
            OutputFile.Write(parse.GetValue(output)!, SarifWriter.Serialize(log));
            context.Info(string.Format(CultureInfo.InvariantCulture, "Wrote {0} results from {1} file(s) to {2} ({3} duplicates removed).", input.Findings.Count, files.Count, parse.GetValue(output), input.DuplicatesRemoved));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Code scanning needs a location on every result. A finding without one (an option problem, a project summary) is
    /// placed on the project file the SARIF was written for, relative to the root: found by the project name it carries,
    /// by the SARIF file's name (<c>ErrorLog</c> is usually <c>$(MSBuildProjectName).sarif</c>), or as the nearest project
    /// file above a source file of the same SARIF. Only when none is found does it go on the SARIF file itself.
    /// </summary>
    internal static void AttachProjectLocations(List<Finding> findings, IReadOnlyList<string> files, string root)
    {
        if (findings.All(f => f.Location is not null))
        {
            return;
        }

        var projects = FindProjects(root);
        foreach (var finding in findings.Where(f => f.Location is null))
        {
            var project = finding.Project;
            string? path = null;
            if (project is not null && projects.TryGetValue(project, out var byProperty))
            {
                path = byProperty;
            }
            else if (finding.SarifFile is not null && projects.TryGetValue(Path.GetFileNameWithoutExtension(finding.SarifFile), out var byName))
            {
                path = byName;
                finding.Project ??= Path.GetFileNameWithoutExtension(finding.SarifFile);
            }
            else if (ProjectAboveSources(findings, finding.SarifFile, root) is { } bySource)
            {
                path = bySource;
                finding.Project ??= Path.GetFileNameWithoutExtension(bySource);
            }

            finding.Location = new SourceLocation(PathMapper.RelativeTo(path ?? finding.SarifFile ?? files[0], root), 1, 1, 1, 1);
        }
    }

    /// <summary>The nearest <c>*.csproj</c> above a located finding read from the same SARIF file, within the root.</summary>
    private static string? ProjectAboveSources(List<Finding> findings, string? sarifFile, string root)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        foreach (var located in findings)
        {
            if (located.Location is not { } location || !string.Equals(located.SarifFile, sarifFile, StringComparison.Ordinal)
                || Uri.TryCreate(location.Uri, UriKind.Absolute, out _))
            {
                continue;
            }

            for (var folder = Path.GetDirectoryName(Path.Combine(fullRoot, Uri.UnescapeDataString(location.Uri)));
                 folder is not null && folder.Length >= fullRoot.Length;
                 folder = Path.GetDirectoryName(folder))
            {
                var project = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.csproj").FirstOrDefault() : null;
                if (project is not null)
                {
                    return project;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, string> FindProjects(string root)
    {
        var projects = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 8 };
        foreach (var path in Directory.EnumerateFiles(root, "*.csproj", options))
        {
            var separator = Path.DirectorySeparatorChar;
            if (path.Contains(separator + "bin" + separator, StringComparison.Ordinal) || path.Contains(separator + "obj" + separator, StringComparison.Ordinal))
            {
                continue;
            }

            projects.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        return projects;
    }
}
