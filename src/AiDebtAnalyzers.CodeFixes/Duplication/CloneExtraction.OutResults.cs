using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Copies after which more than one variable is used: the method returns the first and hands each other one out through
/// an <c>out</c> parameter of the variable's own name. The argument is the caller's variable itself (<c>out total</c>,
/// or <c>out var total</c> for one the block declared), so every write the block made to it reaches the same variable,
/// on every path, exceptions included.
/// </content>
internal static partial class CloneExtraction
{
    /// <summary>A variable of the first copy that leaves through an out parameter; <see cref="Declaration"/> is the block's statement that declared it, which the method turns into an assignment.</summary>
    private sealed class OutResult
    {
        public OutResult(ISymbol variable, LocalDeclarationStatementSyntax? declaration)
        {
            Variable = variable;
            Declaration = declaration;
        }

        public ISymbol Variable { get; }

        public LocalDeclarationStatementSyntax? Declaration { get; }
    }

    private sealed partial class Planner
    {
        private readonly List<OutResult> outResults = new();

        /// <summary>
        /// Plans an out parameter for every result after the first; false when one cannot be: a lambda or local function
        /// captures it (an out parameter cannot be captured), or it is not assigned by a statement of the block itself (a
        /// single-variable declaration with a value, or a plain assignment) before any read: only then is it assigned on
        /// every path, as an out parameter must be, and never read before.
        /// </summary>
        private bool PlanOutResults(List<ISymbol> results, List<DataFlowAnalysis> flows)
        {
            for (var r = 1; r < results.Count; r++)
            {
                var variable = results[r];
                LocalDeclarationStatementSyntax? firstDeclaration = null;
                for (var c = 0; c < copies.Count; c++)
                {
                    var own = c == 0 ? variable : forward[c].TryGetValue(variable, out var mapped) ? mapped : null;
                    if (own is not (ILocalSymbol { RefKind: RefKind.None, IsConst: false } or IParameterSymbol { RefKind: RefKind.None or RefKind.Ref or RefKind.Out })
                        || flows[c].Captured.Contains(own) || flows[c].DataFlowsIn.Contains(own))
                    {
                        return false;
                    }

                    var declaration = flows[c].VariablesDeclared.Contains(own) ? DeclarationOf(copies[c], own) : null;
                    if (declaration is null && (flows[c].VariablesDeclared.Contains(own) || !IsAssignedByOwnStatement(copies[c], own)))
                    {
                        return false;
                    }

                    if (c == 0)
                    {
                        firstDeclaration = declaration;
                    }
                    else if ((declaration is null) != (firstDeclaration is null))
                    {
                        return false;
                    }
                }

                outResults.Add(new OutResult(variable, firstDeclaration));
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

        /// <summary>The out parameters of the new method, after its other parameters.</summary>
        private IEnumerable<ParameterSyntax> OutParameters(SemanticModel model, int position) =>
            outResults.Select(o => Parameter(Identifier(o.Variable.Name))
                .WithModifiers(TokenList(Token(SyntaxKind.OutKeyword)))
                .WithType(TypeFor(VariableType(o.Variable)!, model, position)));

        /// <summary>The out arguments of one copy's call: the copy's own variable, declared by the call where the block declared it.</summary>
        private IEnumerable<ArgumentSyntax> OutArguments(int copyIndex) =>
            outResults.Select(o =>
            {
                var name = (copyIndex == 0 ? o.Variable : forward[copyIndex][o.Variable]).Name;
                ExpressionSyntax target = o.Declaration is null
                    ? IdentifierName(name)
                    : DeclarationExpression(IdentifierName("var"), SingleVariableDesignation(Identifier(name)));
                return Argument(target).WithRefKindKeyword(Token(SyntaxKind.OutKeyword));
            });

        /// <summary>
        /// In the new method, a result's declaration becomes an assignment of its out parameter, or goes where it gives no
        /// value (null: the out parameter declares the variable).
        /// </summary>
        private StatementSyntax? AssignOutResult(StatementSyntax original, StatementSyntax rewritten)
        {
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
    }
}
