using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Baseline;

/// <summary>
/// The accepted findings of <c>.aidebt/baseline.json</c> (format version 2, or 1), keyed by rule ID,
/// <c>aidebt.fingerprint</c> and, when the entry names one, the assembly that reported it; or the first error that makes
/// the file unusable. A malformed baseline suppresses nothing: half a baseline would hide findings nobody accepted.
/// </summary>
/// <remarks>
/// <para>A fingerprint is unique within one compilation only: a type compiled into two projects (a copied or linked file)
/// gives equal findings equal fingerprints there. An entry with <c>assembly</c> accepts the finding of that assembly only,
/// so that a repository-wide baseline accepting one copy does not accept the other, or a third one added later. An entry
/// without it (written before entries carried the assembly) accepts the finding in every assembly, as it always did.</para>
/// <para>Entries with a version 1 fingerprint (<see cref="Fingerprint.LegacyVersion"/>) are also counted by their
/// <see cref="Fingerprint.LegacyKey"/>: version 1 gave equal findings one fingerprint, so such an entry stands for the
/// current findings with its key only while there are no more of them than entries.</para>
/// </remarks>
internal sealed class Baseline
{
    /// <summary>The item metadata the package targets put on the baseline AdditionalFile.</summary>
    public const string KindMetadataKey = "build_metadata.AdditionalFiles.AiDebtKind";
    public const string KindMetadataValue = "Baseline";
    public const int SupportedVersion = 2;

    /// <summary>The format before fingerprints were unique; still read, and upgraded by <c>aidebt baseline --upgrade</c>.</summary>
    public const int LegacyVersion = 1;

    private static readonly ConditionalWeakTable<SourceText, Baseline> Cache = new();

    /// <summary>Rule and fingerprint of the entries that name no assembly: they accept the finding in any.</summary>
    private readonly HashSet<string> anyAssembly;

    /// <summary>Rule, fingerprint and assembly (<see cref="AssemblyKey"/>) of the entries that name one.</summary>
    private readonly HashSet<string> byAssembly;

    private readonly Dictionary<string, int> legacyCounts;

    private Baseline(string path, List<Entry> entries, string? error, int errorLine)
    {
        Path = path;
        anyAssembly = new HashSet<string>(StringComparer.Ordinal);
        byAssembly = new HashSet<string>(StringComparer.Ordinal);
        Error = error;
        ErrorLine = errorLine;
        legacyCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var legacyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = Key(entry.RuleId, entry.Fingerprint);
            if (!(entry.Assembly is null ? anyAssembly.Add(key) : byAssembly.Add(AssemblyKey(key, entry.Assembly))))
            {
                continue;
            }

            // A version 1 fingerprint predates the assembly in entries: it is counted by its legacy key alone.
            if (Fingerprint.IsLegacy(entry.Fingerprint) && Fingerprint.LegacyKey(entry.Fingerprint) is { } legacyKey)
            {
                var legacy = LegacyKeyOf(entry.RuleId, legacyKey);
                legacyCounts[legacy] = legacyCounts.TryGetValue(legacy, out var count) ? count + 1 : 1;
                legacyLines[legacy] = legacyLines.TryGetValue(legacy, out var line) ? Math.Min(line, entry.Line) : entry.Line;
            }
        }

        Count = anyAssembly.Count + byAssembly.Count;

        var groups = ImmutableArray.CreateBuilder<LegacyGroup>(legacyCounts.Count);
        foreach (var pair in legacyCounts)
        {
            // rule \0 rule:container:hash
            var legacyKey = pair.Key.Substring(pair.Key.IndexOf('\0') + 1);
            var firstColon = legacyKey.IndexOf(':');
            var lastColon = legacyKey.LastIndexOf(':');
            groups.Add(new LegacyGroup(pair.Key, legacyKey.Substring(firstColon + 1, lastColon - firstColon - 1), legacyKey.Substring(lastColon + 1), pair.Value, legacyLines[pair.Key]));
        }

        LegacyGroups = groups.MoveToImmutable();
    }

    /// <summary>Version 1 entries that share a legacy key: the container and hash they name, how many, and the first one's line.</summary>
    public sealed class LegacyGroup
    {
        public LegacyGroup(string key, string container, string hash, int entries, int line)
        {
            Key = key;
            Container = container;
            Hash = hash;
            Entries = entries;
            Line = line;
        }

        public string Key { get; }

        public string Container { get; }

        public string Hash { get; }

        public int Entries { get; }

        public int Line { get; }
    }

    public ImmutableArray<LegacyGroup> LegacyGroups { get; }

    public string Path { get; }

    /// <summary>The distinct entries.</summary>
    public int Count { get; }

    /// <summary>Why the file was rejected, or null when it is valid.</summary>
    public string? Error { get; }

    /// <summary>The 1-based line of <see cref="Error"/>.</summary>
    public int ErrorLine { get; }

    public bool IsValid => Error is null;

    /// <summary>
    /// Whether an entry accepts the finding of <paramref name="ruleId"/> with <paramref name="fingerprint"/> reported by
    /// the compilation of <paramref name="assembly"/>: an entry naming that assembly (in any case, as assembly names
    /// compare), or one naming none.
    /// </summary>
    public bool Contains(string ruleId, string fingerprint, string? assembly)
    {
        if (!IsValid)
        {
            return false;
        }

        var key = Key(ruleId, fingerprint);
        return anyAssembly.Contains(key) || (assembly is not null && byAssembly.Count > 0 && byAssembly.Contains(AssemblyKey(key, assembly)));
    }

    /// <summary>Whether some entries carry version 1 fingerprints.</summary>
    public bool HasLegacyEntries => legacyCounts.Count > 0;

    /// <summary>How many version 1 entries share a legacy key (<see cref="LegacyKeyOf"/>).</summary>
    public int LegacyEntries(string legacyKey) => IsValid && legacyCounts.TryGetValue(legacyKey, out var count) ? count : 0;

    /// <summary>The key a version 1 entry and a current finding share: rule ID and <see cref="Fingerprint.LegacyKey"/>.</summary>
    public static string LegacyKeyOf(string ruleId, string legacyFingerprintKey) => ruleId + "\0" + legacyFingerprintKey;

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
            return Invalid(file.Path, "the file cannot be read", 1);
        }

        return Cache.GetValue(text, t => Parse(file.Path, t.ToString()));
    }

    public static Baseline Parse(string path, string json)
    {
        if (!StrictJson.TryParse(json, out var document, out var syntaxError))
        {
            return Invalid(path, syntaxError.Message, syntaxError.Line);
        }

        var entries = new List<Entry>();
        var error = ReadDocument(document!, entries, out var errorLine);
        return error is null ? new Baseline(path, entries, null, 0) : Invalid(path, error, errorLine);
    }

    private static Baseline Invalid(string path, string error, int line) => new(path, new List<Entry>(), error, line);

    private static string Key(string ruleId, string fingerprint) => ruleId + "\0" + fingerprint;

    /// <summary>Assembly names compare without regard to case, as the runtime compares them.</summary>
    private static string AssemblyKey(string key, string assembly) => key + "\0" + assembly.ToUpperInvariant();

    /// <summary>One finding of the file, with the 1-based line it starts on.</summary>
    private readonly record struct Entry(string RuleId, string Fingerprint, string? Assembly, int Line);

    /// <summary>Checks the baseline schema; returns the first error and its line, or null.</summary>
    private static string? ReadDocument(StrictJsonValue document, List<Entry> entries, out int line)
    {
        line = document.Line;
        if (!document.IsObject)
        {
            return "the baseline must be a JSON object";
        }

        if (!document.TryGetProperty("version", out var version))
        {
            return "the property \"version\" is missing";
        }

        var supported = SupportedVersion.ToString(CultureInfo.InvariantCulture);
        var legacy = LegacyVersion.ToString(CultureInfo.InvariantCulture);
        if (version.Kind != JsonKind.Number)
        {
            line = version.Line;
            return "\"version\" must be the number " + supported + " or " + legacy;
        }

        if (version.Text != supported && version.Text != legacy)
        {
            line = NameLine(document, "version");
            return "unsupported version " + version.Text + " (this package reads versions " + legacy + " and " + supported + ")";
        }

        if (!document.TryGetProperty("findings", out var findings))
        {
            return "the property \"findings\" is missing";
        }

        if (!findings.IsArray)
        {
            line = findings.Line;
            return "\"findings\" must be an array";
        }

        // Other top-level members (tool, generated time, comments) are for people and tools.
        foreach (var finding in findings.Items)
        {
            line = finding.Line;
            if (!finding.IsObject)
            {
                return "each finding must be an object";
            }

            string? ruleId = null;
            string? fingerprint = null;
            string? assembly = null;
            foreach (var property in finding.Properties)
            {
                string? problem;
                switch (property.Name)
                {
                    case "ruleId":
                        problem = NonEmptyString(property.Value, "\"ruleId\"", ref ruleId);
                        break;
                    case "fingerprint":
                        problem = NonEmptyString(property.Value, "\"fingerprint\"", ref fingerprint);
                        break;
                    case "assembly":
                        problem = NonEmptyString(property.Value, "\"assembly\"", ref assembly);
                        break;
                    case "file":
                    case "message":
                        problem = property.Value.IsString ? null : "\"" + property.Name + "\" must be a string";
                        break;
                    default:
                        problem = null;
                        break;
                }

                if (problem is not null)
                {
                    line = property.Value.Line;
                    return problem;
                }
            }

            if (ruleId is null)
            {
                return "a finding lacks \"ruleId\"";
            }

            if (fingerprint is null)
            {
                return "a finding lacks \"fingerprint\"";
            }

            entries.Add(new Entry(ruleId, fingerprint, assembly?.Trim(), finding.Line));
        }

        line = 0;
        return null;
    }

    private static string? NonEmptyString(StrictJsonValue value, string what, ref string? result)
    {
        if (!value.IsString)
        {
            return what + " must be a string";
        }

        if (value.Text.Trim().Length == 0)
        {
            return what + " is empty";
        }

        result = value.Text;
        return null;
    }

    private static int NameLine(StrictJsonValue owner, string name)
    {
        foreach (var property in owner.Properties)
        {
            if (property.Name == name)
            {
                return property.Line;
            }
        }

        return owner.Line;
    }
}
