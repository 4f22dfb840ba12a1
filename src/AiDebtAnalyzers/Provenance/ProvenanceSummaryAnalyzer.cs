using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Provenance;

/// <summary>
/// AID400: one summary per project of how much code is AI-generated and how much of it is reviewed, with the figures in
/// the diagnostic's properties so that SARIF carries them. Reported at compilation end, without a source location.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProvenanceSummaryAnalyzer : DiagnosticAnalyzer
{
    public const string AiLines = "aidebt.aiLines";
    public const string TotalLines = "aidebt.totalLines";
    public const string AiShare = "aidebt.aiShare";
    public const string ReviewedRegions = "aidebt.reviewedRegions";
    public const string UnreviewedRegions = "aidebt.unreviewedRegions";
    public const string ByTool = "aidebt.byTool";
    public const string ByModel = "aidebt.byModel";
    public const string AnnotatedLines = "aidebt.annotatedLines";
    public const string UnattributedLines = "aidebt.unattributedLines";
    public const string UnreviewedLines = "aidebt.unreviewedLines";
    public const string ByFile = "aidebt.byFile";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ProvenanceSummary,
        "Provenance summary",
        "{0} of {1} lines ({2}) are AI-generated: {3} annotated regions reviewed, {4} unreviewed, {5} lines without provenance",
        RuleCategories.Provenance,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A per-project summary of AI-generated code: lines in annotated regions and lines with evidence of AI generation but no annotation, the share of all code lines, reviewed and unreviewed regions, and lines by tool and by model.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.ProvenanceSummary),
        customTags: new[] { RuleTags.Summary, WellKnownDiagnosticTags.CompilationEnd });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is neither the team's nor the assistant's: it stays out of both the AI and the total lines.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // AID401's units, computed once per tree for both rules.
            var units = ProvenanceUnitCache.For(start.Compilation, start.Options, start.CancellationToken);
            var totals = new Totals();
            start.RegisterSyntaxTreeAction(tree => Count(tree, units, totals));
            start.RegisterCompilationEndAction(end => Report(end, totals));
        });
    }

    private sealed class Totals
    {
        public readonly object Gate = new();
        public readonly Dictionary<string, int> ByTool = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> ByModel = new(StringComparer.Ordinal);
        public readonly List<(string Path, int Ai, int Total, int Unreviewed)> Files = new();
        public int Total;
        public int Annotated;
        public int Unattributed;
        public int Reviewed;
        public int Unreviewed;
        public int UnreviewedLines;
    }

    private static void Count(SyntaxTreeAnalysisContext context, ProvenanceUnitCache unitCache, Totals totals)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        var text = context.Tree.GetText(context.CancellationToken);
        var total = RegionHash.CountCodeLines(root, text, root.FullSpan);
        var provenance = ProvenanceParser.Get(context.Tree, context.CancellationToken);
        var units = unitCache.UnitsOf(context.Tree, context.CancellationToken);

        var regionLines = new List<(string Tool, string Model, int Lines, bool Reviewed)>();
        foreach (var region in provenance.Regions)
        {
            if (region.IsValid)
            {
                var lines = RegionHash.CountCodeLines(root, text, region.ContentSpan, region.ExcludedSpan);
                regionLines.Add((region.Tool ?? "unknown", region.Model ?? "unknown", lines, region.ReviewedBy is not null));
            }
        }

        var unitLines = new List<(string Tool, string Model, int Lines)>();
        foreach (var unit in units)
        {
            unitLines.Add((unit.Tool ?? "unknown", unit.Model ?? "unknown", RegionHash.CountCodeLines(root, text, unit.Span)));
        }

        var fileAi = 0;
        var fileUnreviewed = 0;
        foreach (var (_, _, lines, reviewed) in regionLines)
        {
            fileAi += lines;
            fileUnreviewed += reviewed ? 0 : lines;
        }

        foreach (var (_, _, lines) in unitLines)
        {
            fileAi += lines;
            fileUnreviewed += lines;
        }

        lock (totals.Gate)
        {
            totals.Total += total;
            totals.UnreviewedLines += fileUnreviewed;
            if (fileAi > 0)
            {
                totals.Files.Add((context.Tree.FilePath, fileAi, total, fileUnreviewed));
            }

            foreach (var (tool, model, lines, reviewed) in regionLines)
            {
                totals.Annotated += lines;
                Add(totals.ByTool, tool, lines);
                Add(totals.ByModel, model, lines);
                if (reviewed)
                {
                    totals.Reviewed++;
                }
                else
                {
                    totals.Unreviewed++;
                }
            }

            foreach (var (tool, model, lines) in unitLines)
            {
                totals.Unattributed += lines;
                Add(totals.ByTool, tool, lines);
                Add(totals.ByModel, model, lines);
            }
        }
    }

    private static void Add(Dictionary<string, int> map, string key, int lines)
    {
        map.TryGetValue(key, out var current);
        map[key] = current + lines;
    }

    private static void Report(CompilationAnalysisContext context, Totals totals)
    {
        int aiLines;
        string share;
        ImmutableDictionary<string, string?>.Builder properties;
        string byTool;
        lock (totals.Gate)
        {
            aiLines = totals.Annotated + totals.Unattributed;
            share = totals.Total == 0 ? "0" : ((double)aiLines / totals.Total).ToString("0.####", CultureInfo.InvariantCulture);
            byTool = Format(totals.ByTool);
            properties = DebtProperties.Create(RuleIds.ProvenanceSummary, 0, Fingerprint.ForValue(RuleIds.ProvenanceSummary, context.Compilation.AssemblyName ?? "<project>", "summary"), context.Compilation.AssemblyName);
            ProvenanceProperties.Add(properties, null, null, null, reviewed: totals.Unreviewed == 0 && totals.Unattributed == 0, aiLines);
            properties[AiLines] = aiLines.ToString(CultureInfo.InvariantCulture);
            properties[TotalLines] = totals.Total.ToString(CultureInfo.InvariantCulture);
            properties[AiShare] = share;
            properties[ReviewedRegions] = totals.Reviewed.ToString(CultureInfo.InvariantCulture);
            properties[UnreviewedRegions] = totals.Unreviewed.ToString(CultureInfo.InvariantCulture);
            properties[ByTool] = byTool;
            properties[ByModel] = Format(totals.ByModel);
            properties[AnnotatedLines] = totals.Annotated.ToString(CultureInfo.InvariantCulture);
            properties[UnattributedLines] = totals.Unattributed.ToString(CultureInfo.InvariantCulture);
            properties[UnreviewedLines] = totals.UnreviewedLines.ToString(CultureInfo.InvariantCulture);
            properties[ByFile] = FormatFiles(totals.Files);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            Location.None,
            properties.ToImmutable(),
            aiLines.ToString(CultureInfo.InvariantCulture),
            properties[TotalLines],
            totals.Total == 0 ? "0%" : ((double)aiLines / totals.Total).ToString("0.#%", CultureInfo.InvariantCulture),
            properties[ReviewedRegions],
            properties[UnreviewedRegions],
            properties[UnattributedLines]));
    }

    /// <summary>One line per file with AI lines, by path: AI lines, code lines, unreviewed AI lines and the path, tab-separated.</summary>
    private static string FormatFiles(List<(string Path, int Ai, int Total, int Unreviewed)> files)
    {
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var builder = new StringBuilder();
        foreach (var (path, ai, total, unreviewed) in files)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(ai.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(total.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(unreviewed.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(path);
        }

        return builder.ToString();
    }

    /// <summary><c>name=lines;name=lines</c>, most lines first, then by name.</summary>
    private static string Format(Dictionary<string, int> map)
    {
        var entries = new List<KeyValuePair<string, int>>(map);
        entries.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        var builder = new StringBuilder();
        foreach (var entry in entries)
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }

            builder.Append(entry.Key).Append('=').Append(entry.Value.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
