using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// The syntax that wraps a value without changing what it is or where it goes: parentheses, casts and
/// <c>checked</c>/<c>unchecked</c>. Rules that ask "is this a literal?" or "what holds this value?" look through exactly
/// these; a rule that must also see through other nodes (a <c>??</c>, a concatenation) says so in its own role table.
/// </summary>
internal static class ExpressionWrappers
{
    /// <summary>True for parentheses, casts and <c>checked</c>/<c>unchecked</c> expressions.</summary>
    public static bool IsWrapper(SyntaxNode node) => node is ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax;

    /// <summary>The outermost wrapper around <paramref name="node"/> (the node itself when nothing wraps it).</summary>
    public static SyntaxNode Outermost(SyntaxNode node)
    {
        while (node.Parent is { } parent && IsWrapper(parent))
        {
            node = parent;
        }

        return node;
    }

    /// <summary>
    /// True when <paramref name="node"/> hands the value of its <paramref name="child"/> on unchanged, so a walk asking
    /// "where does this value go?" steps over it: a wrapper, the null-forgiving <c>!</c>, either branch of a
    /// <c>?:</c> (not its condition) and either side of a <c>??</c>.
    /// </summary>
    public static bool PassesValueThrough(SyntaxNode node, SyntaxNode child) => node switch
    {
        ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax => true,
        PostfixUnaryExpressionSyntax postfix => postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression),
        ConditionalExpressionSyntax conditional => conditional.Condition != child,
        BinaryExpressionSyntax coalesce => coalesce.IsKind(SyntaxKind.CoalesceExpression),
        _ => false,
    };

    /// <summary>The value inside the wrappers only (<c>((int)channels)</c> gives <c>channels</c>); signs and negations compute, so they stay.</summary>
    public static ExpressionSyntax Inside(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    break;
                case CheckedExpressionSyntax @checked:
                    expression = @checked.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary>
    /// The operand inside the wrappers and prefix operators (signs, <c>!</c>, <c>~</c>; not <c>^</c>, an index from the
    /// end): <c>(-(int)5)</c> gives the literal <c>5</c>.
    /// </summary>
    public static SyntaxNode Unwrap(SyntaxNode node)
    {
        while (true)
        {
            switch (node)
            {
                case PrefixUnaryExpressionSyntax unary when !unary.IsKind(SyntaxKind.IndexExpression):
                    node = unary.Operand;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    node = parenthesized.Expression;
                    break;
                case CastExpressionSyntax cast:
                    node = cast.Expression;
                    break;
                case CheckedExpressionSyntax @checked:
                    node = @checked.Expression;
                    break;
                default:
                    return node;
            }
        }
    }
}
