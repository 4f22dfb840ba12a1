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
    private static readonly Func<INamedTypeSymbol, IParameterSymbol?>? ExtensionParameterOf = LookUpGetter<INamedTypeSymbol, IParameterSymbol>("ExtensionParameter");

    /// <summary>
    /// The getter of <c>IMethodSymbol.AssociatedExtensionImplementation</c> (a block method's implementation on the static
    /// class), or null when the compiler has none.
    /// </summary>
    private static readonly Func<IMethodSymbol, IMethodSymbol?>? ImplementationOf = LookUpGetter<IMethodSymbol, IMethodSymbol>("AssociatedExtensionImplementation");

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

    /// <summary>
    /// The documentation ID the test-stub fix resolves for a reported member: for an extension block's method or property
    /// the ID of its implementation on the static class (<c>M:Lib.E.ThrowIfEmpty``1(System.Span{``0})</c>,
    /// <c>M:Lib.E.get_IsNull``1(``0)</c>), which a test can call in C#'s disambiguation form
    /// (<c>E.ThrowIfEmpty&lt;int&gt;(span)</c>) where the block's own ID names a type no C# can write; null when the
    /// implementation is unknown (no stub rather than one that does not compile). Any other member's own ID.
    /// </summary>
    public static string? DocumentationIdOf(ISymbol member)
    {
        if (member.ContainingType is not { } block || !IsBlock(block))
        {
            return member.GetDocumentationCommentId();
        }

        var method = member switch
        {
            IMethodSymbol blockMethod => blockMethod,
            IPropertySymbol property => property.GetMethod ?? property.SetMethod,
            _ => null,
        };

        return method is not null && ImplementationOf?.Invoke(method) is { } implementation ? implementation.OriginalDefinition.GetDocumentationCommentId() : null;
    }

    private static Func<TSymbol, TResult?>? LookUpGetter<TSymbol, TResult>(string name)
        where TResult : class
    {
        // A probe of the running compiler's public API, once per process: absent (4.8.0) or of another shape, the
        // answer is unknown (a block's operators are then matched by their token alone, a block member gets no stub).
        var getter = typeof(TSymbol).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetMethod;
        if (getter is null || !typeof(TResult).IsAssignableFrom(getter.ReturnType) || getter.GetParameters().Length != 0)
        {
            return null;
        }

        try
        {
            return (Func<TSymbol, TResult?>)Delegate.CreateDelegate(typeof(Func<TSymbol, TResult?>), getter, throwOnBindFailure: true);
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
