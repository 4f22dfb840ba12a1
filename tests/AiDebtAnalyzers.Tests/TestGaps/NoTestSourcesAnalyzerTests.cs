using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis.Testing;

namespace AiDebtAnalyzers.Tests.TestGaps;

public class NoTestSourcesAnalyzerTests
{
    [Fact]
    public async Task No_test_sources_gives_one_AID302_instead_of_flagging_every_API()
    {
        const string source = "namespace Shop { public class Cart { public void Add() { } } }";
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source, new string[0], expected: new DiagnosticResult(NoTestSourcesAnalyzer.Rule).WithArguments("TestProject", NoTestSourcesAnalyzer.AddTestProjectHint));
    }

    [Fact]
    public async Task AID302_counts_a_new_member_of_a_shipped_type()
    {
        const string source = "namespace Shop { public class Cart { public void Add() { } public void Fresh() { } } }";
        const string shipped = "Shop.Cart\nShop.Cart.Cart() -> void\nShop.Cart.Add() -> void\n";
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source, new string[0], shipped, unshipped: string.Empty, expected: new DiagnosticResult(NoTestSourcesAnalyzer.Rule).WithArguments("TestProject", NoTestSourcesAnalyzer.AddTestProjectHint));
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source.Replace(" public void Fresh() { }", string.Empty), new string[0], shipped, unshipped: string.Empty);
    }

    [Fact]
    public async Task AID302_names_the_test_projects_that_reference_the_project_when_they_are_not_read()
    {
        // The build targets found test projects named for nothing that reference this one (xUnitinvi) and, without
        // AiDebtFindTestProjectsByReference, did not read them: the note names them and both ways to read them.
        const string source = "namespace Shop { public class Cart { public void Add() { } } }";
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(
            source,
            new string[0],
            globalConfig: "build_property.AiDebtReferencingTestProjects = xUnitinvi",
            expected: new DiagnosticResult(NoTestSourcesAnalyzer.Rule).WithArguments("TestProject", "xUnitinvi references it: name each that tests it with an AiDebtTestProject item, or set AiDebtFindTestProjectsByReference to true to read every test project that references it"));
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(
            source,
            new string[0],
            globalConfig: "build_property.AiDebtReferencingTestProjects = Specs,Checks",
            expected: new DiagnosticResult(NoTestSourcesAnalyzer.Rule).WithArguments("TestProject", NoTestSourcesAnalyzer.ReferencingTestProjectsHint("Checks, Specs")));
    }

    [Fact]
    public async Task No_AID302_when_nothing_is_in_scope()
    {
        const string source = "namespace Shop { internal class Cart { public void Add() { } } }";
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source, new string[0]);
    }

    [Fact]
    public async Task No_AID302_when_test_sources_arrive_or_the_scope_is_none()
    {
        const string source = "namespace Shop { public class Cart { public void Add() { } } }";
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source, new[] { "class T { }" });
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source, new string[0], globalConfig: "aidebt.test_gaps.scope = none");
    }
}
