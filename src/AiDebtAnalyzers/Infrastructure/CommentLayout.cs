using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>Where a comment sits among the lines of its file.</summary>
internal static class CommentLayout
{
    /// <summary>A comment's text for a diagnostic message: white space folded, cut to 60 characters.</summary>
    public static string ShortenForMessage(string comment)
    {
        var folded = Fingerprint.NormalizeWhitespace(comment);
        return folded.Length <= 60 ? folded : folded.Substring(0, 57) + "...";
    }

    /// <summary>Whether only white space precedes the span on its first line and follows it on its last line.</summary>
    public static bool IsAloneOnLine(SourceText text, TextSpan span)
    {
        var startLine = text.Lines.GetLineFromPosition(span.Start);
        for (var i = startLine.Start; i < span.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        var endLine = text.Lines.GetLineFromPosition(span.End);
        for (var i = span.End; i < endLine.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the line above or below the span is a <c>//</c> comment line.</summary>
    public static bool HasCommentNeighbour(SourceText text, TextSpan span)
    {
        var line = text.Lines.GetLineFromPosition(span.Start).LineNumber;
        var lastLine = text.Lines.GetLineFromPosition(span.End).LineNumber;
        return (line > 0 && IsCommentLine(text, line - 1)) || (lastLine + 1 < text.Lines.Count && IsCommentLine(text, lastLine + 1));
    }

    private static bool IsCommentLine(SourceText text, int lineNumber)
    {
        var line = text.Lines[lineNumber];
        var i = line.Start;
        while (i < line.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i + 1 < line.End && text[i] == '/' && text[i + 1] == '/';
    }
}
