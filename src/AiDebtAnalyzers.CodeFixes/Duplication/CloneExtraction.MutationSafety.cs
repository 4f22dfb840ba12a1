using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>Whether a field or auto-property read once at the call sees what the block saw at each read: no write, no call that could reassign it, struct values only read.</content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>
        /// Whether one copy's read of a field or property may be replaced by a parameter that holds the value read at the
        /// call: the member must be a field or an auto-property of the type (a computed property may give another value at
        /// each read), the block must never write it, and a mutable one must not be reassigned behind the block's back by
        /// a method of the type that the block calls. A value-type member must only be read, never mutated
        /// through a member call: the parameter is a copy, so a mutation would no longer reach the field.
        /// </summary>
        private bool IsPassableRead(Copy copy, ISymbol? member)
        {
            bool stable;
            switch (member)
            {
                case IFieldSymbol field:
                    stable = field.IsReadOnly || field.IsConst;
                    break;
                case IPropertySymbol { IsIndexer: false } property when IsAutoProperty(property, cancellationToken):
                    stable = property.SetMethod is null;
                    break;

                // A property whose getter only returns a field of its type reads what the field holds: passable as that
                // field is, and written by a write to either.
                case IPropertySymbol { IsIndexer: false } property when FieldItReturns(property, cancellationToken) is { } backing:
                    if (IsWrittenIn(copy, backing))
                    {
                        return false;
                    }

                    stable = backing.IsReadOnly;
                    break;

                // Where another copy reads a field: a plain local or parameter declared before the block.
                case ILocalSymbol { RefKind: RefKind.None, IsConst: false } or IParameterSymbol { RefKind: RefKind.None or RefKind.In, IsThis: false }
                    when member.Locations.Length > 0 && !copy.Span.Contains(member.Locations[0].SourceSpan):
                    stable = false;
                    break;
                default:
                    return false;
            }

            if (IsWrittenIn(copy, member))
            {
                return false;
            }

            return stable || !CallsMethodOfOwnType(copy);
        }

        /// <summary>
        /// Whether the copy reads the member (a field or property, however its getter computes it) once, as the first
        /// thing the block evaluates (<c>if (PackageMain?.Patches is { } patches ...</c>, <c>foreach (var item in
        /// Pending)</c>), and nowhere else: read at the call, as an argument, it is read at the same moment, before
        /// anything the block does could change it, and the method's parameter is the value the block would have seen.
        /// The read must be plain, a value not written through.
        /// </summary>
        private bool IsReadFirstAndOnce(Copy copy, int index, ISymbol? member)
        {
            if (member is not (IFieldSymbol or IPropertySymbol { IsIndexer: false }) || copy.Tokens[index].Parent is not IdentifierNameSyntax name)
            {
                return false;
            }

            ExpressionSyntax read = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess && thisAccess.Name == name ? thisAccess : name;
            if (FirstEvaluated(copy) != read || IsWriteTarget(read) || !IsReadOnlyUse(copy.Model, read, cancellationToken))
            {
                return false;
            }

            var reads = 0;
            foreach (var _ in MemberNamesIn(copy, member))
            {
                if (++reads > 1)
                {
                    return false;
                }
            }

            return reads == 1;
        }

        /// <summary>
        /// The expression a copy evaluates first: past declarations without an initializer, the leftmost operand of its
        /// first statement's leading expression, followed through the receivers, left operands and first arguments C#
        /// evaluates before anything else (a variable or member read, or <c>this.Member</c>). Null where the first
        /// evaluation is no such read or the walk cannot tell (an assignment, a call of a method of the copy's own).
        /// </summary>
        private static ExpressionSyntax? FirstEvaluated(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                if (statement is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } declaration && declaration.Declaration.Variables.All(v => v.Initializer is null))
                {
                    continue;
                }

                ExpressionSyntax? expression = statement switch
                {
                    ExpressionStatementSyntax expressionStatement => expressionStatement.Expression,
                    LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } local => local.Declaration.Variables[0].Initializer?.Value,
                    IfStatementSyntax ifStatement => ifStatement.Condition,

                    // A `while` condition is evaluated again at each turn: a value read once at the call would never
                    // change (`while (PendingCount > 0)` around a call that drains would loop for ever).
                    ReturnStatementSyntax returnStatement => returnStatement.Expression,
                    CommonForEachStatementSyntax forEach => forEach.Expression,
                    SwitchStatementSyntax switchStatement => switchStatement.Expression,
                    LockStatementSyntax lockStatement => lockStatement.Expression,
                    _ => null,
                };
                while (expression is not null)
                {
                    switch (expression)
                    {
                        case IdentifierNameSyntax:
                            return expression;
                        case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }:
                            return expression;
                        case MemberAccessExpressionSyntax access:
                            expression = access.Expression;
                            break;
                        case ParenthesizedExpressionSyntax parenthesized:
                            expression = parenthesized.Expression;
                            break;
                        case BinaryExpressionSyntax binary:
                            expression = binary.Left;
                            break;
                        case IsPatternExpressionSyntax pattern:
                            expression = pattern.Expression;
                            break;
                        case ConditionalAccessExpressionSyntax conditional:
                            expression = conditional.Expression;
                            break;
                        case ElementAccessExpressionSyntax element:
                            expression = element.Expression;
                            break;
                        case CastExpressionSyntax cast:
                            expression = cast.Expression;
                            break;
                        case AwaitExpressionSyntax awaited:
                            expression = awaited.Expression;
                            break;
                        case ConditionalExpressionSyntax conditionalExpression:
                            expression = conditionalExpression.Condition;
                            break;
                        case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.LogicalNotExpression) || prefix.IsKind(SyntaxKind.UnaryMinusExpression):
                            expression = prefix.Operand;
                            break;

                        // A call on a receiver evaluates the receiver first; a call by simple name (a method of the
                        // type, a local function) may run code before its arguments are read only through them.
                        case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } invocation:
                            expression = ((MemberAccessExpressionSyntax)invocation.Expression).Expression;
                            break;
                        case InvocationExpressionSyntax { Expression: IdentifierNameSyntax, ArgumentList.Arguments: { Count: > 0 } arguments } when arguments[0].RefKindKeyword.IsKind(SyntaxKind.None):
                            expression = arguments[0].Expression;
                            break;
                        default:
                            return null;
                    }
                }

                return null;
            }

            return null;
        }

        /// <summary>
        /// The field a non-virtual property's getter only returns (<c>get => field;</c>, <c>get { return field; }</c>, or
        /// <c>=> field;</c>), a field of the property's own type, static like the property; null for any other getter (it
        /// may compute, so another read may give another value). The setter may do anything: a write through the property
        /// counts as a write of it.
        /// </summary>
        private static IFieldSymbol? FieldItReturns(IPropertySymbol property, CancellationToken cancellationToken)
        {
            if (property.IsVirtual || property.IsOverride || property.IsAbstract || property.GetMethod is null
                || property.DeclaringSyntaxReferences.Length != 1
                || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
            {
                return null;
            }

            ExpressionSyntax? returned = declaration.ExpressionBody?.Expression;
            if (declaration.AccessorList is { } accessors)
            {
                var getter = accessors.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
                returned = getter?.ExpressionBody?.Expression
                    ?? (getter?.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } value } ? value : null);
            }

            if (returned is ParenthesizedExpressionSyntax parenthesized)
            {
                returned = parenthesized.Expression;
            }

            if (returned is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess)
            {
                returned = thisAccess.Name;
            }

            if (returned is not IdentifierNameSyntax name)
            {
                return null;
            }

            var field = property.ContainingType.GetMembers(name.Identifier.ValueText).OfType<IFieldSymbol>().FirstOrDefault();
            return field is not null && field.IsStatic == property.IsStatic && !field.IsConst
                && SymbolEqualityComparer.IncludeNullability.Equals(field.Type, property.Type) ? field : null;
        }

        private static bool IsAutoProperty(IPropertySymbol property, CancellationToken cancellationToken)
        {
            if (property.DeclaringSyntaxReferences.Length != 1
                || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors })
            {
                return false;
            }

            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.Body is not null || accessor.ExpressionBody is not null)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the copy assigns the member, passes it by reference, or mutates it through a member of its value type.</summary>
        private bool IsWrittenIn(Copy copy, ISymbol member)
        {
            foreach (var name in MemberNamesIn(copy, member))
            {
                ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                if (IsWriteTarget(use) || !IsReadOnlyUse(copy.Model, use, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The names in the copy that bind to the member (of any construction of its generic type).</summary>
        private IEnumerable<SimpleNameSyntax> MemberNamesIn(Copy copy, ISymbol member)
        {
            foreach (var token in copy.Tokens)
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == member.Name && token.Parent is SimpleNameSyntax name
                    && SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition))
                {
                    yield return name;
                }
            }
        }

        /// <summary>Whether the copy calls a method of its own type (or a base type), a local function or a delegate: any of them may reassign a mutable field.</summary>
        private bool CallsMethodOfOwnType(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf())
                {
                    if (node is InvocationExpressionSyntax invocation
                        && copy.Model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                        && (method.MethodKind is MethodKind.LocalFunction or MethodKind.DelegateInvoke || IsMemberOf(copy, method)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// An assignment target, a deconstruction's element (<c>(done, count) = ...</c>), an increment or decrement, a
        /// <c>ref</c> or <c>out</c> argument, a <c>ref</c> expression or an address, through the wrappers
        /// <see cref="ExpressionWrappers"/> climbs (only parentheses can wrap a variable there).
        /// </summary>
        private static bool IsWriteTarget(ExpressionSyntax expression)
        {
            var outer = ExpressionWrappers.Outermost(expression);
            return outer.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == outer,
                PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) || prefix.IsKind(SyntaxKind.AddressOfExpression),
                PostfixUnaryExpressionSyntax postfix => postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression),
                ArgumentSyntax argument => argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) || IsDeconstructedInto(argument),
                RefExpressionSyntax => true,
                _ => false,
            };
        }

        /// <summary>
        /// Whether a use of a value of value type (a struct, or a type parameter that may be one) only reads it, so that a
        /// copy of it in a parameter behaves the same. Readable: any use that copies the value (an argument, an operand),
        /// a <c>readonly</c> method (every method of a readonly struct is one), a property whose getter is readonly, and a
        /// field read that is itself only read. Anything else that may run code on the variable itself (a plain method,
        /// <c>foreach</c>, <c>await</c>, <c>using</c>, <c>?.</c>) counts as a mutation. Values of reference type are
        /// always readable.
        /// </summary>
        private static bool IsReadOnlyUse(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        {
            var type = model.GetTypeInfo(expression, cancellationToken).Type;
            if (type is null || type.IsReferenceType)
            {
                return true;
            }

            var parent = expression.Parent;
            switch (parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == expression:
                    switch (model.GetSymbolInfo(access, cancellationToken).Symbol)
                    {
                        case IMethodSymbol method:
                            return method.IsReadOnly || method.IsStatic
                                || (method.ReducedFrom is { } extension && extension.Parameters.Length > 0 && extension.Parameters[0].RefKind is RefKind.None or RefKind.In);
                        case IPropertySymbol property:
                            return property.GetMethod is { IsReadOnly: true } && !IsWriteTarget(access);
                        case IFieldSymbol:
                            return !IsWriteTarget(access) && IsReadOnlyUse(model, access, cancellationToken);
                        default:
                            return false;
                    }

                case ConditionalAccessExpressionSyntax conditional when conditional.Expression == expression:
                case ForEachStatementSyntax forEach when forEach.Expression == expression:
                case AwaitExpressionSyntax:
                case UsingStatementSyntax:
                case ElementAccessExpressionSyntax element when element.Expression == expression:
                    return false;
                default:
                    return true;
            }
        }
    }
}
