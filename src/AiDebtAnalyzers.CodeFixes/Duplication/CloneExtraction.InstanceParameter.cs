using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Copies in different classes whose block uses members of a type they share but do not declare (<c>SelectionStart</c>
/// and <c>Text</c> of two <c>TextBox</c> subclasses, a base class of a referenced library): a static helper class cannot
/// reach them by simple name, and the shared base class is not the project's to add a method to. The helper method then
/// takes the instance as its first parameter, typed as the most derived class every copy's class derives from, and reads
/// those members through it; each copy passes <c>this</c>. Only members that code outside the class may use qualify:
/// instance members (not events, whose raising is the declaring type's), public or internal with their accessors, and of
/// the shared class or its bases. A protected member stays the shared base class's business (see BaseClass).
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        // The class the helper method takes the copies' instance as: null unless the plain helper class could not reach the
        // block's members and the copies share a base class that holds them.
        private readonly INamedTypeSymbol? instanceType;

        // Token indices (in the first copy) of simple names that read a member of the instance: qualified with the
        // instance parameter in the method.
        private readonly List<int> instanceMemberTokens = new();

        // The nodes of the method that become reads through the instance parameter (the rest of the replacements are
        // replaced whole).
        private readonly HashSet<SyntaxNode> qualifiedByInstance = new();

        /// <summary>
        /// The most derived class that every copy's class is or derives from, other than <c>object</c>, for a helper
        /// method that takes the instance: null when a copy lies outside a class or in top-level statements, the copies
        /// lie in one class, or the shared class is static or cannot be named from the project.
        /// </summary>
        public static INamedTypeSymbol? SharedInstanceType(List<Copy> copies)
        {
            var compilation = copies[0].Model.Compilation;
            return NearestSharedClass(copies) is { } candidate
                && !candidate.IsStatic && compilation.IsSymbolAccessibleWithin(candidate.OriginalDefinition, compilation.Assembly) ? candidate : null;
        }

        /// <summary>
        /// Whether the helper reads this member of the first copy through the instance parameter: an instance field,
        /// property or method of the shared class or one of its bases (an override is seen as the member it overrides,
        /// which a call through the shared class dispatches to the same override), accessible from the project, with
        /// the accessor the use needs. An init-only setter is none: a copy in a constructor may set its own instance's
        /// property, the helper may not set it through the parameter (CS8852).
        /// </summary>
        private bool IsReachedThroughInstance(ISymbol? symbol, SyntaxToken token)
        {
            if (instanceType is null || symbol is null || symbol.IsStatic || symbol.Kind is not (SymbolKind.Field or SymbolKind.Property or SymbolKind.Method))
            {
                return false;
            }

            var member = symbol;
            while (!DerivesFromOrIs(instanceType, member.ContainingType))
            {
                ISymbol? overridden = member switch
                {
                    IMethodSymbol method => method.OverriddenMethod,
                    IPropertySymbol overriding => overriding.OverriddenProperty,
                    _ => null,
                };
                if (overridden is null)
                {
                    return false;
                }

                member = overridden;
            }

            var assembly = copies[0].Model.Compilation.Assembly;
            var compilation = copies[0].Model.Compilation;
            if (!compilation.IsSymbolAccessibleWithin(member, assembly))
            {
                return false;
            }

            if (member is IPropertySymbol property && token.Parent is ExpressionSyntax name)
            {
                ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                var (reads, writes) = ReadsAndWrites(use);
                if ((reads && !(property.GetMethod is { } getter && compilation.IsSymbolAccessibleWithin(getter, assembly)))
                    || (writes && !(property.SetMethod is { IsInitOnly: false } setter && compilation.IsSymbolAccessibleWithin(setter, assembly))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether an expression is read, written, or both (compound assignment, <c>++</c>, <c>ref</c>, a deconstruction's target).</summary>
        private static (bool Reads, bool Writes) ReadsAndWrites(ExpressionSyntax use) => use.Parent switch
        {
            ArgumentSyntax argument when IsDeconstructedInto(argument) => (false, true),
            AssignmentExpressionSyntax assignment when assignment.Left == use => (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression), true),
            PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) => (true, true),
            PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression) => (true, true),
            ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) => (false, true),
            ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) => (true, true),
            _ => (true, false),
        };

        /// <summary>Whether an element of a tuple is assigned by deconstruction: <c>(Balance, rest) = Split(total)</c>, nested tuples too.</summary>
        private static bool IsDeconstructedInto(ArgumentSyntax argument)
        {
            while (argument.Parent is TupleExpressionSyntax tuple)
            {
                if (tuple.Parent is ArgumentSyntax outer)
                {
                    argument = outer;
                    continue;
                }

                return tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple;
            }

            return false;
        }

        /// <summary>
        /// Whether a <c>this</c> of the first copy can become the instance parameter: only as the receiver of a member
        /// access (<c>this.Text</c>). Passed on as a value (<c>Register(this)</c>) it would have the shared class's type,
        /// which can pick another overload or type argument than the copy's own class did.
        /// </summary>
        private static bool IsInstanceReceiver(SyntaxToken thisToken) =>
            thisToken.Parent is ThisExpressionSyntax { Parent: MemberAccessExpressionSyntax access } thisExpression && access.Expression == thisExpression;

        /// <summary>
        /// The instance parameter, first in the list, with every read of the instance in the method rewritten to go
        /// through it (none when the block reads no member of its own instance); false when a <c>this</c> is used
        /// otherwise than as a receiver. Each copy passes <c>this</c>.
        /// </summary>
        private bool AddInstanceParameter(Copy first, List<Parameter> parameters, HashSet<string> usedNames, Dictionary<SyntaxNode, string> replacements)
        {
            var reads = new List<SyntaxNode>();
            foreach (var index in thisTokens)
            {
                var token = first.Tokens[index];
                if (valueSlots.Any(slot => slot.Replaced.Span.Contains(token.Span)))
                {
                    continue;
                }

                if (!IsInstanceReceiver(token))
                {
                    return false;
                }

                reads.Add(token.Parent!);
            }

            var members = new List<SyntaxNode>();
            foreach (var index in instanceMemberTokens)
            {
                var token = first.Tokens[index];
                if (!valueSlots.Any(slot => slot.Replaced.Span.Contains(token.Span)) && token.Parent is SimpleNameSyntax member)
                {
                    members.Add(member);
                }
            }

            if (reads.Count == 0 && members.Count == 0)
            {
                // The block reads the shared class's members only through other receivers (`label.Text`): the helper
                // needs no instance.
                return true;
            }

            var name = UniqueName(new SlotName(new List<string> { ToCamel(instanceType!.Name), "instance" }), usedNames);
            usedNames.Add(name);
            var expressions = new ExpressionSyntax[copies.Count];
            for (var c = 0; c < copies.Count; c++)
            {
                expressions[c] = ThisExpression();
            }

            var slot = new ValueSlot(-1, new SlotName(new List<string> { name }), instanceType, expressions, null, null, null, first.Statements[0]);
            parameters.Insert(0, new Parameter(-1, name, instanceType, null, slot));
            foreach (var read in reads)
            {
                replacements[read] = name;
            }

            foreach (var member in members)
            {
                replacements[member] = name;
                qualifiedByInstance.Add(member);
            }

            return true;
        }

        /// <summary>A read through the instance parameter in the method: <c>textBox.SelectionStart</c> for <c>SelectionStart</c>.</summary>
        private static ExpressionSyntax ThroughInstance(string instance, SyntaxNode original, SyntaxNode rewritten) =>
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(instance), ((SimpleNameSyntax)rewritten).WithoutTrivia())
                .WithTriviaFrom(original);
    }
}
