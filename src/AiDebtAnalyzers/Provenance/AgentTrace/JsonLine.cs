using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiDebtAnalyzers.Provenance.AgentTrace;

/// <summary>A JSON number kept as written; integers are read from it on demand.</summary>
public sealed class JsonNumber
{
    public JsonNumber(string text) => Text = text;

    public string Text { get; }

    public bool TryGetInt32(out int value) => int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

/// <summary>The JSON <c>null</c> (a <see langword="null"/> reference means "absent").</summary>
public sealed class JsonNull
{
    public static readonly JsonNull Instance = new();

    private JsonNull()
    {
    }
}

/// <summary>
/// A strict RFC 8259 reader for one line of a JSON Lines file. Values are <see cref="Dictionary{TKey,TValue}"/>
/// (objects), <see cref="List{T}"/> (arrays), <see cref="string"/>, <see cref="JsonNumber"/>, <see cref="bool"/> and
/// <see cref="JsonNull"/>. No comments, trailing commas, single quotes, duplicate keys or text after the value.
/// The analyzer assembly takes no JSON library: one beside an analyzer clashes with the host's copy.
/// </summary>
public static class JsonLine
{
    public const int MaxDepth = 64;

    /// <summary>Parses a line; on failure, says why and at which 1-based column.</summary>
    public static bool TryParse(string line, out object? value, out string error, out int column)
    {
        var reader = new Reader(line);
        try
        {
            reader.SkipWhitespace();
            value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (!reader.AtEnd)
            {
                throw reader.Fail("unexpected text after the JSON value");
            }

            error = string.Empty;
            column = 0;
            return true;
        }
        catch (FormatException e)
        {
            value = null;
            error = e.Message;
            column = reader.Position + 1;
            return false;
        }
    }

    private sealed class Reader
    {
        private readonly string text;

        public Reader(string text) => this.text = text;

        public int Position { get; private set; }

        public bool AtEnd => Position >= text.Length;

        public FormatException Fail(string message) => new(message);

        public void SkipWhitespace()
        {
            while (Position < text.Length && text[Position] is ' ' or '\t' or '\r' or '\n')
            {
                Position++;
            }
        }

        public object ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Fail("nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            }

            if (AtEnd)
            {
                throw Fail("a value was expected");
            }

            switch (text[Position])
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                case 't':
                    Expect("true");
                    return true;
                case 'f':
                    Expect("false");
                    return false;
                case 'n':
                    Expect("null");
                    return JsonNull.Instance;
                default:
                    if (text[Position] == '-' || (text[Position] >= '0' && text[Position] <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw Fail("unexpected character '" + text[Position] + "'");
            }
        }

        private void Expect(string literal)
        {
            if (string.CompareOrdinal(text, Position, literal, 0, literal.Length) != 0)
            {
                throw Fail("unexpected character '" + text[Position] + "'");
            }

            Position += literal.Length;
        }

        private Dictionary<string, object> ReadObject(int depth)
        {
            Position++;
            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            SkipWhitespace();
            if (!AtEnd && text[Position] == '}')
            {
                Position++;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                if (AtEnd || text[Position] != '"')
                {
                    throw Fail("an object key in double quotes was expected");
                }

                var keyStart = Position;
                var key = ReadString();
                if (result.ContainsKey(key))
                {
                    Position = keyStart;
                    throw Fail("duplicate key '" + key + "'");
                }

                SkipWhitespace();
                if (AtEnd || text[Position] != ':')
                {
                    throw Fail("':' was expected after the key");
                }

                Position++;
                SkipWhitespace();
                result[key] = ReadValue(depth + 1);
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Fail("the object is not closed");
                }

                if (text[Position] == ',')
                {
                    Position++;
                    continue;
                }

                if (text[Position] == '}')
                {
                    Position++;
                    return result;
                }

                throw Fail("',' or '}' was expected");
            }
        }

        private List<object> ReadArray(int depth)
        {
            Position++;
            var result = new List<object>();
            SkipWhitespace();
            if (!AtEnd && text[Position] == ']')
            {
                Position++;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                result.Add(ReadValue(depth + 1));
                SkipWhitespace();
                if (AtEnd)
                {
                    throw Fail("the array is not closed");
                }

                if (text[Position] == ',')
                {
                    Position++;
                    continue;
                }

                if (text[Position] == ']')
                {
                    Position++;
                    return result;
                }

                throw Fail("',' or ']' was expected");
            }
        }

        private string ReadString()
        {
            Position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Fail("the string is not closed");
                }

                var c = text[Position];
                if (c == '"')
                {
                    Position++;
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    throw Fail("a control character must be escaped in a string");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    Position++;
                    continue;
                }

                Position++;
                if (AtEnd)
                {
                    throw Fail("the string is not closed");
                }

                var escape = text[Position++];
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
                        Position--;
                        throw Fail("invalid escape '\\" + escape + "'");
                }
            }
        }

        private char ReadHex4()
        {
            if (Position + 4 > text.Length)
            {
                throw Fail("'\\u' needs four hex digits");
            }

            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                var c = text[Position + i];
                var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    throw Fail("'\\u' needs four hex digits");
                }

                value = (value * 16) + digit;
            }

            Position += 4;
            return (char)value;
        }

        private JsonNumber ReadNumber()
        {
            var start = Position;
            if (text[Position] == '-')
            {
                Position++;
            }

            if (AtEnd || !IsDigit(text[Position]))
            {
                throw Fail("a digit was expected");
            }

            if (text[Position] == '0')
            {
                Position++;
                if (!AtEnd && IsDigit(text[Position]))
                {
                    throw Fail("a number cannot have leading zeros");
                }
            }
            else
            {
                SkipDigits();
            }

            if (!AtEnd && text[Position] == '.')
            {
                Position++;
                if (AtEnd || !IsDigit(text[Position]))
                {
                    throw Fail("a digit was expected after '.'");
                }

                SkipDigits();
            }

            if (!AtEnd && text[Position] is 'e' or 'E')
            {
                Position++;
                if (!AtEnd && text[Position] is '+' or '-')
                {
                    Position++;
                }

                if (AtEnd || !IsDigit(text[Position]))
                {
                    throw Fail("a digit was expected in the exponent");
                }

                SkipDigits();
            }

            return new JsonNumber(text.Substring(start, Position - start));
        }

        private void SkipDigits()
        {
            while (!AtEnd && IsDigit(text[Position]))
            {
                Position++;
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
