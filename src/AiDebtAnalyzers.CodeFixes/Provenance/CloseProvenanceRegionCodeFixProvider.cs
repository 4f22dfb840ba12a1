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
        var newLine = NewLine(text);
        var close = IndentationAt(text, diagnostic.Location.SourceSpan.Start) + "// </ai-provenance>";
        var lastLine = text.Lines.GetLineFromPosition(target.End);
        yield return lastLine.EndIncludingLineBreak > lastLine.End
            ? new TextChange(new TextSpan(lastLine.EndIncludingLineBreak, 0), close + newLine)
            : new TextChange(new TextSpan(lastLine.End, 0), newLine + close);
    }
}
