using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.TestGaps;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.TestGaps;

/// <summary>The stubs compile for every kind of API, in every framework, with nullable warnings as errors.</summary>
public class TestStubCompilationTests
{
    private const string Library = @"
#nullable enable
namespace Shop
{
    public interface IClock { System.DateTime Now { get; } }

    public class Cart<TItem> where TItem : class
    {
        public Cart(int capacity, string? name = null) { }
        public static Cart<TItem> Empty => new Cart<TItem>(0);
        public string this[int index, string key] => key;
        public event System.EventHandler? Changed;
        public int Limit;
        public const int Max = 10;
        public string Name { set { } }
        public bool TryTake(ref int position, out TItem? item, in long stamp, params string[] tags) { item = null; return true; }
        public T Convert<T>(T value) where T : struct => value;
        public static Cart<TItem> operator +(Cart<TItem> left, Cart<TItem> right) => left;
        public static bool operator !(Cart<TItem> cart) => false;
        public static explicit operator int(Cart<TItem> cart) => 0;
        public System.Threading.Tasks.Task<int> CountAsync(System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(0);
        protected virtual void OnChanged() => Changed?.Invoke(this, System.EventArgs.Empty);
    }

    public static class CartExtensions
    {
        public static int Size<T>(this Cart<T> cart) where T : class => 0;
    }

    public struct Money { public decimal Amount { get; init; } public static Money operator -(Money m) => m; }

    public enum Color { Red }
}";

    private const string XunitStubs = "namespace Xunit { public sealed class FactAttribute : System.Attribute { } public static class Assert { public static void True(bool c, string m) { } } }";
    private const string NUnitStubs = "namespace NUnit.Framework { public sealed class TestAttribute : System.Attribute { } public static class Assert { public static void Fail(string m) { } } }";
    private const string MSTestStubs = "namespace Microsoft.VisualStudio.TestTools.UnitTesting { public sealed class TestClassAttribute : System.Attribute { } public sealed class TestMethodAttribute : System.Attribute { } public static class Assert { public static void Fail(string m) { } } }";

    [Theory]
    [InlineData(XunitStubs, "Assert.True(false, ")]
    [InlineData(NUnitStubs, "Assert.Fail(")]
    [InlineData(MSTestStubs, "Assert.Fail(")]
    public async Task Stubs_for_every_kind_of_API_compile(string frameworkStubs, string failure)
    {
        using var workspace = new AdhocWorkspace();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error);
        var library = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Shop", "Shop", LanguageNames.CSharp,
            compilationOptions: options, metadataReferences: references));
        library = workspace.AddDocument(library.Id, "Cart.cs", SourceText.From(Library)).Project;
        var tests = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Shop.Tests", "Shop.Tests", LanguageNames.CSharp,
            filePath: "/src/Shop.Tests/Shop.Tests.csproj",
            compilationOptions: options.WithOutputKind(OutputKind.DynamicallyLinkedLibrary), metadataReferences: references,
            projectReferences: new[] { new ProjectReference(library.Id) }));
        workspace.AddDocument(tests.Id, "Framework.cs", SourceText.From(frameworkStubs));
        var solution = workspace.CurrentSolution;

        var libraryCompilation = (await solution.GetProject(library.Id)!.GetCompilationAsync())!;
        Assert.Empty(libraryCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = new List<Diagnostic>();
        foreach (var type in new[] { "Shop.IClock", "Shop.Cart`1", "Shop.CartExtensions", "Shop.Money", "Shop.Color" })
        {
            var symbol = libraryCompilation.GetTypeByMetadataName(type)!;
            var ids = symbol.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove })
                .Select(m => m.GetDocumentationCommentId()).Append(symbol.GetDocumentationCommentId());
            var properties = ImmutableDictionary<string, string?>.Empty.Add(UntestedPublicApiAnalyzer.MembersProperty, string.Join(";", ids));
            diagnostics.Add(Diagnostic.Create(UntestedPublicApiAnalyzer.Rule, symbol.Locations[0], properties, "x", string.Empty, "Shop.Tests"));
        }

        var fixedSolution = await TestStubWriter.AddStubsAsync(solution, library.Id, diagnostics, CancellationToken.None);

        var testProject = fixedSolution.GetProject(tests.Id)!;
        var written = testProject.Documents.Where(d => d.Name != "Framework.cs").ToList();
        Assert.Equal(new[] { "CartExtensionsTests.cs", "CartTests.cs", "ColorTests.cs", "IClockTests.cs", "MoneyTests.cs" }, written.Select(d => d.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(written, d => Assert.Equal("/src/Shop.Tests/" + d.Name, d.FilePath));
        var text = string.Join("\n", written.Select(d => d.GetTextAsync().Result.ToString()));
        Assert.Contains(failure + "\"No test yet for Shop.Cart<TItem>.TryTake(ref int position, out TItem item, in long stamp, params string[] tags) -> bool", text, StringComparison.Ordinal);
        Assert.Contains("sut.TryTake(ref position, out _, in stamp, tags)", text, StringComparison.Ordinal);
        Assert.True(text.Contains("sut.Convert<int>(value)", StringComparison.Ordinal), text);

        var compilation = (await testProject.GetCompilationAsync())!;
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + text);
    }
}
