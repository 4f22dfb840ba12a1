using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// Builds <c>aidebt.fingerprint</c>: <c>v1:&lt;rule&gt;:&lt;container&gt;:&lt;hash&gt;:&lt;ordinal&gt;</c>.
/// Nothing in it depends on line numbers, whitespace or comments outside the finding, so adding lines above a finding or
/// reformatting the file keeps it; baselines key on it. The hash is SHA-256, never <c>string.GetHashCode()</c>, which is
/// randomized per process.
/// </summary>
public static class Fingerprint
{
    public const string Version = "v1";

    /// <summary>For a finding on a syntax span: the normalized tokens inside the span, or its comment text when it holds no token.</summary>
    public static string ForSpan(string ruleId, SyntaxNode root, TextSpan span)
    {
        var container = FindContainer(root, span);
        var units = CollectTokenTexts(root, span);
        if (units.Length == 0)
        {
            var trivia = root.FindTrivia(span.Start, findInsideTrivia: true);
            return ForTrivia(ruleId, trivia);
        }

        var ordinal = CountEarlierTokenRuns(container, span, units);
        return Compose(ruleId, ContainerPath(container), Hash(units), ordinal);
    }

    /// <summary>For a finding on a comment: its text with white space folded, counted among equal comments of its container.</summary>
    public static string ForTrivia(string ruleId, SyntaxTrivia trivia)
    {
        var text = NormalizeWhitespace(trivia.ToString());
        var container = trivia.Token.Parent ?? trivia.SyntaxTree?.GetRoot();
        var ordinal = 0;
        if (container is not null)
        {
            foreach (var other in container.DescendantTrivia(descendIntoTrivia: true))
            {
                if (other.SpanStart >= trivia.SpanStart)
                {
                    break;
                }

                if (other.RawKind == trivia.RawKind && string.Equals(NormalizeWhitespace(other.ToString()), text, StringComparison.Ordinal))
                {
                    ordinal++;
                }
            }
        }

        return Compose(ruleId, container is null ? "<global>" : ContainerPath(container), Hash(new[] { text }), ordinal);
    }

    /// <summary>For a finding with no source location (an option, a project summary): a scope name and a value.</summary>
    public static string ForValue(string ruleId, string scope, string value) =>
        Compose(ruleId, scope, Hash(new[] { value }), 0);

    /// <summary>
    /// The syntactic container of a node: namespaces, types and the member, e.g.
    /// <c>Shop.Orders.OrderController.AddLineAsync(2)</c>; members carry their parameter count so overloads differ.
    /// </summary>
    public static string ContainerPath(SyntaxNode node)
    {
        var parts = new System.Collections.Generic.List<string>();
        for (var current = node; current is not null; current = current.Parent)
        {
            var part = current switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                TypeDeclarationSyntax type => type.Identifier.ValueText + Arity(type.TypeParameterList),
                EnumDeclarationSyntax enumType => enumType.Identifier.ValueText,
                DelegateDeclarationSyntax del => del.Identifier.ValueText + Arity(del.TypeParameterList),
                MethodDeclarationSyntax method => method.Identifier.ValueText + Arity(method.TypeParameterList) + ParameterCount(method.ParameterList),
                LocalFunctionStatementSyntax local => local.Identifier.ValueText + ParameterCount(local.ParameterList),
                ConstructorDeclarationSyntax ctor => (ctor.Modifiers.Any(SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor") + ParameterCount(ctor.ParameterList),
                DestructorDeclarationSyntax => "Finalize()",
                OperatorDeclarationSyntax op => "operator " + op.OperatorToken.ValueText + ParameterCount(op.ParameterList),
                ConversionOperatorDeclarationSyntax conv => conv.ImplicitOrExplicitKeyword.ValueText + " operator " + conv.Type + ParameterCount(conv.ParameterList),
                PropertyDeclarationSyntax property => property.Identifier.ValueText,
                IndexerDeclarationSyntax indexer => "this[" + indexer.ParameterList.Parameters.Count.ToString(CultureInfo.InvariantCulture) + "]",
                EventDeclarationSyntax evt => evt.Identifier.ValueText,
                AccessorDeclarationSyntax accessor => accessor.Keyword.ValueText,
                BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0 => field.Declaration.Variables[0].Identifier.ValueText,
                EnumMemberDeclarationSyntax member => member.Identifier.ValueText,
                GlobalStatementSyntax => "<top-level>",
                _ => null,
            };

            if (part is not null)
            {
                parts.Add(part);
            }
        }

        if (parts.Count == 0)
        {
            return "<global>";
        }

        parts.Reverse();
        return string.Join(".", parts);
    }

    private static string Arity(TypeParameterListSyntax? list) =>
        list is null || list.Parameters.Count == 0 ? string.Empty : "`" + list.Parameters.Count.ToString(CultureInfo.InvariantCulture);

    private static string ParameterCount(BaseParameterListSyntax? list) =>
        "(" + (list?.Parameters.Count ?? 0).ToString(CultureInfo.InvariantCulture) + ")";

    private static SyntaxNode FindContainer(SyntaxNode root, TextSpan span)
    {
        var node = root.FindNode(span, findInsideTrivia: false, getInnermostNodeForTie: true);
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax
                or BaseFieldDeclarationSyntax or EnumMemberDeclarationSyntax or BaseTypeDeclarationSyntax
                or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax or GlobalStatementSyntax)
            {
                return current;
            }
        }

        return root;
    }

    private static string[] CollectTokenTexts(SyntaxNode root, TextSpan span)
    {
        var texts = new System.Collections.Generic.List<string>();
        foreach (var token in root.DescendantTokens(span))
        {
            if (span.Contains(token.Span) && token.Span.Length > 0)
            {
                texts.Add(token.Text);
            }
        }

        return texts.ToArray();
    }

    private static int CountEarlierTokenRuns(SyntaxNode container, TextSpan span, string[] units)
    {
        var ordinal = 0;
        var window = new System.Collections.Generic.List<SyntaxToken>();
        foreach (var token in container.DescendantTokens())
        {
            if (token.SpanStart >= span.Start)
            {
                break;
            }

            window.Add(token);
        }

        for (var start = 0; start + units.Length <= window.Count; start++)
        {
            var match = true;
            for (var i = 0; i < units.Length && match; i++)
            {
                match = string.Equals(window[start + i].Text, units[i], StringComparison.Ordinal);
            }

            if (match)
            {
                ordinal++;
            }
        }

        return ordinal;
    }

    private static string Compose(string ruleId, string container, string hash, int ordinal) =>
        Version + ":" + ruleId + ":" + container + ":" + hash + ":" + ordinal.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first 16 hex digits of SHA-256 over the units joined by single spaces.</summary>
    public static string Hash(string[] units)
    {
        var joined = string.Join(" ", units);
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(joined));
        var builder = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            builder.Append(digest[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    internal static string NormalizeWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
