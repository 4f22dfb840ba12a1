using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// Renders symbols exactly as Microsoft.CodeAnalysis.PublicApiAnalyzers writes them into <c>PublicAPI.*.txt</c>, so that
/// an entry is found by comparing strings: the symbol's display string, then <c> -&gt; </c> and its type for members.
/// Properties are listed through their accessors (<c>Ns.C.Name.get -&gt; int</c>), as that package does.
/// </summary>
internal static class PublicApiSignature
{
    // SymbolDisplayMiscellaneousOptions values that Roslyn 4.8 does not name publicly; PublicApiAnalyzers sets them too.
    private const SymbolDisplayMiscellaneousOptions IncludeNullableReferenceTypeModifier = (SymbolDisplayMiscellaneousOptions)(1 << 6);
    private const SymbolDisplayMiscellaneousOptions IncludeNotNullableReferenceTypeModifier = (SymbolDisplayMiscellaneousOptions)(1 << 8);

    public static readonly SymbolDisplayFormat Format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.OmittedAsContaining,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeContainingType
            | SymbolDisplayMemberOptions.IncludeExplicitInterface
            | SymbolDisplayMemberOptions.IncludeModifiers
            | SymbolDisplayMemberOptions.IncludeConstantValue,
        parameterOptions: SymbolDisplayParameterOptions.IncludeExtensionThis
            | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeType
            | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static readonly SymbolDisplayFormat FormatWithNullability = Format.WithMiscellaneousOptions(
        SymbolDisplayMiscellaneousOptions.UseSpecialTypes | IncludeNullableReferenceTypeModifier | IncludeNotNullableReferenceTypeModifier);

    /// <summary>The entry for a symbol without nullable annotations (as in a file without <c>#nullable enable</c>).</summary>
    public static string Render(ISymbol symbol) => Render(symbol, Format);

    /// <summary>The entry for a symbol with <c>!</c> and <c>?</c> annotations (as in a file with <c>#nullable enable</c>).</summary>
    public static string RenderWithNullability(ISymbol symbol) => Render(symbol, FormatWithNullability);

    private static string Render(ISymbol symbol, SymbolDisplayFormat format)
    {
        var text = symbol.ToDisplayString(format);
        ITypeSymbol? memberType = symbol switch
        {
            IMethodSymbol method => method.ReturnType,
            IPropertySymbol property => property.Type,
            IEventSymbol @event => @event.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };

        return memberType is null ? text : text + " -> " + memberType.ToDisplayString(format);
    }
}
