using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// A variable the block declares whose value never leaves it, yet whose name the code after the block uses: that code
/// assigns it before every read (<c>var hr = Open(); ... hr = Close(); Check(hr);</c>), so no value the block gave it is
/// ever read after it. The declaration stays in the new method, where the block reads it, and the call site declares the
/// variable again without a value (<c>int hr;</c> before the call), so the code after the block compiles and sees the same
/// values as before: its own.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        // Variables of the first copy declared again, without a value, where each copy is called.
        private readonly List<ISymbol> declaredAtCall = new();

        /// <summary>
        /// Whether the call site can declare the variable again: a plain local (not <c>const</c>, <c>ref</c> or a
        /// <c>using</c> declaration, whose disposal would move), declared by a statement of the block itself (only such a
        /// declaration is in scope after the block), captured by no lambda or local function (a lambda after the block
        /// would capture the new variable, one in the block the method's), and of a type the call site can write.
        /// </summary>
        private bool CanDeclareAtCall(Copy copy, DataFlowAnalysis flow, ISymbol variable)
        {
            if (variable is not ILocalSymbol { IsConst: false, RefKind: RefKind.None, IsUsing: false } local
                || flow.Captured.Contains(variable) || flow.DataFlowsOut.Contains(variable)
                || !IsNameable(local.Type) || local.Type.IsRefLikeType)
            {
                return false;
            }

            foreach (var reference in variable.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                var statement = declaration.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault();
                if (statement is null || !copy.Statements.Contains(statement))
                {
                    return false;
                }
            }

            return !CapturedAfter(copy, variable);
        }

        /// <summary>Whether a lambda or local function of the copy's function after the block names the variable.</summary>
        private bool CapturedAfter(Copy copy, ISymbol variable)
        {
            var function = EnclosingFunction(copy.Statements[0]);
            if (function is null)
            {
                return true;
            }

            foreach (var nested in function.DescendantNodes().Where(n => n.SpanStart > copy.Span.End && IsNestedFunction(n)))
            {
                if (NamesOf(copy, variable, nested).Any())
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The call, after a declaration without a value of each variable the code after this copy uses.</summary>
        private StatementSyntax WithDeclarationsAtCall(int copyIndex, StatementSyntax call)
        {
            if (declaredAtCall.Count == 0)
            {
                return call;
            }

            var copy = copies[copyIndex];
            var statements = new List<StatementSyntax>();
            foreach (var variable in declaredAtCall)
            {
                // The space between type and name is written, not left to formatting: these statements go before the
                // call unannotated, and only a code action's clean-up formats elastic trivia (a caller of ApplyAsync
                // without one got `intVCP;`).
                var own = (ILocalSymbol)(copyIndex == 0 ? variable : forward[copyIndex][variable]);
                statements.Add(LocalDeclarationStatement(VariableDeclaration(
                    TypeFor(own.Type, copy.Model, copy.Statements[0].SpanStart).WithTrailingTrivia(Space),
                    SingletonSeparatedList(VariableDeclarator(Identifier(own.Name))))));
            }

            if (call is BlockSyntax spliced && spliced.HasAnnotation(SpliceAnnotation))
            {
                statements.AddRange(spliced.Statements);
            }
            else
            {
                statements.Add(call);
            }

            return Block(statements).WithAdditionalAnnotations(SpliceAnnotation);
        }
    }
}
