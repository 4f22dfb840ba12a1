using System.Collections.Immutable;
using System.Globalization;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// Names of the debt data every diagnostic carries in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>;
/// the compiler writes them into SARIF as <c>customProperties</c>.
/// </summary>
internal static class DebtProperties
{
    public const string Family = "aidebt.family";
    public const string DebtMinutes = "aidebt.debtMinutes";
    public const string Fingerprint = "aidebt.fingerprint";

    /// <summary>Starts the property bag of a diagnostic with the three common entries; callers add their rule's own.</summary>
    public static ImmutableDictionary<string, string?>.Builder Create(string ruleId, int debtMinutes, string fingerprint)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder[Family] = RuleIds.FamilyOf(ruleId);
        builder[DebtMinutes] = debtMinutes.ToString(CultureInfo.InvariantCulture);
        builder[Fingerprint] = fingerprint;
        return builder;
    }
}
