using System;

namespace AiDebtAnalyzers;

/// <summary>
/// The public contract of the package: every rule ID, its family and its help link.
/// IDs are <c>AID</c> plus three digits; the hundreds digit names the family.
/// </summary>
public static class RuleIds
{
    // 0xx: the package itself
    public const string InvalidOption = "AID001";
    public const string MalformedBaseline = "AID002";

    // 1xx: duplication
    public const string DuplicatedCode = "AID101";

    // 2xx: magic values
    public const string MagicNumber = "AID201";
    public const string RepeatedString = "AID202";
    public const string EnvironmentValue = "AID203";

    // 3xx: test gaps
    public const string UntestedPublicApi = "AID301";
    public const string NoTestSources = "AID302";
    public const string UnreadablePublicApiEntry = "AID303";

    // 4xx: provenance
    public const string ProvenanceSummary = "AID400";
    public const string UnattributedAiCode = "AID401";
    public const string InvalidProvenance = "AID402";
    public const string ChangedSinceReview = "AID403";
    public const string UnreviewedAiCode = "AID404";
    public const string UnreadableTrace = "AID405";

    // 5xx: AI residue
    public const string ElidedCode = "AID501";
    public const string PlaceholderImplementation = "AID502";
    public const string ChatbotArtifact = "AID503";

    /// <summary>The documentation page of a rule, under the repository URL set once in Directory.Build.props.</summary>
    public static string HelpLink(string ruleId) =>
        RepositoryInfo.Url + "/blob/" + RepositoryInfo.DocsBranch + "/docs/rules/" + ruleId + ".md";

    /// <summary>The family token (as used in option keys and in <c>aidebt.family</c>) of a rule ID.</summary>
    public static string FamilyOf(string ruleId)
    {
        if (ruleId is null || ruleId.Length != 6 || !ruleId.StartsWith("AID", StringComparison.Ordinal))
        {
            return RuleFamilies.Configuration;
        }

        return ruleId[3] switch
        {
            '1' => RuleFamilies.Duplication,
            '2' => RuleFamilies.MagicValues,
            '3' => RuleFamilies.TestGaps,
            '4' => RuleFamilies.Provenance,
            '5' => RuleFamilies.Residue,
            _ => RuleFamilies.Configuration,
        };
    }
}

/// <summary>Diagnostic categories, one per family.</summary>
public static class RuleCategories
{
    public const string Configuration = "AiDebt.Configuration";
    public const string Duplication = "AiDebt.Duplication";
    public const string MagicValues = "AiDebt.MagicValues";
    public const string TestGaps = "AiDebt.TestGaps";
    public const string Provenance = "AiDebt.Provenance";
    public const string Residue = "AiDebt.Residue";
}

/// <summary>Family tokens: the middle part of option keys (<c>aidebt.&lt;family&gt;.&lt;option&gt;</c>) and the value of <c>aidebt.family</c>.</summary>
public static class RuleFamilies
{
    public const string Configuration = "configuration";
    public const string Duplication = "duplication";
    public const string MagicValues = "magic_values";
    public const string TestGaps = "test_gaps";
    public const string Provenance = "provenance";
    public const string Residue = "residue";
}

/// <summary>Custom tags placed on descriptors, beside Roslyn's <c>WellKnownDiagnosticTags</c>.</summary>
public static class RuleTags
{
    /// <summary>
    /// An informational summary (one per project, no source location). Severity presets leave summaries at their
    /// own default, so that <c>Strict</c> with warnings-as-errors never fails a build because a summary exists.
    /// </summary>
    public const string Summary = "AiDebtSummary";

    /// <summary>
    /// A rule that lowers some findings below its default severity (AID101: a small block, a test project's copies and
    /// the suggestion kinds are suggestions). A configured severity for the rule replaces every finding's own, so the
    /// presets that keep the rule at its default write no severity line for it: one would raise those findings too.
    /// </summary>
    public const string SeverityPerFinding = "AiDebtSeverityPerFinding";
}
