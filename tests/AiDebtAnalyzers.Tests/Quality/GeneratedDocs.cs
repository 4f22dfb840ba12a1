using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Tests.Quality;

/// <summary>The parts of the docs that are generated from the descriptors and the option definitions.</summary>
internal static class GeneratedDocs
{
    public static string RuleTable()
    {
        var builder = new StringBuilder();
        builder.Append("| ID | Title | Category | Default severity | Code fix |\n");
        builder.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var d in RuleCatalog.Descriptors)
        {
            builder.Append("| [").Append(d.Id).Append("](docs/rules/").Append(d.Id).Append(".md) | ")
                .Append(d.Title).Append(" | ")
                .Append(d.Category).Append(" | ")
                .Append(SeverityText(d)).Append(" | ")
                .Append(RuleCatalog.HasCodeFix(d.Id) ? "Yes" : "No").Append(" |\n");
        }

        return builder.ToString();
    }

    public static string OptionTable(System.Collections.Generic.IEnumerable<AiDebtOption> options, bool withRules)
    {
        var builder = new StringBuilder();
        builder.Append(withRules ? "| Key | Type | Default | Allowed values | Scope | Rules | Description |\n| --- | --- | --- | --- | --- | --- | --- |\n"
                                 : "| Key | Type | Default | Allowed values | Scope | Description |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var o in options)
        {
            builder.Append("| `").Append(o.Key).Append("` | ").Append(o.TypeName).Append(" | `").Append(o.DefaultText).Append("` | ")
                .Append(o.Allowed).Append(" | ").Append(o.Scope == OptionScope.File ? "per file" : "per compilation").Append(" | ");
            if (withRules)
            {
                builder.Append(string.Join(", ", o.Rules.Select(r => "[" + r + "](rules/" + r + ".md)"))).Append(" | ");
            }

            builder.Append(o.Description.Replace("|", "\\|")).Append(" |\n");
        }

        return builder.ToString();
    }

    public static string RuleOptionTable(string ruleId)
    {
        var options = AiDebtOptions.ForRule(ruleId);
        return options.IsEmpty ? "This rule has no options of its own; its severity is set as for any rule (see [configuration](../configuration.md)).\n" : OptionTable(options, withRules: false);
    }

    /// <summary>
    /// The files behind a rule, from the rule catalogue: the analyzers that report it and the test files that name them,
    /// the code fixes that fix it and the test files that name those (by type name), as links relative to <c>docs/rules/</c>.
    /// </summary>
    public static string SourcesLine(string ruleId)
    {
        var analyzers = RuleCatalog.Analyzers
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id == ruleId))
            .Select(a => a.GetType().Name)
            .ToList();
        var fixes = RuleCatalog.CodeFixes
            .Where(f => f.FixableDiagnosticIds.Contains(ruleId))
            .Select(f => f.GetType().Name)
            .ToList();

        var builder = new StringBuilder("Sources: analyzer ");
        builder.Append(Links(analyzers.Select(PathOfType))).Append(" (tests ").Append(Links(TestFilesNaming(analyzers))).Append(')');
        if (fixes.Count > 0)
        {
            builder.Append(" · code fix ").Append(Links(fixes.Select(PathOfType))).Append(" (tests ").Append(Links(TestFilesNaming(fixes))).Append(')');
        }

        return builder.Append('\n').ToString();
    }

    private static IEnumerable<string> TestFilesNaming(List<string> typeNames) => TestFiles.Value
        .Where(file => typeNames.Any(type => Regex.IsMatch(file.Text, @"\b" + type + @"\b")))
        .Select(file => file.Path);

    public static string PresetTable()
    {
        var builder = new StringBuilder();
        builder.Append("| Rule | ").Append(string.Join(" | ", AnalysisModes.Names)).Append(" |\n");
        builder.Append("| --- |").Append(string.Concat(AnalysisModes.Names.Select(_ => " --- |"))).Append('\n');
        foreach (var d in RuleCatalog.Descriptors)
        {
            builder.Append("| [").Append(d.Id).Append("](rules/").Append(d.Id).Append(".md) ").Append(d.Title).Append(" |");
            foreach (var mode in AnalysisModes.Names)
            {
                builder.Append(' ').Append(AnalysisModes.SeverityFor(mode, d))
                    .Append(AnalysisModes.KeepsEachFindingsOwnSeverity(mode, d) ? " (per finding: some are suggestions)" : string.Empty).Append(" |");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    public static string SeverityText(DiagnosticDescriptor d) =>
        (d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled") switch
        {
            "Info" => "Info (suggestion)",
            "Hidden" => "Hidden (silent)",
            var other => other,
        };

    private static readonly Lazy<Dictionary<string, string>> SourceFileOfType = new(() =>
    {
        var byType = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in RepositoryFiles("src"))
        {
            foreach (Match match in Regex.Matches(file.Text, @"\b(?:class|record|struct)\s+(\w+)"))
            {
                byType.TryAdd(match.Groups[1].Value, file.Path);
            }
        }

        return byType;
    });

    private static readonly Lazy<List<(string Path, string Text)>> TestFiles = new(() =>
        RepositoryFiles("tests/AiDebtAnalyzers.Tests").Where(f => f.Path.EndsWith("Tests.cs", StringComparison.Ordinal)).ToList());

    /// <summary>The repository path of the source file that declares the type.</summary>
    public static string PathOfType(string typeName) =>
        SourceFileOfType.Value.TryGetValue(typeName, out var path) ? path : throw new InvalidOperationException("No source file declares " + typeName);

    private static string Links(IEnumerable<string> paths) =>
        string.Join(", ", paths.Select(path => "[" + Path.GetFileName(path) + "](../../" + path + ")"));

    private static IEnumerable<(string Path, string Text)> RepositoryFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RuleCatalog.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(RuleCatalog.RepositoryRoot, full).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (path, RuleCatalog.ReadRepositoryFile(path)));
}
