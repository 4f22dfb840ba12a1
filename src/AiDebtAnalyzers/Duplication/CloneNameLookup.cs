using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Duplication;

/// <summary>
/// Answers what a simple name in a copy binds to by looking it up where it stands, without binding the statement that
/// holds it, for the names where the lookup gives the symbol binding gives. <see cref="CloneKindClassifier"/> asks about
/// every name of a copy; asking the semantic model (<c>GetSymbolInfo</c>) binds the innermost statement around the name,
/// which is most of AID101's cost on code with many clone groups. A name read as a plain value (an operand, an argument, a
/// receiver) means what the scope at its place declares under that name: a local, a parameter, a field, a property, a
/// type or a namespace, the same symbol the binder of the statement finds, because the statement's binder looks the name up
/// in that same scope. Everything else is bound as before:
/// <list type="bullet">
/// <item><description>names whose meaning depends on what surrounds them: invoked names and method groups (overload
/// resolution), the member after a dot or <c>?.</c>, named arguments and initializer members (looked up in another type),
/// types and patterns (looked up as types or constants), <c>nameof</c> arguments, labels, <c>_</c>;</description></item>
/// <item><description>a value whose type has the name's own text (<c>Color Color</c>: before a dot such a name may mean the
/// type);</description></item>
/// <item><description>names inside lambdas, anonymous methods, local functions and queries, whose parameters and range
/// variables get their types from the code around them;</description></item>
/// <item><description>trees where nullable analysis can run (the compilation's nullable context or a <c>#nullable</c>
/// directive): there the types of locals come from flow state after binding (see <see cref="CloneBindingContext"/>);</description></item>
/// <item><description>anything the lookup leaves unresolved or ambiguous.</description></item>
/// </list>
/// Which names it answers changes the cost only, never an entry: the bench's <c>phases --check-lookup</c> compares both
/// answers for every name of every copy.
/// </summary>
internal static class CloneNameLookup
{
    private static readonly ConditionalWeakTable<SyntaxTree, object> NullableDirectives = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    /// <summary>
    /// Whether names in <paramref name="tree"/> may be looked up: nullable analysis cannot run anywhere in it, so no type
    /// of a local depends on flow state.
    /// </summary>
    public static bool IsAllowedIn(SyntaxTree tree, Compilation compilation)
    {
        if (compilation.Options is not CSharpCompilationOptions { NullableContextOptions: NullableContextOptions.Disable }
            || tree.Options.Features.ContainsKey("run-nullable-analysis"))
        {
            return false;
        }

        return NullableDirectives.GetValue(tree, static t => HasNullableDirective(t) ? Yes : No) == No;
    }

    private static bool HasNullableDirective(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        if (!root.ContainsDirectives)
        {
            return false;
        }

        for (var directive = root.GetFirstDirective(); directive is not null; directive = directive.GetNextDirective())
        {
            if (directive.IsKind(SyntaxKind.NullableDirectiveTrivia))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The symbol <paramref name="name"/> binds to, found by looking it up at its place, or null when the name is not one
    /// the lookup answers exactly (then the caller binds it).
    /// </summary>
    public static ISymbol? SymbolOf(IdentifierNameSyntax name, SemanticModel model)
    {
        var text = name.Identifier.ValueText;
        if (text == "_" || !IsReadAsPlainValue(name))
        {
            return null;
        }

        var info = model.GetSpeculativeSymbolInfo(name.SpanStart, SyntaxFactory.IdentifierName(name.Identifier), SpeculativeBindingOption.BindAsExpression);
        if (info.CandidateReason != CandidateReason.None)
        {
            return null;
        }

        return info.Symbol switch
        {
            ILocalSymbol local => Unless(local, local.Type, text),
            IParameterSymbol parameter => Unless(parameter, parameter.Type, text),
            IFieldSymbol field => Unless(field, field.Type, text),
            IPropertySymbol { IsIndexer: false } property => Unless(property, property.Type, text),
            INamedTypeSymbol or INamespaceSymbol => info.Symbol,
            _ => null,
        };
    }

    /// <summary>The value, unless its type has the name's text: then the name may mean the type (<c>Color Color</c>).</summary>
    private static ISymbol? Unless(ISymbol value, ITypeSymbol type, string text) => type.Name == text ? null : value;

    /// <summary>
    /// Whether a name stands where the scope alone decides its meaning: an operand, an argument, a receiver before a dot, a
    /// condition, an initial value; outside lambdas, anonymous methods, local functions, queries, parameters, attributes and top-level statements.
    /// </summary>
    private static bool IsReadAsPlainValue(IdentifierNameSyntax name)
    {
        var parent = name.Parent;
        var plain = parent switch
        {
            ArgumentSyntax { NameColon: null } => true,
            BinaryExpressionSyntax binary => !(binary.Right == name && binary.Kind() is SyntaxKind.IsExpression or SyntaxKind.AsExpression),
            AssignmentExpressionSyntax assignment => !(assignment.Left == name && assignment.Parent is InitializerExpressionSyntax),
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or ParenthesizedExpressionSyntax or ConditionalExpressionSyntax => true,
            CastExpressionSyntax cast => cast.Expression == name,
            ElementAccessExpressionSyntax access => access.Expression == name,
            MemberAccessExpressionSyntax access => access.Expression == name,
            ConditionalAccessExpressionSyntax access => access.Expression == name,
            EqualsValueClauseSyntax clause => clause.Parent is VariableDeclaratorSyntax,
            InitializerExpressionSyntax initializer => initializer.Kind() is SyntaxKind.ArrayInitializerExpression or SyntaxKind.CollectionInitializerExpression or SyntaxKind.ComplexElementInitializerExpression,
            ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax or YieldStatementSyntax => true,
            IfStatementSyntax or WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax => true,
            ForEachStatementSyntax forEach => forEach.Expression == name,
            SwitchStatementSyntax switchStatement => switchStatement.Expression == name,
            LockStatementSyntax lockStatement => lockStatement.Expression == name,
            ArrayRankSpecifierSyntax or InterpolationSyntax or CheckedExpressionSyntax or AwaitExpressionSyntax => true,
            _ => false,
        };

        if (!plain)
        {
            return false;
        }

        for (var node = parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax or ParameterSyntax or AttributeSyntax or GlobalStatementSyntax:
                    return false;
                case MemberDeclarationSyntax or AccessorDeclarationSyntax:
                    return true;
            }
        }

        return true;
    }
}
