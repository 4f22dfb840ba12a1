using System;
using System.Collections.Generic;
using System.Linq;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Copies that call different methods of one shape (<c>SendOrder(order)</c> against <c>SendInvoice(order)</c>): the
/// method becomes a delegate parameter, and each call site passes its own method group.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        // Variables of the first copy that the block reads only as the receiver of a method passed as a delegate
        // (`client` in `client.SendOrder(order)`): the method group reads them at the call, the method does not need them.
        private readonly HashSet<ISymbol> delegateReceivers = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// A call to a different method (or local function of the copy's function) in each copy, every method of one shape (same parameter types and return type,
        /// no <c>ref</c>, <c>params</c>, optional or generic parameters): passed as a <c>Func</c> or <c>Action</c>, the
        /// method group at each call site. The receiver must be evaluated the same at the call as at the method's call
        /// inside the block: none (a static method), <c>this</c> of a class (a struct's <c>this</c> would be boxed as a
        /// copy), a type name, or a variable declared before the block that it never writes, of reference type and known
        /// not null (a null receiver would throw at the call, before the block's first statement). Not offered where a
        /// copy sits in a loop of its function (a delegate would be allocated on every pass) or in an expression tree.
        /// Returns the token index handled, or null when the difference is not such a call.
        /// </summary>
        private int? DifferingMethod(int index, ISymbol?[] symbols)
        {
            var first = copies[0];
            if (first.Tokens[index].Parent is not IdentifierNameSyntax name)
            {
                return null;
            }

            var callee = name.Parent is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access && access.Name == name
                ? access
                : (ExpressionSyntax)name;
            if (callee.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != callee)
            {
                return null;
            }

            // A local function of each copy's function, declared outside the block, is passed like a method.
            var localFunctions = AreLocalFunctionsOutside(symbols);
            var methods = new IMethodSymbol[copies.Count];
            for (var c = 0; c < copies.Count; c++)
            {
                if (symbols[c] is not IMethodSymbol { IsGenericMethod: false, ReturnsByRef: false, ReturnsByRefReadonly: false, ReducedFrom: null } method
                    || !(method.MethodKind == MethodKind.Ordinary || (localFunctions && CapturesNothingTheBlockWrites(copies[c], method)))
                    || method.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams || p.IsOptional)
                    || method.GetAttributes().Any(a => a.AttributeClass?.Name == "ConditionalAttribute")
                    || (method.IsPartialDefinition && method.PartialImplementationPart is null))
                {
                    return null;
                }

                if (c > 0 && !SameShape(methods[0], method))
                {
                    return null;
                }

                methods[c] = method;
            }

            if (invocation.ArgumentList.Arguments.Count != methods[0].Parameters.Length || invocation.ArgumentList.Arguments.Any(a => a.NameColon is not null))
            {
                return null;
            }

            var delegateType = DelegateTypeFor(methods[0], first.Model.Compilation);
            if (delegateType is null)
            {
                return null;
            }

            var start = index;
            ISymbol? receiverVariable = null;
            if (callee is MemberAccessExpressionSyntax qualified)
            {
                if (qualified.Expression is not (IdentifierNameSyntax or ThisExpressionSyntax))
                {
                    return null;
                }

                start = index - 2;
                for (var c = 0; c < copies.Count; c++)
                {
                    var receiver = copies[c].Tokens[start].Parent as ExpressionSyntax;
                    if (receiver is null || !IsStableReceiver(copies[c], receiver, methods[c], out var variable))
                    {
                        return null;
                    }

                    if (c == 0)
                    {
                        receiverVariable = variable;
                    }
                }
            }
            else if (Enumerable.Range(0, copies.Count).Any(c => !methods[c].IsStatic && ContainingType(copies[c])?.TypeKind != TypeKind.Class))
            {
                // An instance method of a struct, bound at the call, would run on a boxed copy of the struct.
                return null;
            }

            // A slot found earlier in this call's receiver would be cut in two.
            if (valueSlots.Any(slot => slot.Index >= start))
            {
                return null;
            }

            foreach (var copy in copies)
            {
                if (InLoopOfItsFunction(copy) || HasExpressionTree(copy))
                {
                    return null;
                }
            }

            var expressions = new ExpressionSyntax[copies.Count];
            for (var c = 0; c < copies.Count; c++)
            {
                if (FindCorresponding(copies[c], copies[c].Tokens[start], callee) is not ExpressionSyntax expression)
                {
                    return null;
                }

                expressions[c] = expression;
            }

            if (receiverVariable is not null)
            {
                delegateReceivers.Add(receiverVariable);
            }

            ValueSlot? primary = null;
            foreach (var slot in valueSlots)
            {
                if (slot.Primary is null && slot.ReadSymbols is { } other && SameSymbols(other, methods))
                {
                    primary = slot;
                    break;
                }
            }

            valueSlots.Add(new ValueSlot(start, new SlotName(DelegateNames(methods, invocation)), delegateType, expressions, null, methods, primary));
            return index;
        }

        /// <summary>Whether every use of the variable in the copy lies in a value passed at the call (a method group's receiver).</summary>
        private bool OnlyReadInSlots(Copy copy, ISymbol variable)
        {
            foreach (var token in copy.Tokens)
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && string.Equals(token.ValueText, variable.Name, StringComparison.Ordinal)
                    && SymbolEqualityComparer.Default.Equals(SymbolAt(copy, token), variable)
                    && !valueSlots.Any(slot => slot.Replaced.Span.Contains(token.Span)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameShape(IMethodSymbol x, IMethodSymbol y)
        {
            if (x.Parameters.Length != y.Parameters.Length || x.ReturnsVoid != y.ReturnsVoid
                || !SymbolEqualityComparer.IncludeNullability.Equals(x.ReturnType, y.ReturnType))
            {
                return false;
            }

            for (var i = 0; i < x.Parameters.Length; i++)
            {
                if (!SymbolEqualityComparer.IncludeNullability.Equals(x.Parameters[i].Type, y.Parameters[i].Type))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>Action&lt;...&gt;</c> for a method that returns nothing, <c>Func&lt;..., TResult&gt;</c> otherwise; null when a type cannot be a type argument.</summary>
        private static INamedTypeSymbol? DelegateTypeFor(IMethodSymbol method, Compilation compilation)
        {
            var arguments = new List<ITypeSymbol>();
            foreach (var parameter in method.Parameters)
            {
                arguments.Add(parameter.Type);
            }

            if (!method.ReturnsVoid)
            {
                arguments.Add(method.ReturnType);
            }

            if (arguments.Count > 16 || arguments.Any(t => t.IsRefLikeType || t is IPointerTypeSymbol or IFunctionPointerTypeSymbol || t.SpecialType == SpecialType.System_Void))
            {
                return null;
            }

            if (arguments.Count == 0)
            {
                return compilation.GetTypeByMetadataName("System.Action");
            }

            var generic = compilation.GetTypeByMetadataName(method.ReturnsVoid ? "System.Action`" + arguments.Count : "System.Func`" + arguments.Count);
            return generic?.Construct(arguments.ToArray());
        }

        /// <summary>
        /// Whether the receiver of the call is read the same at the call site as where the block calls the method:
        /// <c>this</c> of a class, a type name, or a variable declared before the block, never written in it, of
        /// reference type and known not null there.
        /// </summary>
        private bool IsStableReceiver(Copy copy, ExpressionSyntax receiver, IMethodSymbol method, out ISymbol? variable)
        {
            variable = null;
            if (receiver is ThisExpressionSyntax)
            {
                return !method.IsStatic && ContainingType(copy)?.TypeKind == TypeKind.Class;
            }

            var symbol = copy.Model.GetSymbolInfo(receiver, cancellationToken).Symbol;
            if (symbol is INamedTypeSymbol)
            {
                return method.IsStatic;
            }

            if (symbol is not (ILocalSymbol { RefKind: RefKind.None } or IParameterSymbol { RefKind: RefKind.None or RefKind.In, IsThis: false })
                || symbol.Locations.Length == 0 || copy.Span.Contains(symbol.Locations[0].SourceSpan)
                || VariableType(symbol) is not { IsReferenceType: true }
                || copy.Model.GetTypeInfo(receiver, cancellationToken).Nullability.FlowState != NullableFlowState.NotNull
                || IsWrittenIn(copy, symbol) || CapturedAndWrittenElsewhere(copy, symbol))
            {
                return false;
            }

            variable = symbol;
            return true;
        }

        /// <summary>Whether a variable is written by a lambda or local function of the copy's function (which the block could run).</summary>
        private static bool CapturedAndWrittenElsewhere(Copy copy, ISymbol variable)
        {
            var function = copy.Statements[0].Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
            if (function is null)
            {
                return true;
            }

            foreach (var nested in function.DescendantNodes().Where(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            {
                var flow = copy.Model.AnalyzeDataFlow(nested);
                if (flow is null || !flow.Succeeded || flow.WrittenInside.Contains(variable))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the copy runs in a loop of its own function: a delegate would be made at every pass.</summary>
        private static bool InLoopOfItsFunction(Copy copy)
        {
            foreach (var ancestor in copy.Statements[0].Ancestors())
            {
                switch (ancestor)
                {
                    case ForStatementSyntax or ForEachStatementSyntax or ForEachVariableStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                        return true;
                    case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>Whether a lambda of the copy is converted to an expression tree, where a delegate call would be another tree.</summary>
        private bool HasExpressionTree(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                foreach (var lambda in statement.DescendantNodes().OfType<AnonymousFunctionExpressionSyntax>())
                {
                    if (copy.Model.GetTypeInfo(lambda, cancellationToken).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace.Name: "Expressions" })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Names for a delegate parameter from its role: the words the methods' names share (<c>send</c> for
        /// <c>SendOrder</c> and <c>SendInvoice</c>, <c>orderChanged</c> for <c>OnOrderChanged</c> and <c>RaiseOrderChanged</c>),
        /// then from where the call's value flows, then a generic name.
        /// </summary>
        private List<string> DelegateNames(IMethodSymbol[] methods, InvocationExpressionSyntax invocation)
        {
            var names = new List<string>();
            var words = methods.Select(m => SplitWords(m.Name)).ToList();
            var prefix = CommonWords(words, fromStart: true);
            var suffix = CommonWords(words, fromStart: false);
            var shared = prefix.Count >= suffix.Count ? prefix : suffix;
            if (shared.Count > 0 && !(shared.Count == 1 && shared[0] is "On" or "Get" or "Is" or "Do" or "Async"))
            {
                names.Add(ToCamel(string.Concat(shared)));
            }

            foreach (var flowName in FlowNames(invocation))
            {
                names.Add((methods[0].ReturnsVoid ? "apply" : "get") + Identifiers.ToPascal(flowName));
            }

            names.Add(methods[0].ReturnsVoid ? "action" : "getValue");
            return names;
        }

        private static List<string> SplitWords(string name)
        {
            var words = new List<string>();
            var start = 0;
            for (var i = 1; i <= name.Length; i++)
            {
                if (i == name.Length || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) || name[i] == '_')
                {
                    var word = name.Substring(start, i - start).Trim('_');
                    if (word.Length > 0)
                    {
                        words.Add(word);
                    }

                    start = i;
                }
            }

            return words;
        }

        private static List<string> CommonWords(List<List<string>> words, bool fromStart)
        {
            var shared = new List<string>();
            var shortest = words.Min(w => w.Count);
            for (var i = 0; i < shortest; i++)
            {
                var word = fromStart ? words[0][i] : words[0][words[0].Count - 1 - i];
                if (words.Any(w => !string.Equals(fromStart ? w[i] : w[w.Count - 1 - i], word, StringComparison.Ordinal)))
                {
                    break;
                }

                shared.Add(word);
            }

            if (!fromStart)
            {
                shared.Reverse();
            }

            return shared;
        }
    }
}
