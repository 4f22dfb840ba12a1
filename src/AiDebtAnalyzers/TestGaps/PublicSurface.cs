using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>Which declarations are public APIs that must have a test, and whether one is new.</summary>
internal static class PublicSurface
{
    /// <summary>
    /// Effectively public: public all the way up, where a protected member of an unsealed public type counts (a user
    /// can derive and call it).
    /// </summary>
    public static bool IsPubliclyVisible(ISymbol symbol)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingType)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Protected:
                case Accessibility.ProtectedOrInternal:
                    if (current.ContainingType is not { } containing || !CanBeDerivedFromOutside(containing))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>A publicly visible type declared in source: the rules report on it or its members.</summary>
    public static bool IsReportableType(INamedTypeSymbol type) =>
        !type.IsImplicitlyDeclared && IsPubliclyVisible(type) && type.Locations.Length > 0 && type.Locations[0].IsInSource && !IsObsolete(type);

    /// <summary>A member reported on its own: not an accessor, static constructor, finalizer or override of object's members.</summary>
    public static bool IsReportableMember(ISymbol member)
    {
        if (member.IsImplicitlyDeclared || member is INamedTypeSymbol || !IsPubliclyVisible(member) || member.Locations.Length == 0 || !member.Locations[0].IsInSource
            || IsObsolete(member))
        {
            return false;
        }

        if (member is IMethodSymbol method)
        {
            switch (method.MethodKind)
            {
                case MethodKind.Ordinary:
                case MethodKind.Constructor:
                case MethodKind.UserDefinedOperator:
                case MethodKind.Conversion:
                    break;
                default:
                    // Accessors belong to their property or event; static constructors and finalizers are not callable.
                    return false;
            }

            // Overrides of object's members are exercised by every assertion and string interpolation.
            if (method.IsOverride && method.Name is "ToString" or "Equals" or "GetHashCode")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Marked <c>[Obsolete]</c>: on its way out, so nobody should write a new test for it (the callers that remain are
    /// told by the compiler, not by a test gap).
    /// </summary>
    private static bool IsObsolete(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A member with no behaviour of its own: a field (a constant or a stored value: <c>public const long BitsInByte = 8;</c>
    /// is data, and a test of its type reads it through the members that use it), an auto-property
    /// (<c>{ get; set; }</c>, <c>{ get; init; }</c>), a positional record property, a primary constructor (it only
    /// stores its parameters), a constructor written out that only stores its parameters (see
    /// <see cref="OnlyStoresItsParameters"/>), or a pass-through (see <see cref="IsPassThrough"/>). Abstract and interface members are
    /// contracts, not members without behaviour.
    /// </summary>
    public static bool HasNoBehaviour(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        switch (member)
        {
            case IFieldSymbol:
                return true;
            case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                // A primary constructor (declared by its type) or one written out that only stores its parameters.
                return constructor.DeclaringSyntaxReferences.Length == 1
                    && constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
                    {
                        TypeDeclarationSyntax => true,
                        ConstructorDeclarationSyntax declared => OnlyStoresItsParameters(declared),
                        _ => false,
                    };
            case IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsExtern: false, IsPartialDefinition: false } method:
                return method.DeclaringSyntaxReferences.Length == 1
                    && method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration
                    && IsPassThrough(declaration.ExpressionBody, declaration.Body, compilation, cancellationToken);
            case IPropertySymbol { IsIndexer: false, IsAbstract: false, IsExtern: false } property when property.DeclaringSyntaxReferences.Length > 0:
                foreach (var reference in property.DeclaringSyntaxReferences)
                {
                    switch (reference.GetSyntax(cancellationToken))
                    {
                        case ParameterSyntax:
                            // record OrderLine(string Sku, ...): the compiler writes the property.
                            continue;
                        case PropertyDeclarationSyntax { ExpressionBody: { } expressionBody }:
                            if (!IsPassThrough(expressionBody, null, compilation, cancellationToken))
                            {
                                return false;
                            }

                            continue;
                        case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                            foreach (var accessor in accessors.Accessors)
                            {
                                if ((accessor.Body is not null || accessor.ExpressionBody is not null)
                                    && !IsPassThrough(accessor.ExpressionBody, accessor.Body, compilation, cancellationToken))
                                {
                                    return false;
                                }
                            }

                            continue;
                        default:
                            return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A constructor that only stores what it is given, as a primary constructor does: its body assigns its own
    /// parameters to members of the instance (<c>Start = start; this.end = end;</c>) and its <c>base</c>/<c>this</c>
    /// call, if any, hands on its own parameters (<c>public ParseException(string message) : base(message) { }</c>).
    /// A literal, a call, a check or a computed value in either is the constructor's behaviour, and an empty constructor
    /// without a base call stores nothing, so neither is covered by its type.
    /// </summary>
    private static bool OnlyStoresItsParameters(ConstructorDeclarationSyntax constructor)
    {
        var parameters = constructor.ParameterList.Parameters;
        if (constructor.Initializer is { } initializer)
        {
            foreach (var argument in initializer.ArgumentList.Arguments)
            {
                if (argument.RefKindKeyword.RawKind != 0 || !IsOwnParameter(argument.Expression, parameters))
                {
                    return false;
                }
            }
        }

        if (constructor.ExpressionBody is { } arrow)
        {
            return IsParameterStore(arrow.Expression, parameters);
        }

        // An empty body with no base call stores nothing: a constructor that drops its arguments is left to be reported.
        if (constructor.Body is not { } body || (body.Statements.Count == 0 && constructor.Initializer is null))
        {
            return false;
        }

        foreach (var statement in body.Statements)
        {
            if (statement is not ExpressionStatementSyntax { Expression: var expression } || !IsParameterStore(expression, parameters))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParameterStore(ExpressionSyntax expression, SeparatedSyntaxList<ParameterSyntax> parameters) =>
        expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
        && (assignment.Left is IdentifierNameSyntax || assignment.Left is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
        && !IsOwnParameter(assignment.Left, parameters)
        && IsOwnParameter(assignment.Right, parameters);

    private static bool IsOwnParameter(ExpressionSyntax expression, SeparatedSyntaxList<ParameterSyntax> parameters)
    {
        if (expression is not IdentifierNameSyntax name)
        {
            return false;
        }

        foreach (var parameter in parameters)
        {
            if (parameter.Identifier.ValueText == name.Identifier.ValueText)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body that only hands on what it is given (the <c>covered-by-type</c> row): one expression or <c>return</c> that
    /// reads a field or a property of the instance or makes one call or creation, built from parameters, fields,
    /// literals, <c>typeof</c>, <c>this</c>, <c>==</c>/<c>!=</c> and a plain assignment, where a call goes to the instance,
    /// a type or what the instance holds, with the values it was given as arguments, and to a member that is not the
    /// library's own hidden code: another package's member (<c>=&gt; map.Keys</c>, <c>=&gt; values.Insert(index, value)</c>)
    /// or another public API, which stands for itself (<c>=&gt; new CsvWriter(writer, configuration)</c>,
    /// <c>=&gt; Dispose()</c>). A call of a private or internal member is the API's behaviour
    /// (<c>=&gt; GetNumbersFrom(hash)</c>), and so is a lambda, a branch, a second call or statement, a literal argument
    /// (<c>=&gt; Enumerable.Range(1, count).Select(action)</c>) or a call on a parameter (<c>=&gt; s.Trim()</c>).
    /// </summary>
    private static bool IsPassThrough(ArrowExpressionClauseSyntax? expressionBody, BlockSyntax? body, Compilation compilation, CancellationToken cancellationToken)
    {
        ExpressionSyntax? expression;
        if (expressionBody is not null)
        {
            expression = expressionBody.Expression;
        }
        else if (body is null)
        {
            return false;
        }
        else
        {
            // An empty body is a hook or a stub someone means to fill, not a pass-through.
            switch (body.Statements.Count)
            {
                case 1 when body.Statements[0] is ReturnStatementSyntax { Expression: { } returned }:
                    expression = returned;
                    break;
                case 1 when body.Statements[0] is ExpressionStatementSyntax statement:
                    expression = statement.Expression;
                    break;
                default:
                    return false;
            }
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var forward = new Forward(compilation.GetSemanticModel(expression.SyntaxTree), cancellationToken);
#pragma warning restore RS1030
        return forward.IsHandedOn(expression) && forward.Calls <= 1 && forward.ReachesHeldState;
    }

    /// <summary>The walk of one pass-through candidate: what it calls and whether it reaches what the instance holds.</summary>
    private sealed class Forward
    {
        private readonly SemanticModel model;
        private readonly CancellationToken cancellationToken;

        public Forward(SemanticModel model, CancellationToken cancellationToken)
        {
            this.model = model;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>The calls and creations made: a forward makes one.</summary>
        public int Calls { get; private set; }

        /// <summary>
        /// Whether a field, a property or a call is named: a body of only a literal or a parameter (<c>=&gt; 0</c>,
        /// <c>=&gt; value</c>) is a stub or an identity someone may still mean to fill, not a forward.
        /// </summary>
        public bool ReachesHeldState { get; private set; }

        public bool IsHandedOn(ExpressionSyntax expression)
        {
            switch (ExpressionWrappers.Unwrap(expression))
            {
                case TypeOfExpressionSyntax:
                    // typeof(T) is fixed by the type: Type IFaker.TypeOfT => typeof(T) hands on what the instance is.
                    ReachesHeldState = true;
                    return true;
                case LiteralExpressionSyntax or DefaultExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax or PredefinedTypeSyntax:
                    return true;
                case IdentifierNameSyntax name:
                    return IsOpen(model.GetSymbolInfo(name, cancellationToken).Symbol);
                case MemberAccessExpressionSyntax access:
                    var member = model.GetSymbolInfo(access, cancellationToken).Symbol;
                    // An extension method's receiver is its first argument: default(T).Returns(value) hands on as Returns(default, value) does.
                    var receiverHandedOn = member is IMethodSymbol { ReducedFrom: not null } ? IsArgumentHandedOn(access.Expression) : IsHeldState(access.Expression);
                    return receiverHandedOn && IsOpen(member);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    return IsHandedOn(binary.Left) && IsHandedOn(binary.Right);
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    return IsHandedOn(assignment.Left) && IsHandedOn(assignment.Right);
                case InvocationExpressionSyntax invocation:
                    Calls++;
                    ReachesHeldState = true;
                    return IsHandedOn(invocation.Expression) && AreHandedOn(invocation.ArgumentList);
                case ObjectCreationExpressionSyntax { Initializer: null, ArgumentList: var arguments } creation:
                    Calls++;
                    ReachesHeldState = true;
                    return IsOpen(model.GetSymbolInfo(creation, cancellationToken).Symbol) && (arguments is null || AreHandedOn(arguments));
                default:
                    return false;
            }
        }

        /// <summary>
        /// A receiver a forward delegates to: the instance itself, a type, or what the instance holds (a field or a
        /// property). A member of a parameter (<c>=&gt; s.Trim()</c>) computes from the input instead.
        /// </summary>
        private bool IsHeldState(ExpressionSyntax receiver)
        {
            switch (ExpressionWrappers.Unwrap(receiver))
            {
                case ThisExpressionSyntax or BaseExpressionSyntax or PredefinedTypeSyntax:
                    return true;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                    var symbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
                    return symbol is INamespaceOrTypeSymbol || (symbol is IFieldSymbol or IPropertySymbol && IsHandedOn(receiver));
                default:
                    return false;
            }
        }

        /// <summary>Arguments a forward hands on as they are: a literal argument is a choice the API makes (<c>Range(1, count)</c>).</summary>
        private bool AreHandedOn(ArgumentListSyntax arguments)
        {
            foreach (var argument in arguments.Arguments)
            {
                if (!IsArgumentHandedOn(argument.Expression))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsArgumentHandedOn(ExpressionSyntax argument) => ExpressionWrappers.Unwrap(argument) is not LiteralExpressionSyntax && IsHandedOn(argument);

        private bool IsOpen(ISymbol? symbol)
        {
            ReachesHeldState |= symbol is IFieldSymbol or IPropertySymbol;
            return IsOpenTarget(symbol);
        }
    }

    /// <summary>What a pass-through may name: a value, a type, or a member that is not hidden code of the library.</summary>
    private static bool IsOpenTarget(ISymbol? symbol) => symbol switch
    {
        null => false,
        IParameterSymbol or IFieldSymbol or ILocalSymbol or INamespaceOrTypeSymbol => true,
        IMethodSymbol { MethodKind: MethodKind.LocalFunction } => false,
        _ => (!symbol.Locations.IsEmpty && !symbol.Locations[0].IsInSource) || IsPubliclyVisible(symbol),
    };

    /// <summary>Whether a type or one of its reportable members is new.</summary>
    public static bool HasNewApi(INamedTypeSymbol type, HashSet<string> shipped)
    {
        if (IsNew(type, shipped))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            if (IsReportableMember(member) && IsNew(member, shipped))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an API is new: listed in neither file's shipped part (the unshipped file lists new APIs, an unlisted API is newer still).</summary>
    public static bool IsNew(ISymbol symbol, HashSet<string> shipped)
    {
        if (shipped.Count == 0)
        {
            return true;
        }

        if (symbol is IPropertySymbol property)
        {
            return (property.GetMethod is null || IsNew(property.GetMethod, shipped)) && (property.SetMethod is null || IsNew(property.SetMethod, shipped));
        }

        return !shipped.Contains(PublicApiSignature.Render(symbol)) && !shipped.Contains(PublicApiSignature.RenderWithNullability(symbol));
    }

    /// <summary>The PublicAPI line of an API; a property is listed through its first accessor, as that format does.</summary>
    public static string ApiOf(ISymbol symbol, bool useNullability)
    {
        var listed = symbol switch
        {
            IPropertySymbol property => (ISymbol?)property.GetMethod ?? property.SetMethod ?? symbol,
            _ => symbol,
        };

        return useNullability ? PublicApiSignature.RenderWithNullability(listed) : PublicApiSignature.Render(listed);
    }

    /// <summary>The C# token of a user-defined operator (<c>op_Addition</c> is <c>+</c>); <c>&amp;&amp;</c> stands for <c>true</c>/<c>false</c>.</summary>
    public static string? OperatorToken(string metadataName) => metadataName switch
    {
        "op_Addition" or "op_UnaryPlus" or "op_CheckedAddition" => "+",
        "op_Subtraction" or "op_UnaryNegation" or "op_CheckedSubtraction" or "op_CheckedUnaryNegation" => "-",
        "op_Multiply" or "op_CheckedMultiply" => "*",
        "op_Division" or "op_CheckedDivision" => "/",
        "op_Modulus" => "%",
        "op_BitwiseAnd" => "&",
        "op_BitwiseOr" => "|",
        "op_ExclusiveOr" => "^",
        "op_LeftShift" => "<<",
        "op_RightShift" => ">>",
        "op_UnsignedRightShift" => ">>>",
        "op_Equality" => "==",
        "op_Inequality" => "!=",
        "op_LessThan" => "<",
        "op_GreaterThan" => ">",
        "op_LessThanOrEqual" => "<=",
        "op_GreaterThanOrEqual" => ">=",
        "op_LogicalNot" => "!",
        "op_OnesComplement" => "~",
        "op_Increment" or "op_CheckedIncrement" => "++",
        "op_Decrement" or "op_CheckedDecrement" => "--",
        "op_True" or "op_False" => "&&",
        _ => null,
    };

    /// <summary>Unsealed, not static, and with a constructor another assembly can call (as PublicApiAnalyzers decides).</summary>
    private static bool CanBeDerivedFromOutside(INamedTypeSymbol type)
    {
        if (type.IsSealed || type.IsStatic || type.TypeKind != TypeKind.Class)
        {
            return type.TypeKind == TypeKind.Interface;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)
            {
                return true;
            }
        }

        return false;
    }
}
