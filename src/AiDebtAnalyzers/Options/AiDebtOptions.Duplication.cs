namespace AiDebtAnalyzers.Options;

internal static partial class AiDebtOptions
{
    public const string DuplicationModeExact = "exact";
    public const string DuplicationModeRenamed = "renamed";
    public const string DuplicationModeBlind = "blind";

    private static readonly string[] DuplicationModes = { DuplicationModeExact, DuplicationModeRenamed, DuplicationModeBlind };

    // Mode and sizes shape the one clone index a compilation shares, so they are read once per compilation.
    public static readonly AiDebtOption<string> DuplicationMode = AiDebtOptionFactory.PerCompilation(
        AiDebtOptionFactory.Choice(
            "aidebt.duplication.mode",
            DuplicationModeRenamed,
            DuplicationModes,
            "Which copies count as clones. `exact`: identical tokens (Type-1; whitespace, comments and layout ignored). `renamed`: also copies whose identifiers are consistently renamed and whose literals differ (Type-2). `blind`: every identifier alike, renamed or not (Type-2, more matches, more noise).",
            RuleIds.DuplicatedCode));

    public static readonly AiDebtOption<int> DuplicationMinTokens = AiDebtOptionFactory.PerCompilation(
        AiDebtOptionFactory.Integer(
            "aidebt.duplication.min_tokens",
            50,
            10,
            100000,
            "The fewest tokens a duplicated block must have to be reported (a block must meet both this and `aidebt.duplication.min_lines`).",
            RuleIds.DuplicatedCode));

    // Judged samples put the small blocks' genuine share well under the larger ones' (docs/measuring.md, "AID101 by block
    // size"): a block under this size is still shown, as a suggestion, and a build that fails on warnings fails on the rest.
    public static readonly AiDebtOption<int> DuplicationWarningMinTokens = AiDebtOptionFactory.PerCompilation(
        AiDebtOptionFactory.Integer(
            "aidebt.duplication.warning_min_tokens",
            80,
            10,
            100000,
            "The fewest tokens a duplicated block must have to be reported at the rule's severity (a warning by default); a smaller block, down to `aidebt.duplication.min_tokens`, is reported as a suggestion (info) with `aidebt.cloneSize = small`, unless it stands for a longer block of this size that would be a warning (the longer extent some of its copies share, or a block that continues them). Set it to the value of `aidebt.duplication.min_tokens` or lower to report every block at the rule's severity.",
            RuleIds.DuplicatedCode));

    public static readonly AiDebtOption<int> DuplicationMinLines = AiDebtOptionFactory.PerCompilation(
        AiDebtOptionFactory.Integer(
            "aidebt.duplication.min_lines",
            5,
            1,
            10000,
            "The fewest lines a duplicated block must span to be reported, counted on its longest copy (a block must meet both this and `aidebt.duplication.min_tokens`).",
            RuleIds.DuplicatedCode));

    public static readonly AiDebtOption<int> DuplicationMaxLocations = AiDebtOptionFactory.Integer(
        "aidebt.duplication.max_locations",
        10,
        1,
        1000,
        "The most other copies one diagnostic lists as additional locations and in its message. The code fix is offered only when every copy is listed.",
        RuleIds.DuplicatedCode);
}
