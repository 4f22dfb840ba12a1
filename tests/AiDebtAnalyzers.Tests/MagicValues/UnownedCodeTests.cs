using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.MagicValues;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Tests.MagicValues;

/// <summary>AID202 does not read code that is not the team's to maintain: one-off data migrations and vendored code.</summary>
public class UnownedCodeTests
{
    /// <summary>A type that writes one key three times: reported wherever the team owns it.</summary>
    private const string Keys = """
        class Settings
        {
            string A(System.Collections.Generic.IDictionary<string, string> settings) => settings["Smtp:Host"];
            string B(System.Collections.Generic.IDictionary<string, string> settings) => settings["Smtp:Host"];
            string C(System.Collections.Generic.IDictionary<string, string> settings) => settings["Smtp:Host"];
        }
        """;

    private static async Task<string[]> ReportedFiles(string? editorConfig, params (string Path, string Source)[] sources)
    {
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(sources), AnalyzerDriver.Options(editorConfig), new RepeatedStringAnalyzer());
        return diagnostics.Where(d => d.Id == RuleIds.RepeatedString).Select(d => d.Location.GetLineSpan().Path).Distinct().ToArray();
    }

    private static string Renamed(string source, string name) => source.Replace("class Settings", "class " + name);

    [Fact]
    public async Task Skips_types_named_or_derived_as_migrations()
    {
        const string bases = """
            class NzbDroneMigrationBase { }
            interface IMigrationRoutine { }
            """;
        var reported = await ReportedFiles(
            null,
            ("/src/App/Bases.cs", bases),
            ("/src/App/MigrationStartupTask.cs", Renamed(Keys, "StartupTask").Replace("class StartupTask", "class MigrationStartupTask")),
            ("/src/App/Initial.cs", Renamed(Keys, "initial_setup : NzbDroneMigrationBase")),
            ("/src/App/Routine.cs", Renamed(Keys, "MoveSettings : IMigrationRoutine")),
            ("/src/App/OrganizationPlanMigrationCohortsController.cs", Renamed(Keys, "OrganizationPlanMigrationCohortsController")),
            ("/src/App/Settings.cs", Keys));

        // A feature that speaks of migrations is the team's own code.
        Assert.Equal(new[] { "/src/App/OrganizationPlanMigrationCohortsController.cs", "/src/App/Settings.cs" }, reported);
    }

    [Fact]
    public async Task Skips_the_migration_part_of_a_partial_type_and_files_under_a_Migrations_folder()
    {
        const string data = """
            partial class InvoiceData
            {
                string A(System.Collections.Generic.IDictionary<string, string> s) => s["cryptoData"];
            }
            """;
        const string migration = """
            partial class InvoiceData
            {
                string B(System.Collections.Generic.IDictionary<string, string> s) => s["cryptoData"] + s["cryptoData"] + s["cryptoData"];
            }
            """;
        var reported = await ReportedFiles(
            null,
            ("/src/Data/InvoiceData.cs", data),
            ("/src/Data/InvoiceData.Migration.cs", migration),
            ("/src/Migrations/Routines/Move.cs", Renamed(Keys, "Move")),
            ("/src/App/Settings.cs", Keys));

        // The migration part's three copies are not counted: InvoiceData has one copy left, below the threshold.
        Assert.Equal(new[] { "/src/App/Settings.cs" }, reported);
    }

    [Fact]
    public async Task Skips_vendored_folders_below_the_project_folder_only()
    {
        var reported = await ReportedFiles(
            null,
            ("/home/lib/repo/src/ThirdParty/Json/Reader.cs", Renamed(Keys, "Reader")),
            ("/home/lib/repo/src/lib/commandline/Parser.cs", Renamed(Keys, "Parser")),
            ("/home/lib/repo/src/External/Client.cs", Renamed(Keys, "Client")),
            ("/home/lib/repo/src/App/Settings.cs", Keys),
            ("AiDebtAnalyzers/Generator/Attribute.g.cs", "class Generated { }"));

        // "lib" above the folder every file shares (/home/lib/repo/src/) is where the checkout lives, not a vendor folder;
        // a source generator's tree, whose path is rooted nowhere, does not move that folder.
        Assert.Equal(new[] { "/home/lib/repo/src/App/Settings.cs" }, reported);
    }

    [Fact]
    public async Task Skips_files_whose_header_says_they_were_copied_or_names_another_copyright_holder()
    {
        const string projectHeader = "// Copyright (c) 2007-2026 ShareX Team\n";
        var reported = await ReportedFiles(
            null,
            ("/src/App/Settings.cs", projectHeader + Keys),
            ("/src/App/Other.cs", projectHeader + Renamed(Keys, "Other")),
            ("/src/App/Third.cs", projectHeader + Renamed(Keys, "Third")),
            ("/src/App/Copied.cs", "using System;\n\n// This is copy from LiteDB 5 version, used only for recovery.\n" + Renamed(Keys, "Copied")),
            ("/src/App/Foreign.cs", "// Copyright (c) Nate McMaster.\n// Licensed under the Apache License, Version 2.0.\n" + Renamed(Keys, "Foreign")));

        Assert.Equal(new[] { "/src/App/Other.cs", "/src/App/Settings.cs", "/src/App/Third.cs" }, reported);
    }

    [Fact]
    public async Task A_copyright_header_in_a_project_without_one_marks_vendored_code_but_not_the_projects_own_headers()
    {
        var withoutConvention = await ReportedFiles(
            null,
            ("/src/App/Settings.cs", Keys),
            ("/src/App/Plugins.cs", "/* Copyright (c) Nate McMaster. */\n" + Renamed(Keys, "Plugins")));
        Assert.Equal(new[] { "/src/App/Settings.cs" }, withoutConvention);

        // <copyright company="Microsoft Corporation"> and "Copyright (c) Microsoft." name one holder.
        var ownHeaders = await ReportedFiles(
            null,
            ("/src/App/Settings.cs", "// Copyright (c) Microsoft. All rights reserved.\n" + Keys),
            ("/src/App/Program.cs", "// <copyright file=\"Program.cs\" company=\"Microsoft Corporation\">\n// </copyright>\n" + Renamed(Keys, "Program")));
        Assert.Equal(new[] { "/src/App/Program.cs", "/src/App/Settings.cs" }, ownHeaders);
    }

    [Fact]
    public async Task The_vendored_code_option_marks_files_or_overrides_the_guess()
    {
        var marked = await ReportedFiles("aidebt.magic_values.vendored_code = true", ("/src/App/Settings.cs", Keys));
        Assert.Empty(marked);

        var overridden = await ReportedFiles(
            "aidebt.magic_values.vendored_code = false",
            ("/src/ThirdParty/Settings.cs", Keys),
            ("/src/App/Other.cs", Renamed(Keys, "Other")));
        Assert.Equal(new[] { "/src/App/Other.cs", "/src/ThirdParty/Settings.cs" }, overridden);
    }

    [Fact]
    public async Task The_vendored_code_option_follows_editorconfig_sections()
    {
        var test = new CSharpAnalyzerVerifier<RepeatedStringAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Legacy/Settings.cs", Keys));
        test.TestState.Sources.Add(("/src/App/Other.cs", Renamed(Keys, "Other")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/src/Legacy/**.cs]\naidebt.magic_values.vendored_code = true\n"));
        test.ExpectedDiagnostics.Add(Reported("/src/App/Other.cs", 3, 91, 4, 5));
        test.ExpectedDiagnostics.Add(Reported("/src/App/Other.cs", 4, 91, 3, 5));
        test.ExpectedDiagnostics.Add(Reported("/src/App/Other.cs", 5, 91, 3, 4));
        await test.RunAsync();
    }

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Reported(string path, int line, int column, int otherLine, int thirdLine) =>
        CSharpAnalyzerVerifier<RepeatedStringAnalyzer>.Diagnostic(RuleIds.RepeatedString)
            .WithSpan(path, line, column, line, column + 11)
            .WithSpan(path, otherLine, column, otherLine, column + 11)
            .WithSpan(path, thirdLine, column, thirdLine, column + 11)
            .WithArguments("Smtp:Host", "3", "Other");
}
