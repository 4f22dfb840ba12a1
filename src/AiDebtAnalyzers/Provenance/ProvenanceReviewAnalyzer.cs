using System.Collections.Immutable;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Provenance;

/// <summary>
/// AID403 and AID404, the review state of annotated regions: a reviewed region whose code no longer has the recorded
/// <c>aid1:</c> hash (AID403), and a region nobody has reviewed (AID404). Invalid annotations are AID402's alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProvenanceReviewAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor ChangedRule = new(
        RuleIds.ChangedSinceReview,
        "AI-generated code changed since review",
        "AI-generated code reviewed by {0} has changed since the review: its hash is {1}, the annotation records {2}",
        RuleCategories.Provenance,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The region was reviewed and its hash recorded; the code's hash no longer matches, so the code that runs is not the code that was reviewed. Formatting and comments do not count as edits.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.ChangedSinceReview));

    public static readonly DiagnosticDescriptor UnreviewedRule = new(
        RuleIds.UnreviewedAiCode,
        "Unreviewed AI-generated code",
        "AI-generated code from '{0}' ({1} lines) has not been reviewed",
        RuleCategories.Provenance,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The annotation has no 'reviewed-by': nobody has signed off the generated code. Marking it reviewed also records its hash, so that later edits are caught (AID403).",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UnreviewedAiCode));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(ChangedRule, UnreviewedRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        DebtProperties.RegisterSyntaxTreeAction(context, AnalyzeTree);
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, string? assembly)
    {
        var provenance = ProvenanceParser.Get(context.Tree, context.CancellationToken);
        if (provenance.Regions.IsEmpty)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        var text = context.Tree.GetText(context.CancellationToken);
        var reviewer = AiDebtOptions.ProvenanceReviewer.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Tree)).Trim();
        foreach (var region in provenance.Regions)
        {
            if (!region.IsValid)
            {
                continue;
            }

            var reviewedBy = region.ReviewedBy;
            var recorded = region.Hash;
            if (reviewedBy is not null && recorded is null)
            {
                continue;
            }

            var hash = region.ComputeHash(root, text);
            var changed = reviewedBy is not null && !string.Equals(hash.Value, recorded, System.StringComparison.Ordinal);
            if (reviewedBy is not null && !changed)
            {
                continue;
            }

            var rule = changed ? ChangedRule : UnreviewedRule;
            var properties = DebtProperties.Create(rule.Id, ProvenanceProperties.ReviewMinutes(hash.Lines), Fingerprint.ForSpan(rule.Id, root, region.ContentSpan), assembly);
            ProvenanceProperties.Add(properties, region.Tool, region.Model, region.Contributor, reviewed: reviewedBy is not null, hash.Lines);
            properties[ProvenanceProperties.CurrentHash] = hash.Value;
            if (recorded is not null)
            {
                properties[ProvenanceProperties.RecordedHash] = recorded;
            }

            if (reviewedBy is not null)
            {
                properties[ProvenanceProperties.ReviewedBy] = reviewedBy;
                properties[ProvenanceProperties.ReviewedOn] = region.Reviewed ?? string.Empty;
            }

            if (reviewer.Length > 0)
            {
                properties[ProvenanceProperties.Reviewer] = reviewer;
            }

            var location = Location.Create(context.Tree, region.MarkerSpan);
            context.ReportDiagnostic(changed
                ? Diagnostic.Create(rule, location, properties.ToImmutable(), reviewedBy, hash.Value, recorded)
                : Diagnostic.Create(rule, location, properties.ToImmutable(), region.Tool, hash.Lines));
        }
    }
}
