using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiDebtAnalyzers.Infrastructure;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value with the 1-based line and column it starts at, so that a schema check can name where a wrong
/// value is. Numbers are kept as written (<see cref="Text"/>); integers are read from them on demand. Named apart from
/// System.Text.Json's <c>JsonValue</c> and <c>JsonProperty</c>, which the aidebt tool (it sees these internals) uses too.
/// </summary>
internal sealed class StrictJsonValue
{
    private static readonly IReadOnlyList<StrictJsonValue> NoItems = new StrictJsonValue[0];
    private static readonly IReadOnlyList<StrictJsonProperty> NoProperties = new StrictJsonProperty[0];

    private readonly Dictionary<string, StrictJsonValue>? members;

    private StrictJsonValue(JsonKind kind, int line, int column, string text, IReadOnlyList<StrictJsonValue> items, IReadOnlyList<StrictJsonProperty> properties, Dictionary<string, StrictJsonValue>? members)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Text = text;
        Items = items;
        Properties = properties;
        this.members = members;
    }

    public JsonKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The value of a string, or a number as written; empty for other kinds.</summary>
    public string Text { get; }

    /// <summary>The elements of an array; empty for other kinds.</summary>
    public IReadOnlyList<StrictJsonValue> Items { get; }

    /// <summary>The members of an object in document order; empty for other kinds.</summary>
    public IReadOnlyList<StrictJsonProperty> Properties { get; }

    public bool IsObject => Kind == JsonKind.Object;

    public bool IsArray => Kind == JsonKind.Array;

    public bool IsString => Kind == JsonKind.String;

    public bool TryGetProperty(string name, out StrictJsonValue value)
    {
        if (members is not null && members.TryGetValue(name, out var found))
        {
            value = found;
            return true;
        }

        value = null!;
        return false;
    }

    public bool TryGetInt32(out int value)
    {
        value = 0;
        return Kind == JsonKind.Number && int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    internal static StrictJsonValue Scalar(JsonKind kind, int line, int column, string text) => new(kind, line, column, text, NoItems, NoProperties, null);

    internal static StrictJsonValue Array(int line, int column, List<StrictJsonValue> items) => new(JsonKind.Array, line, column, string.Empty, items, NoProperties, null);

    internal static StrictJsonValue Object(int line, int column, List<StrictJsonProperty> properties, Dictionary<string, StrictJsonValue> members) =>
        new(JsonKind.Object, line, column, string.Empty, NoItems, properties, members);
}

/// <summary>An object member with the line its name is on.</summary>
internal sealed class StrictJsonProperty
{
    public StrictJsonProperty(string name, int line, StrictJsonValue value)
    {
        Name = name;
        Line = line;
        Value = value;
    }

    public string Name { get; }

    public int Line { get; }

    public StrictJsonValue Value { get; }
}

/// <summary>Why a text is not JSON, and where (1-based line and column).</summary>
internal readonly record struct JsonError(string Message, int Line, int Column);

/// <summary>
/// A strict RFC 8259 reader shared by every JSON input of the analyzers (the baseline, Agent Trace lines). No comments,
/// trailing commas, single quotes, duplicate keys, leading zeros or text after the value; nesting is capped so that a
/// hostile file cannot overflow the stack of the compiler host. A leading byte-order mark is skipped: editors save one.
/// The analyzer assembly takes no JSON library: one beside an analyzer clashes with the host's copy.
/// </summary>
internal static class StrictJson
{
    public const int MaxDepth = 64;

    /// <summary>Parses a whole text. Never throws; on failure <paramref name="value"/> is null and the error says why and where.</summary>
    public static bool TryParse(string text, out StrictJsonValue? value, out JsonError error)
    {
        var reader = new Reader(text ?? string.Empty);
        try
        {
            value = reader.ReadDocument();
            error = default;
            return true;
        }
        catch (FormatException e)
        {
            value = null;
            error = new JsonError(e.Message, reader.Line, reader.Column);
            return false;
        }
    }

    private sealed class Reader
    {
        private readonly string text;
        private int position;
        private int lineStart;

        public Reader(string text) => this.text = text;

        public int Line { get; private set; } = 1;

        public int Column => position - lineStart + 1;

        private bool AtEnd => position >= text.Length;

        public StrictJsonValue ReadDocument()
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                position = 1;
                lineStart = 1;
            }

            SkipWhitespace();
            var value = ReadValue(0);
            SkipWhitespace();
            if (!AtEnd)
            {
                throw Fail("unexpected text after the JSON value");
            }

            return value;
        }

        private static FormatException Fail(string message) => new(message);

        private void SkipWhitespace()
        {
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '\n')
                {
                    Line++;
                    lineStart = position + 1;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                position++;
            }
        }

        private StrictJsonValue ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Fail("nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            }

            if (AtEnd)
            {
                throw Fail("unexpected end of input: a value was expected");
            }

            var line = Line;
            var column = Column;
            switch (text[position])
            {
                case '{':
                    return ReadObject(depth, line, column);
                case '[':
                    return ReadArray(depth, line, column);
                case '"':
                    return StrictJsonValue.Scalar(JsonKind.String, line, column, ReadString());
                case 't':
                    ExpectLiteral("true");
                    return StrictJsonValue.Scalar(JsonKind.True, line, column, string.Empty);
                case 'f':
                    ExpectLiteral("false");
                    return StrictJsonValue.Scalar(JsonKind.False, line, column, string.Empty);
                case 'n':
                    ExpectLiteral("null");
                    return StrictJsonValue.Scalar(JsonKind.Null, line, column, string.Empty);
                default:
                    if (text[position] == '-' || IsDigit(text[position]))
                    {
                        return StrictJsonValue.Scalar(JsonKind.Number, line, column, ReadNumber());
                    }

                    throw Fail("unexpected character '" + text[position] + "'");
            }
        }

        private void ExpectLiteral(string literal)
        {
            if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
            {
                throw Fail("unexpected character '" + text[position] + "'");
            }

            position += literal.Length;
        }

        private StrictJsonValue ReadObject(int depth, int line, int column)
        {
            position++;
            var properties = new List<StrictJsonProperty>();
            var members = new Dictionary<string, StrictJsonValue>(StringComparer.Ordinal);
            SkipWhitespace();
            if (!AtEnd && text[position] == '}')
            {
                position++;
                return StrictJsonValue.Object(line, column, properties, members);
            }

            while (true)
            {
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Fail("unexpected end of input: expected a property name in double quotes");
                }

                if (text[position] != '"')
                {
                    throw Fail("expected a property name in double quotes");
                }

                var nameLine = Line;
                var nameStart = position;
                var name = ReadString();
                if (members.ContainsKey(name))
                {
                    position = nameStart;
                    throw Fail("the property \"" + name + "\" appears twice");
                }

                SkipWhitespace();
                if (AtEnd || text[position] != ':')
                {
                    throw Fail(AtEnd ? "unexpected end of input: expected ':' after a property name" : "expected ':' after a property name");
                }

                position++;
                SkipWhitespace();
                var value = ReadValue(depth + 1);
                members.Add(name, value);
                properties.Add(new StrictJsonProperty(name, nameLine, value));
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Fail("unexpected end of input: the object is not closed");
                }

                if (text[position] == ',')
                {
                    position++;
                    continue;
                }

                if (text[position] == '}')
                {
                    position++;
                    return StrictJsonValue.Object(line, column, properties, members);
                }

                throw Fail("expected ',' or '}' after a property");
            }
        }

        private StrictJsonValue ReadArray(int depth, int line, int column)
        {
            position++;
            var items = new List<StrictJsonValue>();
            SkipWhitespace();
            if (!AtEnd && text[position] == ']')
            {
                position++;
                return StrictJsonValue.Array(line, column, items);
            }

            while (true)
            {
                SkipWhitespace();
                items.Add(ReadValue(depth + 1));
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Fail("unexpected end of input: the array is not closed");
                }

                if (text[position] == ',')
                {
                    position++;
                    continue;
                }

                if (text[position] == ']')
                {
                    position++;
                    return StrictJsonValue.Array(line, column, items);
                }

                throw Fail("expected ',' or ']' after an array element");
            }
        }

        private string ReadString()
        {
            position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Fail("unexpected end of input: the string is not closed");
                }

                var c = text[position];
                if (c == '"')
                {
                    position++;
                    return builder.ToString();
                }

                // A raw line break is refused here too, so line counting outside strings stays exact.
                if (c < ' ')
                {
                    throw Fail("a control character must be escaped in a string");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    position++;
                    continue;
                }

                position++;
                if (AtEnd)
                {
                    throw Fail("unexpected end of input: the string is not closed");
                }

                var escape = text[position++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u': builder.Append(ReadHex4()); break;
                    default:
                        position--;
                        throw Fail("invalid escape '\\" + escape + "'");
                }
            }
        }

        private char ReadHex4()
        {
            if (position + 4 > text.Length)
            {
                throw Fail("'\\u' needs four hex digits");
            }

            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                var c = text[position + i];
                var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    throw Fail("'\\u' needs four hex digits");
                }

                value = (value * 16) + digit;
            }

            position += 4;
            return (char)value;
        }

        private string ReadNumber()
        {
            var start = position;
            if (text[position] == '-')
            {
                position++;
            }

            if (AtEnd || !IsDigit(text[position]))
            {
                throw Fail("a digit was expected");
            }

            if (text[position] == '0')
            {
                position++;
                if (!AtEnd && IsDigit(text[position]))
                {
                    throw Fail("a number cannot have leading zeros");
                }
            }
            else
            {
                SkipDigits();
            }

            if (!AtEnd && text[position] == '.')
            {
                position++;
                if (AtEnd || !IsDigit(text[position]))
                {
                    throw Fail("a digit was expected after '.'");
                }

                SkipDigits();
            }

            if (!AtEnd && text[position] is 'e' or 'E')
            {
                position++;
                if (!AtEnd && text[position] is '+' or '-')
                {
                    position++;
                }

                if (AtEnd || !IsDigit(text[position]))
                {
                    throw Fail("a digit was expected in the exponent");
                }

                SkipDigits();
            }

            return text.Substring(start, position - start);
        }

        private void SkipDigits()
        {
            while (!AtEnd && IsDigit(text[position]))
            {
                position++;
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
