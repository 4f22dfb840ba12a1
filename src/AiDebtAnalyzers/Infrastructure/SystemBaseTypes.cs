using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// Whether a type derives from a class of the <c>System</c> namespace (<c>Attribute</c>, <c>Exception</c>,
/// <c>EventArgs</c>): the test-gap rows that treat such families alike ask it in one way, by name and namespace, so that a
/// type of the same name elsewhere never counts.
/// </summary>
internal static class SystemBaseTypes
{
    /// <summary>True when a base class of <paramref name="type"/>, directly or not, is <c>System.</c><paramref name="name"/>.</summary>
    public static bool DerivesFrom(INamedTypeSymbol type, string name)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == name && current.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }
}
