using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Interpolated strings whose text differs between the copies (<c>$"Can't open write file {path}"</c> against
/// <c>$"Can't open read file {path}"</c>): the differing words become a hole, each copy passes its words as a literal.
/// </content>
internal static partial class CloneExtraction
{
    private sealed partial class Planner
    {
        // Per differing text of an interpolated string in the first copy: the text kept before and after the new hole.
        private readonly Dictionary<SyntaxNode, (string Before, string After)> textHoles = new();

        /// <summary>
        /// Adds a value slot for the text of an interpolated string that differs between the copies. Only where the
        /// string is plain text in every copy (<see cref="FormatsToText"/>: a <c>FormattableString</c>, <c>IFormattable</c> or
        /// a logger's interpolated string handler sees its holes apart from its text, and its template would change) and is
        /// written <c>$"..."</c> or <c>$@"..."</c> (a raw string's holes take a number of braces). The words the copies
        /// share at the start and end of the text stay in the string, cut at a space so that no escape sequence is split.
        /// </summary>
        private bool AddTextSlot(int index)
        {
            var texts = new InterpolatedStringTextSyntax[copies.Count];
            for (var c = 0; c < copies.Count; c++)
            {
                if (copies[c].Tokens[index].Parent is not InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } text
                    || !interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedStringStartToken) && !interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken)
                    || !FormatsToText(copies[c].Model.GetTypeInfo(interpolated, cancellationToken).ConvertedType)
                    || HandsAFormattingProvider(copies[c].Model, interpolated)
                    || MayBindToAHandlerOverload(copies[c].Model, interpolated)
                    || NeedsConstant(interpolated))
                {
                    return false;
                }

                texts[c] = text;
            }

            var raw = texts.Select(t => t.TextToken.Text).ToList();
            var before = CommonStart(raw);
            var after = CommonEnd(raw.Select(r => r.Substring(before.Length)).ToList());
            var verbatim = ((InterpolatedStringExpressionSyntax)texts[0].Parent!).StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken);
            var expressions = new ExpressionSyntax[copies.Count];
            for (var c = 0; c < copies.Count; c++)
            {
                // The middle is written as in the interpolated string: the same escapes hold in a literal, but for braces.
                var middle = raw[c].Substring(before.Length, raw[c].Length - before.Length - after.Length).Replace("{{", "{").Replace("}}", "}");
                expressions[c] = ParseExpression((verbatim ? "@\"" : "\"") + middle + "\"");
                if (expressions[c] is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } || expressions[c].ContainsDiagnostics)
                {
                    return false;
                }
            }

            ValueSlot? primary = null;
            foreach (var slot in valueSlots)
            {
                if (slot.Primary is null && slot.ReadSymbols is null && slot.NameofVariable is null && textHoles.ContainsKey(slot.Replaced) && SameExpressions(slot.Expressions, expressions))
                {
                    primary = slot;
                    break;
                }
            }

            var names = FlowNames((ExpressionSyntax)texts[0].Parent!);
            names.Add("text");
            textHoles[texts[0]] = (before, after);
            valueSlots.Add(new ValueSlot(index, new SlotName(names), copies[0].Model.Compilation.GetSpecialType(SpecialType.System_String), expressions, null, null, primary, texts[0]));
            return true;
        }

        /// <summary>
        /// Whether the interpolated string becomes plain text whatever is text and what is a hole: a <c>string</c>, or the
        /// runtime's own <c>DefaultInterpolatedStringHandler</c> (a method taking it, such as a logger's
        /// <c>LogWriteLine(ref DefaultInterpolatedStringHandler)</c>, builds the same string from a literal part and from a
        /// string hole). Any other handler, <c>FormattableString</c> or <c>IFormattable</c> sees the holes apart.
        /// </summary>
        private static bool FormatsToText(ITypeSymbol? type) =>
            type is not null && (type.SpecialType == SpecialType.System_String
                || (type is { Name: "DefaultInterpolatedStringHandler", ContainingNamespace: { Name: "CompilerServices", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } }));

        /// <summary>
        /// Whether the call the handler's string goes to hands it a format provider that may format every hole, a string
        /// too (<c>string.Create(provider, $"...")</c>: an <c>ICustomFormatter</c> sees the holes, never the text). Only
        /// a <c>CultureInfo</c> or no provider leaves a string hole as its text; a plain <c>string</c> takes none.
        /// </summary>
        private bool HandsAFormattingProvider(SemanticModel model, InterpolatedStringExpressionSyntax interpolated)
        {
            SyntaxNode node = interpolated;
            while (node.Parent is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            if (model.GetTypeInfo(interpolated, cancellationToken).ConvertedType?.SpecialType == SpecialType.System_String
                || node.Parent is not ArgumentSyntax { Parent: BaseArgumentListSyntax arguments } own)
            {
                return false;
            }

            foreach (var argument in arguments.Arguments)
            {
                if (argument != own && model.GetTypeInfo(argument.Expression, cancellationToken).Type is { } type
                    && (IsFormatProvider(type) || type.AllInterfaces.Any(IsFormatProvider))
                    && type is not { Name: "CultureInfo", ContainingNamespace: { Name: "Globalization", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } })
                {
                    return true;
                }
            }

            return false;

            static bool IsFormatProvider(ITypeSymbol type) =>
                type is { Name: "IFormatProvider", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
        }

        /// <summary>
        /// Whether the string has no hole yet and is handed to a method or constructor with an overload that takes an
        /// interpolated string handler: without a hole the string is a constant <c>string</c> to overload resolution
        /// (<c>Log(string)</c>); with the new hole it would bind to the handler's overload
        /// (<c>Log(ref LogInterpolatedStringHandler)</c>), which may read it as something else (a template, a structured
        /// entry).
        /// </summary>
        private bool MayBindToAHandlerOverload(SemanticModel model, InterpolatedStringExpressionSyntax interpolated)
        {
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax)
                {
                    return false;
                }
            }

            if (interpolated.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } })
            {
                return false;
            }

            IEnumerable<ISymbol> candidates = call switch
            {
                InvocationExpressionSyntax invocation => model.GetMemberGroup(invocation.Expression, cancellationToken),
                BaseObjectCreationExpressionSyntax creation => (model.GetTypeInfo(creation, cancellationToken).Type as INamedTypeSymbol)?.InstanceConstructors ?? ImmutableArray<IMethodSymbol>.Empty,
                _ => ImmutableArray<ISymbol>.Empty,
            };
            foreach (var candidate in candidates)
            {
                if (candidate is IMethodSymbol method)
                {
                    foreach (var parameter in method.Parameters)
                    {
                        if (parameter.Type.GetAttributes().Any(a => a.AttributeClass is { Name: "InterpolatedStringHandlerAttribute" }))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>The text with a hole for the parameter in place of the words the copies do not share.</summary>
        private SyntaxNode TextWithHole(SyntaxNode original, string parameter)
        {
            var (before, after) = textHoles[original];
            var text = before + "{" + parameter + "}" + after;
            return InterpolatedStringText(Token(original.GetLeadingTrivia(), SyntaxKind.InterpolatedStringTextToken, text, text, original.GetTrailingTrivia()))
                .WithAdditionalAnnotations(TextHoleAnnotation);
        }

        private static readonly SyntaxAnnotation TextHoleAnnotation = new("AiDebt.TextHole");

        /// <summary>
        /// Parses again each interpolated string given a hole by <see cref="TextWithHole"/>: the hole was written into its
        /// text token and becomes an interpolation of its own.
        /// </summary>
        private static StatementSyntax WithTextHolesParsed(StatementSyntax statement)
        {
            var strings = statement.GetAnnotatedNodes(TextHoleAnnotation).Select(n => n.Parent).OfType<InterpolatedStringExpressionSyntax>().Distinct().ToList();
            return strings.Count == 0
                ? statement
                : statement.ReplaceNodes(strings, (_, rewritten) => ParseExpression(rewritten.WithoutTrivia().ToFullString()).WithTriviaFrom(rewritten));
        }

        /// <summary>The start the texts share, up to and with its last space.</summary>
        private static string CommonStart(List<string> texts)
        {
            var length = 0;
            while (length < texts[0].Length && texts.All(t => t.Length > length && t[length] == texts[0][length]))
            {
                length++;
            }

            var space = texts[0].LastIndexOf(' ', Math.Max(0, length - 1));
            return length == 0 || space < 0 ? string.Empty : texts[0].Substring(0, space + 1);
        }

        /// <summary>The end the texts share, from and with its first space.</summary>
        private static string CommonEnd(List<string> texts)
        {
            var length = 0;
            while (length < texts[0].Length && texts.All(t => t.Length > length && t[t.Length - 1 - length] == texts[0][texts[0].Length - 1 - length]))
            {
                length++;
            }

            if (length == 0)
            {
                return string.Empty;
            }

            var start = texts[0].Length - length;
            var space = texts[0].IndexOf(' ', start);
            return space < 0 ? string.Empty : texts[0].Substring(space);
        }
    }
}
