using System.Collections.Generic;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// What the tests reach of the library's type hierarchy, computed once per compilation on first need: the base types and
/// interfaces of the types the tests name (their members are used through the subtype) or create (their protected
/// members run), and the subtypes of each type that a test type derives from or implements.
/// </summary>
internal sealed class TestedHierarchy
{
    private readonly HashSet<INamedTypeSymbol> basesOfMentioned = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> basesOfCreated = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> subclassedInTests = new(SymbolEqualityComparer.Default);

    private TestedHierarchy()
    {
    }

    /// <summary>Whether the tests name or reach a subtype of the type (a derived class, an implementation of the interface).</summary>
    public bool IsBaseOfMentioned(INamedTypeSymbol type) => basesOfMentioned.Contains(type);

    /// <summary>Whether the tests create an instance of a subtype of the type, or derive a test type from one.</summary>
    public bool IsBaseOfCreated(INamedTypeSymbol type) => basesOfCreated.Contains(type);

    /// <summary>
    /// Whether a test type deriving from the member's type (directly or through a library subtype) or implementing it
    /// declares a member of that name or uses the name bare.
    /// </summary>
    public bool IsUsedBySubclassInTests(ISymbol member, INamedTypeSymbol type, TestReferenceIndex index)
    {
        if (!subclassedInTests.TryGetValue(type, out var subtypes))
        {
            return false;
        }

        foreach (var subtype in subtypes)
        {
            if (index.SubclassMembers.Contains(TestFileReferences.SubclassMemberKey(TestFileReferences.TypeKey(subtype.Name, subtype.Arity), member.Name)))
            {
                return true;
            }
        }

        return false;
    }

    public static TestedHierarchy Build(Compilation compilation, TestReferenceIndex index, HashSet<ITypeSymbol> reached, CancellationToken cancellationToken)
    {
        var hierarchy = new TestedHierarchy();
        var assembly = compilation.Assembly;
        foreach (var type in DeclaredTypes.In(assembly, cancellationToken))
        {
            var key = TestFileReferences.TypeKey(type.Name, type.Arity);
            if (index.TypeNames.Contains(key) || reached.Contains(type))
            {
                foreach (var ancestor in AncestorsIn(type, assembly))
                {
                    hierarchy.basesOfMentioned.Add(ancestor);
                }
            }

            if (index.CreatedTypes.Contains(key))
            {
                foreach (var ancestor in AncestorsIn(type, assembly))
                {
                    hierarchy.basesOfCreated.Add(ancestor);
                }
            }

            if (index.SubclassedTypes.Contains(key))
            {
                hierarchy.AddSubclassed(type, type);
                foreach (var ancestor in AncestorsIn(type, assembly))
                {
                    hierarchy.AddSubclassed(ancestor, type);
                }
            }
        }

        return hierarchy;
    }

    private void AddSubclassed(INamedTypeSymbol ancestor, INamedTypeSymbol subtype)
    {
        if (!subclassedInTests.TryGetValue(ancestor, out var subtypes))
        {
            subtypes = new List<INamedTypeSymbol>();
            subclassedInTests.Add(ancestor, subtypes);
        }

        subtypes.Add(subtype);
    }

    /// <summary>The base classes and interfaces of a type that the library itself declares (as their definitions).</summary>
    private static List<INamedTypeSymbol> AncestorsIn(INamedTypeSymbol type, IAssemblySymbol assembly)
    {
        var ancestors = new List<INamedTypeSymbol>();
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, assembly))
            {
                ancestors.Add(baseType.OriginalDefinition);
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.ContainingAssembly, assembly))
            {
                ancestors.Add(implemented.OriginalDefinition);
            }
        }

        return ancestors;
    }
}
