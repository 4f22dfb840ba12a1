using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>The syntax of the new method and of the call that replaces each copy.</content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        // Where the new method's types are written from, for the default values its exits write (see DefaultValue).
        private SemanticModel? methodModel;
        private int methodPosition;

        private MethodDeclarationSyntax CreateMethod(
            Copy first,
            string name,
            List<Parameter> parameters,
            List<ISymbol> localsToDeclare,
            ISymbol? result,
            ITypeSymbol? resultType,
            Dictionary<SyntaxNode, string> replacements,
            bool isAsync,
            SemanticModel model,
            int position)
        {
            methodModel = model;
            methodPosition = position;
            var body = new List<StatementSyntax>();
            foreach (var local in localsToDeclare)
            {
                body.Add(LocalDeclarationStatement(VariableDeclaration(TypeFor(VariableType(local)!, model, position), SingletonSeparatedList(VariableDeclarator(Identifier(local.Name))))));
            }

            var isFirst = true;
            var dropped = default(SyntaxTriviaList);
            foreach (var statement in first.Statements)
            {
                // The call that replaces the block keeps the first statement's comment and blank lines; the new method
                // starts with the statement itself, so the comment is not written twice.
                var leading = isFirst && OnlyCommentsAndLines(statement.GetLeadingTrivia()) ? default : StripIndentation(statement.GetLeadingTrivia());
                isFirst = false;
                var inside = replacements.Keys.Concat(exitStatements).Where(k => statement.Span.Contains(k.Span)).ToList();
                var rewritten = inside.Count == 0
                    ? statement
                    : (StatementSyntax)Splice(WithTextHolesParsed(statement.ReplaceNodes(inside, (original, rewrittenNode) => exitStatements.Contains(original)
                        ? ExitInMethod(original, (StatementSyntax)rewrittenNode, exitValueParameter)
                        : textHoles.ContainsKey(original) ? TextWithHole(original, replacements[original])
                        : qualifiedByInstance.Contains(original) ? ThroughInstance(replacements[original], original, rewrittenNode)
                        : IdentifierName(replacements[original]).WithTriviaFrom(original))));
                rewritten = WithoutStaticWhereCapturing(rewritten, parameters);
                if (AssignOutResult(statement, rewritten) is { } kept)
                {
                    // The formatter moves the lines under a statement along with its first line only where that line
                    // starts a line already: the first statement, after the brace or a declaration this method writes,
                    // gets a line break the formatter may replace.
                    var keptLeading = dropped.Count > 0 ? dropped.AddRange(leading) : leading;
                    if (!keptLeading.Any(SyntaxKind.EndOfLineTrivia) && (body.Count == 0 || !EndsWithLineBreak(body[body.Count - 1].GetTrailingTrivia())))
                    {
                        keptLeading = keptLeading.Insert(0, ElasticCarriageReturnLineFeed);
                    }

                    body.Add(WithRelativeIndentation(kept, Indentation(statement.GetLeadingTrivia()).ToFullString()).WithoutLeadingTrivia().WithLeadingTrivia(keptLeading));
                    dropped = default;
                }
                else
                {
                    // The blank line that parted a dropped declaration from the code above parts the next statement.
                    dropped = leading;
                }
            }

            if (result is not null)
            {
                body.Add(ReturnStatement(IdentifierName(result.Name)));
            }
            else if (earlyExit is not null)
            {
                body.AddRange(EndOfMethod(exitValueParameter));
            }
            else if (flowsInTuple)
            {
                body.Add(ReturnStatement(Outcome(false, null)));
            }

            TypeSyntax returnType;
            if (isAsync)
            {
                var task = ParseTypeName("global::System.Threading.Tasks.Task");
                returnType = resultType is null
                    ? task
                    : ParseTypeName("global::System.Threading.Tasks.Task<" + TypeText(resultType, model, position) + ">");
                returnType = returnType.WithAdditionalAnnotations(Simplifier.Annotation);
            }
            else
            {
                returnType = resultType is null ? PredefinedType(Token(SyntaxKind.VoidKeyword)) : TypeFor(resultType, model, position);
            }

            // A method of a shared base class is seen by its derived classes in the project only: `private protected` adds
            // nothing to what other assemblies see (nor a member their derived classes could hide).
            var modifiers = sharedBase is not null
                ? new List<SyntaxToken> { Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.ProtectedKeyword) }
                : new List<SyntaxToken> { Token(acrossTypes ? SyntaxKind.InternalKeyword : SyntaxKind.PrivateKeyword) };
            if (!needsInstance)
            {
                modifiers.Add(Token(SyntaxKind.StaticKeyword));
            }

            if (NeedsUnsafe(first, parameters, localsToDeclare, resultType))
            {
                modifiers.Add(Token(SyntaxKind.UnsafeKeyword));
            }

            if (isAsync)
            {
                modifiers.Add(Token(SyntaxKind.AsyncKeyword));
            }

            var parameterSyntax = parameters.Select(p => Parameter(Identifier(p.Name))
                .WithModifiers(p.Slot is { ByRef: true } ? TokenList(Token(SyntaxKind.RefKeyword)) : default)
                .WithType(TypeFor(p.Type, model, position))).ToList();
            parameterSyntax.AddRange(OutParameters(model, position));
            if (exitValueParameter is not null)
            {
                parameterSyntax.Add(Parameter(Identifier(exitValueParameter)).WithModifiers(TokenList(Token(SyntaxKind.OutKeyword))).WithType(TypeFor(earlyExit!.ValueType!, model, position)));
            }

            var parameterList = ParameterList(SeparatedList(parameterSyntax));
            return MethodDeclaration(returnType, Identifier(name))
                .WithModifiers(TokenList(modifiers))
                .WithParameterList(parameterList)
                .WithBody(Block(body))
                .WithLeadingTrivia(ElasticCarriageReturnLineFeed)
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary>
        /// The statement with <c>static</c> taken off each lambda, anonymous method or local function in it that now reads a
        /// parameter of the new method: what it read in the copy (a literal, a static member) became a parameter, which a static
        /// anonymous function cannot capture (CS8820; CS8421 for a local function). Dropping <c>static</c> changes no behaviour; the function
        /// captures the parameter instead of reading the value where it stood.
        /// </summary>
        private static StatementSyntax WithoutStaticWhereCapturing(StatementSyntax statement, List<Parameter> parameters)
        {
            // A static local function that reads one cannot capture it either (CS8421): the statement may be one itself.
            var capturing = new List<SyntaxNode>();
            foreach (var node in statement.DescendantNodesAndSelf())
            {
                if (node is AnonymousFunctionExpressionSyntax function && function.Modifiers.Any(SyntaxKind.StaticKeyword) && ReadsAnyOf(function, parameters)
                    || node is LocalFunctionStatementSyntax local && local.Modifiers.Any(SyntaxKind.StaticKeyword) && ReadsAnyOf(local, parameters))
                {
                    capturing.Add(node);
                }
            }

            return capturing.Count == 0
                ? statement
                : statement.ReplaceNodes(capturing, (_, rewritten) => rewritten switch
                {
                    AnonymousFunctionExpressionSyntax function => function.WithModifiers(WithoutStatic(function.Modifiers)),
                    LocalFunctionStatementSyntax local => local.WithModifiers(WithoutStatic(local.Modifiers)),
                    _ => rewritten,
                });
        }

        private static bool ReadsAnyOf(SyntaxNode node, List<Parameter> parameters)
        {
            foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                foreach (var parameter in parameters)
                {
                    if (identifier.Identifier.ValueText == parameter.Name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static SyntaxTokenList WithoutStatic(SyntaxTokenList modifiers)
        {
            var index = modifiers.IndexOf(SyntaxKind.StaticKeyword);
            var removed = modifiers[index];
            var rest = modifiers.RemoveAt(index);
            // The token's leading trivia (a line break before `static`) stays where it stood.
            return index < rest.Count ? rest.Replace(rest[index], rest[index].WithLeadingTrivia(removed.LeadingTrivia.AddRange(rest[index].LeadingTrivia))) : rest;
        }

        /// <summary>
        /// Whether the new method must be <c>unsafe</c>: the copy stands in an unsafe context (an <c>unsafe</c> member,
        /// local function, type or block) and the block uses what needs one (a pointer or function pointer type, <c>&amp;x</c>,
        /// <c>*p</c>, <c>p-&gt;x</c>, <c>fixed</c>, <c>sizeof</c>) or hands a pointer in or out. The new method stands in
        /// no such context of its own unless its type is unsafe, where the modifier is allowed all the same.
        /// </summary>
        private static bool NeedsUnsafe(Copy first, List<Parameter> parameters, List<ISymbol> locals, ITypeSymbol? resultType)
        {
            if (!InUnsafeContext(first.Statements[0]))
            {
                return false;
            }

            foreach (var parameter in parameters)
            {
                if (IsPointer(parameter.Type))
                {
                    return true;
                }
            }

            foreach (var local in locals)
            {
                if (IsPointer(VariableType(local)))
                {
                    return true;
                }
            }

            if (IsPointer(resultType))
            {
                return true;
            }

            foreach (var statement in first.Statements)
            {
                foreach (var node in statement.DescendantNodesAndSelf())
                {
                    if (node is PointerTypeSyntax or FunctionPointerTypeSyntax or FixedStatementSyntax or SizeOfExpressionSyntax
                        || node.IsKind(SyntaxKind.AddressOfExpression) || node.IsKind(SyntaxKind.PointerIndirectionExpression) || node.IsKind(SyntaxKind.PointerMemberAccessExpression))
                    {
                        return true;
                    }

                    // A pointer with no pointer type written: `var p = Native.Alloc(16);`, `var p = stackalloc int[4];`,
                    // a pointer field or a fixed buffer read in place.
                    if (node is ExpressionSyntax expression && IsPointerExpression(expression, first.Model))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsPointer(ITypeSymbol? type) => type is IPointerTypeSymbol or IFunctionPointerTypeSymbol;

        private static bool IsPointerExpression(ExpressionSyntax expression, SemanticModel model)
        {
            var info = model.GetTypeInfo(expression);
            return IsPointer(info.Type) || IsPointer(info.ConvertedType)
                || model.GetSymbolInfo(expression).Symbol is IFieldSymbol { IsFixedSizeBuffer: true };
        }

        private static bool InUnsafeContext(SyntaxNode node)
        {
            for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor is UnsafeStatementSyntax
                    || ancestor is MemberDeclarationSyntax member && member.Modifiers.Any(SyntaxKind.UnsafeKeyword)
                    || ancestor is LocalFunctionStatementSyntax localFunction && localFunction.Modifiers.Any(SyntaxKind.UnsafeKeyword))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool OnlyCommentsAndLines(SyntaxTriviaList trivia)
        {
            foreach (var t in trivia)
            {
                if (!t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)
                    && !t.IsKind(SyntaxKind.SingleLineCommentTrivia) && !t.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The statement with every line after its first indented relative to it: the copy's own indentation taken off
        /// the start of each such line (a lambda's braces, a wrapped condition, a chained call). The formatter moves the
        /// statement's first line to the method's indentation and the lines under it along with it; left at the copy's
        /// columns they would end up deeper or shallower than the statement they belong to.
        /// </summary>
        private static StatementSyntax WithRelativeIndentation(StatementSyntax statement, string indentation)
        {
            if (indentation.Length == 0)
            {
                return statement;
            }

            var first = statement.GetFirstToken();
            var lineStarts = new List<SyntaxToken>();
            foreach (var token in statement.DescendantTokens())
            {
                if (token != first && (EndsWithLineBreak(token.GetPreviousToken().TrailingTrivia) || token.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia)))
                {
                    lineStarts.Add(token);
                }
            }

            return lineStarts.Count == 0
                ? statement
                : statement.ReplaceTokens(lineStarts, (original, token) => token.WithLeadingTrivia(Unindented(token.LeadingTrivia, indentation, EndsWithLineBreak(original.GetPreviousToken().TrailingTrivia))));
        }

        private static bool EndsWithLineBreak(SyntaxTriviaList trivia) => trivia.Count > 0 && trivia[trivia.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia);

        /// <summary>
        /// The trivia with <paramref name="indentation"/> taken off each whitespace that starts a line; a line indented
        /// less than the statement starts at the statement's column.
        /// </summary>
        private static SyntaxTriviaList Unindented(SyntaxTriviaList trivia, string indentation, bool startsLine)
        {
            var result = new List<SyntaxTrivia>(trivia.Count);
            foreach (var t in trivia)
            {
                if (startsLine && t.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    var text = t.ToString();
                    var rest = text.StartsWith(indentation, StringComparison.Ordinal) ? text.Substring(indentation.Length) : string.Empty;
                    if (rest.Length > 0)
                    {
                        result.Add(Whitespace(rest));
                    }
                }
                else
                {
                    result.Add(t);
                }

                startsLine = t.IsKind(SyntaxKind.EndOfLineTrivia);
            }

            return TriviaList(result);
        }

        private static SyntaxTriviaList StripIndentation(SyntaxTriviaList trivia)
        {
            var kept = new List<SyntaxTrivia>();
            foreach (var t in trivia)
            {
                if (!t.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    kept.Add(t);
                }
            }

            return TriviaList(kept);
        }

        private static TypeSyntax TypeFor(ITypeSymbol type, SemanticModel model, int position) =>
            ParseTypeName(TypeText(type, model, position));

        // Types as written where nullable annotations are off: a type symbol keeps the annotations of the code it came
        // from (`string?[]` returned by a method of a `#nullable enable` file), and a `?` where the annotation context is
        // disabled is CS8632, an error in a warnings-as-errors build.
        private static readonly SymbolDisplayFormat WithoutNullableAnnotations =
            SymbolDisplayFormat.MinimallyQualifiedFormat.RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>The type as the code at <paramref name="position"/> names it, annotated only where its nullable annotation context is enabled.</summary>
        private static string TypeText(ITypeSymbol type, SemanticModel model, int position) =>
            (model.GetNullableContext(position) & NullableContext.AnnotationsEnabled) != 0
                ? type.ToMinimalDisplayString(model, position)
                : type.ToMinimalDisplayString(model, position, WithoutNullableAnnotations);

        /// <param name="configureAwait">The constant every await in the copies passes to <c>ConfigureAwait</c>, passed to
        /// the call's too, so the code after it resumes where it did after the block's own last await (and CA2007 still
        /// holds); null when none is configured.</param>
        /// <param name="resultType">The type of the result the call declares (with <paramref name="resultDeclaredInside"/>),
        /// written in place of <c>var</c> where the copy's code style asks for it.</param>
        private StatementSyntax CreateCall(int copyIndex, ExpressionSyntax callee, List<Parameter> parameters, string? resultName, bool resultDeclaredInside, bool isAsync, bool? configureAwait, string? valueLocal = null, ITypeSymbol? resultType = null, ISymbol? resultVariable = null)
        {
            var arguments = new List<ArgumentSyntax>();
            foreach (var parameter in parameters)
            {
                ExpressionSyntax value = parameter.Slot is null
                    ? IdentifierName((copyIndex == 0 ? parameter.Variable! : forward[copyIndex][parameter.Variable!]).Name)
                    : parameter.Slot.Expressions[copyIndex].WithoutTrivia();
                arguments.Add(parameter.Slot is { ByRef: true } ? Argument(value).WithRefKindKeyword(Token(SyntaxKind.RefKeyword)) : Argument(value));
            }

            arguments.AddRange(OutArguments(copyIndex));
            if (valueLocal is not null)
            {
                arguments.Add(Argument(DeclarationExpression(LocalType(copies[copyIndex], earlyExit!.ValueType!), SingleVariableDesignation(Identifier(valueLocal)))).WithRefKindKeyword(Token(SyntaxKind.OutKeyword)));
            }

            ExpressionSyntax call = InvocationExpression(callee, ArgumentList(SeparatedList(arguments)));
            if (isAsync)
            {
                if (configureAwait is { } continueOnCapturedContext)
                {
                    call = InvocationExpression(
                        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, call, IdentifierName("ConfigureAwait")),
                        ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(continueOnCapturedContext ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression)))));
                }

                call = AwaitExpression(call);
            }

            StatementSyntax statement;
            if (resultName is null)
            {
                statement = ExpressionStatement(call);
            }
            else if (resultDeclaredInside)
            {
                var type = resultType is null
                    ? IdentifierName("var")
                    : LocalType(copies[copyIndex], resultType, resultVariable, callee is MemberAccessExpressionSyntax { Name: var method } && IsApparentConversion(method.Identifier.ValueText, qualified: true, isAsync, resultType));
                statement = LocalDeclarationStatement(VariableDeclaration(type, SingletonSeparatedList(VariableDeclarator(Identifier(resultName)).WithInitializer(EqualsValueClause(call)))));
            }
            else
            {
                statement = ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(resultName), call));
            }

            return statement.WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
