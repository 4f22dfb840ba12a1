using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.Infrastructure;

/// <summary>
/// Deletes comments from a document as text: a comment alone on its lines goes with those lines, a comment beside code
/// goes with the white space before it. Working on text keeps several removals in one document from conflicting.
/// </summary>
internal static class CommentRemover
{
    /// <summary>Removes or rewrites comments: an edit without replacement removes the comment, one with a replacement rewrites its text.</summary>
    public static async Task<Document> EditAsync(Document document, IEnumerable<CommentEdit> edits, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = new List<TextChange>();
        foreach (var edit in edits)
        {
            changes.Add(edit.Replacement is null
                ? new TextChange(DeletionFor(text, edit.Span), string.Empty)
                : new TextChange(edit.Span, edit.Replacement));
        }

        changes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var merged = ImmutableArray.CreateBuilder<TextChange>();
        var lastEnd = -1;
        foreach (var change in changes)
        {
            if (change.Span.Start < lastEnd)
            {
                // Overlaps an earlier edit (adjacent comment lines removed together): keep what is left of a deletion.
                if (change.NewText!.Length == 0 && change.Span.End > lastEnd)
                {
                    merged.Add(new TextChange(TextSpan.FromBounds(lastEnd, change.Span.End), string.Empty));
                    lastEnd = change.Span.End;
                }

                continue;
            }

            merged.Add(change);
            lastEnd = change.Span.End;
        }

        return document.WithText(text.WithChanges(merged));
    }

    private static TextSpan DeletionFor(SourceText text, TextSpan comment)
    {
        if (CommentLayout.IsAloneOnLine(text, comment))
        {
            var first = text.Lines.GetLineFromPosition(comment.Start);
            var last = text.Lines.GetLineFromPosition(comment.End);
            return TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak);
        }

        var start = comment.Start;
        var lineStart = text.Lines.GetLineFromPosition(start).Start;
        while (start > lineStart && (text[start - 1] == ' ' || text[start - 1] == '\t'))
        {
            start--;
        }

        return TextSpan.FromBounds(start, comment.End);
    }
}

/// <summary>One comment to remove (<see cref="Replacement"/> is null) or to rewrite.</summary>
internal readonly struct CommentEdit
{
    public CommentEdit(TextSpan span, string? replacement)
    {
        Span = span;
        Replacement = replacement;
    }

    public TextSpan Span { get; }

    public string? Replacement { get; }
}
