using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Options;

/// <summary>Where an option is read from.</summary>
internal enum OptionScope
{
    /// <summary>Read for each file from its <c>.editorconfig</c> section (global config values apply to every file).</summary>
    File,

    /// <summary>
    /// Governs a whole compilation: read from the global config (<c>.globalconfig</c> or the package's presets) first,
    /// else from the <c>.editorconfig</c> section of the first source file, in ordinal path order, that sets it.
    /// </summary>
    Compilation,
}

/// <summary>
/// A typed <c>.editorconfig</c> option: key, type, default, allowed values, the rules it governs and a description.
/// The docs and the AID001 analyzer enumerate <see cref="AiDebtOptions.All"/>, so every option is documented and validated.
/// </summary>
internal abstract class AiDebtOption
{
    protected AiDebtOption(string key, string typeName, string defaultText, string allowed, OptionScope scope, string description, string[] rules)
    {
        Key = key;
        TypeName = typeName;
        DefaultText = defaultText;
        Allowed = allowed;
        Scope = scope;
        Description = description;
        Rules = ImmutableArray.Create(rules);
    }

    public string Key { get; }

    /// <summary>The family token: the middle part of <c>aidebt.&lt;family&gt;.&lt;option&gt;</c>.</summary>
    public string Family => Key.Split('.')[1];

    public string TypeName { get; }

    public string DefaultText { get; }

    /// <summary>What values are allowed, in words (used in docs and in AID001 messages).</summary>
    public string Allowed { get; }

    public OptionScope Scope { get; }

    public string Description { get; }

    public ImmutableArray<string> Rules { get; }

    /// <summary>Whether a raw value from configuration is valid for this option.</summary>
    public abstract bool IsValid(string raw);

    public override string ToString() => Key;
}

/// <summary>An option of type <typeparamref name="T"/>; an invalid or missing value reads as the default.</summary>
internal sealed class AiDebtOption<T> : AiDebtOption
{
    private readonly TryParse parser;

    internal AiDebtOption(string key, string typeName, T defaultValue, string defaultText, string allowed, OptionScope scope, string description, string[] rules, TryParse parser)
        : base(key, typeName, defaultText, allowed, scope, description, rules)
    {
        Default = defaultValue;
        this.parser = parser;
    }

    public delegate bool TryParse(string raw, out T value);

    /// <summary>The option's own parser, for a per-compilation variant of it.</summary>
    internal TryParse Parser => parser;

    public T Default { get; }

    public override bool IsValid(string raw) => parser(raw.Trim(), out _);

    /// <summary>Reads the option from one set of options (a file's, or the global ones).</summary>
    public T Read(AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(Key, out var raw) && parser(raw.Trim(), out var value))
        {
            return value;
        }

        return Default;
    }

    /// <summary>Reads the option for a syntax tree (its <c>.editorconfig</c> section, global config included).</summary>
    public T Read(AnalyzerOptions options, SyntaxTree tree) =>
        Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

    /// <summary>
    /// Reads an option that governs the whole compilation: global config first, else the first source file (ordinal
    /// path order) whose <c>.editorconfig</c> section sets it. Call once per compilation, not per node.
    /// </summary>
    public T Read(AnalyzerOptions options, Compilation compilation)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GlobalOptions.TryGetValue(Key, out var globalRaw) && parser(globalRaw.Trim(), out var globalValue))
        {
            return globalValue;
        }

        string? bestPath = null;
        var best = Default;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (bestPath is not null && string.CompareOrdinal(tree.FilePath, bestPath) >= 0)
            {
                continue;
            }

            if (provider.GetOptions(tree).TryGetValue(Key, out var raw) && parser(raw.Trim(), out var value))
            {
                bestPath = tree.FilePath;
                best = value;
            }
        }

        return best;
    }
}

/// <summary>Factories for the option types the package uses.</summary>
internal static class AiDebtOptionFactory
{
    public static AiDebtOption<int> Integer(string key, int defaultValue, int min, int max, string description, params string[] rules) =>
        new(key, "integer", defaultValue, defaultValue.ToString(CultureInfo.InvariantCulture),
            "an integer from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture),
            OptionScope.File, description, rules,
            (string raw, out int value) => int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);

    public static AiDebtOption<bool> Boolean(string key, bool defaultValue, string description, params string[] rules) =>
        new(key, "boolean", defaultValue, defaultValue ? "true" : "false", "true or false", OptionScope.File, description, rules,
            (string raw, out bool value) => bool.TryParse(raw, out value));

    /// <summary>One of a fixed set of lower-case words (matched case-insensitively).</summary>
    public static AiDebtOption<string> Choice(string key, string defaultValue, string[] choices, string description, params string[] rules) =>
        new(key, "enum", defaultValue, defaultValue, "one of " + string.Join(", ", choices), OptionScope.File, description, rules,
            (string raw, out string value) =>
            {
                foreach (var choice in choices)
                {
                    if (string.Equals(choice, raw, StringComparison.OrdinalIgnoreCase))
                    {
                        value = choice;
                        return true;
                    }
                }

                value = defaultValue;
                return false;
            });

    /// <summary>A comma-separated list of numbers (invariant culture); an empty value is an empty list.</summary>
    public static AiDebtOption<ImmutableArray<double>> NumberList(string key, string defaultText, string description, params string[] rules)
    {
        if (!TryParseNumbers(defaultText, out var defaults))
        {
            throw new ArgumentException("Invalid default for " + key, nameof(defaultText));
        }

        return new(key, "number list", defaults, defaultText, "a comma-separated list of numbers (e.g. -1,0,1,2)", OptionScope.File, description, rules, TryParseNumbers);
    }

    /// <summary>A comma-separated list of non-empty strings, trimmed; an empty value is an empty list.</summary>
    public static AiDebtOption<ImmutableArray<string>> StringList(string key, string defaultText, string description, params string[] rules) =>
        new(key, "string list", SplitList(defaultText), defaultText.Length == 0 ? "(empty)" : defaultText, "a comma-separated list", OptionScope.File, description, rules,
            (string raw, out ImmutableArray<string> value) =>
            {
                value = SplitList(raw);
                return true;
            });

    /// <summary>Free text (any value is valid).</summary>
    public static AiDebtOption<string> Text(string key, string defaultValue, string description, params string[] rules) =>
        new(key, "string", defaultValue, defaultValue.Length == 0 ? "(empty)" : defaultValue, "any text", OptionScope.File, description, rules,
            (string raw, out string value) =>
            {
                value = raw;
                return true;
            });

    /// <summary>The same option, read once per compilation (see <see cref="OptionScope.Compilation"/>).</summary>
    public static AiDebtOption<T> PerCompilation<T>(AiDebtOption<T> option) =>
        new(option.Key, option.TypeName, option.Default, option.DefaultText, option.Allowed, OptionScope.Compilation, option.Description, ToArray(option.Rules), option.Parser);

    private static string[] ToArray(ImmutableArray<string> rules)
    {
        var array = new string[rules.Length];
        rules.CopyTo(array);
        return array;
    }

    private static ImmutableArray<string> SplitList(string raw)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in raw.Split(','))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }

    private static bool TryParseNumbers(string raw, out ImmutableArray<double> value)
    {
        var builder = ImmutableArray.CreateBuilder<double>();
        foreach (var part in raw.Split(','))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                value = ImmutableArray<double>.Empty;
                return false;
            }

            builder.Add(number);
        }

        value = builder.ToImmutable();
        return true;
    }
}
