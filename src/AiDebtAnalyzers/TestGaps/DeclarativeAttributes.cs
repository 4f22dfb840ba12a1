using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// Attribute classes that only declare a value (the <c>declarative-attribute</c> row of docs/rules/AID301.md):
/// <c>public class MedianColumnAttribute : ColumnConfigBaseAttribute { public MedianColumnAttribute() : base(StatisticColumn.Median) { } }</c>.
/// A user writes <c>[MedianColumn]</c> instead of building the value by hand; the code that does something with it is
/// the value's own API (<c>StatisticColumn.Median</c>, <c>Job.WithGcServer</c>, <c>new XmlExporter(...)</c>) and the base
/// attribute's constructor, each reported, tested or covered on its own. A test per attribute would restate the value,
/// so none is asked for. The boundary is visible in the syntax: every value is a constant, a static member, a parameter,
/// or a creation or call of a public member of the library or of another package built from such values. A call of a
/// protected, internal or private helper (<c>: base(GetJob(Job.ShortRun, runtimeMoniker, jit, platform))</c>) is the
/// attribute family's own code, which only the attribute runs, and a lambda, an operator or a branch is code of the
/// attribute's own: such an attribute is reported as before.
/// </summary>
internal static class DeclarativeAttributes
{
    /// <summary>
    /// An attribute class whose members of its own are only declarative constructors (see
    /// <see cref="IsDeclarativeConstructor"/>), auto-properties and fields without an initializer or with a declarative
    /// one, and constants (nested types aside: each is judged on its own). It is not reported, whatever the tests do.
    /// </summary>
    public static bool IsDeclarativeAttribute(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (type.TypeKind != TypeKind.Class || !IsAttribute(type))
        {
            return false;
        }

        var constructors = 0;
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case INamedTypeSymbol:
                case IMethodSymbol { IsImplicitlyDeclared: true }:
                case IFieldSymbol { IsImplicitlyDeclared: true }:
                case IFieldSymbol { IsConst: true }:
                case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet }:
                    continue;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when IsDeclarativeConstructor(constructor, compilation, cancellationToken):
                    constructors++;
                    continue;
                case IPropertySymbol { IsIndexer: false } property when IsDeclarativeStore(property, compilation, cancellationToken):
                case IFieldSymbol field when IsDeclarativeStore(field, compilation, cancellationToken):
                    continue;
                default:
                    return false;
            }
        }

        return constructors > 0;
    }

    /// <summary>
    /// A constructor of an attribute class that only declares a value: every argument it hands to <c>base</c>/<c>this</c>
    /// (or, for a primary constructor, to its base type) is declarative (<see cref="IsDeclarative"/>), and its body is
    /// empty or only assigns declarative values to members of the instance
    /// (<c>Config = ManualConfig.CreateEmpty().AddDiagnoser(new MemoryDiagnoser(new MemoryDiagnoserConfig(displayGenColumns)));</c>).
    /// </summary>
    public static bool IsDeclarativeConstructor(IMethodSymbol constructor, Compilation compilation, CancellationToken cancellationToken)
    {
        if (constructor.MethodKind != MethodKind.Constructor || constructor.IsStatic || !IsAttribute(constructor.ContainingType)
            || constructor.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        var declaration = constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
#pragma warning disable RS1030 // The body of a member of the type being analyzed, in its own tree: no other model exists for it.
        var model = compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        switch (declaration)
        {
            case TypeDeclarationSyntax primary:
                // class StdErrorColumnAttribute() : ColumnConfigBaseAttribute(StatisticColumn.StdErr): the base type's arguments.
                foreach (var baseType in primary.BaseList?.Types ?? default)
                {
                    if (baseType is PrimaryConstructorBaseTypeSyntax { ArgumentList: var handedOn } && !AreDeclarative(handedOn, constructor, model, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            case ConstructorDeclarationSyntax written:
                if (written.Initializer is { ArgumentList: var arguments } && !AreDeclarative(arguments, constructor, model, cancellationToken))
                {
                    return false;
                }

                if (written.ExpressionBody is { Expression: var stored })
                {
                    return IsDeclarativeAssignment(stored, constructor, model, cancellationToken);
                }

                foreach (var statement in written.Body?.Statements ?? default)
                {
                    if (statement is not ExpressionStatementSyntax { Expression: var assignment } || !IsDeclarativeAssignment(assignment, constructor, model, cancellationToken))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether the type derives, directly or not, from <c>System.Attribute</c>.</summary>
    private static bool IsAttribute(INamedTypeSymbol type) => SystemBaseTypes.DerivesFrom(type, "Attribute");

    /// <summary>An auto-property or a field, without an initializer or with a declarative one (<c>public IConfig Config { get; }</c>).</summary>
    private static bool IsDeclarativeStore(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            ExpressionSyntax? initializer;
            switch (reference.GetSyntax(cancellationToken))
            {
                case PropertyDeclarationSyntax { AccessorList: { } accessors } property:
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.Body is not null || accessor.ExpressionBody is not null)
                        {
                            return false;
                        }
                    }

                    initializer = property.Initializer?.Value;
                    break;
                case VariableDeclaratorSyntax declarator:
                    initializer = declarator.Initializer?.Value;
                    break;
                default:
                    return false;
            }

#pragma warning disable RS1030 // The initializer of a member of the type being analyzed, in its own tree.
            if (initializer is not null && !IsDeclarative(initializer, null, compilation.GetSemanticModel(initializer.SyntaxTree), cancellationToken))
#pragma warning restore RS1030
            {
                return false;
            }
        }

        return member.DeclaringSyntaxReferences.Length > 0;
    }

    /// <summary><c>Config = ...;</c>: a declarative value assigned to a member of the instance.</summary>
    private static bool IsDeclarativeAssignment(ExpressionSyntax expression, IMethodSymbol constructor, SemanticModel model, CancellationToken cancellationToken) =>
        expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
        && assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }
        && model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol { IsStatic: false } or IFieldSymbol { IsStatic: false }
        && IsDeclarative(assignment.Right, constructor, model, cancellationToken);

    private static bool AreDeclarative(ArgumentListSyntax arguments, IMethodSymbol? constructor, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.RefKindKeyword.RawKind != 0 || !IsDeclarative(argument.Expression, constructor, model, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A value the attribute declares rather than computes: a literal, <c>default</c>, <c>typeof</c>, a parameter of the
    /// constructor, a static field or property (<c>StatisticColumn.Median</c>, <c>Job.ShortRun</c>, an enum member), or a
    /// creation or call of a public member of the library or of another package whose receiver and arguments are such
    /// values (<c>Job.Default.WithIterationCount(n)</c>, <c>new XmlExporter(suffix, indent, exclude)</c>,
    /// <c>runtimeMoniker.GetRuntime()</c>). Not a lambda, an operator, a condition, an interpolated string, a read of an
    /// instance member, nor a call of a protected, internal or private member: that is code of the attribute's own.
    /// </summary>
    private static bool IsDeclarative(ExpressionSyntax expression, IMethodSymbol? constructor, SemanticModel model, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var value = PublicSurface.WithoutParentheses(expression);
        switch (value)
        {
            case LiteralExpressionSyntax or DefaultExpressionSyntax or TypeOfExpressionSyntax:
                return true;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } when model.GetSymbolInfo(value, cancellationToken).Symbol is { } read:
                return read switch
                {
                    IParameterSymbol parameter => constructor is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, constructor),
                    IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true } => IsOpen(read)
                        && (value is not MemberAccessExpressionSyntax access || model.GetSymbolInfo(access.Expression, cancellationToken).Symbol is INamespaceOrTypeSymbol),
                    _ => false,
                };
            case BaseObjectCreationExpressionSyntax { Initializer: null } creation:
                return model.GetSymbolInfo(creation, cancellationToken).Symbol is IMethodSymbol created && IsOpen(created)
                    && (creation.ArgumentList is null || AreDeclarative(creation.ArgumentList, constructor, model, cancellationToken));
            case InvocationExpressionSyntax call:
                if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol called || !IsOpen(called.ReducedFrom ?? called)
                    || !AreDeclarative(call.ArgumentList, constructor, model, cancellationToken))
                {
                    return false;
                }

                // Job.Default.WithGcServer(value), StatisticColumn.CiError(level), runtimeMoniker.GetRuntime(): the receiver
                // is a type or a declarative value; a call without one is a member of the attribute's own.
                return call.Expression switch
                {
                    MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access =>
                        model.GetSymbolInfo(access.Expression, cancellationToken).Symbol is INamespaceOrTypeSymbol
                        || IsDeclarative(access.Expression, constructor, model, cancellationToken),
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>
    /// A member whose behaviour is an API of its own: another package's, or the library's public one. Not a protected
    /// member (a helper of the attribute family, which only its attributes run), nor an internal or private one.
    /// </summary>
    private static bool IsOpen(ISymbol symbol)
    {
        if (symbol.Locations.IsEmpty || !symbol.Locations[0].IsInSource)
        {
            return true;
        }

        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}
