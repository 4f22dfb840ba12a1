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
    public static async Task<Document> RemoveAsync(Document document, IEnumerable<TextSpan> commentSpans, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var deletions = new List<TextSpan>();
        foreach (var span in commentSpans)
        {
            deletions.Add(DeletionFor(text, span));
        }

        deletions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var changes = ImmutableArray.CreateBuilder<TextChange>();
        var lastEnd = -1;
        foreach (var deletion in deletions)
        {
            var start = deletion.Start < lastEnd ? lastEnd : deletion.Start;
            if (deletion.End > start)
            {
                changes.Add(new TextChange(TextSpan.FromBounds(start, deletion.End), string.Empty));
                lastEnd = deletion.End;
            }
        }

        return document.WithText(text.WithChanges(changes));
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
