using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiDebt.Cli.Analysis;
using AiDebt.Cli.Sarif;
using Spectre.Console;

namespace AiDebt.Cli.Commands;

/// <summary>Debt tables for the console: by family, by rule and the top files, with debt minutes.</summary>
public static class SummaryPrinter
{
    public static void Print(CommandContext context, IReadOnlyList<Finding> findings, int topFiles = 10)
    {
        var active = findings.Where(f => f.IsActive).ToList();
        var baselined = findings.Count(f => f.Suppression == SuppressionKind.Baseline && !f.IsSummary);
        context.Info(string.Format(CultureInfo.InvariantCulture, "{0} findings, {1} debt minutes ({2} more accepted in the baseline).", active.Count, active.Sum(f => f.DebtMinutes), baselined));
        if (active.Count == 0)
        {
            return;
        }

        Render(context, "Debt by family", "Family", active.GroupBy(f => f.Family));
        Render(context, "Debt by rule", "Rule", active.GroupBy(f => AnalyzerCatalog.Label(f.RuleId)));
        Render(context, "Top files", "File", active.Where(f => f.Location is not null).GroupBy(f => f.Location!.Uri), topFiles);
    }

    private static void Render(CommandContext context, string title, string keyHeader, IEnumerable<IGrouping<string, Finding>> groups, int limit = int.MaxValue)
    {
        var table = new Table().Title(title).AddColumn(keyHeader).AddColumn(new TableColumn("Findings").RightAligned()).AddColumn(new TableColumn("Debt (min)").RightAligned());
        if (!context.Interactive)
        {
            table.Border(TableBorder.Ascii);
        }

        foreach (var group in groups.OrderByDescending(g => g.Sum(f => f.DebtMinutes)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(limit))
        {
            table.AddRow(Markup.Escape(group.Key), group.Count().ToString(CultureInfo.InvariantCulture), group.Sum(f => f.DebtMinutes).ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }
}
