using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// The <c>sole-implementation</c> row of docs/rules/AID301.md: the tests hold the library's objects through an interface
/// of the library and call a member of it, and the one class of the library that implements that interface answers the
/// call with the reported member. Castle's dictionary adapters are built at run time from <c>DictionaryAdapterBase</c>;
/// the tests ask the factory for an <c>IPerson</c> (a test interface deriving the library's <c>IDictionaryAdapter</c>) and
/// call <c>person.BeginEdit()</c>, which only <c>DictionaryAdapterBase.BeginEdit</c> can answer, though no test names or
/// creates that class.
/// </summary>
internal static class SoleImplementations
{
    private static readonly ConditionalWeakTable<Compilation, Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> Implementers = new();

    /// <summary>
    /// Whether the member of an abstract class is, for an interface of the library that the tests name or reach and that
    /// only this class of the library implements (no library class derives from it), what the class answers one of the
    /// interface's members with (its own or one it inherits, <c>IEditableObject.BeginEdit</c> through
    /// <c>IDictionaryAdapter</c>). The caller has checked that the tests use the member's name.
    /// </summary>
    public static bool AnswersForNamedInterface(ISymbol member, INamedTypeSymbol type, TestReferenceIndex index, HashSet<ITypeSymbol> reached, Compilation compilation, CancellationToken cancellationToken)
    {
        // Only an abstract class: the library creates no instance of it, so the objects the tests hold through the
        // interface are built at run time (emitted subclasses). A concrete implementation (Cake's CakeEnvironment behind
        // ICakeEnvironment) is one the tests replace with doubles (Substitute.For<ICakeEnvironment>()), whose calls the
        // name match cannot tell from calls on the library's instances.
        if (type.TypeKind != TypeKind.Class || !type.IsAbstract || member.IsStatic || member is IPropertySymbol { IsIndexer: true }
            || member is not (IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol or IEventSymbol))
        {
            return false;
        }

        var assembly = compilation.Assembly;
        Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>? implementers = null;
        foreach (var contract in type.AllInterfaces)
        {
            if (!SymbolEqualityComparer.Default.Equals(contract.ContainingAssembly, assembly)
                || !(index.TypeNames.Contains(TestFileReferences.TypeKey(contract.Name, contract.Arity)) || reached.Contains(contract.OriginalDefinition)))
            {
                continue;
            }

            // Through the shared cache helper: no closure per call, and a cancelled computation stores nothing.
            implementers ??= Implementers.GetOrCompute(compilation, ImplementersIn, cancellationToken);
            // The class is the library's only implementation: no class of the library derives from it either.
            if (!implementers.TryGetValue(contract.OriginalDefinition, out var classes) || classes.Count != 1
                || !SymbolEqualityComparer.Default.Equals(classes[0].OriginalDefinition, type.OriginalDefinition))
            {
                continue;
            }

            if (AnswersEveryWhere(member, contract, classes) || AnswersInAnyBase(member, contract, classes))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnswersInAnyBase(ISymbol member, INamedTypeSymbol contract, List<INamedTypeSymbol> classes)
    {
        foreach (var inherited in contract.AllInterfaces)
        {
            if (AnswersEveryWhere(member, inherited, classes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every class answers a member of the interface of the member's name with the member.</summary>
    private static bool AnswersEveryWhere(ISymbol member, INamedTypeSymbol contract, List<INamedTypeSymbol> classes)
    {
        foreach (var contractMember in contract.GetMembers(member.Name))
        {
            var everyWhere = true;
            foreach (var implementer in classes)
            {
                if (!SymbolEqualityComparer.Default.Equals(implementer.FindImplementationForInterfaceMember(contractMember)?.OriginalDefinition, member.OriginalDefinition))
                {
                    everyWhere = false;
                    break;
                }
            }

            if (everyWhere)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each interface of the library to the classes and structs of the library that implement it.</summary>
    private static Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> ImplementersIn(Compilation compilation, CancellationToken cancellationToken)
    {
        var implementers = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        foreach (var type in DeclaredTypes.In(compilation.Assembly, cancellationToken))
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                continue;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (!SymbolEqualityComparer.Default.Equals(implemented.ContainingAssembly, compilation.Assembly))
                {
                    continue;
                }

                if (!implementers.TryGetValue(implemented.OriginalDefinition, out var list))
                {
                    list = new List<INamedTypeSymbol>();
                    implementers.Add(implemented.OriginalDefinition, list);
                }

                list.Add(type);
            }
        }

        return implementers;
    }
}
