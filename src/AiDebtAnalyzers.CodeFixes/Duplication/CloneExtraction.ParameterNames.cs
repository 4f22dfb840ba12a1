using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Parameters renamed from the first copy's variable: to camelCase, or for the role the variable plays in the block when
/// the copies pass differently named variables; every read of it in the block renamed with it.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>
        /// A camelCase name for a PascalCase variable that becomes a parameter (<c>CancellationToken</c> becomes
        /// <c>cancellationToken</c>), with every read of it in the block renamed; null when the name is taken or a
        /// <c>nameof</c> reads the variable (its text would change).
        /// </summary>
        private string? CamelCaseRenaming(Copy first, ISymbol variable, HashSet<string> usedNames, Dictionary<SyntaxNode, string> replacements) =>
            Renaming(first, variable, ToCamel(variable.Name), usedNames, replacements);

        /// <summary>
        /// A parameter the copies pass differently named variables to (<c>_master</c> in one, <c>_develop</c> in the
        /// other) is named for the role it plays in the block, not after the first copy's variable, which would be wrong
        /// at every other call: the parameter of the call it is first passed to (<c>EnsureLocalBranch(name, ...)</c> ->
        /// <c>name</c>), else the member it is first assigned to; else the words the copies' names end with alike
        /// (<c>includeItem</c>, <c>excludeItem</c> -> <c>item</c>). Null (the first copy's name stays) when the copies
        /// agree, nothing names the role, or the name is taken.
        /// </summary>
        private string? RoleRenaming(Copy first, ISymbol variable, string current, HashSet<string> usedNames, Dictionary<SyntaxNode, string> replacements)
        {
            var symbols = new ISymbol?[copies.Count];
            var differ = false;
            for (var c = 0; c < copies.Count; c++)
            {
                symbols[c] = c == 0 ? variable : forward[c].TryGetValue(variable, out var mapped) ? mapped : null;
                differ |= symbols[c] is null || ToCamel(symbols[c]!.Name) != ToCamel(variable.Name);
            }

            if (!differ)
            {
                return null;
            }

            var candidates = new List<string>();
            foreach (var token in first.Tokens)
            {
                if (token.Parent is not IdentifierNameSyntax reference || token.ValueText != variable.Name
                    || !SymbolEqualityComparer.Default.Equals(first.Model.GetSymbolInfo(reference, cancellationToken).Symbol, variable))
                {
                    continue;
                }

                switch (reference.Parent)
                {
                    case ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: { } call } arguments } argument
                        when first.Model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { Parameters.Length: > 0 } method:
                        var target = ParameterOf(argument, arguments, method);
                        if (target is { Name.Length: > 1 } && !target.IsParams)
                        {
                            candidates.Add(ToCamel(target.Name));
                        }

                        break;
                    case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == reference && LastName(assignment.Left) is { Length: > 1 } member:
                        candidates.Add(ToCamel(member));
                        break;
                }
            }

            if (SharedNameWords(symbols) is { Length: > 1 } shared)
            {
                candidates.Add(shared);
            }

            foreach (var candidate in candidates)
            {
                if (candidate == current)
                {
                    return null;
                }

                if (Renaming(first, variable, candidate, usedNames, replacements) is { } renamed)
                {
                    return renamed;
                }
            }

            return null;
        }

        /// <summary>The variable renamed in the block to <paramref name="newName"/>; null when the name is taken or a <c>nameof</c> reads it.</summary>
        private string? Renaming(Copy first, ISymbol variable, string newName, HashSet<string> usedNames, Dictionary<SyntaxNode, string> replacements)
        {
            var camel = newName;
            if (IsTaken(camel, usedNames))
            {
                return null;
            }

            var references = new List<IdentifierNameSyntax>();
            foreach (var token in first.Tokens)
            {
                if (token.Parent is IdentifierNameSyntax name
                    && string.Equals(token.ValueText, variable.Name, StringComparison.Ordinal)
                    && SymbolEqualityComparer.Default.Equals(first.Model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
                {
                    if (name.Ancestors().Any(a => replacements.ContainsKey(a) || a is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }))
                    {
                        return null;
                    }

                    references.Add(name);
                }
            }

            usedNames.Add(camel);
            foreach (var reference in references)
            {
                replacements[reference] = camel;
            }

            return camel;
        }
    }
}
