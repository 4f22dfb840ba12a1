namespace AiDebt.Cli.Sarif;

/// <summary>What SARIF says of a rule (<c>reportingDescriptor</c>).</summary>
public sealed class RuleInfo
{
    public required string Id { get; init; }

    public string? Title { get; set; }

    public string? FullDescription { get; set; }

    public string? HelpUri { get; set; }

    public string? Category { get; set; }

    public string DefaultLevel { get; set; } = "warning";

    /// <summary>An informational per-project summary (custom tag <c>AiDebtSummary</c>): data, not debt.</summary>
    public bool IsSummary { get; set; }
}
