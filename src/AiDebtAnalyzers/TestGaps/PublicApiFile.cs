using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>A line of a public API file that is not an entry in the PublicApiAnalyzers format.</summary>
internal sealed record PublicApiError(string Line, string Reason, TextSpan Span, LinePositionSpan LineSpan);

/// <summary>
/// A parsed <c>PublicAPI.Shipped.txt</c> or <c>PublicAPI.Unshipped.txt</c> (Microsoft.CodeAnalysis.PublicApiAnalyzers
/// format): one symbol per line as its display format renders it, an optional <c>#nullable enable</c> first line, a
/// <c>~</c> prefix on entries that use oblivious types and a <c>*REMOVED*</c> prefix (unshipped file only) on entries
/// that were removed. Reading never throws: a line that is not an entry becomes a <see cref="PublicApiError"/>.
/// </summary>
internal sealed class PublicApiFile
{
    public const string ShippedFileName = "PublicAPI.Shipped.txt";
    public const string UnshippedFileName = "PublicAPI.Unshipped.txt";
    internal const string NullableEnable = "#nullable enable";
    internal const string RemovedPrefix = "*REMOVED*";
    internal const char ObliviousMarker = '~';

    private static readonly ConditionalWeakTable<SourceText, PublicApiFile> ParsedTexts = new();

    private static readonly string[] KnownModifiers =
    {
        "static", "abstract", "virtual", "override", "sealed", "const", "readonly", "extern", "new", "required", "volatile", "unsafe", "async",
    };

    private PublicApiFile(bool isShipped, bool nullableEnabled, ImmutableArray<string> entries, ImmutableArray<PublicApiError> errors)
    {
        IsShipped = isShipped;
        NullableEnabled = nullableEnabled;
        Entries = entries;
        Errors = errors;
    }

    public bool IsShipped { get; }

    /// <summary>The file declares <c>#nullable enable</c>: its entries carry <c>!</c>/<c>?</c> annotations.</summary>
    public bool NullableEnabled { get; }

    /// <summary>
    /// The APIs the file lists, as a rendered symbol is compared with them: without the <c>~</c> marker and attribute
    /// prefixes such as <c>[EXP001]</c>. <c>*REMOVED*</c> entries say an API is gone, so they are not listed.
    /// </summary>
    public ImmutableArray<string> Entries { get; }

    public ImmutableArray<PublicApiError> Errors { get; }

    /// <summary>Whether a file name is one of the two public API files (case-insensitive, any folder).</summary>
    public static bool IsPublicApiFileName(string path, out bool isShipped)
    {
        // Either separator: a path written on Windows is still recognised on other systems.
        var fileName = path ?? string.Empty;
        var separator = Math.Max(fileName.LastIndexOf('/'), fileName.LastIndexOf('\\'));
        fileName = fileName.Substring(separator + 1);
        isShipped = string.Equals(fileName, ShippedFileName, StringComparison.OrdinalIgnoreCase);
        return isShipped || string.Equals(fileName, UnshippedFileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <see cref="Parse"/>, remembered per <see cref="SourceText"/>: the IDE hands every new compilation (one per edit) the
    /// same text instance of an unchanged additional file, so the files are parsed once, not on every keystroke.
    /// </summary>
    public static PublicApiFile ParseCached(SourceText text, bool isShipped)
    {
        // One text read as both files (a linked file) is parsed for each, and only the first parse is remembered.
        if (ParsedTexts.TryGetValue(text, out var cached) && cached.IsShipped == isShipped)
        {
            return cached;
        }

        var parsed = Parse(text, isShipped);
        var stored = ParsedTexts.GetValue(text, _ => parsed);
        return stored.IsShipped == isShipped ? stored : parsed;
    }

    public static PublicApiFile Parse(SourceText text, bool isShipped)
    {
        var entries = ImmutableArray.CreateBuilder<string>();
        var errors = ImmutableArray.CreateBuilder<PublicApiError>();
        var nullableEnabled = false;
        var sawEntry = false;

        foreach (var line in text.Lines)
        {
            var raw = line.ToString();
            var content = raw.TrimEnd();
            if (content.Length == 0)
            {
                continue;
            }

            var lineSpan = text.Lines.GetLinePositionSpan(line.Span);
            if (content.StartsWith("#", StringComparison.Ordinal))
            {
                if (string.Equals(content.Trim(), NullableEnable, StringComparison.Ordinal))
                {
                    if (sawEntry)
                    {
                        errors.Add(new PublicApiError(content, "'#nullable enable' must be the first line of the file", line.Span, lineSpan));
                    }

                    nullableEnabled = true;
                    continue;
                }

                errors.Add(new PublicApiError(content, "the only directive the format knows is '#nullable enable'", line.Span, lineSpan));
                continue;
            }

            sawEntry = true;
            var reason = Validate(content, isShipped, out var isRemoved);
            if (reason is not null)
            {
                errors.Add(new PublicApiError(content, reason, line.Span, lineSpan));
            }
            else if (!isRemoved)
            {
                entries.Add(WithoutAttributePrefixes(Normalize(content)));
            }
        }

        return new PublicApiFile(isShipped, nullableEnabled, entries.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>
    /// Why a line is not an entry of the format, or null when it is one. The checks follow the shapes the display format
    /// writes: types, members with <c> -&gt; </c> and their type, constants and enum members with their value, property
    /// and indexer accessors, operators and conversions, each with balanced brackets and qualified names.
    /// </summary>
    internal static string? Validate(string line, bool isShipped, out bool isRemoved)
    {
        var text = line.Trim();
        isRemoved = false;
        if (text.StartsWith(RemovedPrefix, StringComparison.Ordinal))
        {
            if (isShipped)
            {
                return "'*REMOVED*' entries belong in PublicAPI.Unshipped.txt, not in the shipped file";
            }

            isRemoved = true;
            text = text.Substring(RemovedPrefix.Length);
        }

        if (text.Length > 0 && text[0] == ObliviousMarker)
        {
            text = text.Substring(1);
        }

        // [ExperimentalId] and [RequiresUnsafe] prefixes mark attributes on the API; they are part of the entry.
        // The '<' and '>' of an operator name ("operator <=", "operator >>") are masked so that they never count as brackets.
        var body = MaskOperatorToken(text);
        while (body.Length > 0 && body[0] == '[')
        {
            var close = body.IndexOf(']');
            if (close < 0)
            {
                return "an opening '[' has no closing ']'";
            }

            body = body.Substring(close + 1);
        }

        if (body.Length == 0)
        {
            return "the entry names no symbol";
        }

        if (!CheckBalanced(body, out var reason))
        {
            return reason;
        }

        if (body.EndsWith(" ->", StringComparison.Ordinal))
        {
            return "nothing follows ' -> '";
        }

        var arrow = IndexOfTopLevel(body, " -> ");
        var signature = (arrow >= 0 ? body.Substring(0, arrow) : body).Trim();
        var hasType = arrow >= 0;
        if (hasType && body.Substring(arrow + 4).Trim().Length == 0)
        {
            return "nothing follows ' -> '";
        }

        // Modifiers come first, each followed by a space: "static readonly Ns.C.Field", "sealed override Ns.C.M() -> void".
        var onlyTypeModifiers = true;
        while (true)
        {
            var space = signature.IndexOf(' ');
            if (space <= 0)
            {
                break;
            }

            var word = signature.Substring(0, space);
            if (Array.IndexOf(KnownModifiers, word) < 0)
            {
                break;
            }

            // The display format writes no modifiers on types; "static", "abstract" and "sealed" written by hand pass.
            onlyTypeModifiers &= word is "static" or "abstract" or "sealed";
            signature = signature.Substring(space + 1).TrimStart();
        }

        if (signature.Length == 0)
        {
            return "the entry names no symbol";
        }

        // Constants and enum members: "Ns.E.A = 0 -> Ns.E"; the value may hold any text, so cut it first.
        var equals = IndexOfTopLevel(signature, " = ");
        var parameterStart = IndexOfTopLevel(signature, "(");
        if (equals >= 0 && (parameterStart < 0 || equals < parameterStart))
        {
            return hasType ? CheckQualifiedName(signature.Substring(0, equals).TrimEnd()) : "a constant needs its type after ' -> '";
        }

        if (!hasType)
        {
            if (parameterStart >= 0 || !onlyTypeModifiers)
            {
                return "a member needs ' -> ' and its type or return type";
            }

            var typeName = signature.Substring(LastTopLevelDot(signature) + 1);
            return CheckQualifiedName(signature) ?? (IsIdentifierWithTypeParameters(typeName) ? null : "'" + typeName + "' is not a type name");
        }

        // Accessors: "Ns.C.Name.get", "Ns.C.this[int i].set".
        var accessor = AccessorSuffix(signature);
        if (accessor is not null)
        {
            var owner = signature.Substring(0, signature.Length - accessor.Length - 1);
            var indexer = IndexOfTopLevel(owner, ".this[");
            return indexer >= 0 && owner.EndsWith("]", StringComparison.Ordinal) ? null : CheckQualifiedName(owner);
        }

        if (parameterStart < 0)
        {
            // A field or an event.
            return CheckQualifiedName(signature);
        }

        if (!signature.EndsWith(")", StringComparison.Ordinal))
        {
            return "text follows the parameter list";
        }

        // Operators: the name part holds a space ("operator +", "implicit operator int"), so the containing type ends at
        // the last top-level dot before the "operator" keyword.
        var head = signature.Substring(0, parameterStart);
        var operatorIndex = head.IndexOf("operator", StringComparison.Ordinal);
        if (operatorIndex > 0 && (head[operatorIndex - 1] == '.' || head[operatorIndex - 1] == ' '))
        {
            return head.LastIndexOf('.', operatorIndex - 1) <= 0 ? "an operator needs its containing type" : null;
        }

        return CheckQualifiedName(head);
    }

    /// <summary>The entry text as compared with rendered symbols: without <c>*REMOVED*</c>, <c>~</c> and outer white space.</summary>
    internal static string Normalize(string line)
    {
        var text = line.Trim();
        if (text.StartsWith(RemovedPrefix, StringComparison.Ordinal))
        {
            text = text.Substring(RemovedPrefix.Length);
        }

        return text.TrimStart(ObliviousMarker);
    }

    /// <summary>An entry without the attribute prefixes (<c>[EXP001]</c>) that PublicApiAnalyzers writes before some APIs.</summary>
    private static string WithoutAttributePrefixes(string text)
    {
        while (text.Length > 0 && text[0] == '[')
        {
            var close = text.IndexOf(']');
            if (close < 0)
            {
                break;
            }

            text = text.Substring(close + 1);
        }

        return text;
    }

    private const char MaskedLess = '\u2039';
    private const char MaskedGreater = '\u203A';

    private static string MaskOperatorToken(string text)
    {
        var index = text.IndexOf("operator ", StringComparison.Ordinal);
        if (index < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = index + "operator ".Length; i < chars.Length && chars[i] != '('; i++)
        {
            chars[i] = chars[i] switch { '<' => MaskedLess, '>' => MaskedGreater, _ => chars[i] };
        }

        return new string(chars);
    }

    private static string? AccessorSuffix(string signature)
    {
        foreach (var suffix in new[] { "get", "set", "init" })
        {
            if (signature.Length > suffix.Length + 1 && signature.EndsWith("." + suffix, StringComparison.Ordinal)
                && (signature[signature.Length - suffix.Length - 2] != '.'))
            {
                return suffix;
            }
        }

        return null;
    }

    /// <summary>Why a qualified name (<c>Ns.C.Name</c>, or a type in the global namespace) is not one, or null.</summary>
    private static string? CheckQualifiedName(string name)
    {
        var lastDot = LastTopLevelDot(name);
        if (lastDot < 0)
        {
            // A type in the global namespace has no dot; a member always has one.
            return IsIdentifierWithTypeParameters(name) ? null : "'" + name + "' is not a qualified name";
        }

        var container = name.Substring(0, lastDot);
        var member = name.Substring(lastDot + 1);
        if (container.Length == 0 || member.Length == 0 || container[0] == '.' || container[container.Length - 1] == '.' || IndexOfTopLevel(container, "..") >= 0)
        {
            return "'" + name + "' has an empty name part";
        }

        return IsIdentifierWithTypeParameters(member) || member.StartsWith("~", StringComparison.Ordinal) ? null : "'" + member + "' is not a member name";
    }

    private static bool IsIdentifierWithTypeParameters(string name)
    {
        // Compiler-generated public members such as a record's "<Clone>$" are listed too.
        if (name.Length > 2 && name[0] == '<')
        {
            return name.IndexOf('>') > 1;
        }

        var end = name.IndexOf('<');
        var identifier = end < 0 ? name : name.Substring(0, end);
        if (end >= 0 && !name.EndsWith(">", StringComparison.Ordinal))
        {
            return false;
        }

        if (identifier.Length == 0)
        {
            return false;
        }

        var start = identifier[0] == '@' ? 1 : 0;
        if (identifier.Length == start || !(char.IsLetter(identifier[start]) || identifier[start] == '_'))
        {
            return false;
        }

        for (var i = start + 1; i < identifier.Length; i++)
        {
            if (!(char.IsLetterOrDigit(identifier[i]) || identifier[i] == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static int LastTopLevelDot(string text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '>' or ')' or ']')
            {
                depth++;
            }
            else if (c is '<' or '(' or '[')
            {
                depth--;
            }
            else if (c == '.' && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the character at <paramref name="index"/> is outside string and character literals. Inside one, an
    /// escape skips the next character; the quote that opens or closes a literal is not code either.
    /// </summary>
    private static bool IsCode(string text, ref int index, ref char quote)
    {
        var c = text[index];
        if (quote != '\0')
        {
            if (c == '\\')
            {
                index++;
            }
            else if (c == quote)
            {
                quote = '\0';
            }

            return false;
        }

        if (c is '"' or '\'')
        {
            quote = c;
            return false;
        }

        return true;
    }

    /// <summary>Index of <paramref name="value"/> outside brackets and string or character literals, or -1.</summary>
    private static int IndexOfTopLevel(string text, string value)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsCode(text, ref i, ref quote))
            {
                continue;
            }

            var c = text[i];

            if (depth == 0 && string.CompareOrdinal(text, i, value, 0, value.Length) == 0)
            {
                return i;
            }

            switch (c)
            {
                case '<' or '(' or '[':
                    depth++;
                    break;
                case '>' when i > 0 && text[i - 1] == '-':
                    // The arrow of "->" closes no bracket.
                    break;
                case '>' or ')' or ']':
                    depth--;
                    break;
            }
        }

        return -1;
    }

    private static bool CheckBalanced(string text, out string? reason)
    {
        var stack = new Stack<char>();
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsCode(text, ref i, ref quote))
            {
                continue;
            }

            var c = text[i];

            switch (c)
            {
                case '<' or '(' or '[':
                    stack.Push(c);
                    break;
                case '>' when i > 0 && text[i - 1] == '-':
                    break;
                case '>' or ')' or ']':
                    var open = c switch { '>' => '<', ')' => '(', _ => '[' };
                    if (stack.Count == 0 || stack.Pop() != open)
                    {
                        reason = "'" + c + "' at column " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " closes nothing that was opened";
                        return false;
                    }

                    break;
            }
        }

        if (quote != '\0')
        {
            reason = "a string or character literal is not closed";
            return false;
        }

        if (stack.Count > 0)
        {
            reason = "'" + stack.Peek() + "' is never closed";
            return false;
        }

        reason = null;
        return true;
    }
}
