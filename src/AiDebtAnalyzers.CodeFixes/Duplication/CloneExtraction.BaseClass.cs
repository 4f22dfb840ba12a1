using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Copies in sibling classes whose block needs their instance (a method of the base class they share, a member it writes,
/// a property that computes its value): a static helper class cannot take it, but the nearest base class every copy's
/// class derives from can, when it is a class of the project and every name of the block means there what it meant in the
/// copy. The method is a <c>private protected</c> member of that class, and each copy calls it as its own.
/// </content>
internal static partial class CloneExtraction
{
    /// <summary>The nearest shared base class of the copies' classes, with the declaration the method joins.</summary>
    internal sealed class SharedBaseClass
    {
        public SharedBaseClass(INamedTypeSymbol type, TypeDeclarationSyntax declaration, DocumentId document, SemanticModel model)
        {
            Type = type;
            Declaration = declaration;
            Document = document;
            Model = model;
        }

        public INamedTypeSymbol Type { get; }

        public TypeDeclarationSyntax Declaration { get; }

        public DocumentId Document { get; }

        /// <summary>The semantic model of the declaration's document: names are looked up, and types written, where the method goes.</summary>
        public SemanticModel Model { get; }
    }

    private sealed partial class Planner
    {
        // The shared base class the method goes into, or null for a method of the copies' type or a helper class.
        private readonly SharedBaseClass? sharedBase;

        /// <summary>
        /// The most derived class that the classes of all copies are or derive from, other than <c>object</c>: null when
        /// a copy lies outside a class or in top-level statements, or all copies lie in one class.
        /// </summary>
        private static INamedTypeSymbol? NearestSharedClass(List<Copy> copies)
        {
            var types = new List<INamedTypeSymbol>(copies.Count);
            foreach (var copy in copies)
            {
                if (ContainingType(copy) is not { TypeKind: TypeKind.Class } type || copy.IsTopLevel)
                {
                    return null;
                }

                types.Add(type);
            }

            if (types.All(type => SymbolEqualityComparer.Default.Equals(type, types[0])))
            {
                return null;
            }

            for (var candidate = types[0]; candidate is not null && candidate.SpecialType != SpecialType.System_Object; candidate = candidate.BaseType)
            {
                if (types.All(type => DerivesFromOrIs(type, candidate)))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>
        /// The nearest class that the classes of all copies are or derive from, when the method can be added to it: a
        /// non-generic class (a generic one would see its type parameters where each copy saw its own type argument),
        /// declared in the copies' project, outside generated files, C# 7.2 or later (<c>private protected</c>). Null
        /// otherwise, and when a copy lies in a struct or the copies lie in one class.
        /// </summary>
        public static SharedBaseClass? NearestSharedBaseClass(List<Copy> copies, CancellationToken cancellationToken)
        {
            var first = copies[0];
            var compilation = first.Model.Compilation;
            if (NearestSharedClass(copies) is { } candidate)
            {
                if (candidate.IsGenericType || candidate.IsStatic || HasGenericOuterType(candidate)
                    || !SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
                {
                    return null;
                }

                // The declaration that holds a copy, else the first one outside generated files.
                TypeDeclarationSyntax? chosen = null;
                foreach (var reference in candidate.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration || IsGeneratedFile(reference.SyntaxTree.FilePath)
                        || first.Document.Project.GetDocument(reference.SyntaxTree) is null)
                    {
                        continue;
                    }

                    if (copies.Any(copy => copy.Statements[0].SyntaxTree == reference.SyntaxTree && declaration.Span.Contains(copy.Span)))
                    {
                        chosen = declaration;
                        break;
                    }

                    chosen ??= declaration;
                }

                if (chosen is null || ((CSharpParseOptions)chosen.SyntaxTree.Options).LanguageVersion < LanguageVersion.CSharp7_2)
                {
                    return null;
                }

                var document = first.Document.Project.GetDocument(chosen.SyntaxTree)!;
                return new SharedBaseClass(candidate, chosen, document.Id, compilation.GetSemanticModel(chosen.SyntaxTree));
            }

            return null;
        }

        private static bool DerivesFromOrIs(INamedTypeSymbol type, INamedTypeSymbol candidate)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, candidate))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasGenericOuterType(INamedTypeSymbol type)
        {
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                if (outer.IsGenericType)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsGeneratedFile(string? path) =>
            path is not null && (path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase));

        /// <summary>Makes a copy that lies in the shared base class the first, the one the method is made from.</summary>
        private void PutBaseClassCopyFirst()
        {
            for (var c = 1; c < copies.Count; c++)
            {
                if (SymbolEqualityComparer.Default.Equals(ContainingType(copies[c]), sharedBase!.Type))
                {
                    var copy = copies[c];
                    copies.RemoveAt(c);
                    copies.Insert(0, copy);
                    return;
                }
            }
        }

        /// <summary>
        /// The member a copy's class reaches through a member the base class declares or inherits: an override is called
        /// through the member it overrides (a call from the base class dispatches to the same override), so copies that
        /// read <c>ContainingFolderPath</c> of their own override and of the base class read one member.
        /// </summary>
        private ISymbol? AsSeenFromBaseClass(ISymbol? symbol)
        {
            if (sharedBase is null || symbol is null)
            {
                return symbol;
            }

            var current = symbol;
            while (!IsBaseClassOrAncestor(current.ContainingType))
            {
                ISymbol? overridden = current switch
                {
                    IMethodSymbol method => method.OverriddenMethod,
                    IPropertySymbol property => property.OverriddenProperty,
                    IEventSymbol @event => @event.OverriddenEvent,
                    _ => null,
                };
                if (overridden is null)
                {
                    return symbol;
                }

                current = overridden;
            }

            return current;
        }

        private bool IsBaseClassOrAncestor(INamedTypeSymbol? type) =>
            type is not null && DerivesFromOrIs(sharedBase!.Type, type.OriginalDefinition);

        /// <summary>
        /// What in the first copy would mean something else, or nothing, inside the shared base class; null when every
        /// name binds there as it did (checked by looking each one up where the method goes). Declined: <c>base</c> (the
        /// base class's own base), <c>this</c> as a value (its type would change), a simple name that finds another
        /// symbol or none there (a member of the copy's own class, a type its file imports), a member of another object
        /// the base class may not access, an extension method more of whose overloads are in scope there.
        /// </summary>
        private string? WhatTheBaseClassCannotReach()
        {
            var first = copies[0];
            var baseModel = sharedBase!.Model;
            var position = sharedBase.Declaration.OpenBraceToken.Span.End;
            for (var i = 0; i < first.Tokens.Count; i++)
            {
                var token = first.Tokens[i];
                cancellationToken.ThrowIfCancellationRequested();
                if (token.IsKind(SyntaxKind.BaseKeyword))
                {
                    if (!CallsTheSameAboveTheBaseClass(i))
                    {
                        return "base";
                    }

                    continue;
                }

                if (token.IsKind(SyntaxKind.ThisKeyword) && token.Parent is ThisExpressionSyntax thisExpression
                    && !(thisExpression.Parent is MemberAccessExpressionSyntax thisAccess && thisAccess.Expression == thisExpression))
                {
                    return "this";
                }

                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not SimpleNameSyntax name || name is IdentifierNameSyntax { IsVar: true }
                    || valueSlots.Any(slot => slot.Replaced.Span.Contains(token.Span)))
                {
                    continue;
                }

                var symbol = SymbolAt(first, token);
                if (symbol is null or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol
                    || symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction })
                {
                    continue;
                }

                if (symbol is ITypeParameterSymbol)
                {
                    return token.ValueText;
                }

                var receiver = ReceiverOf(name);
                if (receiver is null || receiver is ThisExpressionSyntax)
                {
                    // A simple name, or a member of this: it must find the same symbol from the base class.
                    if (!FindsTheSameThere(first, name, symbol, baseModel, position))
                    {
                        return token.ValueText;
                    }
                }
                else if (symbol is IMethodSymbol { ReducedFrom: { } extension })
                {
                    if (!SameExtensionsInScope(first, name, extension, baseModel, position))
                    {
                        return token.ValueText;
                    }
                }
                else if (symbol.ContainingType is not null
                    && !baseModel.Compilation.IsSymbolAccessibleWithin(symbol.OriginalDefinition, sharedBase.Type, first.Model.GetTypeInfo(receiver, cancellationToken).Type))
                {
                    return token.ValueText;
                }
            }

            return null;
        }

        /// <summary>The expression a member name is read from (<c>order</c> in <c>order.Total</c>), null for a simple name.</summary>
        private static ExpressionSyntax? ReceiverOf(SimpleNameSyntax name) => name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access.Expression,
            QualifiedNameSyntax qualified when qualified.Right == name => qualified.Left,
            MemberBindingExpressionSyntax binding => binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>()?.Expression ?? (ExpressionSyntax)binding,
            _ => null,
        };

        /// <summary>
        /// Whether a simple name (or a member of <c>this</c>) looked up inside the base class finds what it found in the
        /// copy. For a method, the overloads in scope there must be among those in scope in the copy, so overload
        /// resolution picks the same one from fewer candidates.
        /// </summary>
        private bool FindsTheSameThere(Copy first, SimpleNameSyntax name, ISymbol symbol, SemanticModel baseModel, int position)
        {
            var text = name.Identifier.ValueText;
            var there = baseModel.LookupSymbols(position, name: text);
            var seen = AsSeenFromBaseClass(symbol)!.OriginalDefinition;
            if (symbol is IMethodSymbol)
            {
                var here = first.Model.LookupSymbols(name.SpanStart, name: text);
                var found = false;
                foreach (var candidate in there)
                {
                    var original = candidate.OriginalDefinition;
                    found |= SymbolEqualityComparer.Default.Equals(original, seen);
                    if (!here.Any(h => SymbolEqualityComparer.Default.Equals(AsSeenFromBaseClass(h)!.OriginalDefinition, original)))
                    {
                        return false;
                    }
                }

                return found;
            }

            // `Task` cannot bind to `Task<TResult>`, nor `KeyValuePair<K, V>` to the static class `KeyValuePair`: only the
            // types of the name's arity are candidates.
            var arity = name is GenericNameSyntax generic ? generic.TypeArgumentList.Arguments.Count : 0;
            there = there.RemoveAll(candidate => candidate is INamedTypeSymbol named && named.Arity != arity);
            if (there.Length == 1 && SymbolEqualityComparer.Default.Equals(there[0].OriginalDefinition, seen))
            {
                return true;
            }

            // `SourceType.Channel` where a property SourceType of type SourceType is in scope: C# binds the left of the
            // access as the type or the property as the right side needs, in the copy and in the base class alike.
            return symbol is INamedTypeSymbol && name.Parent is MemberAccessExpressionSyntax access && access.Expression == name && there.Length == 1
                && there[0] switch
                {
                    IPropertySymbol property => SymbolEqualityComparer.Default.Equals(property.Type, symbol),
                    IFieldSymbol field => SymbolEqualityComparer.Default.Equals(field.Type, symbol),
                    _ => false,
                };
        }

        /// <summary>
        /// Whether <c>base.Member</c> (the <c>base</c> at token index <paramref name="index"/>) calls one member in every
        /// copy, declared above the shared base class: from the base class, <c>base.Member</c> then finds that same
        /// implementation. A member the base class or a class between it and a copy's declares or overrides would be
        /// another (or no) call.
        /// </summary>
        private bool CallsTheSameAboveTheBaseClass(int index)
        {
            if (copies[0].Tokens[index].Parent is not BaseExpressionSyntax { Parent: MemberAccessExpressionSyntax } || index + 2 >= copies[0].Tokens.Count)
            {
                return false;
            }

            ISymbol? called = null;
            foreach (var copy in copies)
            {
                var symbol = SymbolAt(copy, copy.Tokens[index + 2])?.OriginalDefinition;
                if (symbol?.ContainingType is not { } declaringType || (called is not null && !SymbolEqualityComparer.Default.Equals(symbol, called)))
                {
                    return false;
                }

                called = symbol;
                if (SymbolEqualityComparer.Default.Equals(declaringType.OriginalDefinition, sharedBase!.Type) || !IsBaseClassOrAncestor(declaringType))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the base class's file has the same extension methods of that name in scope for the receiver as the copy's.</summary>
        private bool SameExtensionsInScope(Copy first, SimpleNameSyntax name, IMethodSymbol extension, SemanticModel baseModel, int position)
        {
            var receiverType = extension.ReceiverType;
            if (receiverType is null)
            {
                return false;
            }

            var text = name.Identifier.ValueText;
            var here = first.Model.LookupSymbols(name.SpanStart, receiverType, text, includeReducedExtensionMethods: true);
            var there = baseModel.LookupSymbols(position, receiverType, text, includeReducedExtensionMethods: true);
            if (here.Length != there.Length)
            {
                return false;
            }

            foreach (var candidate in there)
            {
                if (!here.Any(h => SymbolEqualityComparer.Default.Equals(h.OriginalDefinition, candidate.OriginalDefinition)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A name for the method that no member of the project already has: it must not clash with the base class's
        /// members, nor be hidden by (or hide) a member of a class derived from it.
        /// </summary>
        private string UniqueBaseClassMethodName(string baseName)
        {
            var compilation = copies[0].Model.Compilation;
            var position = sharedBase!.Declaration.OpenBraceToken.Span.End;
            // Each copy calls the method by its simple name, so a local function or local of that name in scope at a copy
            // would take the call (IsLocalInScopeAtACopy).
            return Identifiers.Unique(baseName, name => claimedNames.Contains(name) || !sharedBase.Model.LookupSymbols(position, name: name).IsEmpty
                || compilation.ContainsSymbolsWithName(name, SymbolFilter.Member, cancellationToken) || IsLocalInScopeAtACopy(name));
        }
    }
}
