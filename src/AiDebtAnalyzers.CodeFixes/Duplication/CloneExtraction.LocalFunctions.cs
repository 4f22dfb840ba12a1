using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Names the block declares that are not variables (a local function, a query's range variable), and local functions of
/// the copy's function that the block calls or passes on. A name declared in each copy is that copy's own, one to one, as
/// a variable is: the new method declares it from the first copy's text. A local function declared outside the block, a
/// different one in each copy, is passed in as a delegate: each call site passes its own.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        // Per copy: the copy's local function or range variable for each one the first copy declares.
        private List<Dictionary<ISymbol, ISymbol>>? declaredInCopy;

        /// <summary>
        /// A local function or range variable the first copy declares: each copy must name its own at the same place, and
        /// always the same one for the same one of the first copy. Returns the token index handled, -1 to give up, or
        /// null when the name is not one the first copy declares.
        /// </summary>
        private int? NameDeclaredInEachCopy(int index, ISymbol?[] symbols)
        {
            var first = copies[0];
            if (symbols[0] is not (IMethodSymbol { MethodKind: MethodKind.LocalFunction } or IRangeVariableSymbol)
                || !DeclaredIn(first, symbols[0]!))
            {
                return null;
            }

            if (declaredInCopy is null)
            {
                declaredInCopy = new List<Dictionary<ISymbol, ISymbol>>();
                foreach (var _ in copies)
                {
                    declaredInCopy.Add(new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default));
                }
            }

            for (var c = 1; c < copies.Count; c++)
            {
                var own = symbols[c];
                if (own is null || own.Kind != symbols[0]!.Kind || !DeclaredIn(copies[c], own)
                    || (own is IMethodSymbol ownFunction && ownFunction.IsStatic != ((IMethodSymbol)symbols[0]!).IsStatic))
                {
                    return -1;
                }

                var map = declaredInCopy[c];
                if (map.TryGetValue(symbols[0]!, out var mapped))
                {
                    if (!SymbolEqualityComparer.Default.Equals(mapped, own))
                    {
                        return -1;
                    }
                }
                else if (map.Values.Contains(own, SymbolEqualityComparer.Default))
                {
                    return -1;
                }
                else
                {
                    map[symbols[0]!] = own;
                }
            }

            return index;
        }

        private static bool DeclaredIn(Copy copy, ISymbol symbol)
        {
            if (symbol.Locations.Length != 1 || symbol.Locations[0].SourceTree != copy.Statements[0].SyntaxTree)
            {
                return false;
            }

            return copy.Span.Contains(symbol.Locations[0].SourceSpan);
        }

        /// <summary>
        /// Whether every symbol is a local function of its copy's function declared outside the copy, a different one in at
        /// least two copies (one shared by every copy cannot be named from the new method either, but nothing here would
        /// pass it), none generic.
        /// </summary>
        private bool AreLocalFunctionsOutside(ISymbol?[] symbols)
        {
            var differ = false;
            for (var c = 0; c < copies.Count; c++)
            {
                if (symbols[c] is not IMethodSymbol { MethodKind: MethodKind.LocalFunction, IsGenericMethod: false } function || DeclaredIn(copies[c], function))
                {
                    return false;
                }

                differ |= !SymbolEqualityComparer.Default.Equals(function, symbols[0]);
            }

            return differ;
        }

        /// <summary>
        /// A local function of each copy's function, declared outside the block, that the block passes on as a method group
        /// (<c>SendWithRetryAsync(requestFactory, ct)</c>): the delegate is made at the call instead of where the block made
        /// it, which runs no code of the function and captures the same variables. Every copy must convert its function to
        /// one delegate type. Returns the token index handled, or null when the name is not such a method group.
        /// </summary>
        private int? LocalFunctionPassedOn(int index, ISymbol?[] symbols)
        {
            if (!AreLocalFunctionsOutside(symbols) || copies[0].Tokens[index].Parent is not IdentifierNameSyntax { Parent: not InvocationExpressionSyntax } name
                || IsQualifiedName(name) || name.Parent is not ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.None })
            {
                return null;
            }

            for (var c = 0; c < copies.Count; c++)
            {
                if (copies[c].Model.GetTypeInfo(copies[c].Tokens[index].Parent!, cancellationToken).ConvertedType is not { TypeKind: TypeKind.Delegate }
                    || !CapturesNothingTheBlockWrites(copies[c], (IMethodSymbol)symbols[c]!))
                {
                    return null;
                }
            }

            var names = new List<string> { ToCamel(symbols[0]!.Name) };
            names.AddRange(FlowNames(name));
            return AddValueSlot(index, new SlotName(names), name, passEvenIfSame: true) ? index : null;
        }

        /// <summary>
        /// Whether the block writes none of the variables the local function captures, and the function calls no other local
        /// function. Made into a delegate at the call, the
        /// function still reads them when it runs, but C# then wants each of them assigned at the call: a variable the block
        /// assigns first would no longer compile.
        /// </summary>
        private bool CapturesNothingTheBlockWrites(Copy copy, IMethodSymbol function)
        {
            if (function.DeclaringSyntaxReferences.Length != 1
                || function.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not LocalFunctionStatementSyntax declaration)
            {
                return false;
            }

            // What another local function it calls captures is not seen here.
            foreach (var invocation in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (copy.Model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction })
                {
                    return false;
                }
            }

            var captured = copy.Model.AnalyzeDataFlow(declaration);
            var block = copy.Model.AnalyzeDataFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
            if (captured is null || !captured.Succeeded || block is null || !block.Succeeded)
            {
                return false;
            }

            foreach (var variable in captured.CapturedInside)
            {
                if (block.WrittenInside.Contains(variable))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
