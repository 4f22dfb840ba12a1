using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.TestGaps;

/// <summary>The shape of one entry of a <c>PublicAPI.*.txt</c> file, read from its text.</summary>
public enum PublicApiEntryKind
{
    /// <summary><c>Ns.Outer.Inner&lt;T&gt;</c>: a type (class, struct, interface, enum, delegate, record).</summary>
    Type,

    /// <summary><c>Ns.C.M(int x) -&gt; void</c>.</summary>
    Method,

    /// <summary><c>Ns.C.C(int x) -&gt; void</c>: the member name repeats the type name.</summary>
    Constructor,

    /// <summary><c>~Ns.C.~C() -&gt; void</c>.</summary>
    Finalizer,

    /// <summary><c>static Ns.C.operator +(Ns.C! a, Ns.C! b) -&gt; Ns.C!</c>.</summary>
    Operator,

    /// <summary><c>static Ns.C.implicit operator int(Ns.C! c) -&gt; int</c>.</summary>
    Conversion,

    /// <summary><c>Ns.C.Name.get -&gt; string!</c> (also <c>.set</c> and <c>.init</c>).</summary>
    PropertyAccessor,

    /// <summary><c>Ns.C.this[int index].get -&gt; string!</c>.</summary>
    IndexerAccessor,

    /// <summary>
    /// <c>Ns.C.Changed -&gt; System.EventHandler?</c> or <c>static readonly Ns.C.Empty -&gt; Ns.C!</c>: fields and events
    /// share this shape in the file; only the compilation tells them apart.
    /// </summary>
    FieldOrEvent,

    /// <summary><c>const Ns.C.Max = 10 -&gt; int</c> and enum members <c>Ns.E.A = 0 -&gt; Ns.E</c>.</summary>
    Constant,
}

/// <summary>One readable entry of a public API file.</summary>
public sealed class PublicApiEntry
{
    internal PublicApiEntry(string text, PublicApiEntryKind kind, string containingName, string memberName, ImmutableArray<string> modifiers,
        ImmutableArray<string> parameters, string? returnType, bool isOblivious, bool isRemoved, int lineNumber, TextSpan span)
    {
        Text = text;
        Kind = kind;
        ContainingName = containingName;
        MemberName = memberName;
        Modifiers = modifiers;
        Parameters = parameters;
        ReturnType = returnType;
        IsOblivious = isOblivious;
        IsRemoved = isRemoved;
        LineNumber = lineNumber;
        Span = span;
    }

    /// <summary>The entry without its <c>*REMOVED*</c> and <c>~</c> prefixes: what a rendered symbol is compared with.</summary>
    public string Text { get; }

    public PublicApiEntryKind Kind { get; }

    /// <summary>The namespace and containing types (<c>Ns.Outer</c>); for a top-level type, its namespace.</summary>
    public string ContainingName { get; }

    /// <summary>The type's or member's own name with its type parameters (<c>M&lt;T&gt;</c>, <c>operator +</c>, <c>Name</c> for <c>Name.get</c>, <c>this[]</c>).</summary>
    public string MemberName { get; }

    /// <summary>Modifiers the display format writes: <c>static</c>, <c>abstract</c>, <c>virtual</c>, <c>override</c>, <c>sealed</c>, <c>const</c>, <c>readonly</c>...</summary>
    public ImmutableArray<string> Modifiers { get; }

    /// <summary>The parameters as written (<c>string! s = "x"</c>), empty when the entry has no parameter list.</summary>
    public ImmutableArray<string> Parameters { get; }

    /// <summary>The text after <c> -&gt; </c>, or null for a type.</summary>
    public string? ReturnType { get; }

    /// <summary>The entry started with <c>~</c>: the API was compiled without nullable annotations.</summary>
    public bool IsOblivious { get; }

    /// <summary>The entry started with <c>*REMOVED*</c>.</summary>
    public bool IsRemoved { get; }

    /// <summary>Zero-based line number in the file.</summary>
    public int LineNumber { get; }

    public TextSpan Span { get; }

    public override string ToString() => Text;
}

/// <summary>A line of a public API file that is not an entry in the PublicApiAnalyzers format.</summary>
public sealed class PublicApiError
{
    internal PublicApiError(string line, string reason, int lineNumber, TextSpan span, LinePositionSpan lineSpan)
    {
        Line = line;
        Reason = reason;
        LineNumber = lineNumber;
        Span = span;
        LineSpan = lineSpan;
    }

    public string Line { get; }

    public string Reason { get; }

    public int LineNumber { get; }

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }
}

/// <summary>
/// A parsed <c>PublicAPI.Shipped.txt</c> or <c>PublicAPI.Unshipped.txt</c> (Microsoft.CodeAnalysis.PublicApiAnalyzers
/// format): one symbol per line as its display format renders it, an optional <c>#nullable enable</c> first line, a
/// <c>~</c> prefix on entries that use oblivious types and a <c>*REMOVED*</c> prefix (unshipped file only) on entries
/// that were removed. Reading never throws: a line that is not an entry becomes a <see cref="PublicApiError"/>.
/// </summary>
public sealed class PublicApiFile
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

    private PublicApiFile(string path, bool isShipped, bool nullableEnabled, ImmutableArray<PublicApiEntry> entries, ImmutableArray<PublicApiError> errors)
    {
        Path = path;
        IsShipped = isShipped;
        NullableEnabled = nullableEnabled;
        Entries = entries;
        Errors = errors;
    }

    public string Path { get; }

    public bool IsShipped { get; }

    /// <summary>The file declares <c>#nullable enable</c>: its entries carry <c>!</c>/<c>?</c> annotations.</summary>
    public bool NullableEnabled { get; }

    public ImmutableArray<PublicApiEntry> Entries { get; }

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
    public static PublicApiFile ParseCached(string path, SourceText text, bool isShipped)
    {
        // One text read under two names (a linked file) is parsed for each name, and only the first is remembered.
        if (ParsedTexts.TryGetValue(text, out var cached) && IsParseOf(cached, path, isShipped))
        {
            return cached;
        }

        var parsed = Parse(path, text, isShipped);
        var stored = ParsedTexts.GetValue(text, _ => parsed);
        return IsParseOf(stored, path, isShipped) ? stored : parsed;
    }

    private static bool IsParseOf(PublicApiFile file, string path, bool isShipped) =>
        file.IsShipped == isShipped && string.Equals(file.Path, path, StringComparison.Ordinal);

    public static PublicApiFile Parse(string path, SourceText text, bool isShipped)
    {
        var entries = ImmutableArray.CreateBuilder<PublicApiEntry>();
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
                        errors.Add(new PublicApiError(content, "'#nullable enable' must be the first line of the file", line.LineNumber, line.Span, lineSpan));
                    }

                    nullableEnabled = true;
                    continue;
                }

                errors.Add(new PublicApiError(content, "the only directive the format knows is '#nullable enable'", line.LineNumber, line.Span, lineSpan));
                continue;
            }

            sawEntry = true;
            if (TryParseEntry(content, line.LineNumber, line.Span, isShipped, out var entry, out var reason))
            {
                entries.Add(entry!);
            }
            else
            {
                errors.Add(new PublicApiError(content, reason!, line.LineNumber, line.Span, lineSpan));
            }
        }

        return new PublicApiFile(path, isShipped, nullableEnabled, entries.ToImmutable(), errors.ToImmutable());
    }

    internal static bool TryParseEntry(string line, int lineNumber, TextSpan span, bool isShipped, out PublicApiEntry? entry, out string? reason)
    {
        entry = null;
        var text = line.Trim();
        var isRemoved = false;
        if (text.StartsWith(RemovedPrefix, StringComparison.Ordinal))
        {
            if (isShipped)
            {
                reason = "'*REMOVED*' entries belong in PublicAPI.Unshipped.txt, not in the shipped file";
                return false;
            }

            isRemoved = true;
            text = text.Substring(RemovedPrefix.Length);
        }

        var isOblivious = false;
        if (text.Length > 0 && text[0] == ObliviousMarker)
        {
            isOblivious = true;
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
                reason = "an opening '[' has no closing ']'";
                return false;
            }

            body = body.Substring(close + 1);
        }

        if (body.Length == 0)
        {
            reason = "the entry names no symbol";
            return false;
        }

        if (!CheckBalanced(body, out reason))
        {
            return false;
        }

        if (body.EndsWith(" ->", StringComparison.Ordinal))
        {
            reason = "nothing follows ' -> '";
            return false;
        }

        var arrow = IndexOfTopLevel(body, " -> ");
        string signature;
        string? returnType = null;
        if (arrow >= 0)
        {
            signature = body.Substring(0, arrow).Trim();
            returnType = body.Substring(arrow + 4).Trim();
            if (returnType.Length == 0)
            {
                reason = "nothing follows ' -> '";
                return false;
            }
        }
        else
        {
            signature = body.Trim();
        }

        // Modifiers come first, each followed by a space: "static readonly Ns.C.Field", "sealed override Ns.C.M() -> void".
        var modifiers = ImmutableArray.CreateBuilder<string>();
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

            modifiers.Add(word);
            signature = signature.Substring(space + 1).TrimStart();
        }

        if (signature.Length == 0)
        {
            reason = "the entry names no symbol";
            return false;
        }

        // Constants and enum members: "Ns.E.A = 0 -> Ns.E"; the value may hold any text, so cut it first.
        var equals = IndexOfTopLevel(signature, " = ");
        var parameterStart = IndexOfTopLevel(signature, "(");
        var isConstant = equals >= 0 && (parameterStart < 0 || equals < parameterStart);
        if (isConstant)
        {
            if (returnType is null)
            {
                reason = "a constant needs its type after ' -> '";
                return false;
            }

            var constantName = signature.Substring(0, equals).TrimEnd();
            if (!SplitQualifiedName(constantName, out var container, out var member, out reason))
            {
                return false;
            }

            entry = new PublicApiEntry(Normalize(line), PublicApiEntryKind.Constant, container, member, modifiers.ToImmutable(), ImmutableArray<string>.Empty, returnType, isOblivious, isRemoved, lineNumber, span);
            return true;
        }

        if (returnType is null)
        {
            if (parameterStart >= 0 || modifiers.Count > 0 && !IsTypeModifierSet(modifiers))
            {
                reason = "a member needs ' -> ' and its type or return type";
                return false;
            }

            if (!SplitQualifiedName(signature, out var typeContainer, out var typeName, out reason))
            {
                return false;
            }

            if (!IsIdentifierWithTypeParameters(typeName))
            {
                reason = "'" + typeName + "' is not a type name";
                return false;
            }

            entry = new PublicApiEntry(Normalize(line), PublicApiEntryKind.Type, typeContainer, typeName, modifiers.ToImmutable(), ImmutableArray<string>.Empty, null, isOblivious, isRemoved, lineNumber, span);
            return true;
        }

        // Accessors: "Ns.C.Name.get", "Ns.C.this[int i].set".
        var accessor = AccessorSuffix(signature);
        if (accessor is not null)
        {
            var owner = signature.Substring(0, signature.Length - accessor.Length - 1);
            var indexer = IndexOfTopLevel(owner, ".this[");
            if (indexer >= 0 && owner.EndsWith("]", StringComparison.Ordinal))
            {
                var indexerParameters = SplitParameters(owner.Substring(indexer + 6, owner.Length - indexer - 7));
                entry = new PublicApiEntry(Normalize(line), PublicApiEntryKind.IndexerAccessor, owner.Substring(0, indexer), "this[]", modifiers.ToImmutable(), indexerParameters, returnType, isOblivious, isRemoved, lineNumber, span);
                return true;
            }

            if (!SplitQualifiedName(owner, out var propertyContainer, out var propertyName, out reason))
            {
                return false;
            }

            entry = new PublicApiEntry(Normalize(line), PublicApiEntryKind.PropertyAccessor, propertyContainer, propertyName, modifiers.ToImmutable(), ImmutableArray<string>.Empty, returnType, isOblivious, isRemoved, lineNumber, span);
            return true;
        }

        if (parameterStart < 0)
        {
            if (!SplitQualifiedName(signature, out var fieldContainer, out var fieldName, out reason))
            {
                return false;
            }

            entry = new PublicApiEntry(Normalize(line), PublicApiEntryKind.FieldOrEvent, fieldContainer, fieldName, modifiers.ToImmutable(), ImmutableArray<string>.Empty, returnType, isOblivious, isRemoved, lineNumber, span);
            return true;
        }

        if (!signature.EndsWith(")", StringComparison.Ordinal))
        {
            reason = "text follows the parameter list";
            return false;
        }

        var head = signature.Substring(0, parameterStart);
        var parameters = SplitParameters(signature.Substring(parameterStart + 1, signature.Length - parameterStart - 2));

        // Operators: the name part holds a space ("operator +", "implicit operator int"), so split at the last top-level
        // dot before the "operator" keyword.
        var operatorIndex = head.IndexOf("operator", StringComparison.Ordinal);
        if (operatorIndex > 0 && (head[operatorIndex - 1] == '.' || head[operatorIndex - 1] == ' '))
        {
            var nameStart = head.LastIndexOf('.', operatorIndex - 1);
            if (nameStart <= 0)
            {
                reason = "an operator needs its containing type";
                return false;
            }

            var operatorName = UnmaskOperatorToken(head.Substring(nameStart + 1));
            var isConversion = operatorName.StartsWith("implicit ", StringComparison.Ordinal) || operatorName.StartsWith("explicit ", StringComparison.Ordinal);
            entry = new PublicApiEntry(Normalize(line), isConversion ? PublicApiEntryKind.Conversion : PublicApiEntryKind.Operator, head.Substring(0, nameStart), operatorName,
                modifiers.ToImmutable(), parameters, returnType, isOblivious, isRemoved, lineNumber, span);
            return true;
        }

        if (!SplitQualifiedName(head, out var methodContainer, out var methodName, out reason))
        {
            return false;
        }

        var kind = PublicApiEntryKind.Method;
        var lastContainerPart = LastSegment(methodContainer);
        if (methodName.StartsWith("~", StringComparison.Ordinal))
        {
            kind = PublicApiEntryKind.Finalizer;
        }
        else if (string.Equals(StripTypeParameters(methodName), StripTypeParameters(lastContainerPart), StringComparison.Ordinal)
            && !methodName.EndsWith(">", StringComparison.Ordinal))
        {
            kind = PublicApiEntryKind.Constructor;
        }

        entry = new PublicApiEntry(Normalize(line), kind, methodContainer, methodName, modifiers.ToImmutable(), parameters, returnType, isOblivious, isRemoved, lineNumber, span);
        return true;
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

    private static string UnmaskOperatorToken(string text) => text.Replace(MaskedLess, '<').Replace(MaskedGreater, '>');

    private static bool IsTypeModifierSet(ImmutableArray<string>.Builder modifiers)
    {
        // The display format writes no modifiers on types; accept "static"/"abstract"/"sealed" written by hand.
        foreach (var modifier in modifiers)
        {
            if (modifier is not ("static" or "abstract" or "sealed"))
            {
                return false;
            }
        }

        return true;
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

    private static bool SplitQualifiedName(string name, out string container, out string member, out string? reason)
    {
        container = string.Empty;
        member = name;
        var lastDot = LastTopLevelDot(name);
        if (lastDot < 0)
        {
            // A type in the global namespace has no dot; a member always has one.
            reason = null;
            if (!IsIdentifierWithTypeParameters(name))
            {
                reason = "'" + name + "' is not a qualified name";
                return false;
            }

            return true;
        }

        container = name.Substring(0, lastDot);
        member = name.Substring(lastDot + 1);
        if (container.Length == 0 || member.Length == 0 || container[0] == '.' || container[container.Length - 1] == '.' || IndexOfTopLevel(container, "..") >= 0)
        {
            reason = "'" + name + "' has an empty name part";
            return false;
        }

        if (!IsIdentifierWithTypeParameters(member) && !member.StartsWith("~", StringComparison.Ordinal))
        {
            reason = "'" + member + "' is not a member name";
            return false;
        }

        reason = null;
        return true;
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

    internal static string StripTypeParameters(string name)
    {
        var angle = name.IndexOf('<');
        return angle < 0 ? name : name.Substring(0, angle);
    }

    private static string LastSegment(string qualified)
    {
        var dot = LastTopLevelDot(qualified);
        return dot < 0 ? qualified : qualified.Substring(dot + 1);
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

    private static ImmutableArray<string> SplitParameters(string list)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        if (list.Trim().Length == 0)
        {
            return builder.ToImmutable();
        }

        var depth = 0;
        var start = 0;
        var quote = '\0';
        for (var i = 0; i < list.Length; i++)
        {
            if (!IsCode(list, ref i, ref quote))
            {
                continue;
            }

            var c = list[i];
            switch (c)
            {
                case '<' or '(' or '[':
                    depth++;
                    break;
                case '>' or ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    builder.Add(list.Substring(start, i - start).Trim());
                    start = i + 1;
                    break;
            }
        }

        builder.Add(list.Substring(start).Trim());
        return builder.ToImmutable();
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
