using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// A copy that already is a method: when one copy is the whole body of a method whose parameters are exactly the values
/// the call would pass, the other copies call that method (<c>Scrim.Mix</c> calls <c>ColorsHelper.Mix</c>,
/// <c>ConvertKeepMediaTick</c> calls <c>ConvertTtl</c>) and no third method is written.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>
        /// The plan that calls the method one copy is the whole body of, from every other copy; null when no copy is
        /// one. The method must take exactly the values the new method would (each of its parameters passed once, by
        /// value, of the parameter's type), return what the new method would (nothing, or the copies' returned value;
        /// for copies that await, a task of it), and be callable from every other copy: an instance method of the
        /// copy's own type from an instance member, or a static method accessible there. Copies that leave early, hand
        /// values out or declare variables the code after them reads take the new method.
        /// </summary>
        private ExtractionPlan? ReuseExistingMethod(List<Parameter> parameters, ISymbol? result, ITypeSymbol? returnedType, bool isAsync, bool? configureAwait)
        {
            if (earlyExit is not null || flowsInTuple || outResults.Count > 0 || result is not null || declaredAtCall.Count > 0 || sharedBase is not null || instanceType is not null)
            {
                return null;
            }

            for (var k = 0; k < copies.Count; k++)
            {
                if (ReusableMethod(k, parameters, returnedType, isAsync) is not { } reused)
                {
                    continue;
                }

                var (method, order) = reused;
                var arguments = new List<Parameter>(parameters.Count);
                for (var i = 0; i < order.Length; i++)
                {
                    arguments.Add(parameters[order[i]]);
                }

                var planned = new List<PlannedCopy>(copies.Count - 1);
                var callable = true;
                for (var c = 0; c < copies.Count && callable; c++)
                {
                    if (c == k)
                    {
                        continue;
                    }

                    if (CalleeOf(method, copies[c]) is not { } callee)
                    {
                        callable = false;
                        break;
                    }

                    var call = CreateCall(c, callee, arguments, null, false, isAsync, configureAwait);
                    if (returnedType is not null)
                    {
                        call = ReturnStatement(((ExpressionStatementSyntax)call).Expression).WithAdditionalAnnotations(Formatter.Annotation);
                    }

                    planned.Add(new PlannedCopy(copies[c].Document.Id, copies[c].Statements, call));
                }

                if (callable)
                {
                    return new ExtractionPlan(planned, copies[k].Document.Id, null, null, method.Name, copies.Select(c => (c.Document.Id, c.Span)).ToImmutableArray(), null, false)
                    {
                        CalledBody = copies[k].Statements[0].Parent,
                    };
                }
            }

            return null;
        }

        /// <summary>
        /// The method copy <paramref name="k"/> is the whole body of, with, for each of its parameters in order, the index
        /// of the new method's parameter it receives; null when the copy is not such a body or the parameters differ.
        /// </summary>
        private (IMethodSymbol Method, int[] Order)? ReusableMethod(int k, List<Parameter> parameters, ITypeSymbol? returnedType, bool isAsync)
        {
            var copy = copies[k];
            if (copy.IsTopLevel
                || copy.Statements[0].Parent is not BlockSyntax { Parent: MethodDeclarationSyntax declaration } body
                || body.Statements.Count != copy.Statements.Count
                || copy.Model.GetDeclaredSymbol(declaration, cancellationToken) is not { IsGenericMethod: false, MethodKind: MethodKind.Ordinary } method
                || method.Parameters.Length != parameters.Count
                || method.IsAsync != isAsync
                || !Returns(method, returnedType, isAsync))
            {
                return null;
            }

            var order = new int[parameters.Count];
            var seen = new bool[parameters.Count];
            for (var j = 0; j < parameters.Count; j++)
            {
                var parameter = parameters[j];
                ISymbol? passed;
                if (parameter.Slot is null)
                {
                    passed = k == 0 ? parameter.Variable : k < forward.Count && forward[k].TryGetValue(parameter.Variable!, out var own) ? own : null;
                }
                else
                {
                    passed = parameter.Slot is { ByRef: false } && parameter.Slot.Expressions[k] is IdentifierNameSyntax name
                        ? copy.Model.GetSymbolInfo(name, cancellationToken).Symbol
                        : null;
                }

                if (passed is not IParameterSymbol { RefKind: RefKind.None } received
                    || !SymbolEqualityComparer.Default.Equals(received.ContainingSymbol, method)
                    || seen[received.Ordinal]
                    || !SymbolEqualityComparer.Default.Equals(received.Type, parameter.Type))
                {
                    return null;
                }

                seen[received.Ordinal] = true;
                order[received.Ordinal] = j;
            }

            return (method, order);
        }

        /// <summary>Whether the method returns what the new method would: nothing, or the copies' value (a task of it when they await).</summary>
        private static bool Returns(IMethodSymbol method, ITypeSymbol? returnedType, bool isAsync)
        {
            if (!isAsync)
            {
                return returnedType is null ? method.ReturnsVoid : !method.ReturnsByRef && !method.ReturnsByRefReadonly && SymbolEqualityComparer.Default.Equals(method.ReturnType, returnedType);
            }

            // Awaited at the call: a Task or ValueTask, of the value when the copies return one.
            if (method.ReturnType is not INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace.Name: "System" } } } task)
            {
                return false;
            }

            return returnedType is null ? task.TypeArguments.Length == 0 : task.TypeArguments.Length == 1 && SymbolEqualityComparer.Default.Equals(task.TypeArguments[0], returnedType);
        }

        /// <summary>
        /// How a copy calls the method: by its name from the method's own type (an instance method only from an instance
        /// member), by its type's name from elsewhere where a static method is accessible; null when it cannot.
        /// </summary>
        private ExpressionSyntax? CalleeOf(IMethodSymbol method, Copy copy)
        {
            var type = ContainingType(copy);
            var member = copy.Model.GetEnclosingSymbol(copy.Statements[0].SpanStart, cancellationToken);
            var inStaticFunction = false;
            while (member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                // A static lambda or local function has no instance, whatever the member around it has.
                inStaticFunction |= member.IsStatic;
                member = member.ContainingSymbol;
            }

            if (type is null || member is null)
            {
                return null;
            }

            if (SymbolEqualityComparer.Default.Equals(type, method.ContainingType.OriginalDefinition))
            {
                // A same-named local, parameter or local function at the copy would take the call.
                var found = copy.Model.LookupSymbols(copy.Statements[0].SpanStart, name: method.Name);
                if (found.Any(s => s is not IMethodSymbol { MethodKind: MethodKind.Ordinary } || !SymbolEqualityComparer.Default.Equals(s.ContainingType?.OriginalDefinition, type)))
                {
                    return null;
                }

                return method.IsStatic || (!member.IsStatic && !inStaticFunction) ? IdentifierName(method.Name) : null;
            }

            if (!method.IsStatic || method.ContainingType.IsGenericType || !copy.Model.Compilation.IsSymbolAccessibleWithin(method, type))
            {
                return null;
            }

            return ParseExpression(method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + method.Name)
                .WithAdditionalAnnotations(Simplifier.Annotation);
        }
    }
}
