namespace AiDebtAnalyzers.Options;

public static partial class AiDebtOptions
{
    public static readonly AiDebtOption<bool> ResidueReportBareEllipsis = AiDebtOptionFactory.Boolean(
        "aidebt.residue.report_bare_ellipsis",
        true,
        "Report a comment that is nothing but an ellipsis (`// ...`, `/* ... */`) standing in for code. Turn off to report only the elision phrases.",
        RuleIds.ElidedCode);
}
