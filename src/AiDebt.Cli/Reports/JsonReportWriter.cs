using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Reports;

/// <summary>The report as JSON, for dashboards and trend storage (schema: <c>aidebt-report</c> version 1).</summary>
public static class JsonReportWriter
{
    public static string Write(DebtReport report)
    {
        var root = new JsonObject
        {
            ["schema"] = "aidebt-report",
            ["version"] = 1,
            ["generated"] = report.Generated.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            ["findings"] = report.Findings,
            ["debtMinutes"] = report.DebtMinutes,
            ["baselined"] = new JsonObject { ["findings"] = report.BaselinedFindings, ["debtMinutes"] = report.BaselinedDebtMinutes },
            ["suppressedInSource"] = report.SuppressedInSource,
            ["byFamily"] = Rows(report.ByFamily),
            ["byRule"] = Rows(report.ByRule),
            ["byProject"] = Rows(report.ByProject),
            ["byFile"] = Rows(report.ByFile),
            ["cloneGroups"] = new JsonArray(report.CloneGroups.Select(c => (JsonNode)new JsonObject
            {
                ["ruleId"] = c.RuleId,
                ["group"] = c.Group,
                ["copies"] = c.Copies,
                ["lines"] = c.Lines,
                ["debtMinutes"] = c.DebtMinutes,
                ["locations"] = new JsonArray(c.Locations.Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
            }).ToArray()),
            ["provenance"] = new JsonObject
            {
                ["aiLines"] = report.Provenance.AiLines,
                ["totalLines"] = report.Provenance.TotalLines,
                ["aiShare"] = report.Provenance.AiShare,
                ["reviewedRegions"] = report.Provenance.ReviewedRegions,
                ["unreviewedRegions"] = report.Provenance.UnreviewedRegions,
                ["findings"] = report.Provenance.Findings,
                ["debtMinutes"] = report.Provenance.DebtMinutes,
                ["byProject"] = ProvenanceRows(report.ProvenanceByProject),
                ["byFile"] = ProvenanceRows(report.ProvenanceByFile),
            },
        };
        if (report.Git is not null)
        {
            root["git"] = new JsonObject { ["repositoryUri"] = report.Git.RepositoryUri, ["revisionId"] = report.Git.RevisionId, ["branch"] = report.Git.Branch };
        }

        if (report.Baseline is { } baseline)
        {
            root["baseline"] = new JsonObject
            {
                ["newFindings"] = baseline.NewFindings,
                ["newDebtMinutes"] = baseline.NewDebtMinutes,
                ["fixedFindings"] = baseline.FixedFindings,
                ["fixedDebtMinutes"] = baseline.FixedDebtMinutes,
                ["unchanged"] = baseline.Unchanged,
            };
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonArray ProvenanceRows(System.Collections.Generic.IReadOnlyList<ProvenanceRow> rows) =>
        new(rows.Select(r => (JsonNode)new JsonObject { ["key"] = r.Key, ["aiLines"] = r.AiLines, ["totalLines"] = r.TotalLines, ["aiShare"] = r.AiShare, ["unreviewedLines"] = r.UnreviewedLines }).ToArray());

    private static JsonArray Rows(System.Collections.Generic.IReadOnlyList<DebtRow> rows) =>
        new(rows.Select(r => (JsonNode)new JsonObject { ["key"] = r.Key, ["label"] = r.Label, ["findings"] = r.Findings, ["debtMinutes"] = r.DebtMinutes }).ToArray());
}
