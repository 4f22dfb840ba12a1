using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
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
    /// (<c>{ get; set; }</c>, <c>{ get; init; }</c>), a positional record property, or a primary constructor (it only
    /// stores its parameters). Abstract and interface properties are contracts, not members without behaviour.
    /// </summary>
    public static bool HasNoBehaviour(ISymbol member, CancellationToken cancellationToken)
    {
        if (member is IFieldSymbol)
        {
            return true;
        }

        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            return constructor.DeclaringSyntaxReferences.Length == 1
                && constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is TypeDeclarationSyntax;
        }

        if (member is not IPropertySymbol { IsIndexer: false, IsAbstract: false, IsExtern: false } property || property.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case ParameterSyntax:
                    // record OrderLine(string Sku, ...): the compiler writes the property.
                    continue;
                case PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }:
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.Body is not null || accessor.ExpressionBody is not null)
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
    }

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
