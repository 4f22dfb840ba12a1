using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// The planner's state, its constructor and declines, and <c>Plan()</c>: the checks the copies must pass (one type or
/// project, one entry and exit, the same tokens up to values, what a helper or base class can reach, null state, data
/// flow) before the block is built into a method.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        private readonly List<Copy> copies;
        private readonly ISet<string> claimedNames;
        private readonly CancellationToken cancellationToken;

        // Per copy: the copy's variable for each variable of the first copy, and back.
        private readonly List<Dictionary<ISymbol, ISymbol>> forward = new();
        private readonly List<Dictionary<ISymbol, ISymbol>> backward = new();

        // Variables of the first copy (locals and parameters) with the token index of their first use.
        private readonly Dictionary<ISymbol, int> firstUse = new(SymbolEqualityComparer.Default);
        private readonly List<ValueSlot> valueSlots = new();
        private bool needsInstance;

        // The type the copies return on every path, when each always leaves its function with a value: the call site
        // then returns what the new method returns.
        private ITypeSymbol? returnedType;

        // Token indices (in the first copy) of every `this`.
        private readonly List<int> thisTokens = new();

        private readonly ICollection<string>? declined;

        // The token index (in the first copy) where the walk of CompareTokens stopped.
        private int differingToken = -1;

        private readonly HelperClasses helperClasses;

        // Whether the copies lie in different types: the method then goes into a static helper class, and what the block
        // reads of its type becomes parameters.
        private bool acrossTypes;

        // A member of a copy's type that the block reads the same in every copy could not be passed in (written, computed).
        private bool ownStateNotPassable;

        /// <summary>Whether a group nothing names gets <see cref="PlaceholderMethodName"/> (a single fix) or no plan (fix-all).</summary>
        public bool AllowPlaceholder { get; set; } = true;

        public Planner(List<Copy> copies, ISet<string> claimedNames, HelperClasses helperClasses, CancellationToken cancellationToken, ICollection<string>? declined, SharedBaseClass? sharedBase = null, INamedTypeSymbol? instanceType = null)
        {
            this.instanceType = instanceType;
            this.sharedBase = sharedBase;
            this.declined = declined;
            this.helperClasses = helperClasses;
            this.copies = copies;
            this.claimedNames = claimedNames;
            this.cancellationToken = cancellationToken;
            foreach (var _ in copies)
            {
                forward.Add(new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default));
                backward.Add(new Dictionary<ISymbol, ISymbol>(SymbolEqualityComparer.Default));
            }
        }

        private ExtractionPlan? Decline(string reason)
        {
            declined?.Add(reason);
            return null;
        }

        /// <summary>Declines for the values that flow out, and tells a measurement which variable stopped the fix.</summary>
        private ExtractionPlan? DeclineSeveralResults(string detail)
        {
            Decline(DeclineReasons.SeveralResults);
            declined?.Add(detail);
            return null;
        }

        /// <summary>Declines for a type that cannot be written, and tells a measurement which type and whether the compilation could not bind it.</summary>
        private ExtractionPlan? DeclineUnnameable(ITypeSymbol type)
        {
            Decline(DeclineReasons.UnnameableType);
            declined?.Add((ContainsErrorType(type) ? "unbound: " : "unwritable: ") + type.ToDisplayString());
            return null;
        }

        /// <summary>What a differing token names, for a measurement that reads why groups are declined.</summary>
        private static string SymbolKindText(ISymbol? symbol) => symbol switch
        {
            null => "none",
            IMethodSymbol method => method.MethodKind == MethodKind.Ordinary ? (method.IsStatic ? "static method" : "method") : method.MethodKind.ToString(),
            ILocalSymbol => "local",
            IParameterSymbol => "parameter",
            IFieldSymbol field => field.IsConst ? "const" : field.IsReadOnly ? "readonly field" : "field",
            IPropertySymbol property => property.IsVirtual || property.IsOverride || property.IsAbstract ? "virtual property" : "property",
            ITypeParameterSymbol typeParameter => typeParameter.TypeParameterKind + " type parameter",
            _ => symbol.Kind.ToString(),
        };

        private static bool ContainsErrorType(ITypeSymbol type) => type switch
        {
            { TypeKind: TypeKind.Error } => true,
            IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(ContainsErrorType),
            _ => false,
        };

        public ExtractionPlan? Plan()
        {
            if (sharedBase is not null)
            {
                PutBaseClassCopyFirst();
            }

            var first = copies[0];
            var type = ContainingType(first);
            if (type is null || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return Decline(DeclineReasons.NotInClassOrStruct);
            }

            foreach (var copy in copies)
            {
                // A top-level program's local function is seen from its top-level statements only, and a method of the
                // generated Program class is not written: all copies in top-level statements, or none.
                if (copy.IsTopLevel != first.IsTopLevel || (first.IsTopLevel && copy.Document.Id != first.Document.Id))
                {
                    return Decline(DeclineReasons.TopLevel);
                }

                if (!SymbolEqualityComparer.Default.Equals(ContainingType(copy), type))
                {
                    if (copy.Document.Project.Id != first.Document.Project.Id)
                    {
                        return Decline(DeclineReasons.DifferentProjects);
                    }

                    if (ContainingType(copy) is not { TypeKind: TypeKind.Class or TypeKind.Struct })
                    {
                        return Decline(DeclineReasons.NotInClassOrStruct);
                    }

                    // Into the shared base class, the method is one of every copy's own class, as within one type.
                    acrossTypes = sharedBase is null;
                }

                if (copy.Tokens.Count != first.Tokens.Count || Overlaps(copy))
                {
                    return Decline(DeclineReasons.CopiesDiffer);
                }

                // The copies are compared, renamed and given parameters token by token, and text an `#if` switches off
                // where the fix runs is trivia, not tokens: a `DEBUG` log line naming the first copy's own constant
                // would be moved into the method unread, unrenamed and the same for every copy, and break the build
                // that switches it on. A `#pragma` or `#region` moved with the block would change what it spans.
                if (HoldsDirectives(copy))
                {
                    return Decline(DeclineReasons.Directives);
                }

                if (!HasSingleEntryAndExit(copy))
                {
                    var returned = ReturnedType(copy);
                    if (returned is not null && earlyExit is null
                        && (copy == first || SymbolEqualityComparer.IncludeNullability.Equals(returned, returnedType)))
                    {
                        returnedType = returned;
                    }
                    else if (returned is null && returnedType is null && EarlyExitOf(copy) is { } exit && (copy == first || earlyExit?.Matches(exit) == true))
                    {
                        earlyExit = exit;
                    }
                    else
                    {
                        return DeclineLeavesEarly(copy);
                    }
                }
                else if (returnedType is not null || earlyExit is not null)
                {
                    return DeclineLeavesEarly(copy);
                }
            }

            // Copies that leave only by `return;` and each end their function's body: the return leaves nothing of the
            // caller undone, so it stays a plain `return;` in a void method and the call is a plain call (no `bool TryX`
            // and `if (!TryX(...)) { return; }`).
            if (earlyExit is { Kind: SyntaxKind.ReturnStatement, ValueType: null, Constant: null, FallsThrough: SyntaxKind.None } && copies.All(EndsItsFunction))
            {
                earlyExit = null;
            }

            if (acrossTypes)
            {
                // The copy in the document that already holds this namespace's helper class is the one the method is made from.
                PutHelperHostFirst();
            }

            if (!CompareTokens())
            {
                Decline(ownStateNotPassable ? DeclineReasons.UsesItsType : DeclineReasons.MembersDiffer);

                // Where the copies part, for a measurement that reads why groups are declined.
                var token = first.Tokens[differingToken];
                var unbound = copies.Any(c => c.Tokens[differingToken].Parent is { } parent
                    && (c.Model.GetTypeInfo(parent, cancellationToken) is var info && ((info.Type is { } t && ContainsErrorType(t)) || (info.ConvertedType is { } converted && ContainsErrorType(converted)))
                        || (parent is SimpleNameSyntax && SymbolAt(c, c.Tokens[differingToken]) is null)));
                declined?.Add((unbound ? "unbound: " : string.Empty) + string.Join(" / ", copies.Select(c => c.Tokens[differingToken].Parent?.Parent?.ToString() is { } context && context.Length < 80 ? context : c.Tokens[differingToken].Text))
                    + " (line " + (token.GetLocation().GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + "; "
                    + string.Join(" / ", copies.Select(c => SymbolKindText(SymbolAt(c, c.Tokens[differingToken])))) + ")");
                return null;
            }

            if (acrossTypes && !ReachesOnlyWhatAHelperCan())
            {
                return Decline(DeclineReasons.UsesItsType);
            }

            if (sharedBase is not null && WhatTheBaseClassCannotReach() is { } unreachable)
            {
                Decline(DeclineReasons.UsesItsType);
                declined?.Add("base class " + sharedBase.Type.Name + ": " + unreachable);
                return null;
            }

            foreach (var copy in copies)
            {
                if (MemberKnownNotNullAtItsFirstRead(copy) is { } member)
                {
                    Decline(DeclineReasons.NullStateOfMember);
                    declined?.Add(member);
                    return null;
                }
            }

            var flows = new List<DataFlowAnalysis>(copies.Count);
            foreach (var copy in copies)
            {
                var flow = copy.Model.AnalyzeDataFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
                if (flow is null || !flow.Succeeded || !flow.UnsafeAddressTaken.IsEmpty)
                {
                    return Decline(DeclineReasons.NoDataFlow);
                }

                // A local function's or lambda's write of a variable of the method around it (`calls++`) reaches that
                // method's variable; the new method's parameter or local would be a copy of it.
                foreach (var written in flow.WrittenInside)
                {
                    if (IsCapturedFromOuterFunction(copy, written))
                    {
                        return Decline(DeclineReasons.WritesCaptured);
                    }
                }

                flows.Add(flow);
            }

            return Build(sharedBase?.Type ?? ContainingType(copies[0])!, flows);
        }
    }
}
