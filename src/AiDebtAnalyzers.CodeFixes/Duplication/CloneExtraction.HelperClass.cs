using System;
using System.Collections.Generic;
using System.Linq;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Copies in different types of one project: the method goes into an internal static helper class, written after the
/// type of the copy it is made from, in that copy's file and namespace, so the block's names bind as they did. What the
/// block reads of its own type (fields, auto-properties) is passed in; anything else of its type it cannot reach.
/// </content>
internal static partial class CloneExtraction
{
    /// <summary>
    /// The helper classes planned in one fix-all, one per namespace of a project: a later group with a copy in the
    /// document that holds its namespace's class joins that class rather than adding one.
    /// </summary>
    public sealed class HelperClasses
    {
        private readonly Dictionary<(ProjectId Project, string Namespace), (DocumentId Document, string Name)> byNamespace = new();
        private readonly HashSet<(ProjectId Project, string Namespace, string Name)> names = new();

        internal bool TryGet(ProjectId project, string @namespace, out DocumentId document, out string name)
        {
            var found = byNamespace.TryGetValue((project, @namespace), out var entry);
            document = entry.Document;
            name = entry.Name;
            return found;
        }

        internal bool IsTaken(ProjectId project, string @namespace, string name) => names.Contains((project, @namespace, name));

        internal void Add(ProjectId project, string @namespace, DocumentId document, string name)
        {
            names.Add((project, @namespace, name));
            if (!byNamespace.ContainsKey((project, @namespace)))
            {
                byNamespace[(project, @namespace)] = (document, name);
            }
        }
    }

    /// <param name="endOfLine">The file's own line ending, for the blank line before the class (the formatter would keep an
    /// elastic one as CRLF between top-level members).</param>
    private static ClassDeclarationSyntax HelperClassDeclaration(string name, List<MemberDeclarationSyntax> methods, SyntaxTrivia endOfLine) =>
        ClassDeclaration(name)
            .WithModifiers(TokenList(Token(SyntaxKind.InternalKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithMembers(List(methods))
            .WithLeadingTrivia(endOfLine)
            .WithAdditionalAnnotations(Formatter.Annotation);

    private sealed partial class Planner
    {
        // The namespace of the helper class the plan uses, for the calls that name it.
        private string helperNamespace = string.Empty;

        // The helper class when it is already in the code (an earlier fix made it): the method joins it.
        private ClassDeclarationSyntax? existingHelper;

        private static string NamespaceOf(Copy copy) =>
            ContainingType(copy)?.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

        private static BaseTypeDeclarationSyntax OutermostType(Copy copy) =>
            copy.Statements[0].Ancestors().OfType<BaseTypeDeclarationSyntax>().Last();

        /// <summary>Makes the copy that lies in the document holding its namespace's helper class the first, the one the method is made from.</summary>
        private void PutHelperHostFirst()
        {
            for (var c = 1; c < copies.Count; c++)
            {
                var copy = copies[c];
                if (helperClasses.TryGet(copy.Document.Project.Id, NamespaceOf(copy), out var document, out _) && document == copy.Document.Id
                    && !(helperClasses.TryGet(copies[0].Document.Project.Id, NamespaceOf(copies[0]), out var firstHost, out _) && firstHost == copies[0].Document.Id))
                {
                    copies.RemoveAt(c);
                    copies.Insert(0, copy);
                    return;
                }
            }
        }

        /// <summary>
        /// Whether a name binds to nothing because the compilation reports it as an error (undefined, or no such member):
        /// not a name that has no symbol by design (<c>nameof</c>, a member of a <c>dynamic</c> value).
        /// </summary>
        private bool IsUnresolvedName(Copy copy, SyntaxToken token)
        {
            if (token.Parent is not SimpleNameSyntax name)
            {
                return false;
            }

            foreach (var diagnostic in copy.Model.GetDiagnostics(name.Span, cancellationToken))
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Location.SourceSpan.IntersectsWith(name.Span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether every name the first copy binds (outside the values passed in) can be reached from a static class
        /// beside its type: nothing declared in the copies' types, their outer types or base types (members there need
        /// the instance or its access; a read of a field or auto-property became a parameter before), no type parameter
        /// of the type, nothing the project cannot access from outside the type.
        /// </summary>
        private bool ReachesOnlyWhatAHelperCan()
        {
            var ownTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var copy in copies)
            {
                for (var outer = ContainingType(copy); outer is not null; outer = outer.ContainingType)
                {
                    for (var type = outer; type is not null && type.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); type = type.BaseType)
                    {
                        ownTypes.Add(type.OriginalDefinition);
                    }
                }
            }

            var first = copies[0];
            var assembly = first.Model.Compilation.Assembly;
            foreach (var token in first.Tokens)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!token.IsKind(SyntaxKind.IdentifierToken) || valueSlots.Any(slot => slot.Replaced.Span.Contains(token.Span)))
                {
                    continue;
                }

                var symbol = SymbolAt(first, token);
                if (symbol is null && IsUnresolvedName(first, token))
                {
                    // A name the compilation cannot find (a XAML page's `InitializeComponent` or named element whose
                    // generated part is missing) may well be an instance member of the copy's own type, which a static
                    // class cannot reach: nothing shows it is not.
                    return false;
                }

                if (symbol is null && token.Parent is SimpleNameSyntax candidateName
                    && first.Model.GetSymbolInfo(candidateName, cancellationToken).CandidateSymbols.Any(candidate => IsInOwnTypes(candidate, ownTypes)))
                {
                    // A call bound at run time (a `dynamic` argument among several overloads) has no symbol and no error,
                    // yet each candidate may be the copy's own instance member, which a static class cannot call.
                    return false;
                }

                if (symbol is null or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or INamespaceSymbol
                    || symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction })
                {
                    continue;
                }

                if (symbol is ITypeParameterSymbol)
                {
                    return false;
                }

                // A member of the shared class, read through the instance parameter (InstanceParameter).
                if (IsReachedThroughInstance(symbol, token))
                {
                    continue;
                }

                for (var container = symbol.ContainingType; container is not null; container = container.ContainingType)
                {
                    if (ownTypes.Contains(container.OriginalDefinition))
                    {
                        return false;
                    }
                }

                var reached = symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol.OriginalDefinition;
                if (!first.Model.Compilation.IsSymbolAccessibleWithin(reached, assembly))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsInOwnTypes(ISymbol symbol, HashSet<INamedTypeSymbol> ownTypes)
        {
            for (var container = symbol.ContainingType; container is not null; container = container.ContainingType)
            {
                if (ownTypes.Contains(container.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a member of a copy's type, its outer types or their base types.</summary>
        private bool IsMemberOfACopysType(ISymbol member)
        {
            foreach (var copy in copies)
            {
                if (IsMemberOf(copy, member))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A type a parameter or result of the helper's method (or the shared base class's) can have: accessible in the
        /// project (in the base class), free of the type's type parameters.
        /// </summary>
        private bool IsNameableInHelper(ITypeSymbol type) => type switch
        {
            ITypeParameterSymbol => false,
            IArrayTypeSymbol array => IsNameableInHelper(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.All(IsNameableInHelper)
                && copies[0].Model.Compilation.IsSymbolAccessibleWithin(named.OriginalDefinition, (ISymbol?)sharedBase?.Type ?? copies[0].Model.Compilation.Assembly),
            _ => true,
        };

        /// <summary>
        /// The helper class for the first copy's namespace: the one already planned in its document, else a new one named
        /// after what the copies' types have in common (<c>ControllerHelpers</c> for two controllers), else after the
        /// namespace, never a name the namespace or the block already uses.
        /// </summary>
        private string HelperClassFor(Copy first)
        {
            var project = first.Document.Project.Id;
            helperNamespace = NamespaceOf(first);
            if (helperClasses.TryGet(project, helperNamespace, out var document, out var existing) && document == first.Document.Id)
            {
                return existing;
            }

            var position = OutermostType(first).SpanStart;
            var blockNames = new HashSet<string>(first.Tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText), StringComparer.Ordinal);
            bool IsTaken(string name) =>
                helperClasses.IsTaken(project, helperNamespace, name) || blockNames.Contains(name)
                || !first.Model.LookupNamespacesAndTypes(position, name: name).IsEmpty;

            // What an earlier fix wrote is joined, so that fixing groups one by one gives the classes fix-all gives.
            existingHelper = null;

            var candidates = new List<string>();
            if (CommonTypeNameSuffix() is { } suffix)
            {
                candidates.Add(HelpersOf(suffix));
            }

            var lastSegment = helperNamespace.Split('.').Last();
            candidates.Add(lastSegment.Length == 0 ? "SharedHelpers" : HelpersOf(Identifiers.ToPascal(lastSegment)));
            foreach (var candidate in candidates)
            {
                if (!IsTaken(candidate))
                {
                    helperClasses.Add(project, helperNamespace, first.Document.Id, candidate);
                    return candidate;
                }

                if (ExistingHelperClass(first, position, candidate) is { } joined)
                {
                    existingHelper = joined;
                    return candidate;
                }
            }

            var name = Identifiers.Unique(candidates[0], IsTaken);
            helperClasses.Add(project, helperNamespace, first.Document.Id, name);
            return name;
        }

        /// <summary>
        /// <c>Helpers</c> after a name that does not already say it: the copies of <c>RequestHelper</c> and
        /// <c>ResponseHelper</c>, or of a namespace <c>Helpers</c>, go to <c>RequestHelpers</c> or <c>SharedHelpers</c>,
        /// never <c>HelperHelpers</c> or <c>HelpersHelpers</c>.
        /// </summary>
        private static string HelpersOf(string name)
        {
            foreach (var ending in new[] { "Helpers", "Helper" })
            {
                if (name.EndsWith(ending, StringComparison.Ordinal))
                {
                    name = name.Substring(0, name.Length - ending.Length);
                    break;
                }
            }

            return (name.Length == 0 ? "Shared" : name) + "Helpers";
        }

        /// <summary>An internal static class of that name in the copy's namespace, declared in the copy's document once only: a helper class a fix wrote.</summary>
        private ClassDeclarationSyntax? ExistingHelperClass(Copy first, int position, string name)
        {
            var found = first.Model.LookupNamespacesAndTypes(position, name: name);
            if (found.Length != 1 || found[0] is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsStatic: true, DeclaredAccessibility: Accessibility.Internal, ContainingType: null } type
                || type.ContainingNamespace.ToDisplayString() != (helperNamespace.Length == 0 ? type.ContainingNamespace.ToDisplayString() : helperNamespace)
                || type.DeclaringSyntaxReferences.Length != 1 || type.DeclaringSyntaxReferences[0].SyntaxTree != first.Statements[0].SyntaxTree)
            {
                return null;
            }

            return type.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as ClassDeclarationSyntax;
        }

        /// <summary>The words the names of the copies' types end with in common: <c>Controller</c> for <c>UserController</c> and <c>ItemController</c>.</summary>
        private string? CommonTypeNameSuffix()
        {
            List<string>? common = null;
            foreach (var copy in copies)
            {
                var words = Words(ContainingType(copy)!.Name);
                if (common is null)
                {
                    common = words;
                    continue;
                }

                var shared = 0;
                while (shared < common.Count && shared < words.Count && common[common.Count - 1 - shared] == words[words.Count - 1 - shared])
                {
                    shared++;
                }

                common = common.GetRange(common.Count - shared, shared);
            }

            return common is { Count: > 0 } ? string.Concat(common) : null;
        }

        private static List<string> Words(string name)
        {
            var words = new List<string>();
            var start = 0;
            for (var i = 1; i <= name.Length; i++)
            {
                if (i == name.Length || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
                {
                    words.Add(name.Substring(start, i - start));
                    start = i;
                }
            }

            return words;
        }

        /// <summary>A method name no other planned method takes and no name of the block means (the class is the block's new scope).</summary>
        private string UniqueHelperMethodName(Copy first, string baseName)
        {
            var taken = new HashSet<string>(claimedNames, StringComparer.Ordinal);
            if (existingHelper is not null && copies[0].Model.GetDeclaredSymbol(existingHelper, cancellationToken) is { } helper)
            {
                taken.UnionWith(helper.MemberNames);
            }

            foreach (var token in first.Tokens)
            {
                // A name right of a `.` or `?.` (`accountService.UpdateAccountAsync(...)`) is looked up on what is left of
                // it, never among the helper class's own methods: it takes no name from the helper.
                if (token.IsKind(SyntaxKind.IdentifierToken)
                    && !(token.Parent is SimpleNameSyntax name
                        && ((name.Parent is MemberAccessExpressionSyntax access && access.Name == name) || name.Parent is MemberBindingExpressionSyntax)))
                {
                    taken.Add(token.ValueText);
                }
            }

            return Identifiers.Unique(baseName, taken.Contains);
        }

        /// <summary>What a copy calls: the method by name, or the helper class's method through the class's full name, simplified where the call is.</summary>
        private ExpressionSyntax CalleeFor(string methodName, string? helperClass)
        {
            if (helperClass is null)
            {
                return IdentifierName(methodName);
            }

            var qualifier = ParseExpression("global::" + (helperNamespace.Length == 0 ? string.Empty : helperNamespace + ".") + helperClass)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, qualifier, IdentifierName(methodName));
        }
    }
}
