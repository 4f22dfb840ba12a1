namespace AiDebtAnalyzers.Options;

public static partial class AiDebtOptions
{
    public static readonly AiDebtOption<System.Collections.Immutable.ImmutableArray<double>> MagicValuesAllowedNumbers = AiDebtOptionFactory.NumberList(
        "aidebt.magic_values.allowed_numbers",
        "-1,0,1,2",
        "Numbers that are never magic (compared by value, so `2`, `2L` and `2.0` are all allowed by `2`). An empty value allows none.",
        RuleIds.MagicNumber);

    public static readonly AiDebtOption<bool> MagicValuesCommentExplains = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.comment_explains",
        true,
        "A number with a comment on the same line (`Thread.Sleep(3000); // give the device time to reboot`), or one that the comment block right above its statement or an enclosing statement or member (XML documentation included) mentions as written, is explained and not reported.",
        RuleIds.MagicNumber);

    public static readonly AiDebtOption<bool> MagicValuesIgnoreUnitFactories = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.ignore_unit_factories",
        true,
        "Numbers passed to unit factories name their unit already: `TimeSpan.FromSeconds(30)` and other static `From*` factories, `new TimeSpan(...)`, `new DateTime(...)` and unit extensions such as `30.Seconds()`.",
        RuleIds.MagicNumber);

    public static readonly AiDebtOption<bool> MagicValuesIgnoreProtocolNumbers = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.ignore_protocol_numbers",
        true,
        "Numbers whose protocol names them are not reported: HTTP status codes (100-599) compared with or passed to a status code (`response.StatusCode == 404`, `StatusCode(500, ...)`, `(HttpStatusCode)308`) and well-known ports (below 1024) compared with a port (`uri.Port != 443`). Set to false to have them replaced by `HttpStatusCode` or `StatusCodes` members.",
        RuleIds.MagicNumber);

    public static readonly AiDebtOption<bool> MagicValuesAnalyzeTests = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.analyze_tests",
        false,
        "Also analyze test projects (MSBuild `IsTestProject` true, or a reference to xunit, NUnit, MSTest or TUnit). Test data is literal by nature, so they are skipped by default.",
        RuleIds.MagicNumber, RuleIds.EnvironmentValue);

    public static readonly AiDebtOption<int> MagicValuesMinStringLength = AiDebtOptionFactory.Integer(
        "aidebt.magic_values.min_string_length",
        5,
        1,
        1000,
        "Shortest string literal (in characters, after escapes are resolved) that AID202 counts.",
        RuleIds.RepeatedString);

    public static readonly AiDebtOption<int> MagicValuesMinRepetitions = AiDebtOptionFactory.Integer(
        "aidebt.magic_values.min_repetitions",
        3,
        2,
        1000,
        "How many occurrences of the same string literal in one type (partial declarations together) make a finding; the count is inclusive (3 reports a literal written exactly 3 times).",
        RuleIds.RepeatedString);

    public static readonly AiDebtOption<bool> MagicValuesAllowLoopback = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.allow_loopback",
        true,
        "Do not report URLs, IP addresses and password-free connection strings that point at the local machine (`localhost`, `127.0.0.0/8`, `[::1]`, `(localdb)`).",
        RuleIds.EnvironmentValue);
}
