using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis.Testing;

namespace AiDebtAnalyzers.Tests.TestGaps;

public class UnreadablePublicApiEntryAnalyzerTests
{
    [Fact]
    public async Task Unreadable_PublicAPI_line_gets_AID303_on_the_line()
    {
        const string source = "namespace Shop { public class Cart { public void Add() { } } }";
        const string test = "public class T { void M() { new Shop.Cart().Add(); } }";
        var expected = new DiagnosticResult(UnreadablePublicApiEntryAnalyzer.Rule)
            .WithLocation(0)
            .WithArguments("Shop.Cart.Add(int x -> void", "PublicAPI.Shipped.txt", "'(' is never closed");
        await UntestedPublicApiAnalyzerTests.VerifyAsync<UnreadablePublicApiEntryAnalyzer>(source, new[] { test }, shipped: "Shop.Cart\n{|#0:Shop.Cart.Add(int x -> void|}\n", unshipped: string.Empty, expected: expected);
    }

    [Fact]
    public async Task Readable_files_and_test_projects_get_no_AID303()
    {
        const string source = "namespace Shop { public class Cart { public void Add() { } } }";
        await UntestedPublicApiAnalyzerTests.VerifyAsync<UnreadablePublicApiEntryAnalyzer>(source, new string[0], shipped: "Shop.Cart\nShop.Cart.Add() -> void\n", unshipped: string.Empty);
        await UntestedPublicApiAnalyzerTests.VerifyAsync<UnreadablePublicApiEntryAnalyzer>(source, new string[0], shipped: "Shop.Cart.Add(int x -> void\n", unshipped: string.Empty, globalConfig: "build_property.IsTestProject = true");
    }
}
