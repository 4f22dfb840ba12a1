using System.Collections.Generic;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Provenance;

/// <summary>
/// The <c>aid1:</c> hash of a region: the first 16 hex digits of SHA-256 over the texts of the region's tokens
/// (comments and white space are trivia, so they never take part) joined by single spaces. Reformatting, re-indenting
/// or editing comments keeps the hash; changing any token changes it.
/// </summary>
internal readonly struct RegionHash
{
    private RegionHash(string value, int lines)
    {
        Value = value;
        Lines = lines;
    }

    /// <summary><c>aid1:</c> and 16 hex digits.</summary>
    public string Value { get; }

    /// <summary>How many lines of the region hold at least one token.</summary>
    public int Lines { get; }

    public static RegionHash Compute(SyntaxNode root, SourceText text, TextSpan content, TextSpan? excluded)
    {
        var units = new List<string>();
        var lines = Walk(root, text, content, excluded, units);
        return new RegionHash(ProvenanceFieldNames.HashPrefix + Fingerprint.Hash(units.ToArray()), lines);
    }

    /// <summary>
    /// How many lines of the span hold at least one token (no hashing): the lines <see cref="Compute"/> counts, without
    /// visiting every token. A node without syntax errors that lies on one line, inside the span and clear of the
    /// excluded part, adds its line without being entered (its tokens are on that line and one of them is not empty);
    /// only nodes over several lines are entered. AID400 counts the code lines of every file, and most nodes are
    /// expressions and statements on one line.
    /// </summary>
    public static int CountCodeLines(SyntaxNode root, SourceText text, TextSpan content, TextSpan? excluded = null)
    {
        var lines = 0;
        var lastLine = -1;
        var textLines = text.Lines;
        var cursor = textLines.GetLineFromPosition(content.Start).LineNumber;
        var pending = new Stack<SyntaxNodeOrToken>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (!item.FullSpan.OverlapsWith(content))
            {
                continue;
            }

            var span = item.Span;
            if (item.AsNode() is not { } node)
            {
                // A token: counted as the token walk counts it.
                if (span.Length > 0 && content.Contains(span) && !(excluded is { } skipped && skipped.Contains(span)))
                {
                    Count(span);
                }

                continue;
            }

            if (span.Length > 0 && !node.ContainsDiagnostics && content.Contains(span) && !(excluded is { } skip && skip.OverlapsWith(span))
                && OnOneLine(span))
            {
                Count(span);
                continue;
            }

            // Children pushed in reverse, so they are met in source order.
            var children = node.ChildNodesAndTokens();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        return lines;

        // Items come in source order, so the cursor may move to the node's first line: a node over several lines that is
        // entered next searches on from there, not again from the last line counted.
        bool OnOneLine(TextSpan span) => (cursor = LineAt(textLines, cursor, span.Start)) == textLines.GetLineFromPosition(span.End).LineNumber;

        // A token over several lines (a verbatim or raw string) counts every line it covers.
        void Count(TextSpan span)
        {
            var line = cursor = LineAt(textLines, cursor, span.Start);
            if (line != lastLine)
            {
                lines++;
                lastLine = line;
            }

            var endLine = cursor = LineAt(textLines, cursor, span.End);
            if (endLine != line)
            {
                lines += endLine - line;
                lastLine = endLine;
            }
        }
    }

    /// <summary>Every token of the span, its text added to <paramref name="units"/>; returns the lines they hold.</summary>
    private static int Walk(SyntaxNode root, SourceText text, TextSpan content, TextSpan? excluded, List<string> units)
    {
        var lines = 0;
        var lastLine = -1;

        // Tokens come in source order, so the line of each is found by moving forward from the previous one rather than
        // by a search over all lines.
        var textLines = text.Lines;
        var cursor = textLines.GetLineFromPosition(content.Start).LineNumber;
        foreach (var token in root.DescendantTokens(content))
        {
            if (token.Span.Length == 0 || !content.Contains(token.Span) || (excluded is { } skip && skip.Contains(token.Span)))
            {
                continue;
            }

            units.Add(token.Text);
            var line = cursor = LineAt(textLines, cursor, token.SpanStart);
            if (line != lastLine)
            {
                lines++;
                lastLine = line;
            }

            // A token over several lines (a verbatim or raw string) counts every line it covers.
            var endLine = cursor = LineAt(textLines, cursor, token.Span.End);
            if (endLine != line)
            {
                lines += endLine - line;
                lastLine = endLine;
            }
        }

        return lines;
    }

    /// <summary>The line holding <paramref name="position"/>, at or after line <paramref name="from"/>.</summary>
    private static int LineAt(TextLineCollection lines, int from, int position)
    {
        var line = from;
        while (line + 1 < lines.Count && lines[line + 1].Start <= position)
        {
            line++;
        }

        return line;
    }
}
