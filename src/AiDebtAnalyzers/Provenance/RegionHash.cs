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
public readonly struct RegionHash
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

    /// <summary>How many lines of the span hold at least one token (no hashing).</summary>
    public static int CountCodeLines(SyntaxNode root, SourceText text, TextSpan content, TextSpan? excluded = null) => Walk(root, text, content, excluded, null);

    private static int Walk(SyntaxNode root, SourceText text, TextSpan content, TextSpan? excluded, List<string>? units)
    {
        var lines = 0;
        var lastLine = -1;
        foreach (var token in root.DescendantTokens(content))
        {
            if (token.Span.Length == 0 || !content.Contains(token.Span) || (excluded is { } skip && skip.Contains(token.Span)))
            {
                continue;
            }

            units?.Add(token.Text);
            var line = text.Lines.GetLineFromPosition(token.SpanStart).LineNumber;
            if (line != lastLine)
            {
                lines++;
                lastLine = line;
            }

            // A token over several lines (a verbatim or raw string) counts every line it covers.
            var endLine = text.Lines.GetLineFromPosition(token.Span.End).LineNumber;
            if (endLine != line)
            {
                lines += endLine - line;
                lastLine = endLine;
            }
        }

        return lines;
    }
}
