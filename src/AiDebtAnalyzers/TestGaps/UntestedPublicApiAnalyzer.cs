using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>
/// AID301: a new public API that no test references. AID302: no test sources reached the analyzer at all.
/// AID303: a line of a PublicAPI file that is not an entry.
/// Test sources arrive as AdditionalFiles marked <c>AiDebtTestSource=true</c> by the package's build targets and are
/// matched by name (see docs/rules/AID301.md for the rules and their blind spots).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UntestedPublicApiAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Writing one focused test for one member.</summary>
    public const int DebtMinutesPerMember = 15;

    public const string TestSourceMetadata = "build_metadata.AdditionalFiles.AiDebtTestSource";
    public const string TestProjectMetadata = "build_metadata.AdditionalFiles.AiDebtTestProject";

    /// <summary>The PublicAPI-format signature of the reported API.</summary>
    public const string ApiProperty = "aidebt.api";

    /// <summary>Documentation comment IDs (<c>M:Ns.C.M(System.Int32)</c>) of the untested members, separated by <c>;</c>; read by the code fix.</summary>
    public const string MembersProperty = "aidebt.testGaps.members";

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UntestedPublicApi,
        "Public API has no test",
        "{0} has no test{1}; searched {2}",
        RuleCategories.TestGaps,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A new public API that no test references: no test constructs it, calls it or reads it. AI assistants add public surface faster than anyone writes tests for it.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UntestedPublicApi));

    public static readonly DiagnosticDescriptor NoTestSourcesRule = new(
        RuleIds.NoTestSources,
        "No test sources found for test-gap analysis",
        "Project '{0}' has public APIs to check but no test sources reached the analyzer; add a test project beside it by convention or name it with an AiDebtTestProject item",
        RuleCategories.TestGaps,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Test-gap analysis found no test sources among the AdditionalFiles, so it reports this once instead of flagging every public API.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.NoTestSources),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd, RuleTags.Summary });

    public static readonly DiagnosticDescriptor UnreadableEntryRule = new(
        RuleIds.UnreadablePublicApiEntry,
        "Unreadable PublicAPI entry",
        "Line '{0}' of {1} is not a PublicAPI entry: {2}",
        RuleCategories.TestGaps,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A line of PublicAPI.Shipped.txt or PublicAPI.Unshipped.txt does not follow the Microsoft.CodeAnalysis.PublicApiAnalyzers format, so test-gap analysis cannot tell whether that API is new.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UnreadablePublicApiEntry),
        customTags: new[] { WellKnownDiagnosticTags.CompilationEnd });

    private static readonly SymbolDisplayFormat MessageFormat = SymbolDisplayFormat.CSharpShortErrorMessageFormat;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, NoTestSourcesRule, UnreadableEntryRule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // An API declared only in generated code was written by a generator, whose own tests cover it.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (ProjectKind.IsTestProject(compilation, context.Options))
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var shipped = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        var hasApiFiles = false;
        var nullableApiFiles = false;
        var testTexts = new List<SourceText>();
        var testProjects = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var file in context.Options.AdditionalFiles)
        {
            if (PublicApiFile.IsPublicApiFileName(file.Path, out var isShipped))
            {
                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    continue;
                }

                hasApiFiles = true;
                var parsed = PublicApiFile.ParseCached(file.Path, text, isShipped);
                nullableApiFiles |= parsed.NullableEnabled;
                // Only the shipped list decides: an API in the unshipped file, or in neither file, is new.
                foreach (var entry in parsed.Entries)
                {
                    if (isShipped && !entry.IsRemoved)
                    {
                        shipped.Add(StripAttributePrefixes(entry.Text));
                    }
                }

                foreach (var error in parsed.Errors)
                {
                    var location = Location.Create(file.Path, error.Span, error.LineSpan);
                    var properties = DebtProperties.Create(RuleIds.UnreadablePublicApiEntry, 2, Fingerprint.ForValue(RuleIds.UnreadablePublicApiEntry, System.IO.Path.GetFileName(file.Path), error.Line));
                    errors.Add(Diagnostic.Create(UnreadableEntryRule, location, properties.ToImmutable(), Shorten(error.Line), System.IO.Path.GetFileName(file.Path), error.Reason));
                }

                continue;
            }

            var fileOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (fileOptions.TryGetValue(TestSourceMetadata, out var isTestSource) && string.Equals(isTestSource.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    continue;
                }

                testTexts.Add(text);
                testProjects.Add(fileOptions.TryGetValue(TestProjectMetadata, out var project) && project.Trim().Length > 0
                    ? project.Trim()
                    : System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file.Path) ?? string.Empty));
            }
        }

        if (errors.Count > 0)
        {
            context.RegisterCompilationEndAction(end =>
            {
                foreach (var error in errors)
                {
                    end.ReportDiagnostic(error);
                }
            });
        }

        var scope = AiDebtOptions.TestGapsScope.Read(context.Options, compilation);
        if (scope == "auto")
        {
            scope = hasApiFiles ? "new" : compilation.Options.OutputKind == OutputKind.DynamicallyLinkedLibrary ? "all" : "none";
        }

        if (scope == "none")
        {
            return;
        }

        var onlyNew = scope == "new";
        if (testTexts.Count == 0)
        {
            var inScope = 0;
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    if (Volatile.Read(ref inScope) == 0 && IsPubliclyVisible(symbolContext.Symbol) && (!onlyNew || HasNewApi((INamedTypeSymbol)symbolContext.Symbol, shipped)))
                    {
                        Interlocked.Exchange(ref inScope, 1);
                    }
                },
                SymbolKind.NamedType);
            context.RegisterCompilationEndAction(end =>
            {
                if (Volatile.Read(ref inScope) == 1)
                {
                    var name = end.Compilation.AssemblyName ?? "?";
                    var properties = DebtProperties.Create(RuleIds.NoTestSources, 0, Fingerprint.ForValue(RuleIds.NoTestSources, name, name));
                    end.ReportDiagnostic(Diagnostic.Create(NoTestSourcesRule, Location.None, properties.ToImmutable(), name));
                }
            });
            return;
        }

        // aidebt.api shows annotations the way the project's PublicAPI files would list them.
        var useNullability = nullableApiFiles || compilation.Options.NullableContextOptions != NullableContextOptions.Disable;
        var index = TestReferenceIndex.Build(testTexts, TestReferenceCache.Shared, cancellationToken);
        var searched = string.Join(", ", testProjects);
        // Types the tests reach without naming them ("var cart = factory.Create();"), computed once, on first need.
        var reached = new Lazy<HashSet<ITypeSymbol>>(() => TypesReturnedByUsedMembers(compilation, index, cancellationToken), LazyThreadSafetyMode.PublicationOnly);
        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, index, reached, shipped, onlyNew, searched, useNullability), SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, TestReferenceIndex index, Lazy<HashSet<ITypeSymbol>> reached, HashSet<string> shipped, bool onlyNew, string searched, bool useNullability)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.IsImplicitlyDeclared || !IsPubliclyVisible(type) || type.Locations.Length == 0 || !type.Locations[0].IsInSource)
        {
            return;
        }

        var typeMentioned = index.TypeNames.Contains(TestFileReferences.TypeKey(type.Name, type.Arity)) || reached.Value.Contains(type);
        var untested = new List<ISymbol>();
        var anyMemberTested = false;
        var anyMember = false;

        // Enums and delegates are used through their type: their members are not reported one by one.
        if (type.TypeKind is not (TypeKind.Enum or TypeKind.Delegate))
        {
            foreach (var member in type.GetMembers())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!IsReportableMember(member))
                {
                    continue;
                }

                anyMember = true;
                if (IsTested(member, type, typeMentioned, index))
                {
                    anyMemberTested = true;
                }
                else if (!onlyNew || IsNew(member, shipped))
                {
                    untested.Add(member);
                }
            }
        }

        var typeIsNew = !onlyNew || IsNew(type, shipped);
        var typeUntested = typeIsNew && !anyMemberTested && (anyMember ? untested.Count > 0 : !typeMentioned);
        if (typeUntested)
        {
            var list = new StringBuilder();
            foreach (var member in untested)
            {
                list.Append(list.Length == 0 ? " (untested members: " : ", ").Append(member.ToDisplayString(MessageFormat));
            }

            if (list.Length > 0)
            {
                list.Append(')');
            }

            Report(context, useNullability, type, untested.Count == 0 ? new List<ISymbol> { type } : untested, list.ToString(), searched, Math.Max(1, untested.Count));
            return;
        }

        foreach (var member in untested)
        {
            Report(context, useNullability, member, new List<ISymbol> { member }, string.Empty, searched, 1);
        }
    }

    private static void Report(SymbolAnalysisContext context, bool useNullability, ISymbol symbol, List<ISymbol> members, string suffix, string searched, int memberCount)
    {
        var location = symbol.Locations[0];
        var api = ApiOf(symbol, useNullability);
        var properties = DebtProperties.Create(RuleIds.UntestedPublicApi, DebtMinutesPerMember * memberCount,
            Fingerprint.ForValue(RuleIds.UntestedPublicApi, (symbol as INamedTypeSymbol ?? symbol.ContainingType)?.ToDisplayString() ?? "<global>", api));
        properties[ApiProperty] = api;
        var ids = new StringBuilder();
        foreach (var member in members)
        {
            var id = member.GetDocumentationCommentId();
            if (id is not null)
            {
                ids.Append(ids.Length == 0 ? string.Empty : ";").Append(id);
            }
        }

        properties[MembersProperty] = ids.ToString();
        var display = symbol is INamedTypeSymbol ? "Public type '" + symbol.ToDisplayString(MessageFormat) + "'" : "Public API '" + symbol.ToDisplayString(MessageFormat) + "'";
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, properties.ToImmutable(), display, suffix, searched));
    }

    /// <summary>The PublicAPI line of an API; a property is listed through its first accessor, as that format does.</summary>
    internal static string ApiOf(ISymbol symbol, bool useNullability)
    {
        var listed = symbol switch
        {
            IPropertySymbol property => (ISymbol?)property.GetMethod ?? property.SetMethod ?? symbol,
            _ => symbol,
        };

        return useNullability ? PublicApiSignature.RenderWithNullability(listed) : PublicApiSignature.Render(listed);
    }

    /// <summary>
    /// The types (and the type arguments and element types in them: <c>Task&lt;Cart&gt;</c>, <c>Cart[]</c>) returned by
    /// the compilation's public methods, properties and fields whose names the tests use.
    /// </summary>
    private static HashSet<ITypeSymbol> TypesReturnedByUsedMembers(Compilation compilation, TestReferenceIndex index, CancellationToken cancellationToken)
    {
        var reached = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    if (container is INamespaceSymbol || IsPubliclyVisible(container))
                    {
                        pending.Push(container);
                    }

                    continue;
                }

                if (!index.MemberNames.Contains(member.Name) || !IsPubliclyVisible(member))
                {
                    continue;
                }

                var returned = member switch
                {
                    IMethodSymbol method => method.ReturnType,
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };

                AddWithTypeArguments(returned, reached);
            }
        }

        return reached;
    }

    private static void AddWithTypeArguments(ITypeSymbol? type, HashSet<ITypeSymbol> reached)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                AddWithTypeArguments(array.ElementType, reached);
                break;
            case INamedTypeSymbol named when reached.Add(named.OriginalDefinition):
                foreach (var argument in named.TypeArguments)
                {
                    AddWithTypeArguments(argument, reached);
                }

                break;
        }
    }

    private static bool HasNewApi(INamedTypeSymbol type, HashSet<string> shipped)
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
    internal static bool IsNew(ISymbol symbol, HashSet<string> shipped)
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

    private static bool IsReportableMember(ISymbol member)
    {
        if (member.IsImplicitlyDeclared || member is INamedTypeSymbol || !IsPubliclyVisible(member) || member.Locations.Length == 0 || !member.Locations[0].IsInSource)
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

    private static bool IsTested(ISymbol member, INamedTypeSymbol type, bool typeMentioned, TestReferenceIndex index)
    {
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Constructor }:
                return index.CreatedTypes.Contains(TestFileReferences.TypeKey(type.Name, type.Arity));
            case IMethodSymbol { IsExtensionMethod: true } extension:
                return index.MemberNames.Contains(extension.Name);
            case IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } op:
                return typeMentioned && OperatorToken(op.Name) is { } token && index.Operators.Contains(token);
            case IMethodSymbol { MethodKind: MethodKind.Conversion }:
                return typeMentioned;
            case IPropertySymbol { IsIndexer: true }:
                return typeMentioned && index.UsesElementAccess;
            default:
                return typeMentioned && index.MemberNames.Contains(member.Name);
        }
    }

    /// <summary>The C# token of a user-defined operator (<c>op_Addition</c> is <c>+</c>); <c>&amp;&amp;</c> stands for <c>true</c>/<c>false</c>.</summary>
    internal static string? OperatorToken(string metadataName) => metadataName switch
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

    /// <summary>
    /// Effectively public: public all the way up, where a protected member of an unsealed public type counts (a user
    /// can derive and call it).
    /// </summary>
    internal static bool IsPubliclyVisible(ISymbol symbol)
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

    private static string StripAttributePrefixes(string text)
    {
        while (text.Length > 0 && text[0] == '[')
        {
            var close = text.IndexOf(']');
            if (close < 0)
            {
                break;
            }

            text = text.Substring(close + 1);
        }

        return text;
    }

    private static string Shorten(string line) => line.Length <= 80 ? line : line.Substring(0, 77) + "...";
}
