namespace AiDebtAnalyzers.Options;

internal static partial class AiDebtOptions
{
    private static readonly string[] TestGapsScopes = { "auto", "new", "all", "none" };

    public static readonly AiDebtOption<string> TestGapsScope = AiDebtOptionFactory.PerCompilation(
        AiDebtOptionFactory.Choice(
            "aidebt.test_gaps.scope",
            "auto",
            TestGapsScopes,
            "Which public APIs must have a test. `new`: those listed in PublicAPI.Unshipped.txt or in neither PublicAPI file; `all`: every publicly visible API; `none`: no test-gap analysis. `auto` means `new` when the project has PublicAPI files, else `all` for a library and `none` for an executable.",
            RuleIds.UntestedPublicApi,
            RuleIds.NoTestSources));
}
