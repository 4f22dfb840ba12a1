namespace AiDebtAnalyzers.Options;

internal static partial class AiDebtOptions
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

    public static readonly AiDebtOption<System.Collections.Immutable.ImmutableArray<string>> MagicValuesReportedRoles = new(
        "aidebt.magic_values.reported_roles",
        "string list",
        System.Collections.Immutable.ImmutableArray.Create(MagicValues.MagicNumberRoles.DefaultReportedRoles.Split(',')),
        MagicValues.MagicNumberRoles.DefaultReportedRoles,
        "a comma-separated list of policy roles: " + MagicValues.MagicNumberRoles.PolicyRoles.Replace(",", ", "),
        OptionScope.File,
        "The policy roles whose numbers AID201 reports (see the role table on the rule page). The default holds the roles whose judged precision across code bases supports reporting them; add the others to report them too (`" + MagicValues.MagicNumberRoles.PolicyRoles + "` reports every policy role). An empty value reports nothing.",
        new[] { RuleIds.MagicNumber },
        TryParseReportedRoles);

    public static readonly AiDebtOption<System.Collections.Immutable.ImmutableArray<string>> MagicValuesReportedStringRoles = new(
        "aidebt.magic_values.reported_string_roles",
        "string list",
        System.Collections.Immutable.ImmutableArray.Create(MagicValues.RepeatedStringRoles.DefaultReportedRoles.Split(',')),
        MagicValues.RepeatedStringRoles.DefaultReportedRoles,
        "a comma-separated list of reported roles: " + MagicValues.RepeatedStringRoles.ReportableRoles.Replace(",", ", "),
        OptionScope.File,
        "The roles whose copies AID202 counts (see the role table on the rule page). The default holds the roles whose judged precision across code bases supports reporting them; add the others to report them too. An empty value reports nothing.",
        new[] { RuleIds.RepeatedString },
        TryParseReportedStringRoles);

    public static readonly AiDebtOption<bool> MagicValuesReportSingleUse = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.report_single_use",
        false,
        "Also report a policy number written once when no constant of its value exists (`TimeSpan.FromMinutes(30)`, `Take(25)`, `retries > 3`). By default AID201 reports a policy number that is written two or more times for the same subject, that an existing constant already holds, or that is one of the single uses the rule page lists (a money rate, a status code compared by hand).",
        RuleIds.MagicNumber);

    public static readonly AiDebtOption<bool> MagicValuesReportSingleWaits = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.report_single_waits",
        false,
        "Also report a single bare wait that nothing explains (`await Task.Delay(1500);` outside a loop, with no comment, in a member not named for waiting). By default a wait, timeout or interval is reported only when it is written in several members that do the same job (one type, or members of the same name) or an existing constant holds it: a single wait was mostly a UI settle delay or a poll tick that its context explains.",
        RuleIds.MagicNumber);

    public static readonly AiDebtOption<bool> MagicValuesAnalyzeTests = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.analyze_tests",
        false,
        "Also analyze test projects (MSBuild `IsTestProject` true, or a reference to xunit, NUnit, MSTest or TUnit). Test data is literal by nature, so they are skipped by default.",
        RuleIds.MagicNumber, RuleIds.RepeatedString, RuleIds.EnvironmentValue);

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

    public static readonly AiDebtOption<string> MagicValuesVendoredCode = AiDebtOptionFactory.Choice(
        "aidebt.magic_values.vendored_code",
        "auto",
        new[] { "auto", "true", "false" },
        "Whether a file is third-party code kept in the repository, which AID202 does not read. `auto` decides from the file: a `ThirdParty`, `3rdParty`, `Vendor`, `External` or `lib` folder, a header saying it was copied from elsewhere, or a copyright header naming another holder than most of the project's files. Set `true` in an `.editorconfig` section for the files you vendor (`[src/Legacy/**.cs]`), `false` where the guess is wrong.",
        RuleIds.RepeatedString);

    public static readonly AiDebtOption<bool> MagicValuesAllowLoopback = AiDebtOptionFactory.Boolean(
        "aidebt.magic_values.allow_loopback",
        true,
        "Do not report URLs, IP addresses and password-free connection strings that point at the local machine (`localhost`, `127.0.0.0/8`, `[::1]`, `(localdb)`).",
        RuleIds.EnvironmentValue);

    // Only policy roles can be reported: a structural role or a misspelt name is a configuration error (AID001).
    private static bool TryParseReportedRoles(string raw, out System.Collections.Immutable.ImmutableArray<string> roles) =>
        TryParseRoleList(raw, name => MagicValues.MagicNumberRoles.Find(name) is { IsPolicy: true } role ? role.Name : null, out roles);

    // Only reported roles can be listed: a quiet role or a misspelt name is a configuration error (AID001).
    private static bool TryParseReportedStringRoles(string raw, out System.Collections.Immutable.ImmutableArray<string> roles) =>
        TryParseRoleList(raw, MagicValues.RepeatedStringRoles.FindReportable, out roles);

    /// <summary>A comma-separated list of role names, each given back as <paramref name="canonical"/> spells it; false when one is not a role it accepts.</summary>
    private static bool TryParseRoleList(string raw, System.Func<string, string?> canonical, out System.Collections.Immutable.ImmutableArray<string> roles)
    {
        var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>();
        foreach (var part in raw.Split(','))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (canonical(name) is not { } role)
            {
                roles = default;
                return false;
            }

            builder.Add(role);
        }

        roles = builder.ToImmutable();
        return true;
    }
}
