using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;

namespace AiDebtAnalyzers.Tests.Infrastructure;

public class SourcePackageCodeTests
{
    [Theory]
    [InlineData("/repo/src/Hangfire.Core/App_Packages/LibLog.1.4/LibLog.cs")]
    [InlineData(@"C:\repo\src\Lib\App_Packages\Polyfill.1.0.0-beta.2\Sub\Polyfill.cs")]
    [InlineData("/repo/app_packages/Some.Package.Id.12.0.3.1/File.cs")]
    public void A_file_in_a_source_package_folder_is_the_package_s(string path) => Assert.True(SourcePackageCode.Contains(path));

    [Theory]
    [InlineData("/repo/src/Hangfire.Core/App_Packages/LibLog.cs")]
    [InlineData("/repo/src/App_Packages/LibLog/LibLog.cs")]
    [InlineData("/repo/src/App_Packages/LibLog.1/LibLog.cs")]
    [InlineData("/repo/src/App_Packages/LibLog.1.4")]
    [InlineData("/repo/src/App_Packages/LibLog.1.4-/LibLog.cs")]
    [InlineData("/repo/src/Packages/LibLog.1.4/LibLog.cs")]
    [InlineData("/repo/src/MyApp_Packages/LibLog.1.4/LibLog.cs")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_paths_are_not(string? path) => Assert.False(SourcePackageCode.Contains(path));

    [Fact]
    public async Task AID301_does_not_report_a_type_a_source_package_installed()
    {
        const string vendored = "namespace Shop.Logging { public static class LogExtensions { public static string Fatal(string message) => message.Trim(); } }";
        const string own = "namespace Shop { public class Cart { public int Count(int a) => a + 1; } }";
        var installed = AnalyzerDriver.Compile(("/Shop/App_Packages/LibLog.1.4/LibLog.cs", vendored), ("/Shop/Cart.cs", own));
        var reported = (await TestSources.UntestedAsync(installed, "class T { }")).Select(d => d.Properties[UntestedPublicApiAnalyzer.ApiProperty]).ToList();
        Assert.Equal(new[] { "Shop.Cart" }, reported);

        // The same file in a folder of the project's own (no package version) is the project's code.
        var copied = AnalyzerDriver.Compile(("/Shop/App_Packages/LibLog/LibLog.cs", vendored), ("/Shop/Cart.cs", own));
        Assert.Contains("Shop.Logging.LogExtensions", (await TestSources.UntestedAsync(copied, "class T { }")).Select(d => d.Properties[UntestedPublicApiAnalyzer.ApiProperty]));
    }
}
