using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Declarations the extraction would leave unused. Fix-all on MathNet.Numerics' Amos port (Fortran-style code that declares
/// every variable at the top of the function) compiled, but with 29 new CS0168 warnings of two kinds:
/// <list type="bullet">
/// <item>a variable declared before the block that only the copies use (<c>int jr, ju;</c> at the top, both loops in the
/// block): the new method declares its own, and the caller's declaration is left unused;</item>
/// <item>a variable the block declares without a value and never uses, which the code after it assigns and reads
/// (<c>double s1i, s1r;</c>): it is declared again at the call, and the new method's declaration is unused.</item>
/// </list>
/// The fix declines both rather than leave dead declarations behind: a block whose variables live outside it is not one a
/// reviewer would extract as it stands.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>
        /// Whether a variable declared at the call (<see cref="CanDeclareAtCall"/>) would be declared in the new method
        /// for nothing: the block never reads it, and its declaration there gives it no value or a constant one (CS0168,
        /// CS0219). One the block gives a computed value it never reads keeps the computation's effects and is left alone.
        /// </summary>
        private bool DeclaredForNothing(Copy copy, DataFlowAnalysis flow, ISymbol variable)
        {
            if (flow.ReadInside.Contains(variable))
            {
                return false;
            }

            foreach (var reference in variable.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator
                    && (declarator.Initializer is null || copy.Model.GetConstantValue(declarator.Initializer.Value, cancellationToken).HasValue))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a local the new method declares for itself (the first copy's <paramref name="variable"/>, declared
        /// before the block, neither flowing in nor out) is named nowhere in any copy's function but inside the copies:
        /// the caller's declaration would then be left unused (CS0168, CS0219).
        /// </summary>
        private bool LeavesDeclarationUnused(ISymbol variable)
        {
            for (var c = 0; c < copies.Count; c++)
            {
                var own = c == 0 ? variable : forward[c].TryGetValue(variable, out var mapped) ? mapped : null;
                if (own is not ILocalSymbol local || !UsedOnlyInCopies(copies[c], local))
                {
                    return false;
                }
            }

            return true;
        }

        private bool UsedOnlyInCopies(Copy copy, ILocalSymbol local)
        {
            foreach (var reference in local.DeclaringSyntaxReferences)
            {
                var function = EnclosingFunction(reference.GetSyntax(cancellationToken));
                if (function is null)
                {
                    return false;
                }

                foreach (var name in function.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (name.Identifier.ValueText != local.Name || InAnyCopy(name))
                    {
                        continue;
                    }

                    if (SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(name, cancellationToken).Symbol, local))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private bool InAnyCopy(SyntaxNode node)
        {
            foreach (var copy in copies)
            {
                if (copy.Statements[0].SyntaxTree == node.SyntaxTree && copy.Span.Contains(node.Span))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
