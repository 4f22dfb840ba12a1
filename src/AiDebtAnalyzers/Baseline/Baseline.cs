using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Baseline;

/// <summary>
/// The accepted findings of <c>.aidebt/baseline.json</c> (format version 1), keyed by rule ID and
/// <c>aidebt.fingerprint</c>, or the first error that makes the file unusable. A malformed baseline suppresses nothing:
/// half a baseline would hide findings nobody accepted.
/// </summary>
public sealed class Baseline
{
    /// <summary>The item metadata the package targets put on the baseline AdditionalFile.</summary>
    public const string KindMetadataKey = "build_metadata.AdditionalFiles.AiDebtKind";
    public const string KindMetadataValue = "Baseline";
    public const int SupportedVersion = 1;

    private static readonly ConditionalWeakTable<SourceText, Baseline> Cache = new();

    private readonly HashSet<string> keys;

    private Baseline(string path, HashSet<string> keys, string? error, int errorLine)
    {
        Path = path;
        this.keys = keys;
        Error = error;
        ErrorLine = errorLine;
    }

    public string Path { get; }

    public int Count => keys.Count;

    /// <summary>Why the file was rejected, or null when it is valid.</summary>
    public string? Error { get; }

    /// <summary>The 1-based line of <see cref="Error"/>.</summary>
    public int ErrorLine { get; }

    public bool IsValid => Error is null;

    public bool Contains(string ruleId, string fingerprint) => IsValid && keys.Contains(Key(ruleId, fingerprint));

    /// <summary>
    /// Whether an AdditionalFile is a baseline: marked by the package targets, or named <c>.aidebt/baseline.json</c>
    /// (so that a hand-written AdditionalFiles item works too).
    /// </summary>
    public static bool IsBaselineFile(AdditionalText file, AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(KindMetadataKey, out var kind)
            && string.Equals(kind.Trim(), KindMetadataValue, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var path = file.Path.Replace('\\', '/');
        return path.EndsWith("/.aidebt/baseline.json", StringComparison.OrdinalIgnoreCase)
            || string.Equals(path, ".aidebt/baseline.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every baseline among the AdditionalFiles, parsed once per text.</summary>
    public static ImmutableArray<Baseline> FindAll(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<Baseline>();
        foreach (var file in options.AdditionalFiles)
        {
            if (IsBaselineFile(file, options))
            {
                builder.Add(Load(file, cancellationToken));
            }
        }

        return builder.ToImmutable();
    }

    public static Baseline Load(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return new Baseline(file.Path, new HashSet<string>(StringComparer.Ordinal), "the file cannot be read", 1);
        }

        return Cache.GetValue(text, t => Parse(file.Path, t.ToString()));
    }

    public static Baseline Parse(string path, string json)
    {
        try
        {
            var reader = new JsonReader(json);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            reader.ReadDocument(keys);
            return new Baseline(path, keys, null, 0);
        }
        catch (BaselineFormatException ex)
        {
            return new Baseline(path, new HashSet<string>(StringComparer.Ordinal), ex.Message, ex.Line);
        }
    }

    private static string Key(string ruleId, string fingerprint) => ruleId + "\0" + fingerprint;

    private sealed class BaselineFormatException : Exception
    {
        public BaselineFormatException(string message, int line)
            : base(message)
        {
            Line = line;
        }

        public int Line { get; }
    }

    /// <summary>
    /// A strict reader of RFC 8259 JSON that checks the baseline schema while it reads: the analyzer assembly takes no
    /// JSON dependency, and a schema error names the line it is on.
    /// </summary>
    private sealed class JsonReader
    {
        private readonly string json;
        private int position;
        private int line = 1;

        public JsonReader(string json)
        {
            this.json = json;
        }

        public void ReadDocument(HashSet<string> keys)
        {
            // Editors may save a byte-order mark; it is not JSON but harmless.
            if (json.Length > 0 && json[0] == '\uFEFF')
            {
                position = 1;
            }

            SkipWhitespace();
            var rootLine = NextTokenLine();
            Expect('{', "the baseline must be a JSON object");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var versionSeen = false;
            var findingsSeen = false;
            if (!TryConsume('}'))
            {
                do
                {
                    var nameLine = NextTokenLine();
                    var name = ReadPropertyName(seen);
                    switch (name)
                    {
                        case "version":
                            var version = ReadNumber();
                            if (version != SupportedVersion.ToString(CultureInfo.InvariantCulture))
                            {
                                throw Fail("unsupported version " + version + " (this package reads version " + SupportedVersion.ToString(CultureInfo.InvariantCulture) + ")", nameLine);
                            }

                            versionSeen = true;
                            break;
                        case "findings":
                            ReadFindings(keys);
                            findingsSeen = true;
                            break;
                        default:
                            // Other top-level members (tool, generated time, comments) are for people and tools.
                            SkipValue();
                            break;
                    }
                }
                while (TryConsume(','));
                Expect('}', "expected ',' or '}' after a property");
            }

            SkipWhitespace();
            if (position < json.Length)
            {
                throw Fail("unexpected text after the end of the baseline object", line);
            }

            if (!versionSeen)
            {
                throw Fail("the property \"version\" is missing", rootLine);
            }

            if (!findingsSeen)
            {
                throw Fail("the property \"findings\" is missing", rootLine);
            }
        }

        private void ReadFindings(HashSet<string> keys)
        {
            Expect('[', "\"findings\" must be an array");
            if (TryConsume(']'))
            {
                return;
            }

            do
            {
                var entryLine = NextTokenLine();
                Expect('{', "each finding must be an object");
                string? ruleId = null;
                string? fingerprint = null;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                if (!TryConsume('}'))
                {
                    do
                    {
                        var name = ReadPropertyName(seen);
                        switch (name)
                        {
                            case "ruleId":
                                ruleId = ReadNonEmptyString("\"ruleId\"");
                                break;
                            case "fingerprint":
                                fingerprint = ReadNonEmptyString("\"fingerprint\"");
                                break;
                            case "file":
                            case "message":
                                ReadString("\"" + name + "\" must be a string");
                                break;
                            default:
                                SkipValue();
                                break;
                        }
                    }
                    while (TryConsume(','));
                    Expect('}', "expected ',' or '}' after a property");
                }

                if (ruleId is null)
                {
                    throw Fail("a finding lacks \"ruleId\"", entryLine);
                }

                if (fingerprint is null)
                {
                    throw Fail("a finding lacks \"fingerprint\"", entryLine);
                }

                keys.Add(Key(ruleId, fingerprint));
            }
            while (TryConsume(','));
            Expect(']', "expected ',' or ']' after a finding");
        }

        private string ReadPropertyName(HashSet<string> seen)
        {
            var nameLine = NextTokenLine();
            var name = ReadString("expected a property name in double quotes");
            if (!seen.Add(name))
            {
                throw Fail("the property \"" + name + "\" appears twice", nameLine);
            }

            Expect(':', "expected ':' after a property name");
            return name;
        }

        private string ReadNonEmptyString(string what)
        {
            var valueLine = NextTokenLine();
            var value = ReadString(what + " must be a string");
            if (value.Trim().Length == 0)
            {
                throw Fail(what + " is empty", valueLine);
            }

            return value;
        }

        private void SkipValue()
        {
            SkipWhitespace();
            if (position >= json.Length)
            {
                throw Fail("unexpected end of file", line);
            }

            switch (json[position])
            {
                case '"':
                    ReadString("expected a string");
                    break;
                case '{':
                    position++;
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    if (!TryConsume('}'))
                    {
                        do
                        {
                            ReadPropertyName(seen);
                            SkipValue();
                        }
                        while (TryConsume(','));
                        Expect('}', "expected ',' or '}' after a property");
                    }

                    break;
                case '[':
                    position++;
                    if (!TryConsume(']'))
                    {
                        do
                        {
                            SkipValue();
                        }
                        while (TryConsume(','));
                        Expect(']', "expected ',' or ']' after an array element");
                    }

                    break;
                case 't':
                    ExpectLiteral("true");
                    break;
                case 'f':
                    ExpectLiteral("false");
                    break;
                case 'n':
                    ExpectLiteral("null");
                    break;
                default:
                    ReadNumber();
                    break;
            }
        }

        private void ExpectLiteral(string literal)
        {
            if (string.CompareOrdinal(json, position, literal, 0, literal.Length) != 0)
            {
                throw Fail("invalid value", line);
            }

            position += literal.Length;
        }

        private string ReadNumber()
        {
            SkipWhitespace();
            var start = position;
            if (Peek() == '-')
            {
                position++;
            }

            if (Peek() == '0')
            {
                position++;
            }
            else if (IsDigit(Peek()))
            {
                while (IsDigit(Peek()))
                {
                    position++;
                }
            }
            else
            {
                throw Fail("expected a value", line);
            }

            if (Peek() == '.')
            {
                position++;
                RequireDigits();
            }

            if (Peek() is 'e' or 'E')
            {
                position++;
                if (Peek() is '+' or '-')
                {
                    position++;
                }

                RequireDigits();
            }

            return json.Substring(start, position - start);
        }

        private void RequireDigits()
        {
            if (!IsDigit(Peek()))
            {
                throw Fail("invalid number", line);
            }

            while (IsDigit(Peek()))
            {
                position++;
            }
        }

        private string ReadString(string error)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Fail(error, line);
            }

            position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (position >= json.Length)
                {
                    throw Fail("unterminated string", line);
                }

                var c = json[position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    throw Fail("control character in a string", line);
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                var escape = position < json.Length ? json[position++] : '\0';
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
                    case 'u':
                        if (position + 4 > json.Length
                            || !int.TryParse(json.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Fail("invalid \\u escape", line);
                        }

                        builder.Append((char)code);
                        position += 4;
                        break;
                    default:
                        throw Fail("invalid escape sequence", line);
                }
            }
        }

        private void Expect(char expected, string error)
        {
            if (!TryConsume(expected))
            {
                throw Fail(position >= json.Length ? "unexpected end of file: " + error : error, line);
            }
        }

        private bool TryConsume(char expected)
        {
            SkipWhitespace();
            if (Peek() == expected)
            {
                position++;
                return true;
            }

            return false;
        }

        private int NextTokenLine()
        {
            SkipWhitespace();
            return line;
        }

        private char Peek() => position < json.Length ? json[position] : '\0';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private void SkipWhitespace()
        {
            while (position < json.Length)
            {
                var c = json[position];
                if (c == '\n')
                {
                    line++;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                position++;
            }
        }

        private static BaselineFormatException Fail(string message, int line) => new(message, line);
    }
}
