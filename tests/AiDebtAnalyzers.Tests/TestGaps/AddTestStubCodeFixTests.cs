using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.TestGaps;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using VerifyFix = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<AiDebtAnalyzers.TestGaps.UntestedPublicApiAnalyzer, AiDebtAnalyzers.CodeFixes.TestGaps.AddTestStubCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.TestGaps;

public class AddTestStubCodeFixTests
{
    private const string TestProjectName = "Shop.Tests";

    private const string Library = @"
namespace Shop
{
    public class Cart
    {
        public void Add(int id) { }
        public bool {|#0:TryRemove|}(string name, out int count) { count = 0; return true; }
        private decimal total;
        public decimal {|#1:Total|} { get => total; set => total = value < 0 ? 0 : value; }
    }
}";

    private const string XunitStubs = @"
namespace Xunit
{
    public sealed class FactAttribute : System.Attribute { }
    public static class Assert { public static void Fail(string message) => throw new System.Exception(message); public static void True(bool condition, string message) { } }
}";

    private const string NUnitStubs = @"
namespace NUnit.Framework
{
    public sealed class TestAttribute : System.Attribute { }
    public static class Assert { public static void Fail(string message) => throw new System.Exception(message); }
}";

    private const string MSTestStubs = @"
namespace Microsoft.VisualStudio.TestTools.UnitTesting
{
    public sealed class TestClassAttribute : System.Attribute { }
    public sealed class TestMethodAttribute : System.Attribute { }
    public static class Assert { public static void Fail(string message) => throw new System.Exception(message); }
}";

    private const string CoveringTest = "public class CartSmoke { public void M() => new Shop.Cart().Add(1); }";

    /// <summary>
    /// The single fix adds the first diagnostic's stub (<paramref name="singleFix"/>), fix-all adds every stub
    /// (<paramref name="fixAll"/>); the library keeps its diagnostics, since the analyzer reads the test sources the build
    /// hands it, not the test project of the solution.
    /// </summary>
    private static VerifyFix.Test CreateTest(string frameworkStubs, (string Name, string Code)[] testSources, (string Name, string Code)[] singleFix, (string Name, string Code)[] fixAll)
    {
        var test = new VerifyFix.Test { TestCode = Library, FixedCode = Library };
        test.BatchFixedState.Sources.Add(Library);
        test.TestState.AdditionalFiles.Add(("/Shop.Tests/CartSmoke.cs", CoveringTest));
        TestConfig.AddGlobalConfig(test.TestState, "[/Shop.Tests/CartSmoke.cs]\n" + UntestedPublicApiAnalyzer.TestSourceMetadata + " = true\n" + UntestedPublicApiAnalyzer.TestProjectMetadata + " = " + TestProjectName);
        foreach (var (state, sources) in new[] { (test.TestState, testSources), (test.FixedState, singleFix), (test.BatchFixedState, fixAll) })
        {
            state.ExpectedDiagnostics.Add(Untested(0, "Cart.TryRemove(string, out int)"));
            state.ExpectedDiagnostics.Add(Untested(1, "Cart.Total"));
            var project = state.AdditionalProjects[TestProjectName];
            project.AdditionalProjectReferences.Add("TestProject");
            project.AnalyzerConfigFiles.Add(("/Shop.Tests/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
            project.Sources.Add(("/Shop.Tests/FrameworkStubs.cs", frameworkStubs));
            foreach (var source in sources)
            {
                project.Sources.Add(source);
            }
        }

        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfFixAllInProjectIterations = 1;
        return test;
    }

    private static DiagnosticResult Untested(int location, string api) =>
        new DiagnosticResult(UntestedPublicApiAnalyzer.Rule).WithLocation(location).WithArguments("Public API '" + api + "'", string.Empty, TestProjectName);

    private const string XunitNewFile = @"using Xunit;

namespace Shop.Tests
{
    public class CartTests
    {
        [Fact]
        public void TryRemove_NeedsARealTest()
        {
            // Arrange: replace the placeholder values.
            Shop.Cart sut = default!;
            string name = default!;
            System.Action act = () => sut.TryRemove(name, out _);
            Assert.Fail(""No test yet for Shop.Cart.TryRemove(string name, out int count) -> bool: invoke 'act', assert on the outcome and delete this line."");
        }

        [Fact]
        public void Total_NeedsARealTest()
        {
            // Arrange: replace the placeholder values.
            Shop.Cart sut = default!;
            System.Func<object> act = () => sut.Total!;
            Assert.Fail(""No test yet for Shop.Cart.Total.get -> decimal: invoke 'act', assert on the outcome and delete this line."");
        }
    }
}
";

    [Fact]
    public async Task Adds_an_xunit_test_class_named_after_the_type()
    {
        var test = CreateTest(XunitStubs, new (string, string)[0], new[] { ("/Shop.Tests/CartTests.cs", FirstOnly(XunitNewFile)) }, new[] { ("/Shop.Tests/CartTests.cs", XunitNewFile) });
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Adds_to_an_existing_NUnit_test_class()
    {
        const string existing = @"using NUnit.Framework;

namespace Shop.Tests
{
    public class CartTests
    {
        [Test]
        public void Adds() { }
    }
}
";
        const string fixedExisting = @"using NUnit.Framework;

namespace Shop.Tests
{
    public class CartTests
    {
        [Test]
        public void Adds() { }

        [Test]
        public void TryRemove_NeedsARealTest()
        {
            // Arrange: replace the placeholder values.
            Shop.Cart sut = default!;
            string name = default!;
            System.Action act = () => sut.TryRemove(name, out _);
            Assert.Fail(""No test yet for Shop.Cart.TryRemove(string name, out int count) -> bool: invoke 'act', assert on the outcome and delete this line."");
        }

        [Test]
        public void Total_NeedsARealTest()
        {
            // Arrange: replace the placeholder values.
            Shop.Cart sut = default!;
            System.Func<object> act = () => sut.Total!;
            Assert.Fail(""No test yet for Shop.Cart.Total.get -> decimal: invoke 'act', assert on the outcome and delete this line."");
        }
    }
}
";
        var test = CreateTest(NUnitStubs, new[] { ("/Shop.Tests/CartTests.cs", existing) }, new[] { ("/Shop.Tests/CartTests.cs", FirstOnly(fixedExisting)) }, new[] { ("/Shop.Tests/CartTests.cs", fixedExisting) });
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Adds_an_MSTest_class()
    {
        var expected = XunitNewFile.Replace("using Xunit;", "using Microsoft.VisualStudio.TestTools.UnitTesting;")
            .Replace("    public class CartTests", "    [TestClass]\n    public class CartTests")
            .Replace("[Fact]", "[TestMethod]");
        var test = CreateTest(MSTestStubs, new (string, string)[0], new[] { ("/Shop.Tests/CartTests.cs", FirstOnly(expected)) }, new[] { ("/Shop.Tests/CartTests.cs", expected) });
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task No_stub_without_a_test_project_that_references_the_library()
    {
        var test = new VerifyFix.Test { TestCode = Library, FixedCode = Library };
        test.TestState.AdditionalFiles.Add(("/Shop.Tests/CartSmoke.cs", CoveringTest));
        TestConfig.AddGlobalConfig(test.TestState, "[/Shop.Tests/CartSmoke.cs]\n" + UntestedPublicApiAnalyzer.TestSourceMetadata + " = true\n" + UntestedPublicApiAnalyzer.TestProjectMetadata + " = " + TestProjectName);
        test.ExpectedDiagnostics.Add(Untested(0, "Cart.TryRemove(string, out int)"));
        test.ExpectedDiagnostics.Add(Untested(1, "Cart.Total"));

        // A test project that does not reference the library gets nothing.
        var unrelated = test.TestState.AdditionalProjects["Other.Tests"];
        unrelated.Sources.Add(("/Other.Tests/FrameworkStubs.cs", XunitStubs));
        unrelated.AnalyzerConfigFiles.Add(("/Other.Tests/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        test.FixedState.ExpectedDiagnostics.AddRange(test.ExpectedDiagnostics);
        test.FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
        test.NumberOfIncrementalIterations = 0;
        test.NumberOfFixAllIterations = 0;
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>The expected file after the single fix: the stub of the first diagnostic only.</summary>
    private static string FirstOnly(string withBoth)
    {
        var second = withBoth.IndexOf("\n\n        [", withBoth.IndexOf("TryRemove_NeedsARealTest", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        var classEnd = withBoth.LastIndexOf("    }\n}", System.StringComparison.Ordinal);
        return withBoth.Substring(0, second + 1) + withBoth.Substring(classEnd);
    }
}
