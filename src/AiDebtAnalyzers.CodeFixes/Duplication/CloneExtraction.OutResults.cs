using System.Collections.Generic;
using System.Linq;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Copies after which more than one variable is used: the method returns the first and hands each other one out through
/// an <c>out</c> parameter of the variable's own name. The argument is the caller's variable itself (<c>out total</c>,
/// or <c>out var total</c> for one the block declared), so every write the block made to it reaches the same variable,
/// on every path, exceptions included. A variable that already has a value where the block starts and that the block
/// reads first or assigns only on some paths goes by <c>ref</c>: the block then reads and writes the caller's variable
/// itself, as the copy did.
/// </content>
internal static partial class CloneExtraction
{
    /// <summary>A variable of the first copy that leaves through an out parameter; <see cref="Declaration"/> is the block's statement that declared it, which the method turns into an assignment.</summary>
    private sealed class OutResult
    {
        public OutResult(ISymbol variable, LocalDeclarationStatementSyntax? declaration, bool byRef, bool declaredInside)
        {
            Variable = variable;
            Declaration = declaration;
            ByRef = byRef;
            DeclaredInside = declaredInside;
        }

        /// <summary>Whether the block declares the variable (by any declaration an async method's tuple can keep as it is).</summary>
        public bool DeclaredInside { get; }

        public ISymbol Variable { get; }

        public LocalDeclarationStatementSyntax? Declaration { get; }

        /// <summary>Whether the variable goes by <c>ref</c>: declared before the block and assigned where it starts.</summary>
        public bool ByRef { get; }
    }

    private sealed partial class Planner
    {
        private readonly List<OutResult> outResults = new();

        /// <summary>
        /// Plans an out parameter (or, in an async method, a tuple element) for every result from
        /// <paramref name="firstLeavingBeside"/> on; false when one cannot be: a lambda or local function
        /// captures it (an out or ref parameter cannot be captured), or it is neither assigned by a statement of the block
        /// itself (a single-variable declaration with a value, or a plain assignment) before any read (only then is it
        /// assigned on every path, as an out parameter must be, and never read before), nor, for a synchronous method,
        /// declared before the block and assigned where it starts (a ref parameter).
        /// </summary>
        private bool PlanOutResults(List<ISymbol> results, List<DataFlowAnalysis> flows, int firstLeavingBeside, bool isAsync, bool inTuple)
        {
            for (var r = firstLeavingBeside; r < results.Count; r++)
            {
                var variable = results[r];
                LocalDeclarationStatementSyntax? firstDeclaration = null;
                var firstByRef = false;
                var firstDeclaredInside = false;
                for (var c = 0; c < copies.Count; c++)
                {
                    var own = c == 0 ? variable : forward[c].TryGetValue(variable, out var mapped) ? mapped : null;
                    if (own is not (ILocalSymbol { RefKind: RefKind.None, IsConst: false } or IParameterSymbol { RefKind: RefKind.None or RefKind.Ref or RefKind.Out }))
                    {
                        return false;
                    }

                    var declaredInside = flows[c].VariablesDeclared.Contains(own);
                    var declaration = declaredInside ? DeclarationOf(copies[c], own) : null;
                    var assignedFirst = !flows[c].DataFlowsIn.Contains(own) && !ConditionallyReadInside(copies[c], flows[c]).Contains(own, SymbolEqualityComparer.Default)
                        && (declaration is not null || (!declaredInside && IsAssignedByOwnStatement(copies[c], own)));
                    var assignedOnEntry = !declaredInside && !isAsync && !inTuple && flows[c].DefinitelyAssignedOnEntry.Contains(own);

                    // A copy that returns before its assignment leaves an out parameter unassigned on that path (CS0177):
                    // with a value on entry, the variable goes by ref and keeps it there, as in the copy; without, no fix.
                    var returnsBeforeItsEnd = returnedType is not null && ReturnsBeforeItsEnd(copies[c]);
                    if (returnsBeforeItsEnd && !assignedOnEntry)
                    {
                        return false;
                    }

                    var byRef = (!assignedFirst || returnsBeforeItsEnd) && assignedOnEntry;

                    // The argument is the caller's own out or ref parameter: its type must be the new method's exactly,
                    // nullability included (`out string? label` beside `out string label` would warn, CS8620).
                    if (c > 0 && own is IParameterSymbol && !SymbolEqualityComparer.IncludeNullability.Equals(VariableType(own), VariableType(variable)))
                    {
                        return false;
                    }

                    // A method that returns a tuple keeps the block's declarations as they are (a deconstruction, a
                    // pattern) and returns the variable in its tuple: it needs only a value at the end.
                    var keptInTuple = inTuple && declaredInside && flows[c].DefinitelyAssignedOnExit.Contains(own);
                    if (!assignedFirst && !byRef && !keptInTuple)
                    {
                        return false;
                    }

                    if (flows[c].Captured.Contains(own) && !(keptInTuple && WrittenOnlyByItsDeclaration(copies[c], own)))
                    {
                        // An out or ref parameter cannot be captured, and a lambda that captured a local of the method
                        // would write that local, not the caller's variable.
                        return false;
                    }

                    if (c == 0)
                    {
                        firstDeclaration = declaration;
                        firstByRef = byRef;
                        firstDeclaredInside = declaredInside;
                    }
                    else if ((declaration is null) != (firstDeclaration is null) || byRef != firstByRef || declaredInside != firstDeclaredInside)
                    {
                        return false;
                    }
                }

                outResults.Add(new OutResult(variable, firstDeclaration, firstByRef, firstDeclaredInside));
            }

            return true;
        }

        /// <summary>
        /// Whether a synchronous block's results leave in a tuple rather than through out parameters: every result is a
        /// variable the block declares, and one of them is captured by a lambda or local function (of the block or after
        /// it), which an out parameter cannot be. The tuple copies the value into a new variable of the caller; that is
        /// the same variable to every reader only when nothing writes it after its declaration (checked per result by
        /// <see cref="WrittenOnlyByItsDeclaration"/>): a lambda of the block then reads the method's variable and one
        /// after the block the caller's, both holding the one value it was declared with.
        /// </summary>
        private bool NeedsTupleForCapturedResults(List<ISymbol> results, List<DataFlowAnalysis> flows)
        {
            var anyCaptured = false;
            for (var c = 0; c < copies.Count; c++)
            {
                foreach (var variable in results)
                {
                    var own = c == 0 ? variable : forward[c].TryGetValue(variable, out var mapped) ? mapped : null;
                    if (own is null || !flows[c].VariablesDeclared.Contains(own))
                    {
                        return false;
                    }

                    anyCaptured |= flows[c].Captured.Contains(own) || CapturedAfter(copies[c], own);
                }
            }

            return anyCaptured && copies.All(CanUseOutcomeTuple);
        }

        /// <summary>Whether a <c>return</c> of the copy (not of a lambda or local function in it) comes before its last statement.</summary>
        private static bool ReturnsBeforeItsEnd(Copy copy)
        {
            var last = copy.Statements[copy.Statements.Count - 1];
            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                {
                    if (node is ReturnStatementSyntax && node != last)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether nothing in the copy's function assigns the variable but its declaration (no assignment, increment, ref or out use).</summary>
        private bool WrittenOnlyByItsDeclaration(Copy copy, ISymbol variable)
        {
            var function = EnclosingFunction(copy.Statements[0]);
            if (function is null)
            {
                return false;
            }

            foreach (var name in NamesOf(copy, variable, function))
            {
                if (IsWriteTarget(name))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The statement of the block that declares the variable alone, with a value (<c>var total = ...;</c>) or without
        /// one when a later statement of the block assigns it (<c>decimal total;</c> ... <c>total = ...;</c>); else null.
        /// </summary>
        private LocalDeclarationStatementSyntax? DeclarationOf(Copy copy, ISymbol variable)
        {
            foreach (var statement in copy.Statements)
            {
                if (statement is LocalDeclarationStatementSyntax { IsConst: false, UsingKeyword.RawKind: 0, AwaitKeyword.RawKind: 0, Declaration.Variables: { Count: 1 } variables } declaration
                    && SymbolEqualityComparer.Default.Equals(copy.Model.GetDeclaredSymbol(variables[0], cancellationToken), variable))
                {
                    var initializer = variables[0].Initializer;
                    return initializer is { Value: not RefExpressionSyntax }
                        || (initializer is null && OnlyWhitespace(declaration.GetLeadingTrivia()) && IsAssignedByOwnStatement(copy, variable))
                        ? declaration
                        : null;
                }
            }

            return null;
        }

        private static bool OnlyWhitespace(SyntaxTriviaList trivia)
        {
            foreach (var t in trivia)
            {
                if (!t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether a statement of the block itself (not one nested in a branch or loop) assigns the variable.</summary>
        private bool IsAssignedByOwnStatement(Copy copy, ISymbol variable)
        {
            foreach (var statement in copy.Statements)
            {
                if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target } }
                    && SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(target, cancellationToken).Symbol, variable))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The out and ref parameters of the new method, after its other parameters (none when the results leave in a tuple).</summary>
        private IEnumerable<ParameterSyntax> OutParameters(SemanticModel model, int position) =>
            outResults.Where(_ => !flowsInTuple).Select(o => Parameter(Identifier(o.Variable.Name))
                .WithModifiers(TokenList(Token(o.ByRef ? SyntaxKind.RefKeyword : SyntaxKind.OutKeyword)))
                .WithType(TypeFor(OutResultType(o.Variable), model, position)));

        /// <summary>The out and ref arguments of one copy's call: the copy's own variable, declared by the call where the block declared it.</summary>
        private IEnumerable<ArgumentSyntax> OutArguments(int copyIndex) =>
            outResults.Where(_ => !flowsInTuple).Select(o =>
            {
                var variable = copyIndex == 0 ? o.Variable : forward[copyIndex][o.Variable];
                ExpressionSyntax target = o.Declaration is null
                    ? IdentifierName(variable.Name)
                    : DeclarationExpression(LocalType(copies[copyIndex], OutResultType(o.Variable), variable), SingleVariableDesignation(Identifier(variable.Name)));
                return Argument(target).WithRefKindKeyword(Token(o.ByRef ? SyntaxKind.RefKeyword : SyntaxKind.OutKeyword));
            });

        /// <summary>
        /// In the new method, a result's declaration becomes an assignment of its out parameter, or goes where it gives no
        /// value (null: the out parameter declares the variable).
        /// </summary>
        private StatementSyntax? AssignOutResult(StatementSyntax original, StatementSyntax rewritten)
        {
            if (flowsInTuple)
            {
                // The declaration stays: the tuple is made from the method's own locals.
                return rewritten;
            }

            foreach (var outResult in outResults)
            {
                if (outResult.Declaration == original && rewritten is LocalDeclarationStatementSyntax declaration)
                {
                    var variable = declaration.Declaration.Variables[0];
                    if (variable.Initializer is null)
                    {
                        return null;
                    }

                    return ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(variable.Identifier.ValueText), variable.Initializer!.Value))
                        .WithTriviaFrom(rewritten);
                }
            }

            return rewritten;
        }

        /// <summary>
        /// The out parameters a copy's early exit leaves unassigned: those whose assigning statement of the block comes
        /// after the statement that holds the exit. The caller leaves with them out of scope, so they get a default value
        /// only to satisfy definite assignment.
        /// </summary>
        private IEnumerable<OutResult> OutResultsUnassignedAt(SyntaxNode exit)
        {
            var first = copies[0];
            foreach (var outResult in outResults)
            {
                var assigned = outResult.ByRef;
                foreach (var statement in first.Statements)
                {
                    if (statement.Span.End > exit.SpanStart)
                    {
                        break;
                    }

                    if ((statement == outResult.Declaration && outResult.Declaration.Declaration.Variables[0].Initializer is not null)
                        || (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target } }
                            && SymbolEqualityComparer.Default.Equals(first.Model.GetSymbolInfo(target, cancellationToken).Symbol, outResult.Variable)))
                    {
                        assigned = true;
                        break;
                    }
                }

                if (!assigned)
                {
                    yield return outResult;
                }
            }
        }

        /// <summary>
        /// The type a result leaves with: the variable's declared type, without the nullable annotation when every copy's
        /// code after the block that reads it at all first reads it where it is known not null (<c>var response = ...</c> declares a nullable
        /// type; an annotated out parameter or tuple element would turn the caller's dereferences into CS8602).
        /// </summary>
        private ITypeSymbol OutResultType(ISymbol variable)
        {
            var type = VariableType(variable)!;
            if (type.NullableAnnotation != NullableAnnotation.Annotated || !type.IsReferenceType)
            {
                return type;
            }

            // A copy whose code after the block never reads the variable (it ends its method) says nothing about the
            // value's state; it only must not be read as maybe null anywhere, and read not null somewhere.
            var readNotNull = false;
            for (var c = 0; c < copies.Count; c++)
            {
                switch (FlowStateAfter(copies[c], c == 0 ? variable : forward[c][variable]))
                {
                    case NullableFlowState.NotNull:
                        readNotNull = true;
                        break;
                    case NullableFlowState.None:
                        break;
                    default:
                        return type;
                }
            }

            return readNotNull ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;
        }

        /// <summary>The null state of a variable where the code after the copy first reads it.</summary>
        private NullableFlowState FlowStateAfter(Copy copy, ISymbol variable)
        {
            var function = EnclosingFunction(copy.Statements[0]);
            foreach (var name in NamesOf(copy, variable, function ?? copy.Statements[0].SyntaxTree.GetRoot(cancellationToken)))
            {
                if (name.SpanStart > copy.Span.End)
                {
                    return copy.Model.GetTypeInfo(name, cancellationToken).Nullability.FlowState;
                }
            }

            return NullableFlowState.None;
        }

        /// <summary>A tuple element name for a variable that flows out: its own name in PascalCase, unique among the elements.</summary>
        private List<string> TupleElementNames(bool withReturned, bool withValue)
        {
            var names = new List<string>();
            if (withReturned)
            {
                names.Add("Returned");
            }

            if (withValue)
            {
                names.Add("Value");
            }

            foreach (var outResult in outResults)
            {
                var pascal = Identifiers.ToPascal(outResult.Variable.Name);
                names.Add(Identifiers.Unique(pascal, n => names.Contains(n) || (n.StartsWith("Item", System.StringComparison.Ordinal) && n.Length > 4 && char.IsDigit(n[4]))));
            }

            return names;
        }
    }
}
