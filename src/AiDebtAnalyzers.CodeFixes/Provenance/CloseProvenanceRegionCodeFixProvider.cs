using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using AiDebtAnalyzers.Provenance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.Provenance;

/// <summary>
/// AID402 "Close the provenance region": the one repair that is certain. An opening marker without a closing one
/// annotates the member or statement right after it, so the region closes after that member.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CloseProvenanceRegionCodeFixProvider))]
[Shared]
public sealed class CloseProvenanceRegionCodeFixProvider : TextEditCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.InvalidProvenance);

    protected override string Title => "Close the provenance region after the member";

    protected override bool CanFix(Diagnostic diagnostic) =>
        diagnostic.AdditionalLocations.Count > 0
        && diagnostic.Properties.TryGetValue(ProvenanceProperties.Repair, out var repair) && repair == ProvenanceProperties.RepairClose;

    protected override IEnumerable<TextChange> GetEdits(SyntaxNode root, SourceText text, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var target = diagnostic.AdditionalLocations[0].SourceSpan;
        yield return CloseMarkerAfter(text, target.End, IndentationAt(text, diagnostic.Location.SourceSpan.Start));
    }
}
