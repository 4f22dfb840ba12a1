using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// The normalized token fingerprints of one syntax tree: the tokens of every code block (method, constructor, accessor,
/// operator, local function and lambda bodies) as two codes each, and every statement list (a block's or a switch
/// section's statements) with per-statement hashes. It depends on nothing but the tree, so it is computed once per
/// <see cref="SyntaxTree"/> and shared by every compilation that contains the tree: after an edit, a new compilation
/// re-hashes only the edited files. The cache holds the data only as long as the tree is alive.
/// </summary>
internal sealed class TreeCloneData
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeCloneData> Cache = new();

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private TreeCloneData(
        int[] shapes,
        long[] exacts,
        int[] statementTokenStart,
        int[] statementTokenEnd,
        TextSpan[] statementSpans,
        int[] statementStartLine,
        int[] statementEndLine,
        long[] statementShapeHash,
        long[] statementExactHash,
        int[] listStart,
        int[] listCount)
    {
        Shapes = shapes;
        Exacts = exacts;
        StatementTokenStart = statementTokenStart;
        StatementTokenEnd = statementTokenEnd;
        StatementSpans = statementSpans;
        StatementStartLine = statementStartLine;
        StatementEndLine = statementEndLine;
        StatementShapeHash = statementShapeHash;
        StatementExactHash = statementExactHash;
        ListStart = listStart;
        ListCount = listCount;
    }

    /// <summary>Per token: its syntax kind, so identifiers and literals are abstracted to their kind.</summary>
    public int[] Shapes { get; }

    /// <summary>Per token: its kind, or a 64-bit hash of its text for identifiers and literals.</summary>
    public long[] Exacts { get; }

    public int[] StatementTokenStart { get; }

    public int[] StatementTokenEnd { get; }

    public TextSpan[] StatementSpans { get; }

    /// <summary>Zero-based line of the statement's first token.</summary>
    public int[] StatementStartLine { get; }

    /// <summary>Zero-based line of the statement's last token.</summary>
    public int[] StatementEndLine { get; }

    public long[] StatementShapeHash { get; }

    public long[] StatementExactHash { get; }

    /// <summary>Per statement list: the index of its first statement in the statement arrays.</summary>
    public int[] ListStart { get; }

    public int[] ListCount { get; }

    public int StatementCount => StatementSpans.Length;

    public static TreeCloneData Get(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var cached))
        {
            return cached;
        }

        // Computed outside the table so that a cancelled computation leaves nothing behind; a racing thread's
        // result is as good as ours, and GetValue keeps whichever came first.
        var computed = Compute(tree, cancellationToken);
        return Cache.GetValue(tree, _ => computed);
    }

    /// <summary>Whether a token kind is abstracted in Type-2 modes (identifiers are mapped, literals compared by kind).</summary>
    public static bool IsIdentifier(int shape) => shape == (int)SyntaxKind.IdentifierToken;

    internal static long HashCombine(long hash, long value)
    {
        var h = (ulong)hash;
        var v = (ulong)value;
        for (var i = 0; i < 8; i++)
        {
            h ^= v & 0xFF;
            h *= FnvPrime;
            v >>= 8;
        }

        return (long)h;
    }

    internal static long HashSeed => unchecked((long)FnvOffset);

    private static TreeCloneData Compute(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var text = tree.GetText(cancellationToken);

        var shapes = new List<int>();
        var exacts = new List<long>();
        var tokenStarts = new List<int>();
        var lists = new List<(int Start, int Count)>();
        var statements = new List<StatementSyntax>();

        foreach (var node in root.DescendantNodes(static n => n is not BlockSyntax && n is not GlobalStatementSyntax))
        {
            if (node is not BlockSyntax outerBlock || node.Parent is GlobalStatementSyntax)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            Walk(outerBlock, shapes, exacts, tokenStarts, lists, statements);
        }

        var count = statements.Count;
        var tokenStart = new int[count];
        var tokenEnd = new int[count];
        var spans = new TextSpan[count];
        var startLine = new int[count];
        var endLine = new int[count];
        var shapeHash = new long[count];
        var exactHash = new long[count];
        for (var i = 0; i < count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var span = statements[i].Span;
            var first = LowerBound(tokenStarts, span.Start);
            var end = LowerBound(tokenStarts, span.End);
            tokenStart[i] = first;
            tokenEnd[i] = end;
            spans[i] = span;
            startLine[i] = text.Lines.GetLineFromPosition(span.Start).LineNumber;
            endLine[i] = text.Lines.GetLineFromPosition(end > first ? tokenStarts[end - 1] : span.Start).LineNumber;

            var shape = HashSeed;
            var exact = HashSeed;
            for (var t = first; t < end; t++)
            {
                shape = HashCombine(shape, shapes[t]);
                exact = HashCombine(exact, exacts[t]);
            }

            shapeHash[i] = HashCombine(shape, end - first);
            exactHash[i] = HashCombine(exact, end - first);
        }

        var listStart = new int[lists.Count];
        var listCount = new int[lists.Count];
        for (var i = 0; i < lists.Count; i++)
        {
            listStart[i] = lists[i].Start;
            listCount[i] = lists[i].Count;
        }

        return new TreeCloneData(shapes.ToArray(), exacts.ToArray(), tokenStart, tokenEnd, spans, startLine, endLine, shapeHash, exactHash, listStart, listCount);
    }

    /// <summary>One pass over a body (iterative: deep expressions must not exhaust the stack): its tokens in order, and each statement list.</summary>
    private static void Walk(SyntaxNode body, List<int> shapes, List<long> exacts, List<int> tokenStarts, List<(int Start, int Count)> lists, List<StatementSyntax> statements)
    {
        foreach (var element in body.DescendantNodesAndTokensAndSelf())
        {
            if (element.IsNode)
            {
                var node = element.AsNode();
                SyntaxList<StatementSyntax> list;
                if (node is BlockSyntax block)
                {
                    list = block.Statements;
                }
                else if (node is SwitchSectionSyntax section)
                {
                    list = section.Statements;
                }
                else
                {
                    continue;
                }

                if (list.Count > 0)
                {
                    lists.Add((statements.Count, list.Count));
                    foreach (var statement in list)
                    {
                        statements.Add(statement);
                    }
                }

                continue;
            }

            var token = element.AsToken();
            if (token.IsMissing || token.Span.IsEmpty)
            {
                continue;
            }

            var kind = token.RawKind;
            shapes.Add(kind);
            exacts.Add(IsAbstracted(token) ? TextHash(token.Text) : kind);
            tokenStarts.Add(token.SpanStart);
        }
    }

    /// <summary>Identifiers and literals: the tokens whose text, not only their kind, tells copies apart.</summary>
    internal static bool IsAbstracted(SyntaxToken token)
    {
        switch (token.Kind())
        {
            case SyntaxKind.IdentifierToken:
            case SyntaxKind.NumericLiteralToken:
            case SyntaxKind.StringLiteralToken:
            case SyntaxKind.CharacterLiteralToken:
            case SyntaxKind.InterpolatedStringTextToken:
            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
            case SyntaxKind.Utf8StringLiteralToken:
            case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                return true;
            default:
                return false;
        }
    }

    private static long TextHash(string text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h ^= c;
            h *= FnvPrime;
        }

        return (long)h;
    }

    private static int LowerBound(List<int> sorted, int value)
    {
        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
