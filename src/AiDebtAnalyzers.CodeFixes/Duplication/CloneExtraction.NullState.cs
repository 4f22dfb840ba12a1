using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Null state a check before the block established, which the new method would not see: a parameter typed without its
/// <c>?</c> where every copy first reads the variable known not null, and copies that read a member declared nullable
/// where it is known not null.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>
        /// The type of a variable's parameter: its declared type, without the nullable annotation when the variable is
        /// known not null where every copy first reads it (the copies dereference it after a check the method would not
        /// see, and a <c>T?</c> parameter would turn those dereferences into CS8602).
        /// </summary>
        private ITypeSymbol ParameterTypeOf(ISymbol variable)
        {
            var type = VariableType(variable)!;
            if (type.NullableAnnotation != NullableAnnotation.Annotated || !type.IsReferenceType)
            {
                return type;
            }

            for (var c = 0; c < copies.Count; c++)
            {
                if (FlowStateAtFirstRead(copies[c], c == 0 ? variable : forward[c][variable]) != NullableFlowState.NotNull)
                {
                    return type;
                }
            }

            return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        }

        /// <summary>
        /// The first read of a field or property declared nullable (<c>char[]? _chars</c>) that the copy makes where the
        /// member is known not null, in words: a check before the block established that, which the new method would not
        /// see (CS8602 on its dereferences). Null when there is none. Two uses of a member are not such reads, since the
        /// method gives them the same null state as the copy had: a target the code assigns (<c>Timeout = 5</c> in an
        /// object initializer, which names a member of the new object; <c>_cache = Load()</c>), and a read the code
        /// already declares not null (<c>document!</c>), where the <c>!</c> moves with it. Neither counts as the member's
        /// first read either, so a later plain read is still judged, as conservatively as before.
        /// </summary>
        private string? MemberKnownNotNullAtItsFirstRead(Copy copy)
        {
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            for (var index = 0; index < copy.Tokens.Count; index++)
            {
                var token = copy.Tokens[index];
                if (token.Parent is IdentifierNameSyntax name
                    && !IsAssignedOrDeclaredNotNull(name)
                    && !IsPassedIn(index)
                    && copy.Model.GetSymbolInfo(name, cancellationToken).Symbol is (IFieldSymbol or IPropertySymbol) and var member && seen.Add(member)
                    && (member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type) is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.Annotated }
                    && copy.Model.GetTypeInfo(name, cancellationToken).Nullability.FlowState == NullableFlowState.NotNull)
                {
                    return name.Parent?.ToString() is { Length: < 80 } context ? context : token.Text;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the token at this index of every copy is part of a value the call passes in (a member read that differs,
        /// or that a helper class cannot make): its parameter is typed from the null state at the read (see AddValueSlot),
        /// not read in the method. The slots are the first copy's nodes; the copies' tokens stand at the same indices.
        /// </summary>
        private bool IsPassedIn(int index)
        {
            var span = copies[0].Tokens[index].Span;
            foreach (var slot in valueSlots)
            {
                if (slot.Replaced.Span.Contains(span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the name (or the member access it ends, <c>this.document</c>) is the target of a plain assignment or
        /// stands under a <c>!</c>: the two uses whose null state the copy does not take from the code before it.
        /// </summary>
        private static bool IsAssignedOrDeclaredNotNull(IdentifierNameSyntax name)
        {
            ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            return use.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left == use,
                PostfixUnaryExpressionSyntax suppressed => suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression),
                _ => false,
            };
        }

        private NullableFlowState FlowStateAtFirstRead(Copy copy, ISymbol variable)
        {
            foreach (var token in copy.Tokens)
            {
                if (token.Parent is IdentifierNameSyntax name
                    && string.Equals(token.ValueText, variable.Name, StringComparison.Ordinal)
                    && SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
                {
                    return copy.Model.GetTypeInfo(name, cancellationToken).Nullability.FlowState;
                }
            }

            return NullableFlowState.None;
        }
    }
}
