using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Copies that leave early on some paths (<c>return</c>, <c>continue</c> or <c>break</c>, one kind for every exit) and
/// reach their end on the others: the method returns whether the caller goes on, and the call site leaves as the copy
/// did (<c>if (!TryX(...)) { return; }</c>); where the copies return a value, the method hands it out
/// (<c>if (TryX(..., out var result)) { return result; }</c>), or, from an async method, with whether it returned
/// (<c>if (await TryXAsync(...) is (true, var result)) { return result; }</c>).
/// </content>
internal static partial class CloneExtraction
{
    /// <summary>How the copies leave early: the statement kind of every exit, and the type of the value a <c>return</c> carries (null for none).</summary>
    private sealed class EarlyExit
    {
        public EarlyExit(SyntaxKind kind, ITypeSymbol? valueType, string? constant = null, SyntaxKind fallsThrough = SyntaxKind.None)
        {
            Kind = kind;
            ValueType = valueType;
            Constant = constant;
            FallsThrough = fallsThrough;
        }

        /// <summary>
        /// The kind of the copy's other exits that land where its end does (<c>continue;</c> in a block that ends its
        /// loop's body), which the new method turns
        /// into its end: <see cref="SyntaxKind.None"/> when there are none.
        /// </summary>
        public SyntaxKind FallsThrough { get; }

        public SyntaxKind Kind { get; }

        public ITypeSymbol? ValueType { get; }

        /// <summary>
        /// The text of the constant every exit returns (<c>null</c>, <c>false</c>, <c>default</c>), when it is one: the
        /// call site returns it itself, in its own function, so the copies' functions may return different types.
        /// </summary>
        public string? Constant { get; }

        public bool Matches(EarlyExit other) =>
            Kind == other.Kind && FallsThrough == other.FallsThrough && SymbolEqualityComparer.IncludeNullability.Equals(ValueType, other.ValueType)
            && string.Equals(Constant, other.Constant, StringComparison.Ordinal);
    }

    /// <summary>Marks a block of statements that takes the place of one statement and is spliced into the enclosing block.</summary>
    private static readonly SyntaxAnnotation SpliceAnnotation = new("AiDebt.Splice");

    private sealed partial class Planner
    {
        // How the copies leave early when they reach their end on some paths and leave on others; null when they do not.
        private EarlyExit? earlyExit;

        // For copies that leave early: the first copy's exits, and the out parameter a returned value leaves through.
        private HashSet<SyntaxNode> exitStatements = new();
        private string? exitValueParameter;

        // For copies that await and return a value early: an async method has no out parameters, so it returns a tuple
        // of whether the copy returned and the value it returned.
        private bool exitValueInTuple;

        // For copies that await and let a variable flow out beside leaving early or beside another variable: the async
        // method returns a tuple of whether the copy left (when it can), the value it returned, and each variable, which
        // the call site deconstructs.
        private bool flowsInTuple;

        /// <summary>
        /// How the copy leaves early: its end is reachable, it has no entry from outside, no <c>yield</c>, and every exit is
        /// a statement of one kind: <c>return;</c>, <c>return value;</c> (not in a function that returns by reference;
        /// in an async function the value is the task's result; when every exit returns one constant, the call site
        /// returns that constant), <c>continue;</c> or <c>break;</c>. Null otherwise (<c>goto</c>, mixed kinds).
        /// </summary>
        private static EarlyExit? EarlyExitOf(Copy copy)
        {
            var flow = copy.Model.AnalyzeControlFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
            if (flow is null || !flow.Succeeded || !flow.EntryPoints.IsEmpty || !flow.EndPointIsReachable || flow.ExitPoints.IsEmpty || ContainsYield(copy))
            {
                return null;
            }

            if (ReturnedConstant(copy, flow) is { } constant)
            {
                return new EarlyExit(SyntaxKind.ReturnStatement, null, constant);
            }

            // Exits of two kinds, where those of one land where the copy's end does (`if (cancel) break;` and
            // `continue;` in a block that ends its loop's body): those become the new method's end, the others its exits.
            var fallsThrough = SyntaxKind.None;
            if (HasExitsOfSeveralKinds(flow) && FallThroughKind(copy) is { } endKind)
            {
                fallsThrough = endKind;
            }

            EarlyExit? exit = null;
            foreach (var point in flow.ExitPoints)
            {
                if (fallsThrough != SyntaxKind.None && point.IsKind(fallsThrough))
                {
                    continue;
                }

                EarlyExit candidate;
                switch (point)
                {
                    case ReturnStatementSyntax { Expression: null }:
                    case ContinueStatementSyntax:
                    case BreakStatementSyntax:
                        candidate = new EarlyExit(point.Kind(), null, fallsThrough: fallsThrough);
                        break;
                    case ReturnStatementSyntax:
                        // In an async function the value is the task's result, which the call site returns the same way.
                        if (copy.Model.GetEnclosingSymbol(point.SpanStart) is not IMethodSymbol { ReturnsByRef: false, ReturnsByRefReadonly: false, ReturnsVoid: false } function
                            || ReturnedValueType(function) is not { } valueType)
                        {
                            return null;
                        }

                        candidate = new EarlyExit(SyntaxKind.ReturnStatement, valueType, fallsThrough: fallsThrough);
                        break;
                    default:
                        return null;
                }

                if (exit is not null && !exit.Matches(candidate))
                {
                    return null;
                }

                exit = candidate;
            }

            return exit;
        }

        private static bool HasExitsOfSeveralKinds(ControlFlowAnalysis flow)
        {
            string? kind = null;
            foreach (var point in flow.ExitPoints)
            {
                var pointKind = point is ReturnStatementSyntax { Expression: not null } ? "return value" : point.Kind().ToString();
                if (kind is not null && kind != pointKind)
                {
                    return true;
                }

                kind = pointKind;
            }

            return false;
        }

        /// <summary>
        /// The jump that lands where the copy's end does: <c>continue;</c> when the copy's last statement is the last of
        /// its loop's body (the loop goes on to its next pass, or to its condition, either way). Null otherwise. (A
        /// <c>return;</c> at the end of a function's body lands there too, but a copy there has no loop to leave by
        /// another jump, and two kinds of return do not meet in one function.)
        /// </summary>
        private static SyntaxKind? FallThroughKind(Copy copy)
        {
            var last = copy.Statements[copy.Statements.Count - 1];
            return last.Parent is BlockSyntax { Parent: ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax } body
                && body.Statements.Last() == last
                ? SyntaxKind.ContinueStatement
                : null;
        }

        /// <summary>
        /// Copies that end with the same jump (<c>break;</c>, <c>continue;</c> or <c>return;</c>, as a switch section
        /// ends with <c>break;</c>) and have one entry and one exit without it: the copies without the jump, which stays
        /// at each call (<c>WriteFrames(...); break;</c>), so the caller leaves exactly where the copy did. Null when a
        /// copy does not end so, or leaves early before its end as well.
        /// </summary>
        internal static List<Copy>? WithoutTrailingJumps(List<Copy> copies)
        {
            var trimmed = new List<Copy>(copies.Count);
            foreach (var copy in copies)
            {
                if (copy.Statements.Count < 2
                    || copy.Statements[copy.Statements.Count - 1] is not (BreakStatementSyntax or ContinueStatementSyntax or ReturnStatementSyntax { Expression: null })
                    || copy.Statements[copy.Statements.Count - 1].Kind() != copies[0].Statements[copies[0].Statements.Count - 1].Kind())
                {
                    return null;
                }

                var rest = copy.WithoutLastStatement();
                if (!HasSingleEntryAndExit(rest))
                {
                    return null;
                }

                trimmed.Add(rest);
            }

            return trimmed;
        }

        /// <summary>Declines for a copy that leaves early, and tells a measurement how the copy leaves.</summary>
        private ExtractionPlan? DeclineLeavesEarly(Copy copy)
        {
            Decline(DeclineReasons.LeavesEarly);
            declined?.Add(DescribeExits(copy) + (copy == copies[0] ? string.Empty : " (first copy: " + DescribeExits(copies[0]) + ")"));
            return null;
        }

        /// <summary>How a copy leaves, in words: whether its end is reachable and the kinds of its exits.</summary>
        private static string DescribeExits(Copy copy)
        {
            var flow = copy.Model.AnalyzeControlFlow(copy.Statements[0], copy.Statements[copy.Statements.Count - 1]);
            if (flow is null || !flow.Succeeded)
            {
                return "control flow analysis failed";
            }

            var kinds = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var point in flow.ExitPoints)
            {
                var async = copy.Model.GetEnclosingSymbol(point.SpanStart) is IMethodSymbol { IsAsync: true } ? " (async)" : string.Empty;
                kinds.Add(point switch
                {
                    ReturnStatementSyntax { Expression: null } => "return" + async,
                    ReturnStatementSyntax => "return value" + async,
                    _ => point.Kind().ToString(),
                });
            }

            var function = copy.Model.GetEnclosingSymbol(copy.Statements[0].SpanStart) as IMethodSymbol;
            return (function is null ? string.Empty : "in " + function.ReturnType.ToDisplayString() + ": ")
                + (flow.EndPointIsReachable ? "end reachable" : "end unreachable")
                + (flow.EntryPoints.IsEmpty ? string.Empty : ", entered from outside")
                + (ContainsYield(copy) ? ", yield" : string.Empty)
                + "; exits: " + (kinds.Count == 0 ? "none" : string.Join(", ", kinds));
        }

        /// <summary>
        /// The text of the constant that every exit of the copy returns, when each exit is <c>return</c> of one and the
        /// same literal or <c>default</c> expression: evaluating it has no effect and reads no state, so returning it at
        /// the call site after the method says the copy left is the same as returning it from inside the copy. Null
        /// otherwise.
        /// </summary>
        private static string? ReturnedConstant(Copy copy, ControlFlowAnalysis flow)
        {
            string? constant = null;
            foreach (var point in flow.ExitPoints)
            {
                if (point is not ReturnStatementSyntax { Expression: LiteralExpressionSyntax or DefaultExpressionSyntax } returned
                    || copy.Model.GetEnclosingSymbol(point.SpanStart) is not IMethodSymbol { ReturnsByRef: false, ReturnsByRefReadonly: false, ReturnsVoid: false })
                {
                    return null;
                }

                var text = returned.Expression!.WithoutTrivia().ToString();
                if (constant is not null && !string.Equals(constant, text, StringComparison.Ordinal))
                {
                    return null;
                }

                constant = text;
            }

            return constant;
        }

        private static bool ContainsYield(Copy copy)
        {
            foreach (var statement in copy.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf(n => !IsNestedFunction(n)))
                {
                    if (node is YieldStatementSyntax)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The exits of the first copy, which the new method turns into returns.</summary>
        private HashSet<SyntaxNode> ExitStatements()
        {
            var first = copies[0];
            var flow = first.Model.AnalyzeControlFlow(first.Statements[0], first.Statements[first.Statements.Count - 1]);
            return new HashSet<SyntaxNode>(flow?.ExitPoints ?? Enumerable.Empty<SyntaxNode>());
        }

        /// <summary>
        /// An exit inside the new method: <c>return false;</c> (the caller leaves), or, for a value, the value into the
        /// <c>out</c> parameter and <c>return true;</c>.
        /// </summary>
        private StatementSyntax ExitInMethod(SyntaxNode original, StatementSyntax exit, string? valueParameter)
        {
            if (earlyExit!.FallsThrough != SyntaxKind.None && original.IsKind(earlyExit.FallsThrough))
            {
                // Where the copy's end is: the caller goes on.
                var end = EndOfMethod(valueParameter).ToList();
                return end.Count == 1 ? end[0].WithTriviaFrom(exit) : Block(end).WithTriviaFrom(exit).WithAdditionalAnnotations(SpliceAnnotation);
            }

            if (exitValueInTuple && exit is ReturnStatementSyntax { Expression: { } returned })
            {
                // The tuple literal is target-typed: the value converts to the function's result type as the copy's return did.
                return ReturnStatement(Outcome(true, returned.WithoutTrivia())).WithTriviaFrom(exit);
            }

            if (flowsInTuple)
            {
                return ReturnStatement(Outcome(true, null)).WithTriviaFrom(exit);
            }

            // An out parameter the copy had not assigned yet where it leaves: the caller leaves too, and never reads it.
            var statements = OutResultsUnassignedAt(original)
                .Select(o => (StatementSyntax)ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(o.Variable.Name), DefaultValue(OutResultType(o.Variable)))))
                .ToList();
            if (valueParameter is null || exit is not ReturnStatementSyntax { Expression: { } value })
            {
                if (statements.Count == 0)
                {
                    return ReturnStatement(LiteralExpression(SyntaxKind.FalseLiteralExpression)).WithTriviaFrom(exit);
                }

                statements.Add(ReturnStatement(LiteralExpression(SyntaxKind.FalseLiteralExpression)));
            }
            else
            {
                statements.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(valueParameter), value.WithoutTrivia())));
                statements.Add(ReturnStatement(LiteralExpression(SyntaxKind.TrueLiteralExpression)));
            }

            return Block(statements)
                .WithTriviaFrom(exit)
                .WithAdditionalAnnotations(SpliceAnnotation);
        }

        /// <summary>
        /// The value a result the caller never reads gets, written as the copies' language version and nullable context
        /// take it: <c>default!</c> where nullable warnings are on (C# 8 and later), <c>default</c> where they are off,
        /// <c>default(T)</c> below C# 7.1, which has no default literal. The <c>!</c> of C# 8 is error CS8370 at C# 7.3,
        /// the version of every .NET Framework project without a LangVersion.
        /// </summary>
        private ExpressionSyntax DefaultValue(ITypeSymbol? type)
        {
            var first = copies[0];
            var version = first.Statements[0].SyntaxTree.Options is CSharpParseOptions options ? options.LanguageVersion : LanguageVersion.CSharp7_3;
            ExpressionSyntax value = version < LanguageVersion.CSharp7_1 && type is not null && methodModel is not null
                ? DefaultExpression(TypeFor(type, methodModel, methodPosition))
                : LiteralExpression(SyntaxKind.DefaultLiteralExpression, Token(SyntaxKind.DefaultKeyword));
            var nullable = version >= LanguageVersion.CSharp8
                && (first.Model.GetNullableContext(first.Statements[0].SpanStart) & (NullableContext.WarningsEnabled | NullableContext.AnnotationsEnabled)) != 0
                && type is not { IsValueType: true };
            return nullable ? PostfixUnaryExpression(SyntaxKind.SuppressNullableWarningExpression, value) : value;
        }

        /// <summary>The statements that end the new method when the copy reaches its end: the caller goes on.</summary>
        private IEnumerable<StatementSyntax> EndOfMethod(string? valueParameter)
        {
            if (exitValueInTuple || flowsInTuple)
            {
                // The value is read only when the copy returned.
                yield return ReturnStatement(Outcome(false, null));
            }
            else if (valueParameter is not null)
            {
                // The value is read only when the method returns true.
                yield return ExpressionStatement(AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    IdentifierName(valueParameter),
                    DefaultValue(earlyExit!.ValueType)));
                yield return ReturnStatement(LiteralExpression(SyntaxKind.FalseLiteralExpression));
            }
            else
            {
                yield return ReturnStatement(LiteralExpression(SyntaxKind.TrueLiteralExpression));
            }
        }

        /// <summary>
        /// The tuple an async method returns: whether the copy left (when it leaves early), the value it returned (for a
        /// returned value; <c>default!</c> where it did not return one), and each variable that flows out (its value at
        /// the end; <c>default!</c> where the copy left, since the caller leaves too).
        /// </summary>
        private TupleExpressionSyntax Outcome(bool returned, ExpressionSyntax? value)
        {
            var elements = new List<ArgumentSyntax>();
            if (earlyExit is not null)
            {
                elements.Add(Argument(LiteralExpression(returned ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression)));
            }

            if (exitValueInTuple)
            {
                elements.Add(Argument(value ?? DefaultValue(earlyExit?.ValueType)));
            }

            if (flowsInTuple)
            {
                elements.AddRange(outResults.Select(o => Argument(returned ? DefaultValue(OutResultType(o.Variable)) : IdentifierName(o.Variable.Name))));
            }

            return TupleExpression(SeparatedList(elements));
        }

        /// <summary>The tuple type of <see cref="Outcome"/>: <c>(bool Returned, T Value, U Flow)</c> with the elements it has.</summary>
        private ITypeSymbol OutcomeType(Compilation compilation, ITypeSymbol? valueType)
        {
            var types = ImmutableArray.CreateBuilder<ITypeSymbol>();
            var annotations = ImmutableArray.CreateBuilder<NullableAnnotation>();
            if (earlyExit is not null)
            {
                types.Add(compilation.GetSpecialType(SpecialType.System_Boolean));
                annotations.Add(NullableAnnotation.NotAnnotated);
            }

            if (valueType is not null)
            {
                types.Add(valueType);
                annotations.Add(valueType.NullableAnnotation);
            }

            if (flowsInTuple)
            {
                foreach (var outResult in outResults)
                {
                    var type = OutResultType(outResult.Variable);
                    types.Add(type);
                    annotations.Add(type.NullableAnnotation);
                }
            }

            var names = TupleElementNames(earlyExit is not null, valueType is not null);
            return compilation.CreateTupleTypeSymbol(types.ToImmutable(), names.Select(n => (string?)n).ToImmutableArray(), elementLocations: default, elementNullableAnnotations: annotations.ToImmutable());
        }

        /// <summary>
        /// The call site of an async method that returns a tuple: <c>var (returned, result, response) = await X(...);</c>,
        /// then, when the copy leaves early, <c>if (returned) { return result; }</c>, as one spliced block.
        /// </summary>
        private StatementSyntax DeconstructingCall(Copy copy, int copyIndex, ExpressionSyntax call, string? valueLocal)
        {
            var locals = new List<(string Name, ITypeSymbol Type, ISymbol? Variable)>();
            string? returnedLocal = null;
            if (earlyExit is not null)
            {
                returnedLocal = UnusedLocalName(copy, "returned", valueLocal);
                locals.Add((returnedLocal, copy.Model.Compilation.GetSpecialType(SpecialType.System_Boolean), null));
            }

            if (exitValueInTuple)
            {
                locals.Add((valueLocal!, earlyExit!.ValueType!, null));
            }

            foreach (var outResult in outResults)
            {
                var variable = copyIndex == 0 ? outResult.Variable : forward[copyIndex][outResult.Variable];
                locals.Add((variable.Name, OutResultType(outResult.Variable), variable));
            }

            StatementSyntax deconstruction = ExpressionStatement(AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    DeconstructionTarget(copy, locals),
                    call))
                .WithAdditionalAnnotations(Formatter.Annotation);
            if (returnedLocal is null)
            {
                return deconstruction;
            }

            StatementSyntax leave = earlyExit!.Kind switch
            {
                SyntaxKind.ContinueStatement => ContinueStatement(),
                SyntaxKind.BreakStatement => BreakStatement(),
                _ => exitValueInTuple ? ReturnStatement(IdentifierName(valueLocal!))
                    : earlyExit.Constant is { } constant ? ReturnStatement(ParseExpression(constant))
                    : ReturnStatement(),
            };
            return Block(deconstruction, IfStatement(IdentifierName(returnedLocal), Block(leave)).WithAdditionalAnnotations(Formatter.Annotation))
                .WithAdditionalAnnotations(SpliceAnnotation);
        }

        /// <summary>
        /// Whether the copy's code can take the tuple and the pattern the call site reads it with: C# 8 for the positional
        /// pattern, and <c>System.ValueTuple</c> referenced.
        /// </summary>
        private static bool CanUseOutcomeTuple(Copy copy) =>
            copy.Statements[0].SyntaxTree.Options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 }
            && copy.Model.Compilation.GetTypeByMetadataName("System.ValueTuple`2") is not null;

        /// <summary>
        /// The call site: <c>if (!TryX(...)) { return; }</c> (or <c>continue;</c>, <c>break;</c>), or for a value
        /// <c>if (TryX(..., out var result)) { return result; }</c>.
        /// </summary>
        private StatementSyntax EarlyExitCall(ExpressionSyntax call, string? resultLocal)
        {
            StatementSyntax leave = earlyExit!.Kind switch
            {
                SyntaxKind.ContinueStatement => ContinueStatement(),
                SyntaxKind.BreakStatement => BreakStatement(),
                _ => resultLocal is not null ? ReturnStatement(IdentifierName(resultLocal))
                    : earlyExit.Constant is { } constant ? ReturnStatement(ParseExpression(constant))
                    : ReturnStatement(),
            };
            var condition = resultLocal is null ? PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call)
                : exitValueInTuple ? IsPatternExpression(call, RecursivePattern(
                    null,
                    PositionalPatternClause(SeparatedList(new[]
                    {
                        Subpattern(ConstantPattern(LiteralExpression(SyntaxKind.TrueLiteralExpression))),
                        Subpattern(VarPattern(SingleVariableDesignation(Identifier(resultLocal)))),
                    })),
                    null,
                    null))
                : call;
            return IfStatement(condition, Block(leave)).WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary>A name for the local that receives a returned value at a copy: not used anywhere in the copy's member.</summary>
        private static string ResultLocalName(Copy copy) => UnusedLocalName(copy, "result", null);

        /// <summary>A name for a local the call site declares: not used anywhere in the copy's member, nor <paramref name="alsoTaken"/>.</summary>
        private static string UnusedLocalName(Copy copy, string baseName, string? alsoTaken)
        {
            var member = copy.Statements[0].Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault() ?? (SyntaxNode)copy.Statements[0].SyntaxTree.GetRoot();
            var taken = new HashSet<string>(member.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
            return Identifiers.Unique(baseName, name => taken.Contains(name) || string.Equals(name, alsoTaken, StringComparison.Ordinal));
        }

        /// <summary>Puts the statements of each spliced block in its place in the enclosing block.</summary>
        private static SyntaxNode Splice(SyntaxNode node) =>
            node.ReplaceNodes(
                node.DescendantNodes().OfType<BlockSyntax>().Where(b => b.Statements.Any(s => s.HasAnnotation(SpliceAnnotation))),
                (_, rewritten) => ((BlockSyntax)rewritten).WithStatements(List(((BlockSyntax)rewritten).Statements.SelectMany(s =>
                    s.HasAnnotation(SpliceAnnotation) ? ((BlockSyntax)s).Statements.Select((inner, i) => i == 0 ? inner.WithLeadingTrivia(s.GetLeadingTrivia()) : inner) : new[] { s }))));
    }
}
