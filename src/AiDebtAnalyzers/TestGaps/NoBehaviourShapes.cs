using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using AiDebtAnalyzers.Infrastructure;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// Members and types that have no behaviour a test of their own would check, each a row of the table in
/// docs/rules/AID301.md: <c>companion-operator</c> (an operator that only restates the type's comparison or equality),
/// <c>keys-and-data</c> (a class of string keys; a static class of marker instances; a type that only holds what it is given), <c>static-setter</c>
/// (a static method that only stores its parameters in its type's static fields), <c>interop-forward</c> (a member
/// that only hands its values to the operating system through COM or platform invoke) and <c>empty-subclass</c> (a class
/// that only derives from a class of the library or from <c>Attribute</c>).
/// </summary>
internal static class NoBehaviourShapes
{
    /// <summary>
    /// The member of its own type an operator only restates (the <c>companion-operator</c> row): the operator's one
    /// expression, after an optional <c>!</c>, is <c>left.CompareTo(right) &lt;op&gt; 0</c> (either way round, either parameter the
    /// receiver), <c>left.Equals(right)</c>, <c>Equals(left, right)</c> (object's, which calls the type's override), or the
    /// type's own operator applied to the two parameters
    /// (<c>!(left == right)</c>, <c>right &lt; left</c>). That member does the work; the operator adds only the comparison with
    /// zero or the negation that C# asks to be written beside it (CA1036). Null for any other body: a null check, a
    /// second comparison, a field read, a call of another member or of another type's member.
    /// </summary>
    public static IMethodSymbol? CompanionOperatorTarget(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator, Parameters.Length: 2 } method
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not OperatorDeclarationSyntax declaration
            || OnlyExpression(declaration) is not { } answer)
        {
            return null;
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        answer = PublicSurface.WithoutParentheses(answer);
        if (answer is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } negation)
        {
            answer = PublicSurface.WithoutParentheses(negation.Operand);
        }

        var left = method.Parameters[0];
        var right = method.Parameters[1];
        switch (answer)
        {
            case BinaryExpressionSyntax comparison when IsComparison(comparison):
                var first = PublicSurface.WithoutParentheses(comparison.Left);
                var second = PublicSurface.WithoutParentheses(comparison.Right);
                if (IsZero(second) && first is InvocationExpressionSyntax compared)
                {
                    return OwnCall(compared, "CompareTo", method, left, right, model, cancellationToken);
                }

                if (IsZero(first) && second is InvocationExpressionSyntax comparedRight)
                {
                    return OwnCall(comparedRight, "CompareTo", method, left, right, model, cancellationToken);
                }

                // !(left == right), right < left: the type's own operator on the two parameters.
                return AreTheParameters(first, second, left, right, model, cancellationToken)
                    && model.GetSymbolInfo(comparison, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } other
                    && IsOwnMember(other, method) && !SymbolEqualityComparer.Default.Equals(other.OriginalDefinition, method.OriginalDefinition)
                        ? other
                        : null;
            case InvocationExpressionSyntax call when call.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax }:
                // Equals(left, right): object.Equals checks for null and calls the type's own override.
                return call.ArgumentList.Arguments.Count == 2
                    && AreTheParameters(PublicSurface.WithoutParentheses(call.ArgumentList.Arguments[0].Expression), PublicSurface.WithoutParentheses(call.ArgumentList.Arguments[1].Expression), left, right, model, cancellationToken)
                    && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { Name: "Equals", IsStatic: true, ContainingType.SpecialType: SpecialType.System_Object }
                        ? EqualsOverrideOf(method.ContainingType)
                        : null;
            case InvocationExpressionSyntax call:
                return OwnCall(call, "Equals", method, left, right, model, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether the operator is a companion of a member that is not reported on its own (an override of <c>Equals</c>,
    /// which every assertion exercises), directly or through the type's other operator (<c>!(left == right)</c> over an
    /// <c>==</c> that calls the override): it has no behaviour of its own, and is covered by its type (<c>covered-by-type</c>).
    /// </summary>
    public static bool IsCompanionOfUnreportedMember(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        var target = CompanionOperatorTarget(member, compilation, cancellationToken);
        if (target is { MethodKind: MethodKind.UserDefinedOperator })
        {
            target = CompanionOperatorTarget(target, compilation, cancellationToken);
        }

        return target is not null && target.MethodKind != MethodKind.UserDefinedOperator && !PublicSurface.IsReportableMember(target);
    }

    /// <summary>
    /// A class of string keys (the <c>keys-and-data</c> row): its members of its own are only <c>const string</c> fields
    /// (<c>public static class OverflowType { public const string DropHead = "drop-head"; ... }</c>), nested types aside.
    /// The values are names another system defines (a header, a queue argument, a protocol value); a test would restate
    /// them, and the code that sends them is where a mistake shows. Numeric constants are not keys: a value computed from
    /// others (<c>TicksPerDay = TicksPerHour * HoursPerDay</c>) can be wrong, and such a class is reported as before.
    /// </summary>
    public static bool IsClassOfKeys(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class)
        {
            return false;
        }

        var keys = 0;
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case INamedTypeSymbol:
                case IMethodSymbol { IsImplicitlyDeclared: true }:
                    continue;
                case IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_String }:
                    keys++;
                    continue;
                default:
                    return false;
            }
        }

        return keys > 0;
    }

    /// <summary>
    /// A static class that only hands out marker instances (the <c>keys-and-data</c> row): its members of its own are
    /// only static get-only auto-properties or static readonly fields made with <c>new()</c> without arguments, of a class
    /// that declares no member of its own (<c>public static class DropDatabase { public static SupportedDatabasesForDropDatabase For { get; } = new(); }</c>,
    /// with <c>public class SupportedDatabasesForDropDatabase;</c>): an entry point that other packages extend with
    /// extension methods on the marker type. Nothing of it runs but the creation of an empty object; the extension
    /// methods are the API, each reported, tested or covered on its own.
    /// </summary>
    public static bool IsHolderOfMarkers(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type is not { TypeKind: TypeKind.Class, IsStatic: true })
        {
            return false;
        }

        var markers = 0;
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case INamedTypeSymbol:
                case IMethodSymbol { IsImplicitlyDeclared: true }:
                case IMethodSymbol { MethodKind: MethodKind.PropertyGet }:
                case IFieldSymbol { IsImplicitlyDeclared: true }:
                    continue;
                case IPropertySymbol { IsStatic: true, SetMethod: null, Type: INamedTypeSymbol marker } property when IsMarkerClass(marker) && IsMadeEmpty(property, cancellationToken):
                case IFieldSymbol { IsStatic: true, IsReadOnly: true, Type: INamedTypeSymbol markerField } field when IsMarkerClass(markerField) && IsMadeEmpty(field, cancellationToken):
                    markers++;
                    continue;
                default:
                    return false;
            }
        }

        return markers > 0;
    }

    /// <summary>A class of the library that declares no member of its own (its implicit constructor aside).</summary>
    private static bool IsMarkerClass(INamedTypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (!member.IsImplicitlyDeclared)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>{ get; } = new();</c> or <c>= new Marker();</c>: an auto-property or field made without arguments.</summary>
    private static bool IsMadeEmpty(ISymbol member, CancellationToken cancellationToken)
    {
        if (member.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var initializer = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            PropertyDeclarationSyntax { AccessorList: { } accessors, Initializer.Value: var value } when IsAutoGetter(accessors) => value,
            VariableDeclaratorSyntax { Initializer.Value: var value } => value,
            _ => null,
        };
        return initializer is BaseObjectCreationExpressionSyntax { Initializer: null, ArgumentList: null or { Arguments.Count: 0 } };
    }

    private static bool IsAutoGetter(AccessorListSyntax accessors) =>
        accessors.Accessors.Count == 1 && accessors.Accessors[0] is { Body: null, ExpressionBody: null };

    /// <summary>
    /// A class or struct that only holds what it is given (the <c>keys-and-data</c> row): <see cref="PublicSurface.IsDataHolder"/>
    /// (fields, auto-properties, positional record properties and constructors that only store), and nothing of its own
    /// besides: every constructor written out stores only its parameters, as they are, and hands only its parameters to
    /// <c>base</c>/<c>this</c>, and no field or auto-property has an initializer. Such a type is read through the library
    /// code that makes or hands it out (<c>GetQueueStatsAsync</c> returning <c>QueueStats(messagesCount, consumersCount)</c>;
    /// a primary constructor's parameter stored as it is, <c>{ get; } = value;</c>, is what it was given),
    /// which is reported, tested or covered on its own. A value the type decides itself (<c>InAwaitingState = true;</c> in a
    /// constructor, <c>{ get; set; } = 30;</c>) is behaviour a test of the type checks, and the type is reported as before.
    /// </summary>
    public static bool OnlyHoldsWhatItIsGiven(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!PublicSurface.IsDataHolder(type, compilation, cancellationToken))
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field when HasInitializer(field, cancellationToken):
                case IPropertySymbol property when HasInitializer(property, cancellationToken):
                    return false;
                case IMethodSymbol { MethodKind: MethodKind.Constructor, IsImplicitlyDeclared: false } constructor:
                    foreach (var reference in constructor.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax(cancellationToken) is ConstructorDeclarationSyntax declared && !StoresOnlyItsParameters(declared))
                        {
                            return false;
                        }
                    }

                    continue;
            }
        }

        return true;
    }

    /// <summary>
    /// The static fields and auto-properties a static setter stores (the <c>static-setter</c> row): a static method
    /// returning nothing whose body, after argument guards (<c>if (setter == null) throw ...;</c>), only assigns its
    /// parameters, as they are, to static fields or auto-properties of its own type
    /// (<c>SetAccessors(setter, getter) { ...guards...; _setCurrent = setter; _getCurrent = getter; }</c>). The value does
    /// nothing until something reads it, so the method counts as run when library code the tests run reads every one.
    /// Null for any other body: a fixed or computed value (a switch that selects a path), a call, a store elsewhere.
    /// </summary>
    public static List<ISymbol>? StaticSettingsOf(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: true, ReturnsVoid: true, Parameters.Length: > 0 } method
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        var stores = new List<ISymbol>();
        if (declaration.ExpressionBody is { Expression: var expression })
        {
            return IsStaticStore(expression, method, model, stores, cancellationToken) ? stores : null;
        }

        foreach (var statement in declaration.Body?.Statements ?? default)
        {
            if (stores.Count == 0 && IsGuard(statement))
            {
                continue;
            }

            if (statement is not ExpressionStatementSyntax { Expression: var stored } || !IsStaticStore(stored, method, model, stores, cancellationToken))
            {
                return null;
            }
        }

        return stores.Count > 0 ? stores : null;
    }

    /// <summary><c>_setCurrent = setter;</c>: a parameter of the method, as it is, stored in a static field or auto-property of its type.</summary>
    private static bool IsStaticStore(ExpressionSyntax expression, IMethodSymbol method, SemanticModel model, List<ISymbol> stores, CancellationToken cancellationToken)
    {
        if (expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
            || PublicSurface.WithoutParentheses(assignment.Right) is not IdentifierNameSyntax given
            || model.GetSymbolInfo(given, cancellationToken).Symbol is not IParameterSymbol { RefKind: RefKind.None } parameter
            || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method)
            || model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is not { IsStatic: true } store
            || !SymbolEqualityComparer.Default.Equals(store.ContainingType?.OriginalDefinition, method.ContainingType.OriginalDefinition)
            || !IsPlainStaticStore(store, cancellationToken))
        {
            return false;
        }

        stores.Add(store);
        return true;
    }

    private static bool IsPlainStaticStore(ISymbol store, CancellationToken cancellationToken)
    {
        switch (store)
        {
            case IFieldSymbol { IsConst: false, IsReadOnly: false }:
                return true;
            case IPropertySymbol { SetMethod: { } setter }:
                foreach (var reference in setter.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is not AccessorDeclarationSyntax { Body: null, ExpressionBody: null })
                    {
                        return false;
                    }
                }

                return setter.DeclaringSyntaxReferences.Length > 0;
            default:
                return false;
        }
    }

    /// <summary><c>if (...) throw ...;</c> or <c>ArgumentNullException.ThrowIfNull(x);</c>: a check of the arguments, not work.</summary>
    private static bool IsGuard(StatementSyntax statement) => statement switch
    {
        IfStatementSyntax { Else: null, Statement: ThrowStatementSyntax } => true,
        IfStatementSyntax { Else: null, Statement: BlockSyntax { Statements: { Count: 1 } only } } => only[0] is ThrowStatementSyntax,
        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } } } => name.StartsWith("ThrowIf", System.StringComparison.Ordinal),
        _ => false,
    };

    private static bool StoresOnlyItsParameters(ConstructorDeclarationSyntax constructor)
    {
        var parameters = constructor.ParameterList.Parameters;
        if (constructor.Initializer is { ArgumentList.Arguments: var handedOn })
        {
            foreach (var argument in handedOn)
            {
                if (!IsParameter(argument.Expression, parameters))
                {
                    return false;
                }
            }
        }

        if (constructor.ExpressionBody is { Expression: var expression })
        {
            return IsStoreOfParameter(expression, parameters);
        }

        foreach (var statement in constructor.Body?.Statements ?? default)
        {
            if (statement is not ExpressionStatementSyntax { Expression: var stored } || !IsStoreOfParameter(stored, parameters))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStoreOfParameter(ExpressionSyntax expression, SeparatedSyntaxList<ParameterSyntax> parameters) =>
        expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
        && assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }
        && IsParameter(assignment.Right, parameters);

    private static bool IsParameter(ExpressionSyntax expression, SeparatedSyntaxList<ParameterSyntax> parameters)
    {
        if (PublicSurface.WithoutParentheses(expression) is not IdentifierNameSyntax name)
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
    /// A field or auto-property with an initializer of its own: a value the type decides. Not one that stores a parameter of
    /// the type's primary constructor as it is (<c>public object? Value { get; } = value;</c>), which is what it was given.
    /// </summary>
    private static bool HasInitializer(ISymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var (initializer, declaration) = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax { Initializer.Value: var value } declarator => (value, declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>()),
                PropertyDeclarationSyntax { Initializer.Value: var value } property => (value, property.FirstAncestorOrSelf<TypeDeclarationSyntax>()),
                _ => (null, null),
            };
            if (initializer is not null && !(declaration?.ParameterList is { } primary && IsParameter(initializer, primary.Parameters)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>left.Equals(right)</c> or <c>left.CompareTo(right)</c> (either parameter the receiver, the other the one
    /// argument), binding to a method of the operator's own type with that name: the member it returns.
    /// </summary>
    private static IMethodSymbol? OwnCall(InvocationExpressionSyntax call, string name, IMethodSymbol method, IParameterSymbol left, IParameterSymbol right, SemanticModel model, CancellationToken cancellationToken)
    {
        if (call.Expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name.Identifier.ValueText: var called } access
            || called != name || call.ArgumentList.Arguments.Count != 1
            || !AreTheParameters(PublicSurface.WithoutParentheses(access.Expression), PublicSurface.WithoutParentheses(call.ArgumentList.Arguments[0].Expression), left, right, model, cancellationToken)
            || model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol target
            || !IsOwnMember(target, method))
        {
            return null;
        }

        return target;
    }

    private static IMethodSymbol? EqualsOverrideOf(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers("Equals"))
        {
            if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 1 } equals && equals.Parameters[0].Type.SpecialType == SpecialType.System_Object)
            {
                return equals;
            }
        }

        return null;
    }

    private static bool IsOwnMember(IMethodSymbol target, IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(target.ContainingType?.OriginalDefinition, method.ContainingType.OriginalDefinition);

    /// <summary>The two expressions are the operator's two parameters, in either order.</summary>
    private static bool AreTheParameters(ExpressionSyntax first, ExpressionSyntax second, IParameterSymbol left, IParameterSymbol right, SemanticModel model, CancellationToken cancellationToken)
    {
        if (first is not IdentifierNameSyntax || second is not IdentifierNameSyntax)
        {
            return false;
        }

        var a = model.GetSymbolInfo(first, cancellationToken).Symbol;
        var b = model.GetSymbolInfo(second, cancellationToken).Symbol;
        return (SymbolEqualityComparer.Default.Equals(a, left) && SymbolEqualityComparer.Default.Equals(b, right))
            || (SymbolEqualityComparer.Default.Equals(a, right) && SymbolEqualityComparer.Default.Equals(b, left));
    }

    private static bool IsComparison(BinaryExpressionSyntax comparison) => comparison.Kind() is SyntaxKind.LessThanExpression
        or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
        or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

    private static bool IsZero(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression, Token.ValueText: "0" };

    private static ExpressionSyntax? OnlyExpression(OperatorDeclarationSyntax declaration) =>
        declaration.ExpressionBody?.Expression
        ?? (declaration.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);

    /// <summary>
    /// A class that declares nothing of its own and derives from a class of the library, or from <c>Attribute</c> (the
    /// <c>empty-subclass</c> row): no member but constructors without behaviour (a primary constructor, or one that only
    /// hands its parameters to <c>base</c>: <c>class ExcelColumnNameAttribute(string name) : MiniExcelColumnNameAttribute(name);</c>),
    /// no nested type. A name for the base's behaviour (Cake's <c>DotNetNuGetEnableSourceSettings : DotNetNuGetSourceSettings</c>,
    /// a base that closes its generic parameter, <c>FrostingSetup : FrostingSetup&lt;ICakeContext&gt;</c>, a marker
    /// attribute read by reflection): every line a test of it would run is the base's, reported, tested or covered on
    /// its own. Not a class with a member of its own (an override, a property, a constructor that computes), nor one
    /// deriving from another package's class (an exception, a stream), whose behaviour the library does not own.
    /// </summary>
    public static bool IsEmptySubclass(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (type.TypeKind != TypeKind.Class || type.IsStatic || type.BaseType is not { SpecialType: not SpecialType.System_Object } baseType
            || !(IsInSource(baseType.OriginalDefinition) || IsAttributeClass(baseType)))
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared
                || (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && PublicSurface.HasNoBehaviour(constructor, compilation, cancellationToken)))
            {
                continue;
            }

            return false;
        }

        return type.GetTypeMembers().Length == 0;
    }

    private static bool IsInSource(ISymbol symbol) => symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource;

    private static bool IsAttributeClass(INamedTypeSymbol type) =>
        type is { Name: "Attribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// A body that only hands the values it was given to the operating system (the <c>interop-forward</c> row): after
    /// argument guards, each statement calls a member of a COM interface (marked <c>[ComImport]</c> or
    /// <c>[GeneratedComInterface]</c>) on a field of the instance, or a platform-invoke method (<c>extern</c>,
    /// <c>[DllImport]</c>, <c>[LibraryImport]</c>), either bare or inside a result check (<c>Marshal.ThrowExceptionForHR</c>
    /// or a static method of the library whose body only throws on a bad code: <c>CoreAudioException.ThrowIfFailed(...)</c>,
    /// <c>MmException.Try(..., "acmMetrics")</c>); its arguments are parameters, fields of the instance, locals, <c>out</c>
    /// declarations and fixed values (<c>var guid = Guid.Empty;</c> may come first). The body then returns nothing, an
    /// <c>out</c> local the call filled (cast or not: <c>return (int)channels;</c>), or the call's own answer, compared with
    /// a literal or not (<c>return iface.IsSystemSoundsSession() == 0;</c>). Each accessor of a property, or the expression
    /// body of a method or property, is read the same way. What such a member does is the operating system's or the
    /// hardware's, which a unit test cannot run: a test would assert what the device answers. Not a body that computes
    /// (<c>var levels = new float[channels];</c>), branches (<c>if (value != String.Empty) ...</c>), calls a member of
    /// another kind, owns a native resource (<c>try</c>/<c>finally</c>, <c>Marshal.Release</c>) or creates a wrapper from
    /// what the call answers: each is the library's own logic a test can reach.
    /// </summary>
    public static bool IsInteropForward(ArrowExpressionClauseSyntax? expressionBody, BlockSyntax? body, ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        var node = (SyntaxNode?)expressionBody ?? body;
        if (node is null || member.ContainingType is null || !MayForwardToInterop(expressionBody, body))
        {
            return false;
        }

#pragma warning disable RS1030 // The member's own body, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(node.SyntaxTree);
#pragma warning restore RS1030
        if (expressionBody is not null)
        {
            return IsInteropAnswer(expressionBody.Expression, member.ContainingType, model, cancellationToken)
                || IsInteropStatement(expressionBody.Expression, member.ContainingType, model, cancellationToken);
        }

        var statements = body!.Statements;
        var calls = 0;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (statement is CheckedStatementSyntax { Block.Statements: { Count: 1 } wrapped } && i == statements.Count - 1)
            {
                // unchecked { return (int)channels; }: the conversion of the answer the call filled.
                statement = wrapped[0];
            }

            switch (statement)
            {
                case ExpressionStatementSyntax { Expression: var expression } when IsInteropStatement(expression, member.ContainingType, model, cancellationToken):
                    // Before the guards: a result check named ThrowIf... (CoreAudioException.ThrowIfFailed(...)) reads as one.
                    calls++;
                    continue;
                case var guard when calls == 0 && IsGuard(guard):
                    continue;
                case LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }
                    when variables[0].Initializer is { Value: var initial } && IsFixedValue(initial, model, cancellationToken):
                    continue;
                case ReturnStatementSyntax { Expression: null } when i == statements.Count - 1:
                    continue;
                case ReturnStatementSyntax { Expression: { } answer } when i == statements.Count - 1
                    && ((calls > 0 && ExpressionWrappers.Inside(answer) is IdentifierNameSyntax filled && model.GetSymbolInfo(filled, cancellationToken).Symbol is ILocalSymbol)
                        || IsInteropAnswer(answer, member.ContainingType, model, cancellationToken)):
                    calls++;
                    continue;
                default:
                    return false;
            }
        }

        return calls > 0;
    }

    /// <summary>
    /// Whether a member is an interop forward (<see cref="IsInteropForward"/>): a method's body, or every accessor of a
    /// property that is not an indexer. The type-level half of the <c>interop-forward</c> row: a type the tests touch
    /// nothing of, whose untested members are all such forwards (<c>AudioMute.IsMuted</c>), wraps the device and nothing
    /// else, and is not reported.
    /// </summary>
    public static bool IsInteropForwardMember(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        if (member.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Ordinary }:
                return member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax method
                    && IsInteropForward(method.ExpressionBody, method.Body, member, compilation, cancellationToken);
            case IPropertySymbol { IsIndexer: false }:
                if (member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax property)
                {
                    return false;
                }

                if (property.ExpressionBody is { } expressionBody)
                {
                    return IsInteropForward(expressionBody, null, member, compilation, cancellationToken);
                }

                if (property.AccessorList is null)
                {
                    return false;
                }

                foreach (var accessor in property.AccessorList.Accessors)
                {
                    if (!IsInteropForward(accessor.ExpressionBody, accessor.Body, member, compilation, cancellationToken))
                    {
                        return false;
                    }
                }

                return property.AccessorList.Accessors.Count > 0;
            default:
                return false;
        }
    }

    /// <summary>
    /// The statements' kinds alone, before any binding: calls, guards, locals and a <c>return</c>, so that a body of any
    /// other shape (most of them) is turned away without a semantic model.
    /// </summary>
    private static bool MayForwardToInterop(ArrowExpressionClauseSyntax? expressionBody, BlockSyntax? body)
    {
        if (expressionBody is not null)
        {
            return ExpressionWrappers.Inside(expressionBody.Expression) is InvocationExpressionSyntax or BinaryExpressionSyntax;
        }

        var anyCall = false;
        foreach (var statement in body!.Statements)
        {
            switch (statement)
            {
                case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax }:
                    anyCall = true;
                    break;
                case ReturnStatementSyntax { Expression: InvocationExpressionSyntax or BinaryExpressionSyntax or ParenthesizedExpressionSyntax }:
                    anyCall = true;
                    break;
                case IfStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax or CheckedStatementSyntax:
                    break;
                default:
                    return false;
            }
        }

        return anyCall;
    }

    /// <summary>An interop call, or one inside a result check (<c>Marshal.ThrowExceptionForHR(...)</c>, <c>CoreAudioException.ThrowIfFailed(...)</c>).</summary>
    private static bool IsInteropStatement(ExpressionSyntax expression, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        if (expression is not InvocationExpressionSyntax call)
        {
            return false;
        }

        if (IsInteropCall(call, type, model, cancellationToken))
        {
            return true;
        }

        var arguments = call.ArgumentList.Arguments;
        if (arguments.Count == 0 || ExpressionWrappers.Inside(arguments[0].Expression) is not InvocationExpressionSyntax checkedCall
            || !IsInteropCall(checkedCall, type, model, cancellationToken) || !IsResultCheck(call, model, cancellationToken))
        {
            return false;
        }

        for (var i = 1; i < arguments.Count; i++)
        {
            if (!IsFixedValue(arguments[i].Expression, model, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An interop call as the answer, as it is or compared with a literal (<c>iface.IsSystemSoundsSession() == 0</c>).</summary>
    private static bool IsInteropAnswer(ExpressionSyntax answer, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        var unwrapped = ExpressionWrappers.Inside(answer);
        if (unwrapped is BinaryExpressionSyntax comparison && (comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression))
            && ExpressionWrappers.Inside(comparison.Right) is LiteralExpressionSyntax)
        {
            unwrapped = ExpressionWrappers.Inside(comparison.Left);
        }

        return unwrapped is InvocationExpressionSyntax call && IsInteropCall(call, type, model, cancellationToken)
            && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { ReturnsVoid: false };
    }

    /// <summary>
    /// <c>Marshal.ThrowExceptionForHR</c>, or a static method of the library whose body only throws on a bad code:
    /// <c>if (hresult &lt; 0) throw Create(hresult);</c>.
    /// </summary>
    private static bool IsResultCheck(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { IsStatic: true, ReturnsVoid: true } check)
        {
            return false;
        }

        if (check is { Name: "ThrowExceptionForHR", ContainingType: { Name: "Marshal", ContainingNamespace: { Name: "InteropServices", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } })
        {
            return true;
        }

        if (check.DeclaringSyntaxReferences.Length != 1
            || check.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax { Body: { Statements.Count: > 0 } checkBody })
        {
            return false;
        }

        foreach (var statement in checkBody.Statements)
        {
            if (!IsGuard(statement))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A call of a COM interface's member on a field of the instance, or of a platform-invoke method, whose arguments are
    /// given or fixed values.
    /// </summary>
    private static bool IsInteropCall(InvocationExpressionSyntax call, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol target)
        {
            return false;
        }

        if (target.ContainingType is { TypeKind: TypeKind.Interface } comInterface && (comInterface.IsComImport || HasAttribute(comInterface, "ComImportAttribute", "GeneratedComInterfaceAttribute")))
        {
            var receiver = call.Expression is MemberAccessExpressionSyntax { Expression: var held } access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                ? held is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess ? thisAccess.Name : held
                : null;
            if (receiver is not IdentifierNameSyntax
                || model.GetSymbolInfo(receiver, cancellationToken).Symbol is not IFieldSymbol { IsStatic: false } field
                || !SymbolEqualityComparer.Default.Equals(field.ContainingType?.OriginalDefinition, type.OriginalDefinition))
            {
                return false;
            }
        }
        else if (!(target.IsStatic && (target.IsExtern || HasAttribute(target, "DllImportAttribute", "LibraryImportAttribute"))))
        {
            return false;
        }

        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (!IsGivenOrFixed(argument.Expression, type, model, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A parameter (<c>value</c> included), a local, a field of the type, an <c>out</c> declaration, or a fixed value.
    /// </summary>
    private static bool IsGivenOrFixed(ExpressionSyntax argument, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument is DeclarationExpressionSyntax)
        {
            return true;
        }

        if (argument is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var ownName })
        {
            argument = ownName;
        }

        if (argument is IdentifierNameSyntax name)
        {
            switch (model.GetSymbolInfo(name, cancellationToken).Symbol)
            {
                case IParameterSymbol or ILocalSymbol:
                    return true;
                case IFieldSymbol field:
                    return SymbolEqualityComparer.Default.Equals(field.ContainingType?.OriginalDefinition, type.OriginalDefinition);
            }
        }

        return IsFixedValue(argument, model, cancellationToken);
    }

    /// <summary>A literal, <c>default</c>, <c>nameof(...)</c>, or a constant, enum member or static field or property (<c>Guid.Empty</c>).</summary>
    private static bool IsFixedValue(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        var unwrapped = ExpressionWrappers.Unwrap(value);
        if (unwrapped is LiteralExpressionSyntax or DefaultExpressionSyntax
            || (unwrapped is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } && model.GetConstantValue(unwrapped, cancellationToken).HasValue))
        {
            return true;
        }

        return unwrapped is MemberAccessExpressionSyntax or IdentifierNameSyntax
            && model.GetSymbolInfo(unwrapped, cancellationToken).Symbol is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true, IsIndexer: false };
    }

    private static bool HasAttribute(ISymbol symbol, string name, string otherName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is { } attributeName && (attributeName == name || attributeName == otherName))
            {
                return true;
            }
        }

        return false;
    }
}
