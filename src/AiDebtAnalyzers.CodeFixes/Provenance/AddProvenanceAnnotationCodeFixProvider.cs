using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Provenance;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.Provenance;

/// <summary>
/// AID401 "Add provenance annotation": wraps the member, region or file in an <c>&lt;ai-provenance&gt;</c> region with
/// what the evidence knows (tool, model, date, trace id, conversation) and the configured default tool and model.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddProvenanceAnnotationCodeFixProvider))]
[Shared]
public sealed class AddProvenanceAnnotationCodeFixProvider : TextEditCodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.UnattributedAiCode);

    protected override string Title => "Add provenance annotation";

    protected override bool CanFix(Diagnostic diagnostic) => diagnostic.AdditionalLocations.Count > 0;

    protected override IEnumerable<TextChange> GetEdits(SyntaxNode root, SourceText text, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var span = diagnostic.AdditionalLocations[0].SourceSpan;
        var newLine = NewLine(text);
        var firstLine = text.Lines.GetLineFromPosition(span.Start);
        var indentation = IndentationAt(text, span.Start);

        // Comments right above the code (its attribution, its summary) belong to it: the region starts above them.
        var startLine = firstLine.LineNumber;
        while (startLine > 0 && IsPlainCommentLine(text, startLine - 1))
        {
            startLine--;
        }

        var marker = new StringBuilder();
        marker.Append(indentation).Append("// <ai-provenance");
        Append(marker, ProvenanceFieldNames.Tool, Property(diagnostic, ProvenanceProperties.Tool) ?? "unknown");
        Append(marker, ProvenanceFieldNames.Model, Property(diagnostic, ProvenanceProperties.Model));
        Append(marker, ProvenanceFieldNames.Contributor, Property(diagnostic, ProvenanceProperties.Contributor) ?? "ai");
        Append(marker, ProvenanceFieldNames.Generated, Property(diagnostic, ProvenanceProperties.Generated));
        Append(marker, ProvenanceFieldNames.Trace, Property(diagnostic, ProvenanceProperties.Trace));
        Append(marker, ProvenanceFieldNames.Conversation, Property(diagnostic, ProvenanceProperties.Conversation));
        marker.Append('>').Append(newLine);

        yield return new TextChange(new TextSpan(text.Lines[startLine].Start, 0), marker.ToString());
        yield return CloseMarkerAfter(text, span.End, indentation);
    }

    private static void Append(StringBuilder marker, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            marker.Append(' ').Append(name).Append("=\"").Append(ProvenanceEditor.Clean(value!)).Append('"');
        }
    }

    private static string? Property(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    private static bool IsPlainCommentLine(SourceText text, int lineNumber)
    {
        var content = text.Lines[lineNumber].ToString().TrimStart();
        return content.StartsWith("//", System.StringComparison.Ordinal) && content.IndexOf("ai-provenance", System.StringComparison.Ordinal) < 0;
    }
}
