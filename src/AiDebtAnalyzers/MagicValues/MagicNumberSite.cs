using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Residue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.MagicValues;

/// <summary>
/// A numeric literal AID201 classifies, with what every role check needs: the literal as reported (sign included), the
/// node that carries its meaning (parentheses, casts and <c>unchecked(...)</c> climbed), that node's parent, the value,
/// and the semantic model, which the checks ask only when syntax cannot decide.
/// </summary>
internal readonly struct MagicNumberSite
{
    public MagicNumberSite(ExpressionSyntax reported, LiteralExpressionSyntax literal, double value, SemanticModel model, MagicNumberTreeFacts tree, bool commentExplains, CancellationToken cancellationToken)
    {
        Reported = reported;
        Literal = literal;
        Value = value;
        Model = model;
        Tree = tree;
        CommentExplains = commentExplains;
        CancellationToken = cancellationToken;

        Outer = ExpressionWrappers.Outermost(reported);
        Parent = Outer.Parent!;
    }

    public ExpressionSyntax Reported { get; }

    public LiteralExpressionSyntax Literal { get; }

    public double Value { get; }

    /// <summary>The literal with the parentheses, casts and <c>unchecked(...)</c> around it, which change nothing about its meaning.</summary>
    public SyntaxNode Outer { get; }

    public SyntaxNode Parent { get; }

    public SemanticModel Model { get; }

    public MagicNumberTreeFacts Tree { get; }

    public bool CommentExplains { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Whether the literal is written as an integer (<c>3</c>, <c>3L</c>; not <c>3.0</c> or <c>3m</c>).</summary>
    public bool IsInteger => Literal.Token.Value is int or uint or long or ulong;
}

/// <summary>Facts about one syntax tree that several literals ask for, computed once and only when first asked.</summary>
internal sealed class MagicNumberTreeFacts
{
    private readonly SyntaxNode root;
    private readonly CancellationToken cancellationToken;
    private SourceText? text;
    private HashSet<int>? commentLines;
    private int[]? dayOfWeekStarts;
    private bool? importsUserInterface;

    public MagicNumberTreeFacts(SyntaxNode root, CancellationToken cancellationToken)
    {
        this.root = root;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Whether the file imports a user-interface framework (<see cref="MagicNumberClassifier.FileImportsUserInterface"/>), asked once per tree.</summary>
    public bool ImportsUserInterface(SemanticModel model) =>
        importsUserInterface ??= root is CompilationUnitSyntax unit && MagicNumberClassifier.FileImportsUserInterface(unit, model, cancellationToken);

    /// <summary>
    /// Whether a string-like token (<see cref="MagicNumberClassifier.IsStringLikeToken"/>) starts inside
    /// <paramref name="span"/>, from the tree's literal index.
    /// </summary>
    public bool HasStringTokenWithin(TextSpan span)
    {
        var starts = TreeLiteralIndex.Get(root.SyntaxTree, cancellationToken).StringLikeStarts;

        // The first start at or after the span's start (the starts are distinct and in document order).
        var found = ImmutableArray.BinarySearch(starts, span.Start);
        var first = found >= 0 ? found : ~found;
        return first < starts.Length && starts[first] < span.End;
    }

    /// <summary>
    /// Whether a read of a <c>DayOfWeek</c> property (<c>now.DayOfWeek</c>) starts inside <paramref name="span"/>: where they start is found by one walk of
    /// the tree's tokens the first time a number asks (only a 7 given to <c>AddDays</c> does), so a member with many such
    /// numbers is not walked once per number.
    /// </summary>
    public bool HasDayOfWeekWithin(TextSpan span)
    {
        if (dayOfWeekStarts is null)
        {
            var starts = new List<int>();
            foreach (var token in root.DescendantTokens())
            {
                // A read of a date's property (now.DayOfWeek), not the enum's name (DayOfWeek.Monday, a parameter's type).
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == "DayOfWeek"
                    && token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax access } name && access.Name == name)
                {
                    starts.Add(token.SpanStart);
                }
            }

            dayOfWeekStarts = starts.ToArray();
        }

        var found = System.Array.BinarySearch(dayOfWeekStarts, span.Start);
        var first = found >= 0 ? found : ~found;
        return first < dayOfWeekStarts.Length && dayOfWeekStarts[first] < span.End;
    }

    /// <summary>Whether a comment (a trailing <c>// why</c> or a <c>/* why */</c>) sits on the line of <paramref name="position"/>.</summary>
    public bool HasCommentOnLineOf(int position)
    {
        text ??= root.SyntaxTree.GetText(cancellationToken);
        if (commentLines is null)
        {
            // The comments come from the tree's shared index, which the residue and provenance rules read too.
            var lines = new HashSet<int>();
            foreach (var comment in CommentIndex.Get(root.SyntaxTree, cancellationToken).Comments)
            {
                var last = text.Lines.GetLineFromPosition(comment.Trivia.Span.End).LineNumber;
                for (var line = comment.Line; line <= last; line++)
                {
                    lines.Add(line);
                }
            }

            commentLines = lines;
        }

        return commentLines.Contains(text.Lines.GetLineFromPosition(position).LineNumber);
    }
}
