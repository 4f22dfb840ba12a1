using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AiDebt.Cli.Analysis;
using AiDebt.Cli.Baselines;
using AiDebt.Cli.Sarif;

namespace AiDebt.Cli.Reports;

/// <summary>One row of a breakdown: a family, rule, project or file with its findings and debt.</summary>
public sealed record DebtRow(string Key, string Label, int Findings, int DebtMinutes);

/// <summary>A group of clones (AID1xx findings that share <c>aidebt.cloneGroup</c>).</summary>
public sealed record CloneGroup(string RuleId, string Group, int Copies, int Lines, int DebtMinutes, IReadOnlyList<string> Locations);

/// <summary>The provenance summary over every project summary (AID400) and provenance finding.</summary>
public sealed record ProvenanceSummary(int AiLines, int TotalLines, int ReviewedRegions, int UnreviewedRegions, int Findings, int DebtMinutes)
{
    public double? AiShare => TotalLines > 0 ? (double)AiLines / TotalLines : null;
}

/// <summary>AI lines, code lines and unreviewed AI lines of one project or file, from the AID400 summaries.</summary>
public sealed record ProvenanceRow(string Key, int AiLines, int TotalLines, int UnreviewedLines)
{
    public double? AiShare => TotalLines > 0 ? (double)AiLines / TotalLines : null;
}

/// <summary>New against fixed debt, when the report is given a baseline.</summary>
public sealed record BaselineSummary(int NewFindings, int NewDebtMinutes, int FixedFindings, int FixedDebtMinutes, int Unchanged, IReadOnlyList<Finding> New, IReadOnlyList<Finding> Fixed);

/// <summary>Everything a debt report shows, computed once for the Markdown, HTML and JSON writers.</summary>
public sealed class DebtReport
{
    public required string Title { get; init; }

    public required DateTimeOffset Generated { get; init; }

    public required int Findings { get; init; }

    public required int DebtMinutes { get; init; }

    public required int BaselinedFindings { get; init; }

    public required int BaselinedDebtMinutes { get; init; }

    public required int SuppressedInSource { get; init; }

    public required IReadOnlyList<DebtRow> ByFamily { get; init; }

    public required IReadOnlyList<DebtRow> ByRule { get; init; }

    public required IReadOnlyList<DebtRow> ByProject { get; init; }

    public required IReadOnlyList<DebtRow> ByFile { get; init; }

    public required IReadOnlyList<CloneGroup> CloneGroups { get; init; }

    public required ProvenanceSummary Provenance { get; init; }

    /// <summary>Every project with an AID400 summary, most AI lines first.</summary>
    public IReadOnlyList<ProvenanceRow> ProvenanceByProject { get; init; } = Array.Empty<ProvenanceRow>();

    /// <summary>The files with AI lines, most unreviewed AI lines first (top rows only).</summary>
    public IReadOnlyList<ProvenanceRow> ProvenanceByFile { get; init; } = Array.Empty<ProvenanceRow>();

    public BaselineSummary? Baseline { get; init; }

    public GitInfo? Git { get; init; }

    /// <summary>Debt counts what is not suppressed; the baselined part is shown apart, suppressed-in-source not at all.</summary>
    public static DebtReport Create(IReadOnlyList<Finding> findings, Comparison? comparison, GitInfo? git, DateTimeOffset generated, int top = 15, Func<string, string>? label = null, string? root = null)
    {
        var active = findings.Where(f => f.IsActive).ToList();
        var counted = findings.Where(f => f.Suppression != SuppressionKind.InSource).ToList();
        label ??= id => AnalyzerCatalog.Label(id);
        BaselineSummary? baseline = null;
        if (comparison is not null)
        {
            var newFindings = comparison.New.ToList();
            baseline = new BaselineSummary(
                newFindings.Count,
                newFindings.Sum(f => f.DebtMinutes),
                comparison.Absent.Count,
                comparison.FixedDebtMinutes,
                comparison.Current.Count(f => f.BaselineState is "unchanged" or "updated"),
                SarifWriter.Order(newFindings).ToList(),
                SarifWriter.Order(comparison.Absent).ToList());
        }

        return new DebtReport
        {
            Title = "Technical debt report",
            Generated = generated,
            Findings = active.Count,
            DebtMinutes = active.Sum(f => f.DebtMinutes),
            BaselinedFindings = findings.Count(f => f.Suppression == SuppressionKind.Baseline && !f.IsSummary),
            BaselinedDebtMinutes = findings.Where(f => f.Suppression == SuppressionKind.Baseline && !f.IsSummary).Sum(f => f.DebtMinutes),
            SuppressedInSource = findings.Count(f => f.Suppression == SuppressionKind.InSource),
            ByFamily = Rows(active, f => f.Family, key => key, int.MaxValue),
            ByRule = Rows(active, f => f.RuleId, label, int.MaxValue),
            ByProject = Rows(active, f => f.Project ?? "(unknown)", key => key, top),
            ByFile = Rows(active.Where(f => f.Location is not null), f => Uri.UnescapeDataString(f.Location!.Uri), key => key, top),
            CloneGroups = Clones(counted, top),
            Provenance = SummarizeProvenance(counted),
            ProvenanceByProject = ProvenanceProjects(counted),
            ProvenanceByFile = ProvenanceFiles(counted, root, top),
            Baseline = baseline,
            Git = git,
        };
    }

    public static string FormatMinutes(int minutes)
    {
        if (minutes < 60)
        {
            return minutes.ToString(CultureInfo.InvariantCulture) + " min";
        }

        var hours = minutes / 60;
        var rest = minutes % 60;
        return hours.ToString(CultureInfo.InvariantCulture) + " h" + (rest == 0 ? string.Empty : " " + rest.ToString(CultureInfo.InvariantCulture) + " min");
    }

    private static List<DebtRow> Rows(IEnumerable<Finding> findings, Func<Finding, string> key, Func<string, string> label, int top) => findings
        .GroupBy(key, StringComparer.Ordinal)
        .Select(g => new DebtRow(g.Key, label(g.Key), g.Count(), g.Sum(f => f.DebtMinutes)))
        .OrderByDescending(r => r.DebtMinutes)
        .ThenByDescending(r => r.Findings)
        .ThenBy(r => r.Key, StringComparer.Ordinal)
        .Take(top)
        .ToList();

    private static List<CloneGroup> Clones(IEnumerable<Finding> findings, int top) => findings
        .Where(f => f.Family == "duplication")
        .GroupBy(f => f.RuleId + "\0" + (f.Properties.TryGetValue(AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer.CloneGroupProperty, out var group) ? group : f.Fingerprint ?? f.Message), StringComparer.Ordinal)
        .Select(g =>
        {
            var first = g.First();
            var locations = g.Where(f => f.Location is not null).Select(f => Uri.UnescapeDataString(f.Location!.Display))
                .Concat(g.SelectMany(f => f.RelatedLocations).Select(l => Uri.UnescapeDataString(l.Display)))
                .Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToList();
            var copies = Math.Max(locations.Count, Int(first, AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer.CloneCopiesProperty));
            return new CloneGroup(first.RuleId, g.Key[(g.Key.IndexOf('\0', StringComparison.Ordinal) + 1)..], copies, Int(first, AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer.CloneLinesProperty), g.Sum(f => f.DebtMinutes), locations);
        })
        .OrderByDescending(c => c.Lines * Math.Max(1, c.Copies))
        .ThenByDescending(c => c.DebtMinutes)
        .ThenBy(c => c.Group, StringComparer.Ordinal)
        .Take(top)
        .ToList();

    private static ProvenanceSummary SummarizeProvenance(IEnumerable<Finding> findings)
    {
        var provenance = findings.Where(f => f.Family == "provenance").ToList();
        var summaries = provenance.Where(f => f.Properties.ContainsKey("aidebt.totalLines")).ToList();
        var regions = provenance.Where(f => !f.IsSummary && !f.Properties.ContainsKey("aidebt.totalLines")).ToList();
        return new ProvenanceSummary(
            summaries.Sum(f => Int(f, "aidebt.aiLines")),
            summaries.Sum(f => Int(f, "aidebt.totalLines")),
            summaries.Sum(f => Int(f, "aidebt.reviewedRegions")),
            summaries.Sum(f => Int(f, "aidebt.unreviewedRegions")),
            regions.Count,
            regions.Sum(f => f.DebtMinutes));
    }

    private static List<Finding> Summaries(IEnumerable<Finding> findings) =>
        findings.Where(f => f.RuleId == AiDebtAnalyzers.RuleIds.ProvenanceSummary && f.Properties.ContainsKey(AiDebtAnalyzers.Provenance.ProvenanceSummaryAnalyzer.TotalLines)).ToList();

    private static List<ProvenanceRow> ProvenanceProjects(IEnumerable<Finding> findings) => Summaries(findings)
        .GroupBy(f => f.Project ?? "(unknown)", StringComparer.Ordinal)
        .Select(g => new ProvenanceRow(
            g.Key,
            g.Sum(f => Int(f, AiDebtAnalyzers.Provenance.ProvenanceSummaryAnalyzer.AiLines)),
            g.Sum(f => Int(f, AiDebtAnalyzers.Provenance.ProvenanceSummaryAnalyzer.TotalLines)),
            g.Sum(f => Int(f, AiDebtAnalyzers.Provenance.ProvenanceSummaryAnalyzer.UnreviewedLines))))
        .OrderByDescending(r => r.AiLines)
        .ThenBy(r => r.Key, StringComparer.Ordinal)
        .ToList();

    /// <summary>Reads AID400's <c>aidebt.byFile</c>: per line, AI lines, code lines, unreviewed AI lines and the path, tab-separated.</summary>
    private static List<ProvenanceRow> ProvenanceFiles(IEnumerable<Finding> findings, string? root, int top)
    {
        var rows = new Dictionary<string, ProvenanceRow>(StringComparer.Ordinal);
        foreach (var summary in Summaries(findings))
        {
            if (!summary.Properties.TryGetValue(AiDebtAnalyzers.Provenance.ProvenanceSummaryAnalyzer.ByFile, out var byFile))
            {
                continue;
            }

            foreach (var line in byFile.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var fields = line.Split('\t', 4);
                if (fields.Length != 4
                    || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ai)
                    || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var total)
                    || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var unreviewed))
                {
                    continue;
                }

                var path = Path.IsPathRooted(fields[3]) ? Uri.UnescapeDataString(PathMapper.RelativeTo(fields[3], root)) : fields[3];

                // A file compiled into several projects (multi-targeting, linked files) is counted once.
                rows.TryAdd(path, new ProvenanceRow(path, ai, total, unreviewed));
            }
        }

        return rows.Values
            .OrderByDescending(r => r.UnreviewedLines)
            .ThenByDescending(r => r.AiLines)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    private static int Int(Finding finding, string key) =>
        finding.Properties.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
