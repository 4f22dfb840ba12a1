using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiDebt.Cli.Reports;

/// <summary>The report as GitHub-flavoured Markdown (a job summary, a pull-request comment, a wiki page).</summary>
public static class MarkdownReportWriter
{
    public static string Write(DebtReport report)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(report.Title).Append("\n\n");
        if (report.Git is not null)
        {
            md.Append("Commit `").Append(report.Git.RevisionId[..System.Math.Min(12, report.Git.RevisionId.Length)]).Append('`');
            if (report.Git.Branch is not null)
            {
                md.Append(" on `").Append(report.Git.Branch).Append('`');
            }

            md.Append(", ");
        }

        md.Append("generated ").Append(report.Generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append(".\n\n");
        md.Append("| Measure | Value |\n| --- | ---: |\n");
        md.Append("| Findings | ").Append(report.Findings.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        md.Append("| Debt | ").Append(DebtReport.FormatMinutes(report.DebtMinutes)).Append(" |\n");
        md.Append("| Accepted in baseline | ").Append(report.BaselinedFindings.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(DebtReport.FormatMinutes(report.BaselinedDebtMinutes)).Append(") |\n");
        md.Append("| Suppressed in source | ").Append(report.SuppressedInSource.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        if (report.Baseline is { } baseline)
        {
            md.Append("| New since baseline | ").Append(baseline.NewFindings.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(DebtReport.FormatMinutes(baseline.NewDebtMinutes)).Append(") |\n");
            md.Append("| Fixed since baseline | ").Append(baseline.FixedFindings.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(DebtReport.FormatMinutes(baseline.FixedDebtMinutes)).Append(") |\n");
        }

        Table(md, "Debt by family", "Family", report.ByFamily);
        Table(md, "Debt by rule", "Rule", report.ByRule);
        Table(md, "Debt by project", "Project", report.ByProject);
        Table(md, "Files with the most debt", "File", report.ByFile);

        md.Append("\n## Largest clone groups\n\n");
        if (report.CloneGroups.Count == 0)
        {
            md.Append("No duplicated code was reported.\n");
        }
        else
        {
            md.Append("| Rule | Copies | Lines | Debt | Locations |\n| --- | ---: | ---: | ---: | --- |\n");
            foreach (var group in report.CloneGroups)
            {
                md.Append("| ").Append(group.RuleId).Append(" | ").Append(group.Copies.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(group.Lines.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(DebtReport.FormatMinutes(group.DebtMinutes)).Append(" | ")
                    .Append(Escape(string.Join(", ", group.Locations))).Append(" |\n");
            }
        }

        md.Append("\n## Provenance\n\n");
        var provenance = report.Provenance;
        md.Append("| Measure | Value |\n| --- | ---: |\n");
        md.Append("| AI-attributed share | ").Append(provenance.AiShare is double share ? share.ToString("P1", CultureInfo.InvariantCulture) + " (" + provenance.AiLines.ToString(CultureInfo.InvariantCulture) + " of " + provenance.TotalLines.ToString(CultureInfo.InvariantCulture) + " lines)" : "not recorded").Append(" |\n");
        md.Append("| Reviewed AI regions | ").Append(provenance.ReviewedRegions.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        md.Append("| Unreviewed AI regions | ").Append(provenance.UnreviewedRegions.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        md.Append("| Provenance findings | ").Append(provenance.Findings.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(DebtReport.FormatMinutes(provenance.DebtMinutes)).Append(") |\n");

        ProvenanceTable(md, "AI code by project", "Project", report.ProvenanceByProject);
        ProvenanceTable(md, "AI code by file", "File", report.ProvenanceByFile);

        if (report.Baseline is { } compared)
        {
            Findings(md, "New findings", compared.New);
            Findings(md, "Fixed findings", compared.Fixed);
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, string title, string header, IReadOnlyList<DebtRow> rows)
    {
        md.Append("\n## ").Append(title).Append("\n\n");
        if (rows.Count == 0)
        {
            md.Append("No findings.\n");
            return;
        }

        md.Append("| ").Append(header).Append(" | Findings | Debt |\n| --- | ---: | ---: |\n");
        foreach (var row in rows)
        {
            md.Append("| ").Append(Escape(row.Label)).Append(" | ").Append(row.Findings.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(DebtReport.FormatMinutes(row.DebtMinutes)).Append(" |\n");
        }
    }

    private static void ProvenanceTable(StringBuilder md, string title, string header, IReadOnlyList<ProvenanceRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        md.Append("\n### ").Append(title).Append("\n\n");
        md.Append("| ").Append(header).Append(" | AI lines | Code lines | AI share | Unreviewed AI lines |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var row in rows)
        {
            md.Append("| ").Append(Escape(row.Key)).Append(" | ").Append(row.AiLines.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                .Append(row.TotalLines.ToString(CultureInfo.InvariantCulture)).Append(" | ")
                .Append(row.AiShare is double share ? share.ToString("P1", CultureInfo.InvariantCulture) : "n/a").Append(" | ")
                .Append(row.UnreviewedLines.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }
    }

    private static void Findings(StringBuilder md, string title, IReadOnlyList<Sarif.Finding> findings)
    {
        md.Append("\n## ").Append(title).Append("\n\n");
        if (findings.Count == 0)
        {
            md.Append("None.\n");
            return;
        }

        md.Append("| Rule | Location | Debt | Message |\n| --- | --- | ---: | --- |\n");
        foreach (var finding in findings)
        {
            md.Append("| ").Append(finding.RuleId).Append(" | ").Append(Escape(finding.Location?.Display ?? "(project)")).Append(" | ")
                .Append(DebtReport.FormatMinutes(finding.DebtMinutes)).Append(" | ").Append(Escape(finding.Message)).Append(" |\n");
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
