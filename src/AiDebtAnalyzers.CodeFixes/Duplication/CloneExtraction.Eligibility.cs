using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>Whether a group can be extracted at all: one type, one entry and one exit, nameable types, how the block awaits.</content>
internal static partial class CloneExtraction
{
    /// <summary>Why no extraction is offered for a group, one reason per place the planner gives up.</summary>
    public static class DeclineReasons
    {
        public const string CopiesNotListed = "not every copy is listed (max_locations)";
        public const string NotStatements = "a copy is not a range of whole statements of one list";
        public const string NotInClassOrStruct = "the first copy is not in a class or struct";
        public const string TopLevel = "copies in top-level statements and elsewhere, or in two programs";
        public const string DifferentProjects = "copies in different projects";
        public const string UsesItsType = "copies in different types, and the block uses what a static helper class cannot reach (a method of its type, this, base, a member it writes, or a nested type or type parameter of its type)";
        public const string CopiesDiffer = "copies differ in length or overlap";
        public const string LeavesEarly = "a copy leaves early (return, break, continue, goto, yield) or does not reach its end";
        public const string MembersDiffer = "copies differ in members, or in fields that cannot be passed safely";
        public const string NoDataFlow = "data flow analysis failed or an address is taken";
        public const string CapturedChanges = "the block reads a variable its local function or lambda captured that the method around it assigns after its declaration: a parameter would hold the value at the call, never a later one";
        public const string WritesCaptured = "the block writes a variable its local function or lambda captured from the method around it: the new method would write a copy";
        public const string SeveralResults = "more than one value flows out, or the result is not assigned on every path";
        public const string UnnameableType = "a parameter or the result has a type that cannot be written (anonymous, error, ref struct, method type parameter)";
        public const string AwaitsVary = "awaits resume differently and the copies do not end their functions";
        public const string NoMember = "no member declaration to add the method beside";
        public const string NoName = "nothing names the block (no shared method name, no intent, or the name is taken), and fix-all cannot ask for one";
        public const string NullStateOfMember = "the block relies on a nullable member being known not null where it starts, which the method would not know";
        public const string UsingScope = "a using variable the block declares flows out of it: the new method would dispose it before the caller uses it";
        public const string Directives = "a copy holds preprocessor directives (#if, #pragma, #region): text they switch off is not compared, renamed or passed";
    }

    private sealed partial class Planner
    {
        /// <summary>Whether a statement of the copy holds a preprocessor directive, in its own text or the trivia it leads with.</summary>
        private static bool HoldsDirectives(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                if (statement.ContainsDirectives)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A parameter of a class's or struct's primary constructor, which its members read as captured state.</summary>
        private static bool IsPrimaryConstructorParameter(ISymbol variable)
        {
            if (variable is not IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor })
            {
                return false;
            }

            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        private static INamedTypeSymbol? ContainingType(Copy copy)
        {
            var symbol = copy.Model.GetEnclosingSymbol(copy.Statements[0].SpanStart);
            return symbol?.ContainingType?.OriginalDefinition;
        }

        private bool Overlaps(Copy copy)
        {
            foreach (var other in copies)
            {
                if (!ReferenceEquals(other, copy) && other.Document.Id == copy.Document.Id && other.Span.OverlapsWith(copy.Span))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasSingleEntryAndExit(Copy copy)
        {
            var flow = copy.Model.AnalyzeControlFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
            if (flow is null || !flow.Succeeded || !flow.EntryPoints.IsEmpty || !flow.ExitPoints.IsEmpty
                || !flow.ReturnStatements.IsEmpty || !flow.EndPointIsReachable)
            {
                return false;
            }

            return !ContainsYield(copy);
        }

        /// <summary>
        /// The type every path of the copy returns, when the copy always leaves its function with <c>return value;</c>
        /// (no path reaches its end, no <c>break</c>, <c>continue</c> or <c>goto</c> leaves it, no <c>yield</c>): the
        /// extracted method returns that value and the call site returns what the method returns, so the caller acts on
        /// it exactly as the copy did. Null otherwise, and for a function that returns by reference or returns no value.
        /// </summary>
        private static ITypeSymbol? ReturnedType(Copy copy)
        {
            var flow = copy.Model.AnalyzeControlFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
            if (flow is null || !flow.Succeeded || !flow.EntryPoints.IsEmpty || flow.EndPointIsReachable || flow.ReturnStatements.IsEmpty)
            {
                return null;
            }

            foreach (var exit in flow.ExitPoints)
            {
                if (exit is not ReturnStatementSyntax { Expression: not null })
                {
                    return null;
                }
            }

            if (ContainsYield(copy))
            {
                return null;
            }

            if (copy.Model.GetEnclosingSymbol(copy.Statements[0].SpanStart) is not IMethodSymbol function
                || function.ReturnsByRef || function.ReturnsByRefReadonly || function.ReturnsVoid)
            {
                return null;
            }

            return ReturnedValueType(function);
        }

        /// <summary>
        /// The type a <c>return value;</c> of the function returns: its return type, or for an async function the
        /// task's result (<c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c>); null for other task-like types.
        /// </summary>
        private static ITypeSymbol? ReturnedValueType(IMethodSymbol function)
        {
            if (!function.IsAsync)
            {
                return function.ReturnType;
            }

            return function.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task
                && task.ContainingNamespace.ToDisplayString() == "System.Threading.Tasks" ? task.TypeArguments[0] : null;
        }

        private static bool IsNestedFunction(SyntaxNode node) =>
            node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

        /// <summary>
        /// Whether the new method can name the type: not an error or anonymous type, nor a type parameter of the copy's
        /// method, and a ref struct only where <paramref name="refStructAllowed"/> (a parameter passed by value; never as a
        /// type argument).
        /// </summary>
        private static bool IsNameable(ITypeSymbol type, bool refStructAllowed = false) =>
            type.TypeKind != TypeKind.Error && !type.IsAnonymousType && (refStructAllowed || !type.IsRefLikeType)
            && !(type is INamedTypeSymbol named && named.TypeArguments.Any(t => !IsNameable(t)))
            && !(type is IArrayTypeSymbol array && !IsNameable(array.ElementType))
            && !(type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method });

        private static bool ContainsAwait(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf(n => !IsNestedFunction(n)))
                {
                    if (node is AwaitExpressionSyntax
                        || (node is ForEachStatementSyntax forEach && forEach.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
                        || (node is UsingStatementSyntax usingStatement && usingStatement.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
                        || (node is LocalDeclarationStatementSyntax local && local.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private enum AwaitStyle
        {
            /// <summary>No await is configured: the call is awaited plainly.</summary>
            Plain,

            /// <summary>Every await is <c>ConfigureAwait(false)</c>: so is the call.</summary>
            ConfiguredFalse,

            /// <summary>Every await resumes on the captured context and some say so with <c>ConfigureAwait(true)</c>: so does the call.</summary>
            ConfiguredTrue,

            /// <summary>
            /// The awaits resume in different ways, or by a value known only at run time
            /// (<c>ConfigureAwait(context.ContinueOnCapturedContext)</c>): no single way to await the call keeps where the
            /// code after it resumes.
            /// </summary>
            Varies,
        }

        /// <summary>How the awaits of every copy are configured, read from the constant each passes to <c>ConfigureAwait</c>.</summary>
        private AwaitStyle AwaitStyleOf()
        {
            var configuredFalse = 0;
            var configuredTrue = 0;
            var plain = 0;
            foreach (var copy in copies)
            {
                foreach (var statement in copy.Statements)
                {
                    foreach (var node in statement.DescendantNodesAndSelf(n => !IsNestedFunction(n)))
                    {
                        ExpressionSyntax? awaited = node switch
                        {
                            AwaitExpressionSyntax awaitExpression => awaitExpression.Expression,
                            ForEachStatementSyntax forEach when forEach.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) => forEach.Expression,
                            UsingStatementSyntax usingStatement when usingStatement.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) => usingStatement.Expression ?? usingStatement.Declaration?.Variables.LastOrDefault()?.Initializer?.Value,
                            LocalDeclarationStatementSyntax local when local.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) => local.Declaration.Variables.LastOrDefault()?.Initializer?.Value,
                            _ => null,
                        };

                        if (awaited is null)
                        {
                            continue;
                        }

                        if (awaited is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } } invocation)
                        {
                            plain++;
                        }
                        else if (invocation.ArgumentList.Arguments.Count == 1
                            && copy.Model.GetConstantValue(invocation.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: bool continueOnCapturedContext })
                        {
                            if (continueOnCapturedContext)
                            {
                                configuredTrue++;
                            }
                            else
                            {
                                configuredFalse++;
                            }
                        }
                        else
                        {
                            return AwaitStyle.Varies;
                        }
                    }
                }
            }

            return configuredFalse == 0 ? (configuredTrue == 0 ? AwaitStyle.Plain : AwaitStyle.ConfiguredTrue)
                : configuredTrue == 0 && plain == 0 ? AwaitStyle.ConfiguredFalse
                : AwaitStyle.Varies;
        }

        /// <summary>
        /// The copy is the last statement of its function's body, and no <c>using</c> declaration of that body is
        /// disposed after it: no code of the function runs after the block, so where the call resumes changes nothing.
        /// </summary>
        private static bool EndsItsFunction(Copy copy)
        {
            var last = copy.Statements[copy.Statements.Count - 1];
            if (last.Parent is not BlockSyntax body
                || body.Parent is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax)
                || body.Statements[body.Statements.Count - 1] != last)
            {
                return false;
            }

            foreach (var statement in body.Statements)
            {
                if (statement is LocalDeclarationStatementSyntax local && local.UsingKeyword.IsKind(SyntaxKind.UsingKeyword))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
