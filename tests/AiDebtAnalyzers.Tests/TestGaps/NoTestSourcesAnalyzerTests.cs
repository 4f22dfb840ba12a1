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
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source, new string[0], expected: new DiagnosticResult(NoTestSourcesAnalyzer.Rule).WithArguments("TestProject"));
    }

    [Fact]
    public async Task AID302_counts_a_new_member_of_a_shipped_type()
    {
        const string source = "namespace Shop { public class Cart { public void Add() { } public void Fresh() { } } }";
        const string shipped = "Shop.Cart\nShop.Cart.Cart() -> void\nShop.Cart.Add() -> void\n";
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source, new string[0], shipped, unshipped: string.Empty, expected: new DiagnosticResult(NoTestSourcesAnalyzer.Rule).WithArguments("TestProject"));
        await UntestedPublicApiAnalyzerTests.VerifyAsync<NoTestSourcesAnalyzer>(source.Replace(" public void Fresh() { }", string.Empty), new string[0], shipped, unshipped: string.Empty);
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
