using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace AiDebt.Cli.Reports;

/// <summary>
/// The report as one self-contained HTML file: inline CSS and inline SVG charts, no script and no network, laid out
/// for a phone as well as a desktop.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly string[] Palette = { "#4f6bed", "#e8833a", "#2ea66f", "#d64545", "#8e5cd9", "#c9a227", "#3aa7c9", "#7a7a7a" };

    public static string Write(DebtReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(report.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<header><h1>").Append(E(report.Title)).Append("</h1><p class=\"meta\">");
        if (report.Git is not null)
        {
            html.Append("Commit <code>").Append(E(report.Git.RevisionId[..Math.Min(12, report.Git.RevisionId.Length)])).Append("</code>");
            if (report.Git.Branch is not null)
            {
                html.Append(" on <code>").Append(E(report.Git.Branch)).Append("</code>");
            }

            html.Append(" · ");
        }

        html.Append("Generated ").Append(E(report.Generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</p></header>\n");

        html.Append("<section class=\"cards\">\n");
        Card(html, "Debt", DebtReport.FormatMinutes(report.DebtMinutes), report.Findings.ToString(CultureInfo.InvariantCulture) + " findings");
        Card(html, "Accepted in baseline", DebtReport.FormatMinutes(report.BaselinedDebtMinutes), report.BaselinedFindings.ToString(CultureInfo.InvariantCulture) + " findings");
        if (report.Baseline is { } baseline)
        {
            Card(html, "New since baseline", DebtReport.FormatMinutes(baseline.NewDebtMinutes), baseline.NewFindings.ToString(CultureInfo.InvariantCulture) + " findings", baseline.NewFindings > 0 ? "bad" : "good");
            Card(html, "Fixed since baseline", DebtReport.FormatMinutes(baseline.FixedDebtMinutes), baseline.FixedFindings.ToString(CultureInfo.InvariantCulture) + " findings", baseline.FixedFindings > 0 ? "good" : null);
        }

        var share = report.Provenance.AiShare;
        Card(html, "AI-attributed code", share is double s ? s.ToString("P0", CultureInfo.InvariantCulture) : "n/a", report.Provenance.UnreviewedRegions.ToString(CultureInfo.InvariantCulture) + " unreviewed regions");
        html.Append("</section>\n");

        html.Append("<section class=\"panel\"><h2>Debt by family</h2>\n");
        if (report.ByFamily.Count == 0)
        {
            html.Append("<p>No findings.</p>");
        }
        else
        {
            html.Append("<div class=\"split\">").Append(Donut(report.ByFamily)).Append(Bars(report.ByFamily, withColours: true)).Append("</div>");
        }

        html.Append("</section>\n");
        Section(html, "Debt by rule", report.ByRule);
        Section(html, "Debt by project", report.ByProject);
        Section(html, "Files with the most debt", report.ByFile);

        html.Append("<section class=\"panel\"><h2>Largest clone groups</h2>\n");
        if (report.CloneGroups.Count == 0)
        {
            html.Append("<p>No duplicated code was reported.</p>");
        }
        else
        {
            html.Append("<div class=\"scroll\"><table><thead><tr><th>Rule</th><th class=\"num\">Copies</th><th class=\"num\">Lines</th><th class=\"num\">Debt</th><th>Locations</th></tr></thead><tbody>");
            foreach (var group in report.CloneGroups)
            {
                html.Append("<tr><td data-label=\"Rule\">").Append(E(group.RuleId)).Append("</td><td class=\"num\" data-label=\"Copies\">").Append(group.Copies.ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td class=\"num\" data-label=\"Lines\">").Append(group.Lines.ToString(CultureInfo.InvariantCulture)).Append("</td><td class=\"num\" data-label=\"Debt\">").Append(E(DebtReport.FormatMinutes(group.DebtMinutes)))
                    .Append("</td><td class=\"path\" data-label=\"Locations\">").Append(string.Join("<br>", group.Locations.Select(E))).Append("</td></tr>");
            }

            html.Append("</tbody></table></div>");
        }

        html.Append("</section>\n");

        html.Append("<section class=\"panel\"><h2>Provenance</h2>\n");
        var provenance = report.Provenance;
        if (share is double aiShare)
        {
            html.Append("<div class=\"meter\" role=\"img\" aria-label=\"").Append(E(aiShare.ToString("P1", CultureInfo.InvariantCulture))).Append(" of the code is AI-attributed\">")
                .Append("<svg viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" width=\"100%\" height=\"14\"><rect width=\"100\" height=\"6\" rx=\"3\" class=\"track\"/><rect width=\"")
                .Append((aiShare * 100).ToString("0.##", CultureInfo.InvariantCulture)).Append("\" height=\"6\" rx=\"3\" fill=\"").Append(Palette[4]).Append("\"/></svg></div>");
        }

        html.Append("<dl class=\"facts\">");
        Fact(html, "AI-attributed lines", share is null ? "not recorded" : provenance.AiLines.ToString(CultureInfo.InvariantCulture) + " of " + provenance.TotalLines.ToString(CultureInfo.InvariantCulture));
        Fact(html, "Reviewed AI regions", provenance.ReviewedRegions.ToString(CultureInfo.InvariantCulture));
        Fact(html, "Unreviewed AI regions", provenance.UnreviewedRegions.ToString(CultureInfo.InvariantCulture));
        Fact(html, "Provenance findings", provenance.Findings.ToString(CultureInfo.InvariantCulture) + " (" + DebtReport.FormatMinutes(provenance.DebtMinutes) + ")");
        html.Append("</dl>");
        ProvenanceTable(html, "Project", report.ProvenanceByProject);
        ProvenanceTable(html, "File", report.ProvenanceByFile);
        html.Append("</section>\n");

        if (report.Baseline is { } compared)
        {
            FindingTable(html, "New findings", compared.New);
            FindingTable(html, "Fixed findings", compared.Fixed);
        }

        html.Append("<footer>AiDebtAnalyzers ").Append(E(Analysis.AnalyzerCatalog.PackageVersion)).Append(" · debt in estimated minutes to fix</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Card(StringBuilder html, string label, string value, string detail, string? tone = null)
    {
        html.Append("<div class=\"card").Append(tone is null ? string.Empty : " " + tone).Append("\"><div class=\"label\">").Append(E(label)).Append("</div><div class=\"value\">")
            .Append(E(value)).Append("</div><div class=\"detail\">").Append(E(detail)).Append("</div></div>\n");
    }

    private static void Fact(StringBuilder html, string label, string value) =>
        html.Append("<div><dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd></div>");

    private static void Section(StringBuilder html, string title, IReadOnlyList<DebtRow> rows)
    {
        html.Append("<section class=\"panel\"><h2>").Append(E(title)).Append("</h2>\n");
        html.Append(rows.Count == 0 ? "<p>No findings.</p>" : Bars(rows, withColours: false));
        html.Append("</section>\n");
    }

    /// <summary>One row a key: the label in HTML (so it wraps on a phone) and the bar as a stretchable SVG.</summary>
    private static string Bars(IReadOnlyList<DebtRow> rows, bool withColours)
    {
        var max = Math.Max(1, rows.Max(r => r.DebtMinutes));
        var html = new StringBuilder("<ol class=\"bars\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var width = Math.Max(0.5, 100.0 * row.DebtMinutes / max);
            var colour = withColours ? Palette[i % Palette.Length] : Palette[0];
            html.Append("<li><div class=\"bar-label\"><span class=\"name\">").Append(E(row.Label)).Append("</span><span class=\"amount\">")
                .Append(E(DebtReport.FormatMinutes(row.DebtMinutes))).Append(" · ").Append(row.Findings.ToString(CultureInfo.InvariantCulture)).Append(row.Findings == 1 ? " finding" : " findings")
                .Append("</span></div><svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" width=\"100%\" height=\"10\" aria-hidden=\"true\"><rect width=\"100\" height=\"10\" rx=\"2\" class=\"track\"/><rect width=\"")
                .Append(width.ToString("0.##", CultureInfo.InvariantCulture)).Append("\" height=\"10\" rx=\"2\" fill=\"").Append(colour).Append("\"/></svg></li>");
        }

        return html.Append("</ol>").ToString();
    }

    /// <summary>A donut of the families' shares of the debt.</summary>
    private static string Donut(IReadOnlyList<DebtRow> rows)
    {
        var total = rows.Sum(r => r.DebtMinutes);
        var svg = new StringBuilder("<svg class=\"donut\" viewBox=\"0 0 42 42\" width=\"160\" height=\"160\" role=\"img\" aria-label=\"Share of debt by family\">");
        svg.Append("<circle cx=\"21\" cy=\"21\" r=\"15.9155\" fill=\"none\" stroke-width=\"6\" class=\"track-stroke\"/>");
        if (total > 0)
        {
            double offset = 25;
            for (var i = 0; i < rows.Count; i++)
            {
                var percent = 100.0 * rows[i].DebtMinutes / total;
                svg.Append("<circle cx=\"21\" cy=\"21\" r=\"15.9155\" fill=\"none\" stroke=\"").Append(Palette[i % Palette.Length]).Append("\" stroke-width=\"6\" stroke-dasharray=\"")
                    .Append(percent.ToString("0.###", CultureInfo.InvariantCulture)).Append(' ').Append((100 - percent).ToString("0.###", CultureInfo.InvariantCulture))
                    .Append("\" stroke-dashoffset=\"").Append(offset.ToString("0.###", CultureInfo.InvariantCulture)).Append("\"><title>")
                    .Append(E(rows[i].Label + ": " + percent.ToString("0", CultureInfo.InvariantCulture) + "%")).Append("</title></circle>");
                offset -= percent;
            }
        }

        svg.Append("<text x=\"21\" y=\"20\" text-anchor=\"middle\" class=\"donut-value\">").Append(E(DebtReport.FormatMinutes(total))).Append("</text>");
        svg.Append("<text x=\"21\" y=\"25.5\" text-anchor=\"middle\" class=\"donut-label\">debt</text></svg>");
        return svg.ToString();
    }

    private static void ProvenanceTable(StringBuilder html, string header, IReadOnlyList<ProvenanceRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"scroll\"><table><thead><tr><th>").Append(header).Append("</th><th class=\"num\">AI lines</th><th class=\"num\">Code lines</th><th class=\"num\">AI share</th><th class=\"num\">Unreviewed AI lines</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr><td class=\"path\" data-label=\"").Append(header).Append("\">").Append(E(row.Key))
                .Append("</td><td class=\"num\" data-label=\"AI lines\">").Append(row.AiLines.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num\" data-label=\"Code lines\">").Append(row.TotalLines.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num\" data-label=\"AI share\">").Append(row.AiShare is double share ? share.ToString("P1", CultureInfo.InvariantCulture) : "n/a")
                .Append("</td><td class=\"num\" data-label=\"Unreviewed AI lines\">").Append(row.UnreviewedLines.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void FindingTable(StringBuilder html, string title, IReadOnlyList<Sarif.Finding> findings)
    {
        html.Append("<section class=\"panel\"><h2>").Append(E(title)).Append("</h2>\n");
        if (findings.Count == 0)
        {
            html.Append("<p>None.</p></section>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table><thead><tr><th>Rule</th><th>Location</th><th class=\"num\">Debt</th><th>Message</th></tr></thead><tbody>");
        foreach (var finding in findings)
        {
            html.Append("<tr><td data-label=\"Rule\">").Append(E(finding.RuleId)).Append("</td><td class=\"path\" data-label=\"Location\">").Append(E(Uri.UnescapeDataString(finding.Location?.Display ?? "(project)")))
                .Append("</td><td class=\"num\" data-label=\"Debt\">").Append(E(DebtReport.FormatMinutes(finding.DebtMinutes))).Append("</td><td data-label=\"Message\">").Append(E(finding.Message)).Append("</td></tr>");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        :root { --bg: #f6f7f9; --panel: #fff; --text: #1d2330; --muted: #5d6678; --line: #e3e6ec; --track: #eceff4; --good: #2ea66f; --bad: #d64545; }
        @media (prefers-color-scheme: dark) { :root { --bg: #14171d; --panel: #1d2129; --text: #e6e9ef; --muted: #9aa3b5; --line: #2c313c; --track: #2a2f39; } }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 1100px; margin: 0 auto; padding: 16px; }
        header h1 { margin: 8px 0 2px; font-size: 1.6rem; }
        .meta, footer { color: var(--muted); font-size: .85rem; }
        footer { margin: 24px 0 8px; text-align: center; }
        code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 16px 0; }
        .card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
        .card .label { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
        .card .value { font-size: 1.55rem; font-weight: 650; margin: 2px 0; }
        .card .detail { color: var(--muted); font-size: .85rem; }
        .card.good .value { color: var(--good); } .card.bad .value { color: var(--bad); }
        .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin: 12px 0; }
        .panel h2 { font-size: 1.1rem; margin: 0 0 10px; }
        .split { display: flex; flex-wrap: wrap; gap: 20px; align-items: center; }
        .split .bars { flex: 1 1 280px; }
        .donut { flex: 0 0 auto; margin: 0 auto; }
        .donut-value { font-size: 3.6px; font-weight: 650; fill: var(--text); }
        .donut-label { font-size: 2.8px; fill: var(--muted); }
        .track { fill: var(--track); } .track-stroke { stroke: var(--track); }
        .bars { list-style: none; margin: 0; padding: 0; }
        .bars li { margin: 0 0 10px; }
        .bar-label { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 2px 12px; font-size: .9rem; }
        .bar-label .name { overflow-wrap: anywhere; }
        .bar-label .amount { color: var(--muted); white-space: nowrap; }
        .bar { display: block; margin-top: 3px; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; }
        .num { text-align: right; white-space: nowrap; }
        .path { overflow-wrap: anywhere; min-width: 12ch; }
        .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 8px 16px; margin: 12px 0 0; }
        .facts dt { color: var(--muted); font-size: .8rem; } .facts dd { margin: 0; font-weight: 600; }
        @media (max-width: 480px) { main { padding: 10px; } header h1 { font-size: 1.3rem; } .card .value { font-size: 1.3rem; } }
        @media (max-width: 640px) {
          table, tbody, tr, td { display: block; width: 100%; }
          thead { display: none; }
          tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
          td { border: 0; padding: 2px 0; text-align: left; display: grid; grid-template-columns: 7.5em 1fr; gap: 8px; }
          td.num { text-align: left; white-space: normal; }
          td::before { content: attr(data-label); color: var(--muted); font-size: .8rem; }
        }
        """;
}
