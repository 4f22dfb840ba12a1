using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// The tokens under a node, in document order, by a walk of its children that keeps its own stack of child enumerators:
/// the tokens <c>DescendantTokens(span)</c> gives, entering the children it enters, without its iterator and the LINQ
/// filters the callers put over it. AID101 reads the tokens of every matched statement (the clone index), every
/// identifier of every copy and every declaration of each copy's member (the group kinds), which on a code base full of
/// copies is most of its syntax work; <c>IdentifierWalkTests</c> holds the walk to <c>DescendantTokens</c>.
/// </summary>
internal struct TokenWalk
{
    private readonly TextSpan span;
    private ChildSyntaxList.Enumerator[] stack;
    private int depth;
    private int deepest;

    /// <param name="node">The node whose descendant tokens are walked.</param>
    /// <param name="span">Only children whose full span overlaps it (or, empty, touches it) are entered, as by
    /// <c>DescendantTokens(span)</c>; the node's full span walks every token.</param>
    public TokenWalk(SyntaxNode node, TextSpan span)
    {
        this.span = span;
        stack = WalkStack.Rent();
        stack[0] = node.ChildNodesAndTokens().GetEnumerator();
        depth = 1;
        deepest = 1;
    }

    /// <summary>The next token, or false when every token was given.</summary>
    public bool Next(out SyntaxToken token)
    {
        // Iterative: deep expressions must not exhaust the thread's stack.
        while (depth > 0)
        {
            ref var children = ref stack[depth - 1];
            if (!children.MoveNext())
            {
                depth--;
                continue;
            }

            var child = children.Current;
            var fullSpan = child.FullSpan;
            if (!span.OverlapsWith(fullSpan) && !(fullSpan.IsEmpty && span.IntersectsWith(fullSpan)))
            {
                // Outside the span, by the rule DescendantTokens(span) enters a child with: a child that only touches
                // the span is left out unless it is empty (a missing token at the span's edge).
                continue;
            }

            if (child.AsNode() is not { } inner)
            {
                token = child.AsToken();
                return true;
            }

            if (inner is IdentifierNameSyntax name)
            {
                // One token, with the node's full span: given here instead of entering the node.
                token = name.Identifier;
                return true;
            }

            WalkStack.Push(ref stack, ref depth, ref deepest, inner);
        }

        if (stack.Length > 0)
        {
            // Done: the stack goes back for the thread's next walk (a walk left unfinished just leaves it to the GC).
            WalkStack.Return(stack, deepest);
            stack = System.Array.Empty<ChildSyntaxList.Enumerator>();
        }

        token = default;
        return false;
    }
}

/// <summary>
/// One stack of child enumerators per thread, reused by the walks that thread makes one after the other: AID101 makes
/// a walk per matched statement, per copy and per member (about 20,000 on MathNet.Numerics), and a new stack for each
/// was most of what the walks allocated.
/// </summary>
internal static class WalkStack
{
    private const int InitialDepth = 16;

    // A stack grown past this depth (an expression hundreds of operators deep) is not kept.
    private const int MaxKeptDepth = 256;

    [System.ThreadStatic]
    private static ChildSyntaxList.Enumerator[]? spare;

    public static ChildSyntaxList.Enumerator[] Rent()
    {
        var stack = spare ?? new ChildSyntaxList.Enumerator[InitialDepth];
        spare = null;
        return stack;
    }

    /// <summary>
    /// Enters <paramref name="node"/>: its children become the walk's next frame, the stack grown when full and
    /// <paramref name="deepest"/> (the slots <see cref="Return"/> clears) kept up to date.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Push(ref ChildSyntaxList.Enumerator[] stack, ref int depth, ref int deepest, SyntaxNode node)
    {
        if (depth == stack.Length)
        {
            System.Array.Resize(ref stack, depth * 2);
        }

        stack[depth++] = node.ChildNodesAndTokens().GetEnumerator();
        if (depth > deepest)
        {
            deepest = depth;
        }
    }

    /// <summary>Keeps <paramref name="stack"/> for the thread's next walk, its used slots cleared so that it holds no tree.</summary>
    public static void Return(ChildSyntaxList.Enumerator[] stack, int used)
    {
        if (stack.Length <= MaxKeptDepth)
        {
            System.Array.Clear(stack, 0, used);
            spare = stack;
        }
    }
}

/// <summary>The identifiers AID101's group kinds read, through <see cref="TokenWalk"/>.</summary>
internal static class IdentifierWalk
{
    /// <summary>
    /// Adds to <paramref name="into"/> every identifier token under <paramref name="node"/> whose span lies inside
    /// <paramref name="span"/>, in document order: what filtering <c>node.DescendantTokens(span)</c> for identifier
    /// tokens inside the span gives.
    /// </summary>
    public static void Identifiers(SyntaxNode node, TextSpan span, List<SyntaxToken> into)
    {
        var walk = new TokenWalk(node, span);
        while (walk.Next(out var token))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && span.Contains(token.Span))
            {
                into.Add(token);
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="into"/> every identifier token under <paramref name="node"/> that is not the identifier of a
    /// simple or qualified name (so the token of a declaration: a variable, a parameter, a label, a local function, a
    /// type parameter, a designation), in document order.
    /// </summary>
    public static void DeclaringIdentifiers(SyntaxNode node, List<SyntaxToken> into)
    {
        var walk = new TokenWalk(node, node.FullSpan);
        while (walk.Next(out var token))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is not (SimpleNameSyntax or QualifiedNameSyntax))
            {
                into.Add(token);
            }
        }
    }
}
