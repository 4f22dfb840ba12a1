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
/// does not depend on options, so one index serves every rule and every option set.
/// </summary>
internal readonly struct IndexedComment
{
    internal IndexedComment(SyntaxTrivia trivia, string text, int line, bool isAloneOnLine, ElisionKind elision, PlaceholderKind placeholder, ChatbotArtifactKind chatbot)
    {
        Trivia = trivia;
        Text = text;
        Line = line;
        IsAloneOnLine = isAloneOnLine;
        Elision = elision;
        Placeholder = placeholder;
        Chatbot = chatbot;
    }

    public SyntaxTrivia Trivia { get; }

    /// <summary>The comment as written, markers included.</summary>
    public string Text { get; }

    /// <summary>The zero-based line the comment starts on.</summary>
    public int Line { get; }

    /// <summary>Whether only white space shares the comment's first and last lines with it.</summary>
    public bool IsAloneOnLine { get; }

    public bool IsSingleLine => Trivia.IsKind(SyntaxKind.SingleLineCommentTrivia);

    internal ElisionKind Elision { get; }

    internal PlaceholderKind Placeholder { get; }

    /// <summary>The chatbot text the comment carries, if any (provenance takes any such artifact as evidence).</summary>
    public bool IsChatbotArtifact => Chatbot != ChatbotArtifactKind.None;

    internal ChatbotArtifactKind Chatbot { get; }
}

/// <summary>
/// The comments of a syntax tree, walked and classified once and cached per tree, so the residue rules (AID501, AID502,
/// AID503) share one pass over the trivia instead of each walking every comment. Documentation comments are kept
/// apart: AID503 reads their plain-text lines and AID502 asks whether a member has any comment at all.
/// </summary>
internal sealed class CommentIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, CommentIndex> Cache = new();

    private CommentIndex(ImmutableArray<IndexedComment> comments, ImmutableArray<SyntaxTrivia> documentationComments)
    {
        Comments = comments;
        DocumentationComments = documentationComments;
    }

    /// <summary>Every <c>//</c> and <c>/* */</c> comment, in file order.</summary>
    public ImmutableArray<IndexedComment> Comments { get; }

    /// <summary>Every <c>///</c> documentation comment, in file order.</summary>
    public ImmutableArray<SyntaxTrivia> DocumentationComments { get; }

    public static CommentIndex Get(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.GetOrCompute(tree, static (tree, cancellationToken) => Build(tree.GetRoot(cancellationToken), tree.GetText(cancellationToken), cancellationToken), cancellationToken);

    private static CommentIndex Build(SyntaxNode root, SourceText text, CancellationToken cancellationToken)
    {
        var comments = ImmutableArray.CreateBuilder<IndexedComment>();
        var documentation = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var commentText = trivia.ToString();
                comments.Add(new IndexedComment(
                    trivia,
                    commentText,
                    text.Lines.GetLineFromPosition(trivia.SpanStart).LineNumber,
                    CommentLayout.IsAloneOnLine(text, trivia.Span),
                    ElisionPhrases.Classify(commentText),
                    PlaceholderPhrases.Classify(commentText),
                    ChatbotArtifacts.Classify(commentText)));
            }
            else if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                documentation.Add(trivia);
            }
        }

        return new CommentIndex(comments.ToImmutable(), documentation.ToImmutable());
    }
}
