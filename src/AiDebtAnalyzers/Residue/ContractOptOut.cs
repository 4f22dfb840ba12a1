using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Residue;

/// <summary>
/// Whether a member that only throws <c>NotImplementedException</c> opts its type out of one operation of a contract that
/// works elsewhere, which is a decision people make (a one-way value converter's <c>ConvertBack</c>, a read-only JSON
/// converter's <c>WriteJson</c>, the one repository of several that cannot run a query, a request model that cannot do
/// what its base does), not a stand-in for code nobody wrote. The contract works elsewhere when the member
/// <list type="bullet">
/// <item>implements or overrides a member declared outside the compilation (the framework's or a package's interface
/// or base class, which other code implements), or one the compilation cannot resolve (a base type from a package that
/// is missing: nothing tells it apart from a framework contract);</item>
/// <item>overrides a member that has a body (the base type works, this type opts out);</item>
/// <item>implements an interface member, or overrides an abstract member, of the compilation that another type of the
/// compilation implements with a real body.</item>
/// </list>
/// The only implementation of the project's own interface that throws is still reported: that operation works nowhere.
/// One instance per compilation; the answer per contract member is cached.
/// </summary>
internal sealed class ContractOptOut
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, SourceTypes> SourceTypesByAssembly = new();

    private readonly IAssemblySymbol assembly;
    private readonly ConcurrentDictionary<ISymbol, bool> implementedElsewhere = new(SymbolEqualityComparer.Default);

    public ContractOptOut(IAssemblySymbol assembly) => this.assembly = assembly;

    public bool IsOptOut(ISymbol member, CancellationToken cancellationToken)
    {
        if (member.ContainingType is not { } type)
        {
            return false;
        }

        if (member.IsOverride)
        {
            var overridden = Overridden(member);
            return overridden is null || !IsInSource(overridden) || !overridden.IsAbstract || ImplementedElsewhere(overridden, member, cancellationToken);
        }

        var explicitImplementations = ExplicitImplementations(member);
        if (!explicitImplementations.IsDefaultOrEmpty)
        {
            foreach (var contractMember in explicitImplementations)
            {
                if (!IsInSource(contractMember) || ImplementedElsewhere(contractMember, member, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var contract in type.AllInterfaces)
        {
            foreach (var contractMember in contract.GetMembers())
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(contractMember), member)
                    && (!IsInSource(contractMember) || ImplementedElsewhere(contractMember, member, cancellationToken)))
                {
                    return true;
                }
            }
        }

        // A base type the compilation cannot resolve may be the contract this member fulfils (an explicit implementation
        // of it resolves to nothing, hence the specifier check).
        return HasUnresolvedBase(type) && (member.DeclaredAccessibility == Accessibility.Public || HasExplicitSpecifier(member, cancellationToken));
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    private static ImmutableArray<ISymbol> ExplicitImplementations(ISymbol member) => member switch
    {
        IMethodSymbol method => ImmutableArray<ISymbol>.CastUp(method.ExplicitInterfaceImplementations),
        IPropertySymbol property => ImmutableArray<ISymbol>.CastUp(property.ExplicitInterfaceImplementations),
        IEventSymbol @event => ImmutableArray<ISymbol>.CastUp(@event.ExplicitInterfaceImplementations),
        _ => ImmutableArray<ISymbol>.Empty,
    };

    private static bool IsInSource(ISymbol symbol) => !symbol.DeclaringSyntaxReferences.IsDefaultOrEmpty;

    private static bool HasUnresolvedBase(INamedTypeSymbol type)
    {
        if (type.BaseType is { TypeKind: TypeKind.Error })
        {
            return true;
        }

        foreach (var contract in type.Interfaces)
        {
            if (contract.TypeKind == TypeKind.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasExplicitSpecifier(ISymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            if (node is AccessorDeclarationSyntax { Parent.Parent: { } accessorOwner })
            {
                node = accessorOwner;
            }

            if (node is MethodDeclarationSyntax { ExplicitInterfaceSpecifier: not null } or BasePropertyDeclarationSyntax { ExplicitInterfaceSpecifier: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type of the compilation other than the member's own implements the contract member with a real body.</summary>
    private bool ImplementedElsewhere(ISymbol contractMember, ISymbol member, CancellationToken cancellationToken)
    {
        var key = contractMember.OriginalDefinition;
        if (implementedElsewhere.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = false;
        var contractType = key.ContainingType;
        foreach (var type in SourceTypesByAssembly.GetOrCompute(assembly, SourceTypes.Collect, cancellationToken).Types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (SymbolEqualityComparer.Default.Equals(type, member.ContainingType?.OriginalDefinition))
            {
                continue;
            }

            var implementation = contractType.TypeKind == TypeKind.Interface ? InterfaceImplementation(type, key) : Override(type, key);
            if (implementation is not null && HasRealBody(implementation, cancellationToken))
            {
                found = true;
                break;
            }
        }

        implementedElsewhere.TryAdd(key, found);
        return found;
    }

    private static ISymbol? InterfaceImplementation(INamedTypeSymbol type, ISymbol contractMember)
    {
        foreach (var contract in type.AllInterfaces)
        {
            if (!SymbolEqualityComparer.Default.Equals(contract.OriginalDefinition, contractMember.ContainingType))
            {
                continue;
            }

            foreach (var candidate in contract.GetMembers(contractMember.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, contractMember))
                {
                    return type.FindImplementationForInterfaceMember(candidate);
                }
            }
        }

        return null;
    }

    private static ISymbol? Override(INamedTypeSymbol type, ISymbol contractMember)
    {
        foreach (var candidate in type.GetMembers(contractMember.Name))
        {
            for (var overridden = candidate.IsOverride ? Overridden(candidate) : null; overridden is not null; overridden = overridden.IsOverride ? Overridden(overridden) : null)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, contractMember))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>A body that does something: not a lone throw, not missing (abstract, extern, an interface member).</summary>
    private static bool HasRealBody(ISymbol implementation, CancellationToken cancellationToken)
    {
        foreach (var reference in implementation.DeclaringSyntaxReferences)
        {
            var hasRealBody = reference.GetSyntax(cancellationToken) switch
            {
                BaseMethodDeclarationSyntax method => PlaceholderImplementationAnalyzer.IsRealBody(method.Body, method.ExpressionBody),
                AccessorDeclarationSyntax accessor => PlaceholderImplementationAnalyzer.IsRealBody(accessor.Body, accessor.ExpressionBody),
                PropertyDeclarationSyntax { ExpressionBody: { } arrow } => PlaceholderImplementationAnalyzer.IsRealBody(null, arrow),
                IndexerDeclarationSyntax { ExpressionBody: { } arrow } => PlaceholderImplementationAnalyzer.IsRealBody(null, arrow),
                BasePropertyDeclarationSyntax { AccessorList: { } accessors } => AnyRealAccessor(accessors),
                _ => false,
            };

            if (hasRealBody)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyRealAccessor(AccessorListSyntax accessors)
    {
        foreach (var accessor in accessors.Accessors)
        {
            if (PlaceholderImplementationAnalyzer.IsRealBody(accessor.Body, accessor.ExpressionBody))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The named types declared in the compilation's own source, nested ones included, collected once.</summary>
    private sealed class SourceTypes
    {
        private SourceTypes(ImmutableArray<INamedTypeSymbol> types) => Types = types;

        public ImmutableArray<INamedTypeSymbol> Types { get; }

        public static SourceTypes Collect(IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            return new SourceTypes(DeclaredTypes.In(assembly, cancellationToken).ToImmutableArray());
        }
    }
}
