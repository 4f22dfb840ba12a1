using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// The normalized fingerprints of one syntax tree: every statement list of its code blocks (method, constructor,
/// accessor, operator, local function and lambda bodies, switch sections, a run of top-level statements) with, per
/// statement, its span, lines, token count and two hashes of its normalized tokens (the tokens themselves are not kept;
/// see <see cref="TokensOf"/>). It depends on nothing but the tree, so it is computed once per
/// <see cref="SyntaxTree"/> and shared by every compilation that contains the tree: after an edit, a new compilation
/// re-hashes only the edited files. The cache holds the data only as long as the tree is alive.
/// </summary>
internal sealed class TreeCloneData
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeCloneData> Cache = new();

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong MixC1 = 0x87C37B91114253D5UL;
    private const ulong MixC2 = 0x4CF5AD432745937FUL;

    private TreeCloneData(
        int[] statementTokenCount,
        TextSpan[] statementSpans,
        int[] statementStartLine,
        int[] statementEndLine,
        long[] statementShapeHash,
        long[] statementExactHash,
        int[] listStart,
        int[] listCount)
    {
        StatementTokenCount = statementTokenCount;
        StatementSpans = statementSpans;
        StatementStartLine = statementStartLine;
        StatementEndLine = statementEndLine;
        StatementShapeHash = statementShapeHash;
        StatementExactHash = statementExactHash;
        ListStart = listStart;
        ListCount = listCount;
    }

    /// <summary>
    /// Per statement: how many tokens it has. The tokens themselves are not kept (the cache lives as long as the tree, and
    /// in an IDE that is every open file); the index asks <see cref="TokensOf"/> for the few statements that match.
    /// </summary>
    public int[] StatementTokenCount { get; }

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

    public static TreeCloneData Get(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.GetOrCompute(tree, Compute, cancellationToken);

    /// <summary>The cached data of a tree, without computing it: lets tests see which trees an analysis re-hashed.</summary>
    internal static bool TryGetCached(SyntaxTree tree, out TreeCloneData? data) => Cache.TryGetValue(tree, out data);

    /// <summary>Whether a token kind is abstracted in Type-2 modes (identifiers are mapped, literals compared by kind).</summary>
    public static bool IsIdentifier(int shape) => shape == (int)SyntaxKind.IdentifierToken;

    /// <summary>
    /// Order-sensitive 64-bit combine (MurmurHash3's x64 block step): one multiply-rotate round per value, where a byte-wise
    /// FNV round would take eight. It runs for every token of every statement, so it is the fingerprints' inner loop.
    /// Only in-memory matching uses it; group ids are SHA-256 over the normalized token text.
    /// </summary>
    internal static long HashCombine(long hash, long value)
    {
        var k = unchecked((ulong)value * MixC1);
        k = (k << 31) | (k >> 33);
        k = unchecked(k * MixC2);
        var h = (ulong)hash ^ k;
        h = (h << 27) | (h >> 37);
        return unchecked((long)((h * 5) + 0x52DCE729));
    }

    internal static long HashSeed => unchecked((long)FnvOffset);

    private static TreeCloneData Compute(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var text = tree.GetText(cancellationToken);
        var scratch = Scratch.Rent();

        var topLevelEnd = -1;
        foreach (var node in root.DescendantNodes(MayHoldStatementList))
        {
            if (node is GlobalStatementSyntax global)
            {
                // The statements of a top-level program are the body of its entry point: one run of consecutive global
                // statements is one statement list, walked whole when its first statement comes by.
                if (global.SpanStart >= topLevelEnd)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    topLevelEnd = WalkTopLevelRun(global, scratch);
                }

                continue;
            }

            if (node is not BlockSyntax outerBlock)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            Walk(outerBlock, scratch);
        }

        var statements = scratch.Statements;
        var tokenStarts = scratch.TokenStarts;
        var tokenCount = scratch.TokenCount;
        var count = statements.Count;
        var tokenCounts = new int[count];
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
            var first = LowerBound(tokenStarts, tokenCount, span.Start);
            var end = LowerBound(tokenStarts, tokenCount, span.End);
            tokenCounts[i] = end - first;
            spans[i] = span;
            startLine[i] = text.Lines.GetLineFromPosition(span.Start).LineNumber;
            endLine[i] = text.Lines.GetLineFromPosition(end > first ? tokenStarts[end - 1] : span.Start).LineNumber;

            var shape = HashSeed;
            var exact = HashSeed;
            for (var t = first; t < end; t++)
            {
                shape = HashCombine(shape, scratch.Shapes[t]);
                exact = HashCombine(exact, scratch.Exacts[t]);
            }

            shapeHash[i] = HashCombine(shape, end - first);
            exactHash[i] = HashCombine(exact, end - first);
        }

        var lists = scratch.Lists;
        var listStart = new int[lists.Count];
        var listCount = new int[lists.Count];
        for (var i = 0; i < lists.Count; i++)
        {
            listStart[i] = lists[i].Start;
            listCount[i] = lists[i].Count;
        }

        Scratch.Return(scratch);
        return new TreeCloneData(tokenCounts, spans, startLine, endLine, shapeHash, exactHash, listStart, listCount);
    }

    /// <summary>
    /// Whether the search for bodies descends into a node: not into a body (walked whole by <see cref="Walk"/>) and not
    /// into the parts of a declaration that cannot hold a statement list in code that compiles (attributes, parameter
    /// lists with their constant defaults, base lists, constraints, the declared types of members and fields, using
    /// directives), so that their nodes are never realized. Initializers and expression bodies are searched: a lambda
    /// there has a block.
    /// </summary>
    private static bool MayHoldStatementList(SyntaxNode node) => node switch
    {
        BlockSyntax or GlobalStatementSyntax => false,
        AttributeListSyntax or BaseParameterListSyntax or BaseListSyntax or TypeParameterListSyntax
            or TypeParameterConstraintClauseSyntax or UsingDirectiveSyntax or ExternAliasDirectiveSyntax
            or ExplicitInterfaceSpecifierSyntax => false,
        TypeSyntax => node.Parent is not (MemberDeclarationSyntax or VariableDeclarationSyntax),
        _ => true,
    };

    /// <summary>
    /// The tokens of one statement as the fingerprints saw them, found again in the tree by the statement's span: each
    /// token's kind written to <paramref name="shapes"/> and, for an identifier, a number for its text to
    /// <paramref name="names"/> (from <paramref name="offset"/> on, at most <paramref name="tokenCount"/> of them). Equal
    /// texts get equal numbers, different texts different ones: <paramref name="identifiers"/> gives each text hash the
    /// next number the first time it is met, so that the renaming check keeps its first-use orders in arrays indexed by
    /// that number instead of dictionaries keyed by the hash.
    /// </summary>
    public static SyntaxNode? TokensOf(SyntaxNode from, TextSpan statementSpan, int tokenCount, int[] shapes, int[] names, int offset, Dictionary<long, int> identifiers)
    {
        SyntaxNode? statement = from.FindToken(statementSpan.Start).Parent;
        while (statement is not null && !(statement is StatementSyntax && statement.Span == statementSpan))
        {
            statement = statement.Parent;
        }

        var count = 0;
        if (statement is not null)
        {
            // The same tokens as DescendantTokens(), without its iterator: the index reads every matched statement.
            var walk = new TokenWalk(statement, statement.FullSpan);
            while (walk.Next(out var token))
            {
                if (token.IsMissing || token.Span.IsEmpty || count == tokenCount)
                {
                    continue;
                }

                var kind = token.RawKind;
                shapes[offset + count] = kind;
                if (IsIdentifier(kind))
                {
                    var hash = TextHash(token.Text);
                    if (!identifiers.TryGetValue(hash, out var number))
                    {
                        number = identifiers.Count;
                        identifiers.Add(hash, number);
                    }

                    names[offset + count] = number;
                }

                count++;
            }
        }

        return statement;
    }

    /// <summary>
    /// Records the run of consecutive global statements that starts at <paramref name="first"/> as one statement list,
    /// then walks each statement like a body: blocks nested in top-level statements (an <c>if</c>'s block, a lambda's or
    /// local function's body, a bare <c>{ }</c>) are statement lists of their own, as they are inside a method. Returns
    /// the end of the run, so that the caller skips the run's other statements.
    /// </summary>
    private static int WalkTopLevelRun(GlobalStatementSyntax first, Scratch scratch)
    {
        // Error recovery may leave a global statement elsewhere than in the compilation unit: it is then a run of one.
        var members = first.Parent switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax ns => ns.Members,
            _ => default,
        };
        var start = members.IndexOf(first);
        if (start < 0)
        {
            scratch.Lists.Add((scratch.Statements.Count, 1));
            scratch.Statements.Add(first.Statement);
            Walk(first.Statement, scratch);
            return first.Span.End;
        }

        var end = start;
        while (end < members.Count && members[end] is GlobalStatementSyntax)
        {
            end++;
        }

        scratch.Lists.Add((scratch.Statements.Count, end - start));
        for (var i = start; i < end; i++)
        {
            scratch.Statements.Add(((GlobalStatementSyntax)members[i]).Statement);
        }

        for (var i = start; i < end; i++)
        {
            Walk(((GlobalStatementSyntax)members[i]).Statement, scratch);
        }

        return members[end - 1].Span.End;
    }

    /// <summary>
    /// One pass over a body, iterative (deep expressions must not exhaust the stack): its tokens in order, and each
    /// statement list. The nodes and tokens <c>DescendantNodesAndTokensAndSelf()</c> gives, in the same order, by a walk
    /// with the thread's reused stack of child enumerators (<see cref="WalkStack"/>) instead of an iterator per body.
    /// </summary>
    private static void Walk(SyntaxNode body, Scratch scratch)
    {
        AddStatementList(body, scratch);
        var stack = WalkStack.Rent();
        stack[0] = body.ChildNodesAndTokens().GetEnumerator();
        var depth = 1;
        var deepest = 1;
        while (depth > 0)
        {
            ref var children = ref stack[depth - 1];
            if (!children.MoveNext())
            {
                depth--;
                continue;
            }

            var child = children.Current;
            SyntaxToken token;
            if (child.AsNode() is { } node)
            {
                if (node is IdentifierNameSyntax name)
                {
                    // One token and no statement list: taken here instead of entering the node.
                    token = name.Identifier;
                }
                else
                {
                    AddStatementList(node, scratch);
                    WalkStack.Push(ref stack, ref depth, ref deepest, node);

                    continue;
                }
            }
            else
            {
                token = child.AsToken();
            }

            if (token.IsMissing || token.Span.IsEmpty)
            {
                continue;
            }

            var kind = token.RawKind;
            scratch.AddToken(kind, IsAbstracted(token) ? TextHash(token.Text) : kind, token.SpanStart);
        }

        WalkStack.Return(stack, deepest);
    }

    /// <summary>Records the statements of a block or a switch section, when it has any, as one statement list.</summary>
    private static void AddStatementList(SyntaxNode node, Scratch scratch)
    {
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
            return;
        }

        if (list.Count > 0)
        {
            scratch.Lists.Add((scratch.Statements.Count, list.Count));
            foreach (var statement in list)
            {
                scratch.Statements.Add(statement);
            }
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

    private static int LowerBound(int[] sorted, int count, int value)
    {
        var low = 0;
        var high = count;
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

    /// <summary>
    /// The growing buffers of one computation, reused by the next computation on the same thread. Growing fresh lists
    /// for every tree put most of the fingerprinting time into copying and into collecting large-object-heap arrays.
    /// </summary>
    private sealed class Scratch
    {
        // Buffers grown past this many tokens are not kept, so that one huge file does not pin memory on a thread.
        private const int MaxKeptTokens = 1 << 16;

        [System.ThreadStatic]
        private static Scratch? cached;

        private Scratch()
        {
        }

        public int[] Shapes { get; private set; } = new int[4096];

        public long[] Exacts { get; private set; } = new long[4096];

        public int[] TokenStarts { get; private set; } = new int[4096];

        public int TokenCount { get; private set; }

        public List<StatementSyntax> Statements { get; } = new();

        public List<(int Start, int Count)> Lists { get; } = new();

        public static Scratch Rent()
        {
            var scratch = cached ?? new Scratch();
            cached = null;
            return scratch;
        }

        /// <summary>Not called when a computation is cancelled: the next one then starts with new buffers.</summary>
        public static void Return(Scratch scratch)
        {
            // The statements are the tree's nodes: a kept buffer must not keep the tree alive.
            scratch.Statements.Clear();
            scratch.Lists.Clear();
            scratch.TokenCount = 0;
            if (scratch.Shapes.Length <= MaxKeptTokens)
            {
                cached = scratch;
            }
        }

        public void AddToken(int shape, long exact, int start)
        {
            if (TokenCount == Shapes.Length)
            {
                var size = Shapes.Length * 2;
                var shapes = new int[size];
                var exacts = new long[size];
                var starts = new int[size];
                System.Array.Copy(Shapes, shapes, TokenCount);
                System.Array.Copy(Exacts, exacts, TokenCount);
                System.Array.Copy(TokenStarts, starts, TokenCount);
                Shapes = shapes;
                Exacts = exacts;
                TokenStarts = starts;
            }

            Shapes[TokenCount] = shape;
            Exacts[TokenCount] = exact;
            TokenStarts[TokenCount] = start;
            TokenCount++;
        }
    }
}
