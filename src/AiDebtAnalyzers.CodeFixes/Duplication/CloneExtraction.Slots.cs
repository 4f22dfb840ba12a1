using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// The new method's parameters: value slots (what the copies pass where they differ), the names a slot may take, and
/// the parameters made of slots and of variables.
/// </content>
internal static partial class CloneExtraction
{
    private sealed class ValueSlot
    {
        public ValueSlot(int index, SlotName baseName, ITypeSymbol type, ExpressionSyntax[] expressions, ISymbol? nameofVariable, ISymbol?[]? readSymbols, ValueSlot? primary, SyntaxNode? replaced = null, bool byRef = false)
        {
            ByRef = byRef;
            Replaced = replaced ?? expressions[0];
            ReadSymbols = readSymbols;
            Primary = primary;
            NameofVariable = nameofVariable;
            Index = index;
            BaseName = baseName;
            Type = type;
            Expressions = expressions;
        }

        public int Index { get; }

        public SlotName BaseName { get; }

        public ITypeSymbol Type { get; }

        /// <summary>What each copy passes at the call.</summary>
        public ExpressionSyntax[] Expressions { get; }

        /// <summary>The node of the first copy the parameter replaces in the new method: its expression, or the differing
        /// text of an interpolated string, whose argument is a literal made from each copy's text.</summary>
        public SyntaxNode Replaced { get; }

        /// <summary>For a nameof that reads the same in every copy: its variable, to keep the nameof when the variable exists in the new method.</summary>
        public ISymbol? NameofVariable { get; }

        /// <summary>For a field or property read: the member each copy reads.</summary>
        public ISymbol?[]? ReadSymbols { get; }

        /// <summary>An earlier slot that reads the same member in every copy: this read uses that slot's parameter.</summary>
        public ValueSlot? Primary { get; }

        /// <summary>Whether the parameter is a <c>ref</c> to each copy's own field (the block writes it, or must see every change to it).</summary>
        public bool ByRef { get; }
    }

    /// <summary>Names for a value parameter, best first; the first is numbered only when every one is taken or hides a member.</summary>
    private sealed class SlotName
    {
        public SlotName(List<string> candidates)
        {
            Candidates = candidates;
        }

        public List<string> Candidates { get; }
    }

    private sealed class Parameter
    {
        public Parameter(int index, string name, ITypeSymbol type, ISymbol? variable, ValueSlot? slot)
        {
            Index = index;
            Name = name;
            Type = type;
            Variable = variable;
            Slot = slot;
        }

        public int Index { get; }

        public string Name { get; }

        public ITypeSymbol Type { get; }

        public ISymbol? Variable { get; }

        public ValueSlot? Slot { get; }
    }
}
