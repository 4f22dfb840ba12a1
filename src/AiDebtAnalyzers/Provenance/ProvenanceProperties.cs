using System.Collections.Immutable;
using System.Globalization;

namespace AiDebtAnalyzers.Provenance;

/// <summary>The data every provenance diagnostic carries, so SARIF consumers can sum AI code by tool and model.</summary>
internal static class ProvenanceProperties
{
    public const string Tool = "aidebt.tool";
    public const string Model = "aidebt.model";
    public const string Contributor = "aidebt.contributor";
    public const string Reviewed = "aidebt.reviewed";
    public const string Lines = "aidebt.lines";

    public const string Evidence = "aidebt.evidence";
    public const string Generated = "aidebt.generated";
    public const string Trace = "aidebt.trace";
    public const string Conversation = "aidebt.conversation";
    public const string ReviewedBy = "aidebt.reviewedBy";
    public const string ReviewedOn = "aidebt.reviewedOn";
    public const string RecordedHash = "aidebt.recordedHash";
    public const string CurrentHash = "aidebt.currentHash";
    public const string Reviewer = "aidebt.reviewer";
    public const string Repair = "aidebt.repair";

    /// <summary>The value of <see cref="Repair"/> when the fix can close an unclosed region.</summary>
    public const string RepairClose = "close";

    public static void Add(ImmutableDictionary<string, string?>.Builder builder, string? tool, string? model, string? contributor, bool reviewed, int lines)
    {
        builder[Tool] = tool ?? string.Empty;
        builder[Model] = model ?? string.Empty;
        builder[Contributor] = contributor ?? string.Empty;
        builder[Reviewed] = reviewed ? "true" : "false";
        builder[Lines] = lines.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Review debt: five minutes to open the code plus one per ten lines to read it.</summary>
    public static int ReviewMinutes(int lines) => 5 + ((lines + 9) / 10);
}
