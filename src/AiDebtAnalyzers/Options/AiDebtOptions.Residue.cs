namespace AiDebtAnalyzers.Options;

internal static partial class AiDebtOptions
{
    public static readonly AiDebtOption<bool> ResidueReportBareEllipsis = AiDebtOptionFactory.Boolean(
        "aidebt.residue.report_bare_ellipsis",
        true,
        "Report a comment that is nothing but an ellipsis (`// ...`, `/* ... */`) standing in for code. Turn off to report only the elision phrases.",
        RuleIds.ElidedCode);

    public static readonly AiDebtOption<bool> ResiduePlaceholderInTests = AiDebtOptionFactory.PerCompilation(
        AiDebtOptionFactory.Boolean(
            "aidebt.residue.placeholder_in_tests",
            false,
            "Report placeholder implementations in test projects too. Off by default: fakes and stubs in tests throw `NotImplementedException` and simulate latency with `Task.Delay` on purpose.",
            RuleIds.PlaceholderImplementation));

    public static readonly AiDebtOption<bool> ResidueReportNotImplemented = AiDebtOptionFactory.Boolean(
        "aidebt.residue.report_not_implemented",
        true,
        "Report a member whose whole body is `throw new NotImplementedException()` in an otherwise implemented, non-abstract type. Turn off to report only the stand-in comments.",
        RuleIds.PlaceholderImplementation);

    public static readonly AiDebtOption<int> ResiduePlaceholderMaxStatements = AiDebtOptionFactory.Integer(
        "aidebt.residue.placeholder_max_statements",
        10,
        1,
        1000,
        "A `// For now, ...` or `// Mock implementation` comment marks a body as a stand-in only when the body has at most this many statements (nested statements included); in a longer body it describes one step of real code. A `// Simulate ...` wait that does nothing else counts only in such a short body; one that claims an outcome (success text, canned data, a TODO) counts at any length. `// In a real application, ...` and `// TODO: implement` do not depend on it.",
        RuleIds.PlaceholderImplementation);

    public static readonly AiDebtOption<System.Collections.Immutable.ImmutableArray<string>> ResiduePlaceholderMarkers = AiDebtOptionFactory.StringList(
        "aidebt.residue.placeholder_markers",
        "",
        "The team's own stand-in markers: a comma-separated list of words or phrases; a comment in a body that starts with one of them (case-insensitively, e.g. `STUB`, `FAKE:`) marks the member as a placeholder whatever its body holds.",
        RuleIds.PlaceholderImplementation);
}
