using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Baseline;

/// <summary>
/// AID002: the baseline file cannot be used as it is. <see cref="BaselineSuppressor"/> shares the reader but cannot
/// report, so this analyzer names the file and line: when the file is malformed (then no finding is suppressed), and when
/// a version 1 entry names a comment that more comments of the code now share than the baseline lists (then none of
/// them is suppressed, and <c>aidebt baseline --upgrade</c> rewrites the baseline).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MalformedBaselineAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Repairing a JSON file or regenerating it with <c>aidebt baseline</c>.</summary>
    public const int DebtMinutes = 5;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MalformedBaseline,
        "Malformed AiDebtAnalyzers baseline",
        "Baseline '{0}' is malformed at line {1}: {2}; no finding is suppressed until it is fixed",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The baseline file (.aidebt/baseline.json or the file in AiDebtBaselineFile) is not valid JSON or does not follow format version 2 (or 1). A baseline that cannot be read suppresses nothing, so every accepted finding reappears.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedBaseline));

    /// <summary>The same rule for a version 1 entry that more findings share than it can stand for; counted over the compilation.</summary>
    public static readonly DiagnosticDescriptor AmbiguousRule = new(
        RuleIds.MalformedBaseline,
        "Malformed AiDebtAnalyzers baseline",
        "Baseline '{0}' line {1} is a version 1 entry that {2} comments now share, more than the {3} entries it has for them, so none of them is suppressed; rewrite the baseline with 'aidebt baseline --upgrade <sarif> -o {0}'",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Version 1 fingerprints gave equal comments of one member the same fingerprint, so a version 1 baseline cannot tell an accepted comment from a new equal one. While more of them exist than the baseline lists, none is suppressed.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedBaseline),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, AmbiguousRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // The malformed file check reads an AdditionalFile, never source. The count of version 1 comments must see the
        // comments the rules see, and the comment rules skip generated code too.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeAdditionalFile);
        context.RegisterCompilationStartAction(CountLegacyComments);
    }

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
    {
        if (!Baseline.IsBaselineFile(context.AdditionalFile, context.Options))
        {
            return;
        }

        var baseline = Baseline.Load(context.AdditionalFile, context.CancellationToken);
        if (baseline.IsValid)
        {
            return;
        }

        var fingerprint = Fingerprint.ForValue(RuleIds.MalformedBaseline, "baseline", baseline.Error!);
        var properties = DebtProperties.Create(RuleIds.MalformedBaseline, DebtMinutes, fingerprint, context.Compilation.AssemblyName);
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            LineLocation(context.AdditionalFile, baseline.ErrorLine, context.CancellationToken),
            properties.ToImmutable(),
            context.AdditionalFile.Path,
            baseline.ErrorLine.ToString(CultureInfo.InvariantCulture),
            baseline.Error));
    }

    /// <summary>
    /// With a version 1 baseline only: counts the comments whose version 1 key (container and text hash) a version 1
    /// entry names, and reports the entries that more comments share than they are. The comment rules (AID501, AID503
    /// and AID502's comments) were the ones whose equal findings version 1 could not tell apart.
    /// </summary>
    private static void CountLegacyComments(CompilationStartAnalysisContext start)
    {
        var groups = new List<(AdditionalText File, Baseline.LegacyGroup Group)>();
        var hashes = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var file in start.Options.AdditionalFiles)
        {
            if (!Baseline.IsBaselineFile(file, start.Options))
            {
                continue;
            }

            var baseline = Baseline.Load(file, start.CancellationToken);
            foreach (var group in baseline.IsValid ? baseline.LegacyGroups : ImmutableArray<Baseline.LegacyGroup>.Empty)
            {
                groups.Add((file, group));
                hashes.Add(group.Hash);
            }
        }

        if (groups.Count == 0)
        {
            return;
        }

        var comments = new ConcurrentDictionary<string, int>(System.StringComparer.Ordinal);
        start.RegisterSyntaxTreeAction(context =>
        {
            var root = context.Tree.GetRoot(context.CancellationToken);
            foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
            {
                if (!trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && !trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    continue;
                }

                var hash = Fingerprint.Hash(new[] { Fingerprint.NormalizeWhitespace(trivia.ToString()) });
                if (hashes.Contains(hash))
                {
                    var container = Fingerprint.LegacyContainerPath(trivia.Token.Parent ?? root);
                    comments.AddOrUpdate(container + ":" + hash, 1, (_, count) => count + 1);
                }
            }
        });
        start.RegisterCompilationEndAction(end =>
        {
            foreach (var (file, group) in groups)
            {
                if (!comments.TryGetValue(group.Container + ":" + group.Hash, out var count) || count <= group.Entries)
                {
                    continue;
                }

                var fingerprint = Fingerprint.ForValue(RuleIds.MalformedBaseline, "baseline", group.Key);
                var properties = DebtProperties.Create(RuleIds.MalformedBaseline, DebtMinutes, fingerprint, end.Compilation.AssemblyName);
                end.ReportDiagnostic(Diagnostic.Create(
                    AmbiguousRule,
                    LineLocation(file, group.Line, end.CancellationToken),
                    properties.ToImmutable(),
                    file.Path,
                    group.Line.ToString(CultureInfo.InvariantCulture),
                    count.ToString(CultureInfo.InvariantCulture),
                    group.Entries.ToString(CultureInfo.InvariantCulture)));
            }
        });
    }

    /// <summary>The whole 1-based <paramref name="line"/> of the file (its last line when out of range).</summary>
    private static Location LineLocation(AdditionalText file, int line, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null || text.Lines.Count == 0)
        {
            return Location.None;
        }

        var lineIndex = line - 1;
        if (lineIndex < 0 || lineIndex >= text.Lines.Count)
        {
            lineIndex = text.Lines.Count - 1;
        }

        var span = text.Lines[lineIndex].Span;
        return Location.Create(file.Path, span, new LinePositionSpan(new LinePosition(lineIndex, 0), new LinePosition(lineIndex, span.Length)));
    }
}
