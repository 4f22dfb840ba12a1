using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.Provenance;

/// <summary>
/// A fix made of text edits. Fix-all gathers the edits of every diagnostic in a document and applies them at once,
/// in diagnostic order, dropping any that overlap an earlier one; insertions at one position keep that order, so a
/// region closed before the next one opens stays that way.
/// </summary>
public abstract class TextEditCodeFixProvider : CodeFixProvider
{
    protected abstract string Title { get; }

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        (context, document, diagnostics) => ApplyAsync(document, diagnostics, context.CancellationToken)!);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!CanFix(diagnostic))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title,
                    cancellationToken => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    equivalenceKey: GetType().Name),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether this diagnostic can be fixed with certainty.</summary>
    protected virtual bool CanFix(Diagnostic diagnostic) => true;

    /// <summary>The edits for one diagnostic, against the document's current text.</summary>
    protected abstract IEnumerable<TextChange> GetEdits(SyntaxNode root, SourceText text, Diagnostic diagnostic, CancellationToken cancellationToken);

    private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var edits = new List<TextChange>();
        foreach (var diagnostic in diagnostics.Where(CanFix).OrderBy(d => d.Location.SourceSpan.Start))
        {
            edits.AddRange(GetEdits(root, text, diagnostic, cancellationToken));
        }

        // OrderBy is stable: edits at one position keep the order the diagnostics produced them in.
        var ordered = edits.OrderBy(e => e.Span.Start).ToList();
        var kept = new List<TextChange>();
        var end = -1;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < end)
            {
                continue;
            }

            if (kept.Count > 0 && edit.Span.Length == 0 && kept[kept.Count - 1].Span.Length == 0 && kept[kept.Count - 1].Span.Start == edit.Span.Start)
            {
                var previous = kept[kept.Count - 1];
                kept[kept.Count - 1] = new TextChange(previous.Span, previous.NewText + edit.NewText);
                continue;
            }

            kept.Add(edit);
            end = edit.Span.End;
        }

        return document.WithText(text.WithChanges(kept));
    }

    /// <summary>The white space that starts the line holding a position.</summary>
    protected static string IndentationAt(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        var i = line.Start;
        while (i < line.End && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, i));
    }

    /// <summary>Inserts <c>// &lt;/ai-provenance&gt;</c> on its own line after the line where <paramref name="end"/> falls.</summary>
    protected static TextChange CloseMarkerAfter(SourceText text, int end, string indentation)
    {
        var newLine = NewLine(text);
        var close = indentation + "// </ai-provenance>";
        var lastLine = text.Lines.GetLineFromPosition(end);
        return lastLine.EndIncludingLineBreak > lastLine.End
            ? new TextChange(new TextSpan(lastLine.EndIncludingLineBreak, 0), close + newLine)
            : new TextChange(new TextSpan(lastLine.End, 0), newLine + close);
    }

    /// <summary>The line break the document uses.</summary>
    protected static string NewLine(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            var breakLength = line.EndIncludingLineBreak - line.End;
            if (breakLength > 0)
            {
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
        }

        return "\n";
    }
}
