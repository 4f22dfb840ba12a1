using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// Decides by syntax alone when two copies of a clone group bind every name to the same symbol, so that
/// <see cref="CloneKindClassifier"/> need not ask the semantic model about the second: asking binds the whole member that
/// holds the copy, which is most of AID101's cost in a build.
/// </summary>
/// <remarks>
/// Two copies bind alike when they have the same tokens, lie in the same type declaration with the same nullable
/// context, and nothing outside the copy but inside its member can give a name in it another meaning:
/// <list type="bullet">
/// <item><description>no name the copy reads is declared in its member outside the copy (a parameter, a local, a type
/// parameter, a label, an enclosing lambda's parameter, a setter's <c>value</c>): every other name is looked up in the
/// type, its bases, its namespaces and its file's usings, which the two copies share;</description></item>
/// <item><description>no returned expression is typed by its target (a lambda, <c>new()</c>, a collection expression):
/// that target is the member's return type;</description></item>
/// <item><description>where nullable annotations or warnings are on, no type is inferred from flow state (a lambda's
/// parameters, <c>out var</c>, deconstruction, <c>foreach (var ...)</c>, <c>var</c> patterns, queries); a <c>var</c>
/// local is declared with the annotated type in every context and stays comparable.</description></item>
/// </list>
/// Copies that do not meet all of these are bound as before; the rules only decide when binding can be skipped.
/// </remarks>
internal sealed class CloneBindingContext
{
    private readonly SyntaxNode typeDeclaration;
    private readonly NullableContext nullableContext;
    private readonly List<SyntaxToken> tokens;

    private CloneBindingContext(SyntaxNode typeDeclaration, NullableContext nullableContext, List<SyntaxToken> tokens)
    {
        this.typeDeclaration = typeDeclaration;
        this.nullableContext = nullableContext;
        this.tokens = tokens;
    }

    /// <summary>Whether <paramref name="other"/> binds every name as this copy does (see the remarks).</summary>
    public bool BindsAlike(CloneBindingContext other)
    {
        if (typeDeclaration != other.typeDeclaration || nullableContext != other.nullableContext || tokens.Count != other.tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].RawKind != other.tokens[i].RawKind || !string.Equals(tokens[i].Text, other.tokens[i].Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The type declaration whose member holds the copy, which two copies that bind alike share; null where there is none
    /// (top-level statements, a namespace-level delegate), and then the copy has no context.
    /// </summary>
    public static TypeDeclarationSyntax? TypeDeclarationOf(CloneCopy copy, CancellationToken cancellationToken) => MemberOf(copy, cancellationToken)?.Parent as TypeDeclarationSyntax;

    /// <summary>The member of a type declaration that holds the copy.</summary>
    private static SyntaxNode? MemberOf(CloneCopy copy, CancellationToken cancellationToken)
    {
        var member = copy.Tree.GetRoot(cancellationToken).FindToken(copy.Span.Start).Parent;
        while (member is not null && member.Parent is not TypeDeclarationSyntax)
        {
            member = member.Parent;
        }

        return member;
    }

    /// <summary>The context of a copy, or null when syntax alone cannot tell what its names bind to.</summary>
    public static CloneBindingContext? Of(CloneCopy copy, Func<SyntaxTree, SemanticModel> modelOf, CancellationToken cancellationToken)
    {
        var member = MemberOf(copy, cancellationToken);
        if (member?.Parent is not TypeDeclarationSyntax type)
        {
            return null;
        }

        var nullableContext = modelOf(copy.Tree).GetNullableContext(copy.Span.Start);
        var flowTyped = (nullableContext & (NullableContext.AnnotationsEnabled | NullableContext.WarningsEnabled)) != 0;
        var read = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new List<SyntaxToken>();
        foreach (var token in member.DescendantTokens(copy.Span))
        {
            if (!copy.Span.Contains(token.Span))
            {
                continue;
            }

            if (token.ContainsDirectives || InfersItsType(token, flowTyped))
            {
                return null;
            }

            tokens.Add(token);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is SimpleNameSyntax)
            {
                read.Add(token.ValueText);
            }
        }

        if (read.Count > 0 && DeclaresAnyOutside(member, copy, read))
        {
            return null;
        }

        return new CloneBindingContext(type, nullableContext, tokens);
    }

    /// <summary>
    /// Whether the token starts a construct whose types come from outside the copy: a returned expression typed by the
    /// member's return type, and, where <paramref name="flowTyped"/>, a type inferred from nullable flow state.
    /// </summary>
    private static bool InfersItsType(SyntaxToken token, bool flowTyped)
    {
        switch (token.Parent)
        {
            case ReturnStatementSyntax { Expression: { } returned } when token.IsKind(SyntaxKind.ReturnKeyword):
                return IsTargetTyped(returned);
            case YieldStatementSyntax { Expression: { } yielded } when token.IsKind(SyntaxKind.YieldKeyword):
                return IsTargetTyped(yielded);
        }

        if (!flowTyped)
        {
            return false;
        }

        return token.Kind() switch
        {
            SyntaxKind.EqualsGreaterThanToken => token.Parent is AnonymousFunctionExpressionSyntax,
            SyntaxKind.DelegateKeyword => token.Parent is AnonymousMethodExpressionSyntax,
            SyntaxKind.ForEachKeyword => token.Parent is ForEachVariableStatementSyntax or ForEachStatementSyntax { Type: IdentifierNameSyntax { IsVar: true } },
            SyntaxKind.FromKeyword => token.Parent is FromClauseSyntax,
            _ => token.Parent is DeclarationExpressionSyntax or VarPatternSyntax
                || (token.Parent is IdentifierNameSyntax { IsVar: true } name && name.Parent is DeclarationExpressionSyntax or DeclarationPatternSyntax),
        };
    }

    private static bool IsTargetTyped(ExpressionSyntax expression)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            if (node is AnonymousFunctionExpressionSyntax or ImplicitObjectCreationExpressionSyntax or CollectionExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a declaration whose scope holds the copy declares a name the copy reads: a parameter or type parameter of
    /// the member, a local, label, local function or range variable of an enclosing block, the variable of an enclosing
    /// <c>for</c>, <c>foreach</c>, <c>using</c> or <c>catch</c>, an enclosing lambda's parameter, a setter's <c>value</c>.
    /// Every identifier that is not a name being read counts as declared, and only scopes that cannot reach the copy
    /// (a nested block, a loop, a lambda beside it) are left out, so this may claim more than is declared, never less.
    /// </summary>
    private static bool DeclaresAnyOutside(SyntaxNode member, CloneCopy copy, HashSet<string> read)
    {
        if (member is BasePropertyDeclarationSyntax && read.Contains("value"))
        {
            // The implicit parameter of a setter, init accessor or event accessor.
            return true;
        }

        foreach (var token in member.DescendantTokens(node => node.Span.Contains(copy.Span) || !IsClosedScope(node)))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && !copy.Span.Contains(token.Span) && token.Parent != member
                && token.Parent is not (SimpleNameSyntax or QualifiedNameSyntax) && read.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A node whose declarations are in scope only inside it (a block, a loop, a lambda).</summary>
    private static bool IsClosedScope(SyntaxNode node) => node is BlockSyntax or AnonymousFunctionExpressionSyntax
        or ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax or UsingStatementSyntax
        or FixedStatementSyntax or LockStatementSyntax or TryStatementSyntax or CheckedStatementSyntax or UnsafeStatementSyntax;
}
