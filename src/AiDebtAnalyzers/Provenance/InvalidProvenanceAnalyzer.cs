using System.Collections.Immutable;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Provenance;

/// <summary>AID402: a provenance annotation that does not follow the grammar in docs/provenance.md.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidProvenanceAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Correcting a field or a marker takes a couple of minutes.</summary>
    public const int DebtMinutes = 2;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.InvalidProvenance,
        "Invalid provenance annotation",
        "Invalid provenance annotation: {0}",
        RuleCategories.Provenance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A provenance annotation has an unknown or missing required field, a bad date, a hash in the wrong format, or unbalanced or nested markers. The provenance rules ignore what they cannot read, so the region's review state goes unchecked.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.InvalidProvenance));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        DebtProperties.RegisterSyntaxTreeAction(context, AnalyzeTree);
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, string? assembly)
    {
        var provenance = ProvenanceParser.Get(context.Tree, context.CancellationToken);
        if (provenance.Problems.IsEmpty)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var problem in provenance.Problems)
        {
            var properties = DebtProperties.Create(RuleIds.InvalidProvenance, DebtMinutes, Fingerprint.ForValue(RuleIds.InvalidProvenance, root, problem.Span, problem.Message), assembly);
            ProvenanceProperties.Add(
                properties,
                problem.Get(ProvenanceFieldNames.Tool),
                problem.Get(ProvenanceFieldNames.Model),
                problem.Get(ProvenanceFieldNames.Contributor),
                reviewed: problem.Get(ProvenanceFieldNames.ReviewedBy) is not null,
                lines: 0);
            Location[]? additional = null;
            if (problem.CloseAfter is { } target)
            {
                properties[ProvenanceProperties.Repair] = ProvenanceProperties.RepairClose;
                additional = new[] { Location.Create(context.Tree, target) };
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Tree, problem.Span), additional, properties.ToImmutable(), problem.Message));
        }
    }
}
