using System.Linq;
using System.Text;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Tests.Quality;

/// <summary>The parts of the docs that are generated from the descriptors and the option definitions.</summary>
public static class GeneratedDocs
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
                builder.Append(' ').Append(AnalysisModes.SeverityFor(mode, d)).Append(" |");
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
}
