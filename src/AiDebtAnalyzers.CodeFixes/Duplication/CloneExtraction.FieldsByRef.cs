using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Copies that write a field of their own type (<c>_isClosed = true</c> in two connection classes, <c>_retries++</c>
/// against <c>_failures++</c>): the method takes the field by <c>ref</c>, and each call passes its copy's own field
/// (<c>ref _isClosed</c>). A ref parameter is the field itself, not a copy of its value: every read and write of the
/// block reaches the same storage at the same moment as before, whatever the block calls in between, so nothing is read
/// earlier or written later than in the copy. Only where C# allows a ref parameter that behaves so: a field that is not
/// <c>readonly</c>, <c>const</c> or <c>volatile</c> (a ref to a volatile field loses its volatile accesses), of a class
/// or static, named by its simple name or through <c>this</c>, of one type in every copy; not in an <c>async</c> block
/// (an async method has no ref parameters) and not read inside a lambda, anonymous method, local function or query of
/// the block (none of them can capture a ref parameter).
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>
        /// Adds a ref parameter for the field each copy names at <paramref name="index"/>; the last token index handled, or
        /// null when a ref parameter cannot stand for it.
        /// </summary>
        private int? FieldPassedByRef(int index, ISymbol?[] symbols, IdentifierNameSyntax name, MemberAccessExpressionSyntax? thisQualified)
        {
            if (thisQualified is { Parent: InvocationExpressionSyntax } || name.Parent is InvocationExpressionSyntax || ContainsAwait(copies[0]))
            {
                return null;
            }

            IFieldSymbol? firstField = null;
            for (var c = 0; c < copies.Count; c++)
            {
                if (symbols[c] is not IFieldSymbol { IsReadOnly: false, IsConst: false, IsVolatile: false } field
                    || field.IsStatic != (firstField?.IsStatic ?? field.IsStatic)
                    || (!field.IsStatic && (field.ContainingType is not { TypeKind: TypeKind.Class } || !IsMemberOf(copies[c], field)))
                    || (firstField is not null && !SymbolEqualityComparer.IncludeNullability.Equals(firstField.Type, field.Type))
                    || IsUsedInsideAFunctionOfTheBlock(copies[c], field))
                {
                    return null;
                }

                firstField ??= field;
            }

            var valueNode = (ExpressionSyntax?)thisQualified ?? name;
            var names = new System.Collections.Generic.List<string> { ToCamel(firstField!.Name), ToCamel(firstField.Name) + "Field" };
            if (SharedNameWords(symbols) is { } shared)
            {
                names.Insert(0, shared);
            }

            return AddValueSlot(thisQualified is null ? index : index - 2, new SlotName(names), valueNode, symbols, byRef: true) ? index : null;
        }

        /// <summary>Whether a slot already passes these fields by ref: every later use of them, reads too, goes through it.</summary>
        private bool HasByRefSlot(ISymbol?[] symbols)
        {
            foreach (var slot in valueSlots)
            {
                if (slot.ByRef && slot.ReadSymbols is { } read && SameSymbols(read, symbols))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the copy names the field inside a lambda, anonymous method, local function or query clause, which cannot capture a ref parameter.</summary>
        private bool IsUsedInsideAFunctionOfTheBlock(Copy copy, IFieldSymbol field)
        {
            foreach (var token in copy.Tokens)
            {
                if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != field.Name || token.Parent is not SimpleNameSyntax use
                    || !SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(use, cancellationToken).Symbol?.OriginalDefinition, field.OriginalDefinition))
                {
                    continue;
                }

                foreach (var ancestor in use.Ancestors())
                {
                    if (ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryClauseSyntax or SelectOrGroupClauseSyntax)
                    {
                        return true;
                    }

                    if (ancestor is StatementSyntax statement && ReferenceEquals(statement.Parent, copy.Statements[0].Parent))
                    {
                        break;
                    }
                }
            }

            return false;
        }
    }
}
