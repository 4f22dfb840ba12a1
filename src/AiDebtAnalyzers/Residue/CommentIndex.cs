using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Residue;

/// <summary>
/// One <c>//</c> or <c>/* */</c> comment of a tree with what the residue classifiers make of its text. Classification
/// does not depend on options, so one index serves every rule and every option set. Everything but the trivia is
/// computed when a rule first asks for it and kept for the next rule (see <see cref="CommentIndex"/>).
/// </summary>
internal readonly struct IndexedComment
{
    private readonly CommentIndex index;
    private readonly int ordinal;

    internal IndexedComment(CommentIndex index, int ordinal, SyntaxTrivia trivia)
    {
        this.index = index;
        this.ordinal = ordinal;
        Trivia = trivia;
    }

    public SyntaxTrivia Trivia { get; }

    /// <summary>The comment as written, markers included.</summary>
    public string Text => index.TextOf(ordinal, Trivia);

    /// <summary>The zero-based line the comment starts on.</summary>
    public int Line => index.LineOf(ordinal, Trivia);

    /// <summary>Whether only white space shares the comment's first and last lines with it.</summary>
    public bool IsAloneOnLine => index.IsAloneOnLine(ordinal, Trivia);

    public bool IsSingleLine => Trivia.IsKind(SyntaxKind.SingleLineCommentTrivia);

    internal ElisionKind Elision => index.ElisionOf(ordinal, Trivia);

    internal PlaceholderKind Placeholder => index.PlaceholderOf(ordinal, Trivia);

    /// <summary>The chatbot text the comment carries, if any (provenance takes any such artifact as evidence).</summary>
    public bool IsChatbotArtifact => Chatbot != ChatbotArtifactKind.None;

    internal ChatbotArtifactKind Chatbot => index.ChatbotOf(ordinal, Trivia);
}

/// <summary>
/// The comments of a syntax tree, found once and cached per tree, so the residue rules (AID501, AID502, AID503), the
/// provenance rules and AID201 share one pass instead of each walking every comment. Documentation comments are kept
/// apart: AID503 reads their plain-text lines and AID502 asks whether a member has any comment at all.
/// </summary>
/// <remarks>
/// <para>
/// <b>Finding the comments.</b> Every comment's text starts with <c>//</c> or <c>/*</c> (documentation comments with
/// <c>///</c> or <c>/**</c>), so the index scans the tree's text for those two characters and asks the tree for the token
/// at each place found (<see cref="SyntaxNode.FindToken(int, bool)"/>), instead of visiting every token's trivia. It then
/// takes that token's leading and trailing trivia whole, as a walk over every token would, and goes on scanning after the
/// token. A token the scan passes over has no <c>//</c> or <c>/*</c> anywhere in its text or trivia, so it holds no
/// comment, and the comments come out exactly as the walk gives them, in the same order. The two characters also occur
/// where no comment starts (inside string and character literals, disabled text, directives, documentation comments);
/// there the token found holds the place in its own text or in trivia of another kind, and is skipped whole like any
/// other, so a string such as <c>"http://host"</c> yields no comment. Comments inside directives (<c>#if DEBUG // why</c>)
/// belong to the directive's structure, which the index does not enter, as the walk did not.
/// </para>
/// <para>
/// <b>What is computed when asked.</b> A comment's text, line, layout and the three phrase detectors' verdicts are
/// computed for a comment the first time a rule asks for them and stored in the index: a rule that is off costs
/// nothing, and the rule that asks first pays for what the others read. The results do not depend on who asks or in
/// which order, so threads that race on the same comment store the same value.
/// </para>
/// </remarks>
internal sealed class CommentIndex
{
    /// <summary>How many characters of the text the scan copies at a time (one buffer per tree).</summary>
    internal const int ScanChunkLength = 4096;

    private static readonly ConditionalWeakTable<SyntaxTree, CommentIndex> Cache = new();

    private readonly SourceText text;

    // Per comment, by ordinal; 0 (or null) means "not computed yet", other values are offset by one.
    private readonly string?[] texts;
    private readonly int[] linesPlusOne;
    private readonly byte[] aloneOnLine;
    private readonly byte[] elisions;
    private readonly byte[] placeholders;
    private readonly byte[] chatbots;

    private CommentIndex(SourceText text, ImmutableArray<SyntaxTrivia>.Builder comments, ImmutableArray<SyntaxTrivia> documentationComments)
    {
        this.text = text;
        var count = comments.Count;
        texts = new string?[count];
        linesPlusOne = new int[count];
        aloneOnLine = new byte[count];
        elisions = new byte[count];
        placeholders = new byte[count];
        chatbots = new byte[count];
        var indexed = ImmutableArray.CreateBuilder<IndexedComment>(count);
        for (var i = 0; i < count; i++)
        {
            indexed.Add(new IndexedComment(this, i, comments[i]));
        }

        Comments = indexed.MoveToImmutable();
        DocumentationComments = documentationComments;
    }

    /// <summary>Every <c>//</c> and <c>/* */</c> comment, in file order.</summary>
    public ImmutableArray<IndexedComment> Comments { get; }

    /// <summary>Every <c>///</c> documentation comment, in file order.</summary>
    public ImmutableArray<SyntaxTrivia> DocumentationComments { get; }

    public static CommentIndex Get(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.GetOrCompute(tree, static (tree, cancellationToken) => Build(tree.GetRoot(cancellationToken), tree.GetText(cancellationToken), cancellationToken), cancellationToken);

    internal string TextOf(int ordinal, SyntaxTrivia trivia) => texts[ordinal] ??= trivia.ToString();

    internal int LineOf(int ordinal, SyntaxTrivia trivia)
    {
        var stored = linesPlusOne[ordinal];
        if (stored == 0)
        {
            stored = text.Lines.GetLineFromPosition(trivia.SpanStart).LineNumber + 1;
            linesPlusOne[ordinal] = stored;
        }

        return stored - 1;
    }

    internal bool IsAloneOnLine(int ordinal, SyntaxTrivia trivia)
    {
        var stored = aloneOnLine[ordinal];
        if (stored == 0)
        {
            stored = CommentLayout.IsAloneOnLine(text, trivia.Span) ? (byte)2 : (byte)1;
            aloneOnLine[ordinal] = stored;
        }

        return stored == 2;
    }

    internal ElisionKind ElisionOf(int ordinal, SyntaxTrivia trivia)
    {
        var stored = elisions[ordinal];
        if (stored == 0)
        {
            stored = (byte)(ElisionPhrases.Classify(TextOf(ordinal, trivia)) + 1);
            elisions[ordinal] = stored;
        }

        return (ElisionKind)(stored - 1);
    }

    internal PlaceholderKind PlaceholderOf(int ordinal, SyntaxTrivia trivia)
    {
        var stored = placeholders[ordinal];
        if (stored == 0)
        {
            stored = (byte)(PlaceholderPhrases.Classify(TextOf(ordinal, trivia)) + 1);
            placeholders[ordinal] = stored;
        }

        return (PlaceholderKind)(stored - 1);
    }

    internal ChatbotArtifactKind ChatbotOf(int ordinal, SyntaxTrivia trivia)
    {
        var stored = chatbots[ordinal];
        if (stored == 0)
        {
            stored = (byte)(ChatbotArtifacts.Classify(TextOf(ordinal, trivia)) + 1);
            chatbots[ordinal] = stored;
        }

        return (ChatbotArtifactKind)(stored - 1);
    }

    private static CommentIndex Build(SyntaxNode root, SourceText text, CancellationToken cancellationToken)
    {
        var comments = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var documentation = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var length = text.Length;
        var buffer = new char[Math.Min(length, ScanChunkLength)];

        // The innermost node of the last token read: the next place found is usually close by, so the search for its
        // token starts from there and climbs only as far as it must, rather than descending from the root each time.
        var near = root;
        var chunkStart = 0;
        while (length - chunkStart >= 2)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(buffer.Length, length - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, count);

            // The chunks overlap by one character, so a "//" split across two chunks is found in the second.
            var next = chunkStart + count - 1;
            for (var i = 0; i + 1 < count; i++)
            {
                if (buffer[i] != '/' || (buffer[i + 1] != '/' && buffer[i + 1] != '*'))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var position = chunkStart + i;
                while (!near.FullSpan.Contains(position) && near.Parent is { } parent)
                {
                    near = parent;
                }

                var token = near.FindToken(position);
                Collect(token.LeadingTrivia, comments, documentation);
                Collect(token.TrailingTrivia, comments, documentation);
                near = token.Parent ?? root;

                // The token's whole text and trivia are read: go on after it.
                var after = Math.Max(token.FullSpan.End, position + 1);
                if (after - chunkStart >= count - 1)
                {
                    next = after;
                    break;
                }

                i = after - chunkStart - 1;
            }

            chunkStart = next;
        }

        return new CommentIndex(text, comments, documentation.ToImmutable());
    }

    private static void Collect(SyntaxTriviaList trivia, ImmutableArray<SyntaxTrivia>.Builder comments, ImmutableArray<SyntaxTrivia>.Builder documentation)
    {
        foreach (var item in trivia)
        {
            switch (item.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                    comments.Add(item);
                    break;
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    documentation.Add(item);
                    break;
            }
        }
    }
}
