using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// Builds <c>aidebt.fingerprint</c>: <c>v2:&lt;rule&gt;:&lt;container&gt;:&lt;hash&gt;:&lt;ordinal&gt;</c>.
/// Nothing in it depends on line numbers, whitespace, comments outside the finding or the file's folder, so adding lines
/// above a finding, reformatting the file or moving it within the project keeps it; baselines key on it. The hash is
/// SHA-256, never <c>string.GetHashCode()</c>, which is randomized per process.
/// </summary>
/// <remarks>
/// A fingerprint is unique within a compilation by construction. The container names one declaration: members carry
/// their parameter types (overloads differ), explicit interface implementations their interface, and a finding outside
/// any member (in a partial type, a namespace or between declarations) carries its file name, since those declarations
/// can be split over files. The ordinal counts the equal findings before it in the whole member (the whole file outside
/// members), so two equal findings there never share a rank. Version 1 counted equal comments only within one
/// statement's token, named overloads by their parameter count and gave every value finding rank 0;
/// <see cref="LegacyKey"/> still matches its baselines where that is unambiguous.
/// </remarks>
internal static class Fingerprint
{
    public const string Version = "v2";

    /// <summary>The scheme before unique ordinals; baselines written with it are still read.</summary>
    public const string LegacyVersion = "v1";

    /// <summary>For a finding on a syntax span: the normalized tokens inside the span, or its comment text when it holds no token.</summary>
    public static string ForSpan(string ruleId, SyntaxNode root, TextSpan span)
    {
        var units = CollectTokenTexts(root, span);
        if (units.Length == 0)
        {
            var trivia = root.FindTrivia(span.Start, findInsideTrivia: true);
            return ForTrivia(ruleId, trivia);
        }

        var node = root.FindNode(span, findInsideTrivia: false, getInnermostNodeForTie: true);
        var hash = Hash(units);
        var ordinal = CountEarlierTokenRuns(ScopeOf(node), span, units, hash);
        return Compose(ruleId, ContainerPath(node), hash, ordinal);
    }

    /// <summary>For a finding on a comment: its text with white space folded, counted among equal comments of its member.</summary>
    public static string ForTrivia(string ruleId, SyntaxTrivia trivia)
    {
        var text = NormalizeWhitespace(trivia.ToString());
        var node = trivia.Token.Parent ?? trivia.SyntaxTree?.GetRoot();
        if (node is null)
        {
            return Compose(ruleId, "<global>", Hash(new[] { text }), 0);
        }

        var ordinal = 0;
        foreach (var other in ScopeOf(node).DescendantTrivia(descendIntoTrivia: true))
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

        return Compose(ruleId, ContainerPath(node), Hash(new[] { text }), ordinal);
    }

    /// <summary>
    /// For a finding with no source location (an option, a project summary): a scope name and a value. The caller makes
    /// the pair unique; where two findings can share it, use an overload that takes their place.
    /// </summary>
    public static string ForValue(string ruleId, string scope, string value) =>
        Compose(ruleId, scope, Hash(new[] { value }), 0);

    /// <summary>
    /// For a finding on source text that is no single token or comment (a documentation line, comment lines read together,
    /// a provenance comment): the value and the span's text, ranked among equal texts before it in its member.
    /// </summary>
    public static string ForValue(string ruleId, SyntaxNode root, TextSpan span, string value)
    {
        var node = root.FindNode(span, findInsideTrivia: true, getInnermostNodeForTie: true);
        var scope = ScopeOf(node);
        var fullText = scope.ToFullString();
        var text = NormalizeWhitespace(root.SyntaxTree.GetText().ToString(span));
        var ordinal = CountEarlierTexts(fullText, span.Start - scope.FullSpan.Start, text);
        return Compose(ruleId, ContainerPath(node), Hash(new[] { value, text }), ordinal);
    }

    /// <summary>
    /// For a finding on a line of an additional file (a trace, an API list): the file's name, the value and the span's
    /// text, ranked among equal texts before it in the file.
    /// </summary>
    public static string ForValue(string ruleId, string scope, SourceText file, TextSpan span, string value)
    {
        var fullText = file.ToString();
        var text = NormalizeWhitespace(fullText.Substring(span.Start, span.Length));
        return Compose(ruleId, scope, Hash(new[] { value, text }), CountEarlierTexts(fullText, span.Start, text));
    }

    /// <summary>
    /// The syntactic container of a node: namespaces, types and the member, e.g.
    /// <c>Shop.Orders.OrderController.AddLineAsync(int,string)</c>. Members carry their parameter types so overloads
    /// differ; outside members the file name follows an <c>@</c>, because partial types and namespaces span files.
    /// </summary>
    public static string ContainerPath(SyntaxNode node)
    {
        var parts = new List<string>();
        var inMember = false;
        for (var current = node; current is not null; current = Up(current))
        {
            var part = current switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                TypeDeclarationSyntax type => type.Identifier.ValueText + Arity(type.TypeParameterList),
                EnumDeclarationSyntax enumType => enumType.Identifier.ValueText,
                DelegateDeclarationSyntax del => del.Identifier.ValueText + Arity(del.TypeParameterList),
                MethodDeclarationSyntax method => method.Identifier.ValueText + Arity(method.TypeParameterList) + Interface(method.ExplicitInterfaceSpecifier) + Parameters(method.ParameterList, '(', ')') + (IsPartialDefinition(method) ? "{partial}" : string.Empty),
                LocalFunctionStatementSyntax local => local.Identifier.ValueText + Parameters(local.ParameterList, '(', ')'),
                ConstructorDeclarationSyntax ctor => (ctor.Modifiers.Any(SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor") + Parameters(ctor.ParameterList, '(', ')'),
                DestructorDeclarationSyntax => "Finalize()",
                OperatorDeclarationSyntax op => "operator " + op.OperatorToken.ValueText + Interface(op.ExplicitInterfaceSpecifier) + Parameters(op.ParameterList, '(', ')'),
                ConversionOperatorDeclarationSyntax conv => conv.ImplicitOrExplicitKeyword.ValueText + " operator " + conv.Type + Interface(conv.ExplicitInterfaceSpecifier) + Parameters(conv.ParameterList, '(', ')'),
                PropertyDeclarationSyntax property => property.Identifier.ValueText + Interface(property.ExplicitInterfaceSpecifier),
                IndexerDeclarationSyntax indexer => "this" + Interface(indexer.ExplicitInterfaceSpecifier) + Parameters(indexer.ParameterList, '[', ']'),
                EventDeclarationSyntax evt => evt.Identifier.ValueText + Interface(evt.ExplicitInterfaceSpecifier),
                AccessorDeclarationSyntax accessor => accessor.Keyword.ValueText,
                BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0 => field.Declaration.Variables[0].Identifier.ValueText,
                EnumMemberDeclarationSyntax member => member.Identifier.ValueText,
                GlobalStatementSyntax => "<top-level>",
                _ => null,
            };

            if (part is not null)
            {
                inMember |= parts.Count == 0 && IsUniqueDeclaration(current);
                parts.Add(part);
            }
        }

        parts.Reverse();
        var path = parts.Count == 0 ? "<global>" : string.Join(".", parts);
        if (!inMember && node.SyntaxTree?.FilePath is { Length: > 0 } filePath)
        {
            path += "@" + FileName(filePath);
        }

        return path;
    }

    /// <summary>
    /// A fingerprint's identity without its rank, in the version 1 form: rule, container with parameter counts and no
    /// file name, hash. A version 1 baseline entry matches the current findings that share this key, and only
    /// unambiguously when no more findings share it than the baseline holds entries for it.
    /// </summary>
    public static string? LegacyKey(string fingerprint)
    {
        var first = fingerprint.IndexOf(':');
        var second = first < 0 ? -1 : fingerprint.IndexOf(':', first + 1);
        var last = fingerprint.LastIndexOf(':');
        var beforeLast = last <= 0 ? -1 : fingerprint.LastIndexOf(':', last - 1);
        if (first < 0 || second < 0 || beforeLast <= second)
        {
            return null;
        }

        var version = fingerprint.Substring(0, first);
        var container = fingerprint.Substring(second + 1, beforeLast - second - 1);
        if (string.Equals(version, Version, StringComparison.Ordinal))
        {
            container = LegacyContainer(container);
        }
        else if (!string.Equals(version, LegacyVersion, StringComparison.Ordinal))
        {
            return null;
        }

        return fingerprint.Substring(first + 1, second - first - 1) + ":" + container + ":" + fingerprint.Substring(beforeLast + 1, last - beforeLast - 1);
    }

    /// <summary>The container of a node as version 1 wrote it (parameter counts, no interface or file).</summary>
    public static string LegacyContainerPath(SyntaxNode node) => LegacyContainer(ContainerPath(node));

    /// <summary>Whether a fingerprint was built by the version 1 scheme.</summary>
    public static bool IsLegacy(string fingerprint) => fingerprint.StartsWith(LegacyVersion + ":", StringComparison.Ordinal);

    /// <summary>Parameter types become counts, the interface and file qualifiers go: the container as version 1 wrote it.</summary>
    private static string LegacyContainer(string container)
    {
        var at = container.LastIndexOf('@');
        if (at >= 0)
        {
            container = container.Substring(0, at);
        }

        var builder = new StringBuilder(container.Length);
        for (var i = 0; i < container.Length; i++)
        {
            var c = container[i];
            if (c == '{')
            {
                i = container.IndexOf('}', i);
                if (i < 0)
                {
                    break;
                }

                continue;
            }

            if (c is '(' or '[')
            {
                var close = c == '(' ? ')' : ']';
                var depth = 0;
                var count = 0;
                var end = i + 1;
                for (; end < container.Length; end++)
                {
                    var inner = container[end];
                    if (depth == 0 && inner == close)
                    {
                        break;
                    }

                    if (inner is '(' or '[' or '<')
                    {
                        depth++;
                    }
                    else if (inner is ')' or ']' or '>')
                    {
                        depth--;
                    }
                    else if (inner == ',' && depth == 0)
                    {
                        count++;
                    }
                }

                builder.Append(c).Append((end == i + 1 ? 0 : count + 1).ToString(CultureInfo.InvariantCulture)).Append(close);
                i = end;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Where equal findings are counted: the member that holds the node (a local function counts with its method),
    /// else the whole file, which also holds every part of a partial type or namespace that is in it.
    /// </summary>
    private static SyntaxNode ScopeOf(SyntaxNode node)
    {
        SyntaxNode? member = null;
        SyntaxNode last = node;
        for (var current = node; current is not null; current = Up(current))
        {
            last = current;
            if (member is null && current is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax
                or EnumMemberDeclarationSyntax or DelegateDeclarationSyntax or EnumDeclarationSyntax)
            {
                member = current;
            }
        }

        return member ?? last;
    }

    /// <summary>Whether a declaration's container path names it alone in a compilation (a partial type does not).</summary>
    private static bool IsUniqueDeclaration(SyntaxNode node) => node switch
    {
        TypeDeclarationSyntax or BaseNamespaceDeclarationSyntax or GlobalStatementSyntax => false,
        _ => true,
    };

    /// <summary>The parent node, crossing from a documentation comment to the token that carries it.</summary>
    private static SyntaxNode? Up(SyntaxNode node) =>
        node.Parent ?? (node is StructuredTriviaSyntax structured ? structured.ParentTrivia.Token.Parent : null);

    private static bool IsPartialDefinition(MethodDeclarationSyntax method) =>
        method.Body is null && method.ExpressionBody is null && method.Modifiers.Any(SyntaxKind.PartialKeyword);

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return path.Substring(slash + 1);
    }

    private static string Arity(TypeParameterListSyntax? list) =>
        list is null || list.Parameters.Count == 0 ? string.Empty : "`" + list.Parameters.Count.ToString(CultureInfo.InvariantCulture);

    private static string Interface(ExplicitInterfaceSpecifierSyntax? specifier) =>
        specifier is null ? string.Empty : "{" + WithoutWhitespace(specifier.Name.ToString()) + "}";

    /// <summary>Parameter types with their <c>ref</c>, <c>out</c> and <c>in</c>, white space removed: <c>(int,ref string)</c>.</summary>
    private static string Parameters(BaseParameterListSyntax? list, char open, char close)
    {
        var builder = new StringBuilder().Append(open);
        if (list is not null)
        {
            for (var i = 0; i < list.Parameters.Count; i++)
            {
                var parameter = list.Parameters[i];
                if (i > 0)
                {
                    builder.Append(',');
                }

                foreach (var modifier in parameter.Modifiers)
                {
                    if (modifier.IsKind(SyntaxKind.RefKeyword) || modifier.IsKind(SyntaxKind.OutKeyword) || modifier.IsKind(SyntaxKind.InKeyword))
                    {
                        builder.Append(modifier.ValueText).Append(' ');
                    }
                }

                builder.Append(parameter.Type is null ? "?" : WithoutWhitespace(parameter.Type.ToString()));
            }
        }

        return builder.Append(close).ToString();
    }

    private static string WithoutWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string[] CollectTokenTexts(SyntaxNode root, TextSpan span)
    {
        // From the token at the span's start onwards: a walk down from the root would pass every earlier statement
        // of a long block for each finding in it, where finding the first token searches the block's offsets.
        var texts = new List<string>();
        for (var token = root.FindToken(span.Start); token.RawKind != 0 && token.SpanStart < span.End; token = token.GetNextToken())
        {
            if (span.Contains(token.Span) && token.Span.Length > 0)
            {
                texts.Add(token.Text);
            }
        }

        return texts.ToArray();
    }

    /// <summary>
    /// How many runs of <paramref name="units"/> lie wholly before <paramref name="span"/> in <paramref name="container"/>:
    /// the ends of every run in the container are found by one walk and kept for the tree, since every equal finding of
    /// a member asks (a member of 2,000 equal waits was walked 2,000 times, once per finding).
    /// </summary>
    private static int CountEarlierTokenRuns(SyntaxNode container, TextSpan span, string[] units, string hash)
    {
        var runs = RunEnds.GetValue(container.SyntaxTree, static _ => new ConcurrentDictionary<RunKey, int[]>());
        var key = new RunKey(container.RawKind, container.Span, units, hash);
        if (!runs.TryGetValue(key, out var ends))
        {
            ends = runs.GetOrAdd(key, FindRunEnds(container, units));
        }

        // A run counts when its last token starts before the finding: the number of ends below span.Start.
        var low = 0;
        var high = ends.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (ends[middle] < span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Where the last token of each run of <paramref name="units"/> in <paramref name="container"/> starts, in order.</summary>
    private static int[] FindRunEnds(SyntaxNode container, string[] units)
    {
        var texts = new List<string>();
        var starts = new List<int>();
        foreach (var token in container.DescendantTokens())
        {
            texts.Add(token.Text);
            starts.Add(token.SpanStart);
        }

        List<int>? ends = null;
        for (var start = 0; start + units.Length <= texts.Count; start++)
        {
            var match = true;
            for (var i = 0; i < units.Length && match; i++)
            {
                match = string.Equals(texts[start + i], units[i], StringComparison.Ordinal);
            }

            if (match)
            {
                (ends ??= new List<int>()).Add(starts[start + units.Length - 1]);
            }
        }

        return ends is null ? Array.Empty<int>() : ends.ToArray();
    }

    // Per tree, the run ends of each (container, run) a finding asked about; the tree's lifetime bounds the table's.
    private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<RunKey, int[]>> RunEnds = new();

    /// <summary>
    /// One container of a tree (by kind and span) and one run of tokens, compared token by token: two runs can share a
    /// hash (the hash joins the tokens with spaces, and a token of an interpolated string can hold one), and the rank
    /// must count only the run itself, whichever finding asked first.
    /// </summary>
    private readonly struct RunKey : IEquatable<RunKey>
    {
        private readonly int kind;
        private readonly TextSpan container;
        private readonly string[] units;
        private readonly string hash;

        public RunKey(int kind, TextSpan container, string[] units, string hash)
        {
            this.kind = kind;
            this.container = container;
            this.units = units;
            this.hash = hash;
        }

        public bool Equals(RunKey other)
        {
            if (kind != other.kind || container != other.container || units.Length != other.units.Length || !string.Equals(hash, other.hash, StringComparison.Ordinal))
            {
                return false;
            }

            for (var i = 0; i < units.Length; i++)
            {
                if (!string.Equals(units[i], other.units[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is RunKey other && Equals(other);

        public override int GetHashCode() => (((kind * 397) ^ container.GetHashCode()) * 397) ^ StringComparer.Ordinal.GetHashCode(hash);
    }

    /// <summary>
    /// How often the white-space-folded <paramref name="text"/> starts before <paramref name="position"/> in the folded
    /// <paramref name="fullText"/>: a rank that layout does not change, and that differs for two equal texts.
    /// </summary>
    private static int CountEarlierTexts(string fullText, int position, string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var folded = NormalizeWhitespace(fullText);
        var limit = NormalizeWhitespace(fullText.Substring(0, Math.Max(0, Math.Min(position, fullText.Length)))).Length;
        var ordinal = 0;
        for (var at = folded.IndexOf(text, StringComparison.Ordinal); at >= 0 && at < limit; at = folded.IndexOf(text, at + 1, StringComparison.Ordinal))
        {
            ordinal++;
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
        return HexPrefix(sha.ComputeHash(Encoding.UTF8.GetBytes(joined)));
    }

    /// <summary>The first 8 bytes of a digest in lower-case hex: the 16-character ids and fingerprints.</summary>
    internal static string HexPrefix(byte[] digest)
    {
        const string Digits = "0123456789abcdef";
        var chars = new char[16];
        for (var i = 0; i < 8; i++)
        {
            chars[2 * i] = Digits[digest[i] >> 4];
            chars[(2 * i) + 1] = Digits[digest[i] & 15];
        }

        return new string(chars);
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
