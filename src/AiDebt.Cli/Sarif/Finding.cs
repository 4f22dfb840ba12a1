using System;
using System.Collections.Generic;

namespace AiDebt.Cli.Sarif;

/// <summary>How a finding was suppressed, if at all.</summary>
public enum SuppressionKind
{
    None,

    /// <summary>By the AiDebtAnalyzers baseline suppressor: accepted debt, still counted.</summary>
    Baseline,

    /// <summary>By a pragma, <c>[SuppressMessage]</c> or another suppressor: not debt the gate looks at.</summary>
    InSource,
}

/// <summary>A source span; lines and columns are 1-based as in SARIF.</summary>
public sealed record SourceLocation(string Uri, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public string Display => StartLine > 0 ? Uri + ":" + StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture) : Uri;
}

/// <summary>One AiDebtAnalyzers result, independent of the SARIF it came from.</summary>
public sealed class Finding
{
    public required string RuleId { get; init; }

    public required string Level { get; init; }

    public required string Message { get; init; }

    /// <summary>Where the finding is; the URI is relative to the repository root (<c>%SRCROOT%</c>) when it lies below it.</summary>
    public SourceLocation? Location { get; set; }

    public List<SourceLocation> RelatedLocations { get; } = new();

    public string? Fingerprint { get; init; }

    public int DebtMinutes { get; init; }

    public required string Family { get; init; }

    /// <summary>
    /// The assembly whose compilation reported the finding (<c>aidebt.assembly</c>), when the SARIF carries it: with the
    /// fingerprint, which is unique within one compilation only, it tells equal findings of two projects apart.
    /// </summary>
    public string? Assembly => Properties.TryGetValue(AiDebtAnalyzers.Infrastructure.DebtProperties.Assembly, out var assembly) && assembly.Length > 0 ? assembly : null;

    /// <summary>The project the finding was reported in, when known.</summary>
    public string? Project { get; set; }

    /// <summary>The SARIF file the finding was read from, when it was read from one.</summary>
    public string? SarifFile { get; set; }

    public SuppressionKind Suppression { get; set; }

    public string? SuppressionJustification { get; set; }

    /// <summary>SARIF <c>baselineState</c>: new, unchanged, updated or absent; null when not compared.</summary>
    public string? BaselineState { get; set; }

    /// <summary>Every <c>aidebt.*</c> and rule-specific property, as the analyzer reported it.</summary>
    public SortedDictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Identity across builds: rule and fingerprint; without a fingerprint, rule, file and message.</summary>
    public string Key => RuleId + "\0" + (Fingerprint ?? (Location?.Uri + "\0" + Message));

    /// <summary>
    /// <see cref="Key"/> and the <see cref="Assembly"/> (in any case, as assembly names compare): the frameworks of one
    /// project share it, the projects that compile one file each have their own.
    /// </summary>
    public string KeyInAssembly => Key + "\0" + Assembly?.ToUpperInvariant();

    /// <summary>A per-project summary (AID400 and the like): it feeds reports but is neither debt nor gated.</summary>
    public bool IsSummary { get; set; }

    /// <summary>Debt that counts now: not suppressed and not a summary.</summary>
    public bool IsActive => Suppression == SuppressionKind.None && !IsSummary;
}
