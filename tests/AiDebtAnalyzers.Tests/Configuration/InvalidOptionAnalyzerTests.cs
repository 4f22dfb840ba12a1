using System.Threading.Tasks;
using AiDebtAnalyzers.Configuration;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Configuration.InvalidOptionAnalyzer>;

namespace AiDebtAnalyzers.Tests.Configuration;

public class InvalidOptionAnalyzerTests
{
    private const string Source = "class C { }";

    [Fact]
    public async Task Valid_values_are_not_reported() =>
        await VerifyCS.VerifyAnalyzerAsync(Source, "aidebt.residue.report_bare_ellipsis = FALSE");

    [Fact]
    public async Task Unknown_keys_are_not_reported() =>
        await VerifyCS.VerifyAnalyzerAsync(Source, "aidebt.residue.no_such_option = 12");

    [Fact]
    public async Task Invalid_boolean_is_reported_with_key_value_and_allowed_values() =>
        await VerifyCS.VerifyAnalyzerAsync(
            Source,
            "aidebt.residue.report_bare_ellipsis = sometimes",
            VerifyCS.Diagnostic(RuleIds.InvalidOption).WithArguments("aidebt.residue.report_bare_ellipsis", "sometimes", "true or false", "true"));

    [Fact]
    public async Task Same_invalid_value_in_many_files_is_reported_once()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/a/A.cs", "class A { }"));
        test.TestState.Sources.Add(("/b/B.cs", "class B { }"));
        test.WithEditorConfig("aidebt.residue.report_bare_ellipsis = maybe");
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleIds.InvalidOption).WithArguments("aidebt.residue.report_bare_ellipsis", "maybe", "true or false", "true"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Different_invalid_values_are_reported_in_key_and_value_order()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/a/A.cs", "class A { }"));
        test.TestState.Sources.Add(("/b/B.cs", "class B { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[/a/*.cs]\naidebt.residue.report_bare_ellipsis = yes\n[/b/*.cs]\naidebt.residue.report_bare_ellipsis = no\n"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleIds.InvalidOption).WithArguments("aidebt.residue.report_bare_ellipsis", "no", "true or false", "true"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleIds.InvalidOption).WithArguments("aidebt.residue.report_bare_ellipsis", "yes", "true or false", "true"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Invalid_value_in_global_config_is_reported()
    {
        var test = new VerifyCS.Test { TestCode = Source };
        Verifiers.TestConfig.AddGlobalConfig(test.TestState, "aidebt.residue.report_bare_ellipsis = 1");
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleIds.InvalidOption).WithArguments("aidebt.residue.report_bare_ellipsis", "1", "true or false", "true"));
        await test.RunAsync();
    }

    [Fact]
    public void Descriptor_is_tagged_compilation_end() =>
        Assert.Contains(Microsoft.CodeAnalysis.WellKnownDiagnosticTags.CompilationEnd, InvalidOptionAnalyzer.Rule.CustomTags);
}
