using System;
using System.Collections.Generic;
using System.Linq;
using AiDebt.Cli.Sarif;
using AiDebtAnalyzers.Infrastructure;

namespace AiDebt.Cli.Baselines;

/// <summary>
/// Which current findings a baseline accepts, and by which entry. An entry matches by rule and fingerprint, and by
/// assembly when both the entry and the finding name one (see <see cref="BaselineEntry.Assembly"/>); a version 1 entry
/// (<see cref="Fingerprint.LegacyVersion"/>) matches the findings that share its <see cref="Fingerprint.LegacyKey"/>,
/// as the build's suppressor does: only while no more findings share the key than entries do, because version 1 gave
/// equal findings one fingerprint and cannot tell which of them is new.
/// </summary>
public sealed class BaselineMatch
{
    private BaselineMatch(Dictionary<Finding, BaselineEntry> accepted, HashSet<BaselineEntry> used, List<Finding> ambiguous)
    {
        Accepted = accepted;
        UsedEntries = used;
        Ambiguous = ambiguous;
    }

    /// <summary>Each accepted finding and the entry that accepts it.</summary>
    public Dictionary<Finding, BaselineEntry> Accepted { get; }

    /// <summary>Entries that accept a current finding (or, for version 1, share a key with one).</summary>
    public HashSet<BaselineEntry> UsedEntries { get; }

    /// <summary>Findings whose version 1 key more findings share than the baseline has entries for.</summary>
    public List<Finding> Ambiguous { get; }

    public bool HasLegacyEntries { get; private init; }

    /// <param name="upgrading">
    /// For <c>aidebt baseline --upgrade</c>: accept ambiguous findings too (version 1 suppressed every finding with an
    /// accepted fingerprint), and match a version 1 entry no key matches by rule, file and message.
    /// </param>
    public static BaselineMatch Run(IReadOnlyList<Finding> current, IReadOnlyList<BaselineEntry> baseline, bool upgrading)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<BaselineEntry>>(StringComparer.Ordinal);
        var legacy = new Dictionary<string, List<BaselineEntry>>(StringComparer.Ordinal);
        foreach (var entry in baseline)
        {
            if (!seen.Add(entry.Key))
            {
                continue;
            }

            if (!byKey.TryGetValue(entry.FingerprintKey, out var sameFingerprint))
            {
                byKey[entry.FingerprintKey] = sameFingerprint = new List<BaselineEntry>();
            }

            sameFingerprint.Add(entry);

            if (LegacyKeyOf(entry.RuleId, entry.Fingerprint, legacyOnly: true) is { } key)
            {
                if (!legacy.TryGetValue(key, out var entries))
                {
                    legacy[key] = entries = new List<BaselineEntry>();
                }

                entries.Add(entry);
            }
        }

        var findingsPerKey = new Dictionary<string, int>(StringComparer.Ordinal);
        if (legacy.Count > 0)
        {
            foreach (var finding in current)
            {
                if (LegacyKeyOf(finding.RuleId, finding.Fingerprint, legacyOnly: false) is { } key)
                {
                    findingsPerKey[key] = findingsPerKey.TryGetValue(key, out var count) ? count + 1 : 1;
                }
            }
        }

        var accepted = new Dictionary<Finding, BaselineEntry>();
        var used = new HashSet<BaselineEntry>();
        var ambiguous = new List<Finding>();
        var unmatched = new List<Finding>();
        foreach (var finding in current)
        {
            if (byKey.TryGetValue(finding.Key, out var sameFingerprint) && EntryFor(finding, sameFingerprint) is { } entry)
            {
                accepted[finding] = entry;
                used.Add(entry);
            }
            else if (LegacyKeyOf(finding.RuleId, finding.Fingerprint, legacyOnly: false) is { } key && legacy.TryGetValue(key, out var entries))
            {
                var unambiguous = findingsPerKey[key] <= entries.Count;
                if (!unambiguous)
                {
                    ambiguous.Add(finding);
                }

                used.UnionWith(entries);
                if (unambiguous || upgrading)
                {
                    accepted[finding] = entries[0];
                }
            }
            else
            {
                unmatched.Add(finding);
            }
        }

        if (upgrading)
        {
            // Version 2 hashes a documentation line or a provenance comment with its text, so its version 1 entry shares
            // no key with it; the file and message the entry recorded still name it.
            var byPlace = baseline.Where(e => LegacyKeyOf(e.RuleId, e.Fingerprint, legacyOnly: true) is not null && !used.Contains(e) && e.File is not null && e.Message is not null)
                .GroupBy(e => PlaceKey(e.RuleId, e.File, e.Message), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new Queue<BaselineEntry>(g), StringComparer.Ordinal);
            foreach (var finding in unmatched)
            {
                if (byPlace.TryGetValue(PlaceKey(finding.RuleId, finding.Location?.Uri, finding.Message), out var queue) && queue.Count > 0)
                {
                    var entry = queue.Dequeue();
                    accepted[finding] = entry;
                    used.Add(entry);
                }
            }
        }

        return new BaselineMatch(accepted, used, ambiguous) { HasLegacyEntries = legacy.Count > 0 };
    }

    /// <summary>
    /// The entry of the finding's own assembly, else one that names no assembly. A finding whose SARIF does not say its
    /// assembly (written before findings carried it) takes the first entry: it cannot be told apart.
    /// </summary>
    private static BaselineEntry? EntryFor(Finding finding, List<BaselineEntry> sameFingerprint)
    {
        var assembly = finding.Assembly;
        if (assembly is null)
        {
            return sameFingerprint[0];
        }

        BaselineEntry? anyAssembly = null;
        foreach (var entry in sameFingerprint)
        {
            if (entry.Assembly is null)
            {
                anyAssembly ??= entry;
            }
            else if (string.Equals(entry.Assembly, assembly, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return anyAssembly;
    }

    private static string? LegacyKeyOf(string ruleId, string? fingerprint, bool legacyOnly) =>
        fingerprint is null || (legacyOnly && !Fingerprint.IsLegacy(fingerprint)) || Fingerprint.LegacyKey(fingerprint) is not { } key
            ? null
            : ruleId + "\0" + key;

    /// <summary>Rule, file and message with trailing white space and full stop trimmed: a finding's place, fingerprint aside.</summary>
    internal static string PlaceKey(string ruleId, string? file, string? message) => ruleId + "\0" + file + "\0" + message?.TrimEnd().TrimEnd('.');
}
