using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// The type of a local the call site declares (<c>var result = X(...)</c>, <c>out var total</c>, <c>var (stock, total) =
/// X(...)</c>): <c>var</c>, or the type's name where the copy's document asks for explicit types through the IDE's own
/// options (<c>csharp_style_var_for_built_in_types</c>, <c>csharp_style_var_when_type_is_apparent</c>,
/// <c>csharp_style_var_elsewhere</c>), each case as IDE0007/IDE0008 tell them apart, so a project that enforces explicit
/// types in its build gets no IDE0008 from the fix. Options that say nothing keep <c>var</c>.
/// </content>
internal static partial class CloneExtraction
{
    /// <summary>Whether a document prefers <c>var</c> in each of the three cases the IDE's type style tells apart.</summary>
    internal readonly struct VarPreferences
    {
        public const string ForBuiltInTypesKey = "csharp_style_var_for_built_in_types";
        public const string WhenTypeIsApparentKey = "csharp_style_var_when_type_is_apparent";
        public const string ElsewhereKey = "csharp_style_var_elsewhere";

        public VarPreferences(bool forBuiltInTypes, bool whenTypeIsApparent, bool elsewhere)
        {
            ForBuiltInTypes = forBuiltInTypes;
            WhenTypeIsApparent = whenTypeIsApparent;
            Elsewhere = elsewhere;
        }

        public bool ForBuiltInTypes { get; }

        public bool WhenTypeIsApparent { get; }

        public bool Elsewhere { get; }

        /// <summary>The preferences of the document holding <paramref name="tree"/>, as its .editorconfig or global config
        /// spells them (<c>false</c>, <c>false:warning</c>); an option that is absent or unreadable prefers <c>var</c>.</summary>
        public static VarPreferences Of(Document document, SyntaxTree tree)
        {
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
            bool Prefers(string key) => !options.TryGetValue(key, out var value) || ParsePreference(value) != false;
            return new VarPreferences(Prefers(ForBuiltInTypesKey), Prefers(WhenTypeIsApparentKey), Prefers(ElsewhereKey));
        }

        /// <summary>The value of a code style option before its severity (<c>false:warning</c> is false); null when it is
        /// not a boolean.</summary>
        internal static bool? ParsePreference(string value)
        {
            var colon = value.IndexOf(':');
            var text = (colon < 0 ? value : value.Substring(0, colon)).Trim();
            return bool.TryParse(text, out var preference) ? preference : null;
        }

        /// <summary>Whether <c>var</c> is preferred for a local of <paramref name="type"/>: the built-in case first, then the
        /// apparent one, then elsewhere, in the order the IDE's analyzers ask.</summary>
        public bool PrefersVar(ITypeSymbol type, bool typeIsApparent) =>
            IsBuiltIn(type) ? ForBuiltInTypes : typeIsApparent ? WhenTypeIsApparent : Elsewhere;

        /// <summary>
        /// The types the IDE counts as built in: those with a C# keyword (<c>object</c>, <c>string</c>, the numeric types,
        /// <c>bool</c>, <c>char</c>), and a nullable value type of one (<c>int?</c>, as IDE0008 of the .NET 10 SDK counts it).
        /// </summary>
        public static bool IsBuiltIn(ITypeSymbol type)
        {
            switch (UnderlyingIfNullable(type).SpecialType)
            {
                case SpecialType.System_Object:
                case SpecialType.System_Boolean:
                case SpecialType.System_Char:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_String:
                    return true;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// Whether a call's type is apparent to the IDE, as it is for a conversion helper: a static method called through its
    /// type whose name is <c>To</c> and the name of the type it returns (<c>Helpers.ToUri(text)</c>). An awaited call
    /// returns a task, whose name is never the method's.
    /// </summary>
    internal static bool IsApparentConversion(string methodName, bool qualified, bool isAsync, ITypeSymbol returnedType)
    {
        if (!qualified || isAsync)
        {
            return false;
        }

        return string.Equals(methodName, "To" + UnderlyingIfNullable(returnedType).Name, StringComparison.Ordinal);
    }

    /// <summary>The type a nullable value type wraps (<c>int</c> for <c>int?</c>); any other type itself.</summary>
    private static ITypeSymbol UnderlyingIfNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable ? nullable.TypeArguments[0] : type;

    /// <summary>Whether a type can be written where a local is declared: not anonymous, not an error, nor made of one.</summary>
    private static bool IsWritable(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } or { IsAnonymousType: true } => false,
        IArrayTypeSymbol array => IsWritable(array.ElementType),
        IPointerTypeSymbol pointer => IsWritable(pointer.PointedAtType),
        INamedTypeSymbol named => named.TypeArguments.All(IsWritable) && (named.ContainingType is null || IsWritable(named.ContainingType)),
        _ => true,
    };

    private sealed partial class Planner
    {
        private readonly Dictionary<SyntaxTree, VarPreferences> varPreferences = new();

        private VarPreferences VarPreferencesOf(Copy copy)
        {
            var tree = copy.Statements[0].SyntaxTree;
            if (!varPreferences.TryGetValue(tree, out var preferences))
            {
                preferences = VarPreferences.Of(copy.Document, tree);
                varPreferences[tree] = preferences;
            }

            return preferences;
        }

        /// <summary>
        /// The type a local the call site declares is written with: <c>var</c> where the copy's document prefers it (or
        /// says nothing) or the type cannot be named, else the type as the copy's code names it.
        /// </summary>
        /// <param name="variable">The copy's own variable the local stands for, if any: one the copy's code after the
        /// block assigns again keeps the nullable annotation <c>var</c> gave it, so a later <c>null</c> stays allowed.</param>
        private TypeSyntax LocalType(Copy copy, ITypeSymbol type, ISymbol? variable = null, bool typeIsApparent = false) =>
            VarPreferencesOf(copy).PrefersVar(type, typeIsApparent) || !IsWritable(type) ? IdentifierName("var") : ExplicitLocalType(copy, type, variable);

        /// <summary>The type as the copy's code names it (annotated only where its nullable annotations are enabled).</summary>
        private TypeSyntax ExplicitLocalType(Copy copy, ITypeSymbol type, ISymbol? variable)
        {
            if (variable is not null && type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.NotAnnotated
                && VariableType(variable) is { NullableAnnotation: NullableAnnotation.Annotated } && IsAssignedAfter(copy, variable))
            {
                type = type.WithNullableAnnotation(NullableAnnotation.Annotated);
            }

            return TypeFor(type, copy.Model, copy.Statements[0].SpanStart);
        }

        /// <summary>
        /// The left side of a deconstructing call: <c>var (returned, total)</c>, or <c>(bool returned, decimal total)</c>
        /// where the copy's document asks for explicit types elsewhere (a deconstruction is never the built-in or the
        /// apparent case to the IDE), when every element's type can be named.
        /// </summary>
        private ExpressionSyntax DeconstructionTarget(Copy copy, IReadOnlyList<(string Name, ITypeSymbol Type, ISymbol? Variable)> locals)
        {
            var explicitTypes = !VarPreferencesOf(copy).Elsewhere && locals.All(l => IsWritable(l.Type));
            if (!explicitTypes)
            {
                return DeclarationExpression(IdentifierName("var"), ParenthesizedVariableDesignation(SeparatedList<VariableDesignationSyntax>(locals.Select(l => SingleVariableDesignation(Identifier(l.Name))))));
            }

            var arguments = new List<ArgumentSyntax>();
            foreach (var (name, type, variable) in locals)
            {
                arguments.Add(Argument(DeclarationExpression(ExplicitLocalType(copy, type, variable), SingleVariableDesignation(Identifier(name)))));
            }

            return TupleExpression(SeparatedList(arguments));
        }

        /// <summary>Whether the copy's code after the block writes the variable again (<see cref="IsWriteTarget"/>).</summary>
        private bool IsAssignedAfter(Copy copy, ISymbol variable)
        {
            var function = EnclosingFunction(copy.Statements[0]);
            foreach (var token in (function ?? copy.Statements[0].SyntaxTree.GetRoot(cancellationToken)).DescendantTokens())
            {
                if (token.SpanStart <= copy.Span.End || token.Parent is not IdentifierNameSyntax name
                    || !string.Equals(token.ValueText, variable.Name, StringComparison.Ordinal))
                {
                    continue;
                }

                if (IsWriteTarget(name) && SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
