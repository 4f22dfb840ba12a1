using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AiDebt.Cli.Sarif;

namespace AiDebt.Cli.Baselines;

/// <summary>What the gate looks at.</summary>
public enum FailOn
{
    /// <summary>Findings that are not in the baseline.</summary>
    New,

    /// <summary>Every finding not suppressed in source, baselined or not.</summary>
    Any,
}

/// <summary>Current findings set against a baseline: SARIF <c>baselineState</c> for each, and the absent (fixed) ones.</summary>
public sealed class Comparison
{
    private static readonly Regex LineNumbers = new(@"(?<=\.cs):\d+", RegexOptions.CultureInvariant);

    private Comparison(List<Finding> current, List<Finding> absent, int ambiguous, Dictionary<Finding, Finding> renamed)
    {
        Current = current;
        Absent = absent;
        AmbiguousLegacyMatches = ambiguous;
        Renamed = renamed;
    }

    /// <summary>
    /// New findings that stand where a fixed one stood: the same rule, file and message (line numbers aside) as a
    /// baselined finding no longer reported. Most likely the same debt under a new fingerprint (its member, parameters,
    /// type or namespace renamed, or its copies edited); still new to the gate, which cannot know, but said so.
    /// </summary>
    public Dictionary<Finding, Finding> Renamed { get; }

    /// <summary>Findings a version 1 baseline cannot tell from new ones; <c>aidebt baseline --upgrade</c> settles them.</summary>
    public int AmbiguousLegacyMatches { get; }

    public List<Finding> Current { get; }

    /// <summary>Baselined findings no longer reported: fixed debt.</summary>
    public List<Finding> Absent { get; }

    /// <summary>New findings that count: not suppressed in source.</summary>
    public IEnumerable<Finding> New => Current.Where(f => f.BaselineState == "new" && f.Suppression != SuppressionKind.InSource && !f.IsSummary);

    public int NewDebtMinutes => New.Sum(f => f.DebtMinutes);

    public int FixedDebtMinutes => Absent.Sum(f => f.DebtMinutes);

    public static Comparison Run(IReadOnlyList<Finding> current, IReadOnlyList<BaselineEntry> baseline)
    {
        var match = BaselineMatch.Run(current, baseline, upgrading: false);
        var matched = new HashSet<string>(match.UsedEntries.Select(e => e.Key), StringComparer.Ordinal);
        var results = new List<Finding>(current.Count);
        foreach (var finding in current)
        {
            if (match.Accepted.TryGetValue(finding, out var entry))
            {
                var moved = entry.File is not null && finding.Location is not null && !string.Equals(entry.File, finding.Location.Uri, StringComparison.Ordinal);
                var reworded = entry.Message is not null && !string.Equals(Normalize(entry.Message), Normalize(finding.Message), StringComparison.Ordinal);
                finding.BaselineState = moved || reworded ? "updated" : "unchanged";
            }
            else
            {
                finding.BaselineState = "new";
            }

            results.Add(finding);
        }

        var absent = new List<Finding>();
        foreach (var entry in baseline)
        {
            if (matched.Contains(entry.Key) || !matched.Add(entry.Key))
            {
                continue;
            }

            absent.Add(new Finding
            {
                RuleId = entry.RuleId,
                Level = "none",
                Message = entry.Message ?? "Fixed finding of " + entry.RuleId,
                Fingerprint = entry.Fingerprint.Contains('\0', StringComparison.Ordinal) ? null : entry.Fingerprint,
                DebtMinutes = entry.DebtMinutes,
                Family = AiDebtAnalyzers.RuleIds.FamilyOf(entry.RuleId),
                Location = entry.File is null ? null : new SourceLocation(entry.File, 0, 0, 0, 0),
                BaselineState = "absent",
            });
        }

        return new Comparison(results, absent, match.Ambiguous.Count, PairRenamed(results, absent));
    }

    /// <summary>Pairs each new finding with a fixed one of the same rule, file and message, each fixed one once.</summary>
    private static Dictionary<Finding, Finding> PairRenamed(List<Finding> current, List<Finding> absent)
    {
        var fixedAt = new Dictionary<string, Queue<Finding>>(StringComparer.Ordinal);
        foreach (var gone in absent)
        {
            if (gone.Fingerprint is not null && PlaceOf(gone) is { } place)
            {
                if (!fixedAt.TryGetValue(place, out var queue))
                {
                    fixedAt[place] = queue = new Queue<Finding>();
                }

                queue.Enqueue(gone);
            }
        }

        var renamed = new Dictionary<Finding, Finding>();
        if (fixedAt.Count == 0)
        {
            return renamed;
        }

        foreach (var finding in current)
        {
            if (finding.BaselineState == "new" && PlaceOf(finding) is { } place && fixedAt.TryGetValue(place, out var queue) && queue.Count > 0)
            {
                renamed[finding] = queue.Dequeue();
            }
        }

        return renamed;
    }

    /// <summary>Rule, file and message without the line numbers a message names (<c>also in Foo.cs:85</c>).</summary>
    private static string? PlaceOf(Finding finding) =>
        finding.Location is { } location ? BaselineMatch.PlaceKey(finding.RuleId, location.Uri, LineNumbers.Replace(finding.Message, string.Empty)) : null;

    /// <summary>A SARIF baseline as baseline entries; results without fingerprint match by rule, file and message.</summary>
    public static List<BaselineEntry> EntriesFrom(IEnumerable<Finding> findings) => findings
        .Where(f => f.BaselineState != "absent" && !f.IsSummary)
        .Select(f => new BaselineEntry(f.RuleId, f.Fingerprint ?? (f.Location?.Uri + "\0" + f.Message), f.Location?.Uri, f.Message, f.DebtMinutes, f.Assembly))
        .ToList();

    public bool GateFails(FailOn failOn, int? maxNewDebt)
    {
        if (failOn == FailOn.Any)
        {
            return Current.Any(f => f.Suppression != SuppressionKind.InSource && !f.IsSummary);
        }

        return maxNewDebt is int limit ? NewDebtMinutes > limit : New.Any();
    }

    private static string Normalize(string message) => message.TrimEnd().TrimEnd('.');
}
