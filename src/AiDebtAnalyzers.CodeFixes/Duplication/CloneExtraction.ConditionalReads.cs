using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Reads inside calls of <c>[Conditional]</c> methods (<c>Debug.Assert</c>, <c>Trace.Assert</c> with its symbol): the
/// compiler leaves such a call out when its symbol is not defined, and data-flow analysis then leaves its reads out too.
/// Which symbols a build defines is not the fix's to know (a Debug build defines <c>DEBUG</c>, the analysis may not), so
/// such a read counts as a read whatever the symbols: a variable the block writes and an assertion after it checks is
/// handed out, and one an assertion in the block checks is handed in.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>Variables the copy writes that a <c>[Conditional]</c> call outside it reads, which data flow may have left out.</summary>
        private List<ISymbol> ConditionallyReadOutside(Copy copy, DataFlowAnalysis flow)
        {
            var found = new List<ISymbol>();
            if (flow.WrittenInside.IsEmpty)
            {
                return found;
            }

            foreach (var symbol in ConditionalReads(copy, inside: false))
            {
                if (flow.WrittenInside.Contains(symbol) && !flow.DataFlowsOut.Contains(symbol) && !found.Contains(symbol, SymbolEqualityComparer.Default))
                {
                    found.Add(symbol);
                }
            }

            return found;
        }

        /// <summary>Variables of the copy's function, declared before the copy, that a <c>[Conditional]</c> call inside the copy reads.</summary>
        private List<ISymbol> ConditionallyReadInside(Copy copy, DataFlowAnalysis flow)
        {
            var found = new List<ISymbol>();
            foreach (var symbol in ConditionalReads(copy, inside: true))
            {
                if (!flow.VariablesDeclared.Contains(symbol) && !flow.DataFlowsIn.Contains(symbol) && !found.Contains(symbol, SymbolEqualityComparer.Default))
                {
                    found.Add(symbol);
                }
            }

            return found;
        }

        /// <summary>
        /// Locals and parameters named in a call of a <c>[Conditional]</c> method, inside the copy or elsewhere in its
        /// function (before it too: a copy in a loop runs again after them).
        /// </summary>
        private IEnumerable<ISymbol> ConditionalReads(Copy copy, bool inside)
        {
            var function = EnclosingFunction(copy.Statements[0]);
            if (function is null)
            {
                yield break;
            }

            var span = copy.Span;
            foreach (var invocation in function.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (span.Contains(invocation.Span) != inside || !IsConditionalCall(copy.Model, invocation))
                {
                    continue;
                }

                foreach (var name in invocation.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (copy.Model.GetSymbolInfo(name, cancellationToken).Symbol is { Kind: SymbolKind.Local or SymbolKind.Parameter } symbol)
                    {
                        yield return symbol;
                    }
                }
            }
        }

        private bool IsConditionalCall(SemanticModel model, InvocationExpressionSyntax invocation)
        {
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ReturnsVoid: true } method)
            {
                return false;
            }

            foreach (var attribute in method.OriginalDefinition.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "ConditionalAttribute", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
