using System.Collections.Immutable;
using System.Globalization;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Baseline;

/// <summary>
/// AID002: the baseline file cannot be read. <see cref="BaselineSuppressor"/> shares the reader but cannot report,
/// so this analyzer names the file and line; while it fires, no finding is suppressed.
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
        description: "The baseline file (.aidebt/baseline.json or the file in AiDebtBaselineFile) is not valid JSON or does not follow format version 1. A baseline that cannot be read suppresses nothing, so every accepted finding reappears.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedBaseline));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // The rule reads an AdditionalFile, never source, so generated code is irrelevant to it.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeAdditionalFile);
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

        var text = context.AdditionalFile.GetText(context.CancellationToken);
        var location = Location.None;
        if (text is not null && text.Lines.Count > 0)
        {
            var lineIndex = baseline.ErrorLine - 1;
            if (lineIndex < 0 || lineIndex >= text.Lines.Count)
            {
                lineIndex = text.Lines.Count - 1;
            }

            var line = text.Lines[lineIndex];
            location = Location.Create(context.AdditionalFile.Path, line.Span, new LinePositionSpan(new LinePosition(lineIndex, 0), new LinePosition(lineIndex, line.Span.Length)));
        }

        var fingerprint = Fingerprint.ForValue(RuleIds.MalformedBaseline, "baseline", baseline.Error!);
        var properties = DebtProperties.Create(RuleIds.MalformedBaseline, DebtMinutes, fingerprint);
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            location,
            properties.ToImmutable(),
            context.AdditionalFile.Path,
            baseline.ErrorLine.ToString(CultureInfo.InvariantCulture),
            baseline.Error));
    }
}
