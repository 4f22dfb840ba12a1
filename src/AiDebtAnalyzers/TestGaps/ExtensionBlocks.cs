using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// C# 14 <c>extension</c> blocks, as AID301 sees them when the analyzers (built against Roslyn 4.8.0) run inside a newer
/// compiler. Roslyn 5 models a block (<c>extension(ArgumentException) { public static void ThrowIfEmpty(...) }</c>) as a
/// nested type of its static class, of <c>TypeKind.Extension</c>, whose members are the extension members users call
/// (<c>ArgumentException.ThrowIfEmpty(span)</c>); the static class also gets an implicitly declared implementation method
/// for each. 4.8.0 names neither <c>TypeKind.Extension</c> nor <c>INamedTypeSymbol.ExtensionParameter</c>, so both are
/// looked up once, by name; on a compiler without them (VS 17.8, the .NET 8 SDK) nothing is a block and nothing changes.
/// </summary>
internal static class ExtensionBlocks
{
    /// <summary><c>TypeKind.Extension</c> (14 in Roslyn 5), or -1 when the running compiler has no such kind.</summary>
    private static readonly int ExtensionKind = Enum.TryParse<TypeKind>("Extension", out var kind) ? (int)kind : -1;

    /// <summary>The getter of <c>INamedTypeSymbol.ExtensionParameter</c> (the receiver), or null when the compiler has none.</summary>
    private static readonly Func<INamedTypeSymbol, IParameterSymbol?>? ExtensionParameterOf = LookUpExtensionParameter();

    /// <summary>Member display without the containing type: the block's own name (<c>E.extension(ArgumentException)</c>) is not what users write.</summary>
    private static readonly SymbolDisplayFormat MemberOnly =
        SymbolDisplayFormat.CSharpShortErrorMessageFormat.RemoveMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType);

    /// <summary>Whether the type is an extension block (never on a compiler older than C# 14's).</summary>
    public static bool IsBlock(ITypeSymbol? type) => ExtensionKind >= 0 && type is not null && (int)type.TypeKind == ExtensionKind;

    /// <summary>The type a block extends (<c>ArgumentException</c>, <c>Span&lt;T&gt;</c>, a type parameter), or null when unknown.</summary>
    public static ITypeSymbol? ExtendedType(INamedTypeSymbol block) =>
        ExtensionParameterOf is { } parameterOf && IsBlock(block) ? parameterOf(block)?.Type : null;

    /// <summary>
    /// The members of a static class's extension blocks, which AID301 reports and groups with the class's own members (as
    /// the classic <c>this</c> extension methods of the same class): the blocks are how they are written, the class is the
    /// type that declares them. Empty for any other type.
    /// </summary>
    public static List<ISymbol>? MembersOfBlocks(INamedTypeSymbol type)
    {
        if (ExtensionKind < 0 || !type.IsStatic)
        {
            return null;
        }

        List<ISymbol>? members = null;
        foreach (var nested in type.GetTypeMembers())
        {
            if (IsBlock(nested))
            {
                (members ??= new List<ISymbol>()).AddRange(nested.GetMembers());
            }
        }

        return members;
    }

    /// <summary>
    /// The type that declares a member in the terms users see: the static class for an extension block's member, else
    /// its containing type.
    /// </summary>
    public static INamedTypeSymbol? DeclaringType(ISymbol symbol) =>
        symbol.ContainingType is { } containing && IsBlock(containing) ? containing.ContainingType : symbol.ContainingType;

    /// <summary>
    /// A member named as users see it: an extension block's member on the type it extends
    /// (<c>MemoryMarshal.AsReadOnlyBytes&lt;T&gt;(in T)</c>, <c>Span&lt;T&gt;.Count</c>), anything else as the format writes it.
    /// </summary>
    public static string Display(ISymbol symbol, SymbolDisplayFormat format)
    {
        if (symbol.ContainingType is not { } block || !IsBlock(block))
        {
            return symbol.ToDisplayString(format);
        }

        var member = symbol.ToDisplayString(MemberOnly);
        return ExtendedType(block) is { } extended ? extended.ToDisplayString(format) + "." + member : member;
    }

    private static Func<INamedTypeSymbol, IParameterSymbol?>? LookUpExtensionParameter()
    {
        // A probe of the running compiler's public API, once per process: absent (4.8.0) or of another shape, the
        // receiver is unknown and a block's operators are matched by their token alone.
        var getter = typeof(INamedTypeSymbol).GetProperty("ExtensionParameter", BindingFlags.Public | BindingFlags.Instance)?.GetMethod;
        if (getter is null || !typeof(IParameterSymbol).IsAssignableFrom(getter.ReturnType) || getter.GetParameters().Length != 0)
        {
            return null;
        }

        try
        {
            return (Func<INamedTypeSymbol, IParameterSymbol?>)Delegate.CreateDelegate(typeof(Func<INamedTypeSymbol, IParameterSymbol?>), getter, throwOnBindFailure: true);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (MethodAccessException)
        {
            return null;
        }
    }
}
