using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Building the plan once the copies match: what flows out and how it leaves, the parameters with their names, types
/// and order, the method's name and place, and the call that replaces each copy.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        /// <summary>
        /// Whether the variable is a local or parameter of a function around the one the copy stands in (a local function
        /// or lambda reading its method's variable), which the data flow analysis of the copy does not count as flowing in.
        /// </summary>
        private bool IsCapturedFromOuterFunction(Copy copy, ISymbol variable)
        {
            if (variable is not (ILocalSymbol or IParameterSymbol { IsThis: false }) || variable.ContainingSymbol is not IMethodSymbol owner)
            {
                return false;
            }

            var function = copy.Model.GetEnclosingSymbol(copy.Statements[0].SpanStart, cancellationToken);
            if (SymbolEqualityComparer.Default.Equals(function, owner))
            {
                return false;
            }

            for (var outer = function?.ContainingSymbol; outer is IMethodSymbol; outer = outer.ContainingSymbol)
            {
                if (SymbolEqualityComparer.Default.Equals(outer, owner))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether no code of the function that owns the captured variable (its own body, its local functions and lambdas)
        /// writes it (<see cref="IsWriteTarget"/>: an assignment, an increment, a deconstruction, a <c>ref</c> or <c>out</c>): it then holds the
        /// value of its declaration (a parameter, or a local's initializer) whenever the block runs.
        /// </summary>
        private bool KeepsItsDeclaredValue(Copy copy, ISymbol variable)
        {
            if (variable.ContainingSymbol is not IMethodSymbol { DeclaringSyntaxReferences.Length: > 0 } owner)
            {
                return false;
            }

            foreach (var reference in owner.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree != copy.Model.SyntaxTree)
                {
                    return false;
                }

                foreach (var name in NamesOf(copy, variable, reference.GetSyntax(cancellationToken)))
                {
                    if (IsWriteTarget(name))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Whether any copy's variable at the token index (the first copy's is given) may be assigned by its method after its declaration.</summary>
        private bool CapturedValueMayChange(ISymbol variable, int index)
        {
            for (var c = 0; c < copies.Count; c++)
            {
                var own = c == 0 ? variable : SymbolAt(copies[c], copies[c].Tokens[index]);
                if (own is null || !KeepsItsDeclaredValue(copies[c], own))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a <c>catch</c> or <c>finally</c> of a <c>try</c> around a copy reads the variable the new method returns.
        /// The call assigns it only when the method returns: had the block thrown after changing it, the handler would read
        /// the old value where the copy let it read the new one. Matched by name, so a handler that merely names a variable
        /// of that name also declines.
        /// </summary>
        private bool HandlerAroundACopyReads(ISymbol result)
        {
            for (var c = 0; c < copies.Count; c++)
            {
                var name = c == 0 ? result.Name : forward[c].TryGetValue(result, out var mapped) ? mapped.Name : result.Name;
                var copy = copies[c];
                foreach (var tryStatement in copy.Statements[0].Ancestors().OfType<TryStatementSyntax>())
                {
                    if (!tryStatement.Block.Span.Contains(copy.Span))
                    {
                        continue;
                    }

                    foreach (var handler in tryStatement.Catches)
                    {
                        if (NamesVariable(handler, name))
                        {
                            return true;
                        }
                    }

                    if (tryStatement.Finally is { } finallyClause && NamesVariable(finallyClause, name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the block makes a value that lives on its method's stack: a <c>stackalloc</c>, a <c>scoped</c> local, or
        /// a span or other ref struct made from a reference (<c>new Span&lt;int&gt;(ref quantity)</c>,
        /// <c>MemoryMarshal.CreateSpan(ref first, n)</c>, an <c>in</c> argument written without its keyword too).
        /// </summary>
        private bool UsesStackMemory(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf())
                {
                    switch (node)
                    {
                        case StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax or ScopedTypeSyntax:
                            return true;
                        case ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: ExpressionSyntax call } } argument
                            when copy.Model.GetTypeInfo(call, cancellationToken).Type is { IsRefLikeType: true }
                                && (!argument.RefKindKeyword.IsKind(SyntaxKind.None)
                                    || copy.Model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter.RefKind: not RefKind.None }):
                            return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether code of the copy's function outside the copy names the variable (a <c>nameof</c> too, which data flow
        /// does not count as a read); in top-level statements, any of them.
        /// </summary>
        private bool NamedOutside(Copy copy, ISymbol variable)
        {
            var function = EnclosingFunction(copy.Statements[0]);
            var scope = function is GlobalStatementSyntax { Parent: { } unit } ? unit : function;
            if (scope is null)
            {
                return true;
            }

            foreach (var name in NamesOf(copy, variable, scope))
            {
                if (!copy.Span.Contains(name.Span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The names under <paramref name="scope"/> that bind to the variable, in the order they are written.</summary>
        private IEnumerable<IdentifierNameSyntax> NamesOf(Copy copy, ISymbol variable, SyntaxNode scope)
        {
            foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText == variable.Name
                    && SymbolEqualityComparer.Default.Equals(copy.Model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
                {
                    yield return name;
                }
            }
        }

        private static bool NamesVariable(SyntaxNode node, string name)
        {
            foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        private ExtractionPlan? Build(INamedTypeSymbol type, List<DataFlowAnalysis> flows)
        {
            var first = copies[0];
            var flow = flows[0];
            var regionSpan = first.Span;

            // Variables declared inside a copy must not be used after it, unless they are results: the first is returned,
            // any other leaves through an out parameter.
            ISymbol? result = null;
            var results = new List<ISymbol>();
            var conditionallyRead = new List<List<ISymbol>>(copies.Count);
            for (var c = 0; c < copies.Count; c++)
            {
                conditionallyRead.Add(ConditionallyReadOutside(copies[c], flows[c]));
                foreach (var output in flows[c].DataFlowsOut.Concat(conditionallyRead[c]))
                {
                    var mapped = c == 0 ? output : backward[c].TryGetValue(output, out var back) ? back : null;
                    if (mapped is null)
                    {
                        return DeclineSeveralResults("flows out of one copy only: " + output.Name);
                    }

                    // A using local is disposed where its block ends: returned or handed out by the new method, it would
                    // be disposed when that method returns, before the caller uses it (a returned Process disposed before
                    // WaitForExit). One the code after the block does not read is declined too: its disposal there is a
                    // use after the block, which CanDeclareAtCall refuses.
                    if (output is ILocalSymbol { IsUsing: true })
                    {
                        return Decline(DeclineReasons.UsingScope);
                    }

                    result ??= mapped;
                    if (!results.Contains(mapped, SymbolEqualityComparer.Default))
                    {
                        results.Add(mapped);
                    }
                }
            }

            for (var c = 0; c < copies.Count; c++)
            {
                foreach (var declared in flows[c].VariablesDeclared)
                {
                    var mapped = c == 0 ? declared : backward[c].TryGetValue(declared, out var b) ? b : null;
                    var isResult = mapped is not null && results.Contains(mapped, SymbolEqualityComparer.Default);
                    if (!isResult && (flows[c].ReadOutside.Contains(declared) || flows[c].WrittenOutside.Contains(declared) || conditionallyRead[c].Contains(declared, SymbolEqualityComparer.Default)))
                    {
                        if (mapped is null || !CanDeclareAtCall(copies[c], flows[c], declared))
                        {
                            return DeclineSeveralResults("declared in the block and used after it without flowing out: " + declared.Name);
                        }

                        if (DeclaredForNothing(copies[c], flows[c], declared))
                        {
                            return DeclineSeveralResults("declared in the block for the code after it only, which would leave the new method's declaration unused: " + declared.Name);
                        }

                        if (!declaredAtCall.Contains(mapped, SymbolEqualityComparer.Default))
                        {
                            declaredAtCall.Add(mapped);
                        }
                    }
                }
            }

            // A variable that flows out may not be assigned yet where an exit lands on the copy's end, as the method's
            // end would need it.
            if (earlyExit is { FallsThrough: not SyntaxKind.None } && results.Count > 0)
            {
                Decline(DeclineReasons.LeavesEarly);
                declined?.Add("a value flows out beside exits that land on the copy's end: " + string.Join(", ", results.Select(r => r.Name)));
                return null;
            }

            // The first result is what the method returns, unless the copies leave early (the method then says whether
            // they did) or await with more than one result (an async method has no out parameters): then every result
            // leaves beside it, through an out parameter or an element of the tuple the async method returns.
            var isAsync = ContainsAwait(first);
            flowsInTuple = (isAsync && (results.Count > 1 || (earlyExit is not null && results.Count > 0)))
                || (earlyExit is null && returnedType is null && results.Count > 1 && NeedsTupleForCapturedResults(results, flows));
            // Copies that return a value and assign an out or ref parameter of their method on the way (`bool TryFind(...,
            // out x)` bodies) hand the parameter out beside the value they return: the method's own return is theirs.
            if (returnedType is not null && results.Count > 0 && (isAsync || flowsInTuple))
            {
                return DeclineSeveralResults("an async block returns and hands out: " + string.Join(", ", results.Select(r => r.Name)));
            }

            var firstLeavingBeside = earlyExit is not null || flowsInTuple || returnedType is not null ? 0 : 1;
            if (results.Count > firstLeavingBeside && !PlanOutResults(results, flows, firstLeavingBeside, isAsync, flowsInTuple))
            {
                return DeclineSeveralResults("cannot leave through an out parameter or tuple: " + string.Join(", ", results.Skip(firstLeavingBeside).Select(r => r.Name)));
            }

            var namingResult = result;
            if (firstLeavingBeside == 0 && results.Count > 0)
            {
                // Only a variable the block declares, or one passed by ref, is safe here: where a copy leaves early, the
                // method gives an out parameter a value the caller never reads (it leaves with the variable out of scope),
                // and an async method's tuple is deconstructed into new variables.
                // Copies that return leave their method: what flows out of them is a parameter of it (a local would be
                // out of scope), and the caller's own parameter goes to the out argument.
                if (returnedType is null && outResults.FirstOrDefault(o => !o.DeclaredInside && !o.ByRef) is { } declaredBefore)
                {
                    return DeclineSeveralResults("a variable declared before the block flows out beside an early exit or an async tuple: " + declaredBefore.Variable.Name);
                }

                if (flowsInTuple && (first.IsTopLevel || !copies.All(CanUseOutcomeTuple)))
                {
                    return DeclineSeveralResults("a tuple to deconstruct in top-level statements, below C# 8 or without System.ValueTuple");
                }

                result = null;
            }

            var resultDeclaredInside = result is not null && flow.VariablesDeclared.Contains(result);
            if (result is not null && !resultDeclaredInside && HandlerAroundACopyReads(result))
            {
                return DeclineSeveralResults("a catch or finally around a copy reads the result: " + result.Name);
            }

            var parameters = new List<Parameter>();
            var localsToDeclare = new List<ISymbol>();
            var conditionallyReadInside = ConditionallyReadInside(first, flow);
            foreach (var entry in firstUse.OrderBy(e => e.Value))
            {
                var variable = entry.Key;
                if (flow.VariablesDeclared.Contains(variable) || outResults.Any(o => SymbolEqualityComparer.Default.Equals(o.Variable, variable))
                    || (delegateReceivers.Contains(variable) && OnlyReadInSlots(first, variable)))
                {
                    continue;
                }

                // A primary constructor's parameter is state of the instance that every member reading it captures: data
                // flow analysis never counts it as flowing in, so it would be declared without a value in the new method.
                // A block that assigns it changes the instance's state and is declined. In the copies' own type the new
                // method reads it as the copies do, as an instance method: a parameter of that name would shadow it
                // (LANCommander's script runners passed `logger` and three services so). Elsewhere it is passed as a value.
                if (IsPrimaryConstructorParameter(variable))
                {
                    if (flow.WrittenInside.Contains(variable))
                    {
                        return Decline(DeclineReasons.MembersDiffer);
                    }

                    if (!acrossTypes && sharedBase is null && instanceType is null && SymbolEqualityComparer.Default.Equals(variable.ContainingSymbol.ContainingType, type))
                    {
                        needsInstance = true;
                        continue;
                    }

                    parameters.Add(new Parameter(entry.Value, variable.Name, ParameterTypeOf(variable), variable, null));
                    continue;
                }

                // The result comes in too when its value on entry can be what the method returns: the block leaves it
                // unassigned on some path. One the block assigns on every path before any read is not passed: its value on
                // entry is never read (`original = Split(note, original)` handed in a value the method overwrote).
                var isResult = SymbolEqualityComparer.Default.Equals(variable, result);
                var resultKeepsEntryValue = isResult && !flow.AlwaysAssigned.Contains(variable);
                if (flow.DataFlowsIn.Contains(variable) || ((resultKeepsEntryValue || conditionallyReadInside.Contains(variable, SymbolEqualityComparer.Default)) && flow.DefinitelyAssignedOnEntry.Contains(variable)))
                {
                    // A lambda's read of its method's variable flows in, yet the method may assign it while the lambda
                    // awaits, as below.
                    if (IsCapturedFromOuterFunction(first, variable) && CapturedValueMayChange(variable, entry.Value))
                    {
                        return Decline(DeclineReasons.CapturedChanges);
                    }

                    parameters.Add(new Parameter(entry.Value, variable.Name, ParameterTypeOf(variable), variable, null));
                }
                else if (isResult && !flow.DefinitelyAssignedOnExit.Contains(variable))
                {
                    return DeclineSeveralResults("the result is not assigned on every path: " + variable.Name);
                }
                else if (flow.ReadInside.Contains(variable) && !flow.WrittenInside.Contains(variable) && IsCapturedFromOuterFunction(first, variable))
                {
                    // A variable of the method around the local function the block is the body of (`url` in the stream
                    // factory): the analysis leaves captured variables out of what flows in, yet the block reads the value
                    // they hold when it runs, which the call passes. Only a value no code assigns after its declaration:
                    // a flag the method sets while the block awaits (`while (!done)`) would stay at what the call read.
                    if (CapturedValueMayChange(variable, entry.Value))
                    {
                        return Decline(DeclineReasons.CapturedChanges);
                    }

                    parameters.Add(new Parameter(entry.Value, variable.Name, ParameterTypeOf(variable), variable, null));
                }
                else if (flow.ReadInside.Contains(variable) && !flow.WrittenInside.Contains(variable))
                {
                    // Read and never written by the block, yet not flowing in: the analysis could not follow it (the
                    // arguments of a call the compiler removes, such as a partial method whose generated implementation
                    // is missing). Declared without a value in the method, the read would not compile (CS0165).
                    return Decline(DeclineReasons.NoDataFlow);
                }
                else
                {
                    localsToDeclare.Add(variable);
                }
            }

            foreach (var local in localsToDeclare)
            {
                if (LeavesDeclarationUnused(local))
                {
                    return DeclineSeveralResults("declared before the block and used by the copies only, which would leave its declaration unused: " + local.Name);
                }
            }

            // Names still used in the new method's body; what a value parameter replaces is free to reuse.
            var usedNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in first.Tokens)
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && !valueSlots.Any(slot => slot.Replaced.Span.Contains(token.Span)))
                {
                    usedNames.Add(token.ValueText);
                }
            }

            // A parameter must not hide a member of the type the method goes in (a helper class has none to hide).
            if (!acrossTypes)
            {
                usedNames.UnionWith(type.MemberNames);
            }

            var replacements = new Dictionary<SyntaxNode, string>();
            foreach (var slot in valueSlots)
            {
                if (slot.NameofVariable is { } nameofVariable
                    && (flow.VariablesDeclared.Contains(nameofVariable) || parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Variable, nameofVariable))))
                {
                    continue;
                }

                if (slot.Primary is not null)
                {
                    continue;
                }

                var name = UniqueName(slot.BaseName, usedNames, slot.Type);
                usedNames.Add(name);
                parameters.Add(new Parameter(slot.Index, name, slot.Type, null, slot));
                replacements[slot.Replaced] = name;
            }

            foreach (var slot in valueSlots)
            {
                if (slot.Primary is not null)
                {
                    replacements[slot.Replaced] = replacements[slot.Primary.Replaced];
                }
            }

            if (instanceType is not null && !AddInstanceParameter(first, parameters, usedNames, replacements))
            {
                return Decline(DeclineReasons.UsesItsType);
            }

            for (var p = 0; p < parameters.Count; p++)
            {
                if (parameters[p] is { Variable: { } variable } parameter && char.IsUpper(parameter.Name[0])
                    && !SymbolEqualityComparer.Default.Equals(variable, result) && CamelCaseRenaming(first, variable, usedNames, replacements) is { } camel)
                {
                    parameters[p] = new Parameter(parameter.Index, camel, parameter.Type, variable, null);
                }
            }

            for (var p = 0; p < parameters.Count; p++)
            {
                if (parameters[p] is { Variable: { } variable, Slot: null } parameter && !SymbolEqualityComparer.Default.Equals(variable, result)
                    && RoleRenaming(first, variable, parameter.Name, usedNames, replacements) is { } role)
                {
                    parameters[p] = new Parameter(parameter.Index, role, parameter.Type, variable, null);
                }
            }

            // In the order the block first uses them, a cancellation token last (CA1068).
            parameters.Sort((x, y) =>
            {
                var byToken = IsCancellationToken(x.Type).CompareTo(IsCancellationToken(y.Type));
                return byToken != 0 ? byToken : x.Index.CompareTo(y.Index);
            });

            // A span or other ref struct is passed by value like any value (`ReadOnlySpan<char> relativePath`): the copies
            // already keep it out of lambdas and awaits, and so does the new method's body, which holds the same code. An
            // async method cannot take one, and one that leaves the method (a result or out parameter, below) would have to
            // prove where its memory lives, so those stay declined. So does one beside stack memory of the block's own: the
            // compiler lets a parameter's span reach the caller, where the copy's stackalloc-made local could not, and then
            // refuses to mix it with the block's stack memory: `buffer = stackalloc byte[n]` (CS8353), or
            // `writer.Write(head)` of a writer made from the span and a stackalloc `head` (CS8350).
            var allocatesOnStack = UsesStackMemory(first);
            foreach (var parameter in parameters)
            {
                if ((parameter.Type.IsRefLikeType && (isAsync || allocatesOnStack || parameter.Slot is { ByRef: true })) || !IsNameable(parameter.Type, refStructAllowed: true)
                    || ((acrossTypes || sharedBase is not null) && !IsNameableInHelper(parameter.Type)))
                {
                    return DeclineUnnameable(parameter.Type);
                }
            }

            foreach (var outResult in outResults)
            {
                var outType = VariableType(outResult.Variable)!;
                if (!IsNameable(outType) || ((acrossTypes || sharedBase is not null) && !IsNameableInHelper(outType)))
                {
                    return DeclineUnnameable(outType);
                }
            }

            // A returned variable leaves with the type an out parameter would have: `var client = new SmtpClient()` declares
            // `SmtpClient?`, and a method returning that would make `var client = ComputeClient(...)` maybe null at the
            // caller's dereferences (CS8602), where the copy's own variable was known not null.
            var resultType = result is null ? returnedType ?? earlyExit?.ValueType : OutResultType(result);
            if (resultType is not null && (!IsNameable(resultType) || ((acrossTypes || sharedBase is not null) && !IsNameableInHelper(resultType))))
            {
                return DeclineUnnameable(resultType);
            }

            if (earlyExit is not null)
            {
                exitStatements = ExitStatements();
                if (earlyExit.ValueType is not null && isAsync)
                {
                    // An async method has no out parameters: it returns whether the copy returned, with the value.
                    if (!copies.All(CanUseOutcomeTuple))
                    {
                        return DeclineLeavesEarly(first);
                    }

                    exitValueInTuple = true;
                    resultType = OutcomeType(first.Model.Compilation, earlyExit.ValueType);
                }
                else if (flowsInTuple)
                {
                    // Whether the copy left, with the variables that flow out.
                    resultType = OutcomeType(first.Model.Compilation, null);
                }
                else
                {
                    // The method says whether the caller goes on; a value a copy returns leaves through an out parameter.
                    exitValueParameter = earlyExit.ValueType is null ? null : UniqueName(new SlotName(new List<string> { "result", "returnValue" }), usedNames);
                    resultType = first.Model.Compilation.GetSpecialType(SpecialType.System_Boolean);
                }
            }

            foreach (var thisIndex in thisTokens)
            {
                var thisSpan = first.Tokens[thisIndex].Span;
                if (instanceType is null && !valueSlots.Any(slot => slot.Replaced.Span.Contains(thisSpan)))
                {
                    needsInstance = true;
                }
            }

            if (acrossTypes && needsInstance)
            {
                return Decline(DeclineReasons.UsesItsType);
            }

            if (flowsInTuple && earlyExit is null)
            {
                resultType = OutcomeType(first.Model.Compilation, null);
            }
            bool? configureAwait = null;
            switch (isAsync ? AwaitStyleOf() : AwaitStyle.Plain)
            {
                case AwaitStyle.ConfiguredFalse:
                    configureAwait = false;
                    break;
                case AwaitStyle.ConfiguredTrue:
                    configureAwait = true;
                    break;
                case AwaitStyle.Varies:
                    // The call can be awaited one way only. That is safe only where nothing of the caller runs after it:
                    // there ConfigureAwait(false) adds no resumption the copies did not have.
                    if (result is not null || outResults.Count > 0 || !copies.All(EndsItsFunction))
                    {
                        return Decline(DeclineReasons.AwaitsVary);
                    }

                    configureAwait = false;
                    break;
            }

            if (ReuseExistingMethod(parameters, result, returnedType, isAsync, configureAwait) is { } reuse)
            {
                return reuse;
            }

            // A helper class's method names its types from outside the copy's type, where the helper class goes.
            var outermostType = acrossTypes ? OutermostType(first) : null;
            var position = outermostType?.SpanStart ?? first.Statements[0].SpanStart;
            var intent = MethodNameFor(first, parameters, namingResult, results, isAsync, out var qualifiedIntent);
            if (earlyExit is not null && intent is not null)
            {
                intent = "Try" + intent;
                qualifiedIntent = qualifiedIntent is null ? null : "Try" + qualifiedIntent;
            }

            if (intent is not null && SaysNothing(intent))
            {
                intent = null;
            }

            if (qualifiedIntent is not null && SaysNothing(qualifiedIntent))
            {
                qualifiedIntent = null;
            }

            var helperClass = acrossTypes ? HelperClassFor(first) : null;
            bool IsFree(string name) => name == (acrossTypes ? UniqueHelperMethodName(first, name) : sharedBase is not null ? UniqueBaseClassMethodName(name) : UniqueMethodName(type, name));

            // The copies' own shared name first (copies that are whole method bodies), then the block's intent; a name
            // that is taken is not numbered (`AddResult2` says nothing the user can keep): the group then has no name.
            var sharedName = earlyExit is null ? SharedMemberName(isAsync, returnedType is not null) : null;
            var methodName = sharedName is not null && IsFree(sharedName) ? sharedName
                : intent is not null && IsFree(intent) ? intent
                : intent is not null && qualifiedIntent is not null && IsFree(qualifiedIntent) ? qualifiedIntent
                : isAsync ? PlaceholderMethodName + "Async" : PlaceholderMethodName;
            var isPlaceholder = methodName != sharedName && methodName != intent && methodName != qualifiedIntent;
            if (isPlaceholder)
            {
                if (!AllowPlaceholder || !IsFree(methodName))
                {
                    Decline(DeclineReasons.NoName);
                    declined?.Add("tried: " + string.Join(", ", new[] { sharedName, intent, qualifiedIntent }.Where(n => n is not null)));
                    return null;
                }
            }

            var method = sharedBase is null
                ? CreateMethod(first, methodName, parameters, localsToDeclare, result, resultType, replacements, isAsync, first.Model, position)
                : CreateMethod(first, methodName, parameters, localsToDeclare, result, resultType, replacements, isAsync, sharedBase.Model, sharedBase.Declaration.OpenBraceToken.Span.End);
            if (isPlaceholder)
            {
                // The editor starts a rename on the placeholder, as Visual Studio's own Extract Method does.
                method = method.WithIdentifier(method.Identifier.WithAdditionalAnnotations(RenameAnnotation.Create()));
            }

            MemberDeclarationSyntax? anchor = null;
            MemberDeclarationSyntax member = method;
            var methodDocument = first.Document.Id;
            if (sharedBase is not null)
            {
                // The method joins the base class's declaration, wherever that is; it carries the requirements of the
                // member that holds the first copy, as a helper class's method does.
                var requirements = first.Statements[0].Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m.Parent is TypeDeclarationSyntax);
                anchor = sharedBase.Declaration;
                member = method.WithAttributeLists(requirements is null ? default : RequirementsOf(requirements)).WithLeadingTrivia(ElasticCarriageReturnLineFeed);
                methodDocument = sharedBase.Document;
            }
            else if (outermostType is not null)
            {
                var requirements = first.Statements[0].Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m.Parent is TypeDeclarationSyntax);
                anchor = (MemberDeclarationSyntax?)existingHelper ?? outermostType;
                member = method.WithAttributeLists(requirements is null ? default : RequirementsOf(requirements)).WithLeadingTrivia(ElasticCarriageReturnLineFeed);
            }
            else if (first.IsTopLevel)
            {
                // A top-level program has no type to add a method to: a static local function after its last top-level
                // statement is in scope in every top-level statement, lambda and local function.
                member = GlobalStatement(LocalFunctionStatement(method.ReturnType, method.Identifier)
                        .WithModifiers(TokenList(method.Modifiers.Where(m => !m.IsKind(SyntaxKind.PrivateKeyword))))
                        .WithParameterList(method.ParameterList)
                        .WithBody(method.Body))
                    .WithAdditionalAnnotations(Formatter.Annotation);
            }
            else
            {
                anchor = first.Statements[0].Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m.Parent is TypeDeclarationSyntax);
                if (anchor is null)
                {
                    return Decline(DeclineReasons.NoMember);
                }

                member = method.WithAttributeLists(RequirementsOf(anchor)).WithLeadingTrivia(ElasticCarriageReturnLineFeed);
            }

            var planned = new List<PlannedCopy>(copies.Count);
            var declaredResultType = result is not null && resultDeclaredInside ? OutResultType(result) : null;
            for (var c = 0; c < copies.Count; c++)
            {
                var resultVariable = result is null ? null : c == 0 ? result : forward[c][result];

                // A copy whose code after the block never uses the variable the block declares and another copy hands on
                // calls the method for its work alone: `var sourceItem = ComputeSourceItem(e);` would leave an unused local
                // (IDE0059) where the copy had none. A `nameof(sourceItem)` after the block is no read, yet needs the
                // declaration.
                if (resultVariable is not null && resultDeclaredInside && returnedType is null && earlyExit is null && !flowsInTuple
                    && !flows[c].ReadOutside.Contains(resultVariable) && !flows[c].WrittenOutside.Contains(resultVariable)
                    && !NamedOutside(copies[c], resultVariable))
                {
                    resultVariable = null;
                }

                var valueLocal = earlyExit?.ValueType is null ? null : ResultLocalName(copies[c]);
                var call = CreateCall(c, CalleeFor(methodName, helperClass), parameters, resultVariable?.Name, resultDeclaredInside, isAsync, configureAwait, exitValueInTuple ? null : valueLocal, declaredResultType, resultVariable);
                if (flowsInTuple)
                {
                    call = DeconstructingCall(copies[c], c, ((ExpressionStatementSyntax)call).Expression, valueLocal);
                }
                else if (returnedType is not null)
                {
                    call = ReturnStatement(((ExpressionStatementSyntax)call).Expression).WithAdditionalAnnotations(Formatter.Annotation);
                }
                else if (earlyExit is not null)
                {
                    call = EarlyExitCall(((ExpressionStatementSyntax)call).Expression, valueLocal);
                }

                planned.Add(new PlannedCopy(copies[c].Document.Id, copies[c].Statements, WithDeclarationsAtCall(c, call)));
            }

            return new ExtractionPlan(planned, methodDocument, anchor, member, methodName, copies.Select(c => (c.Document.Id, c.Span)).ToImmutableArray(), helperClass, existingHelper is not null || sharedBase is not null) { HasPlaceholderName = isPlaceholder };
        }

        private static bool IsCancellationToken(ITypeSymbol type) =>
            type is { Name: "CancellationToken", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
    }
}
