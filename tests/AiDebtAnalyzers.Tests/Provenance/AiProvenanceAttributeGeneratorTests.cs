using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Provenance;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.Provenance;

public class AiProvenanceAttributeGeneratorTests
{
    private sealed class GeneratorTest : CSharpSourceGeneratorTest<AiProvenanceAttributeGenerator, DefaultVerifier>
    {
        public GeneratorTest()
        {
            ReferenceAssemblies = TestReferenceAssemblies.Net80;
        }
    }

    [Fact]
    public async Task Emits_the_attribute_and_the_embedded_marker()
    {
        var test = new GeneratorTest
        {
            TestCode = """
                using AiDebtAnalyzers;

                class Orders
                {
                    [AiProvenance(Tool = "copilot", Contributor = "ai", Model = "openai/gpt-4o", Generated = "2026-11-20",
                        ReviewedBy = "dev@example.com", Reviewed = "2026-11-21", Hash = "aid1:0000000000000000",
                        Trace = "550e8400-e29b-41d4-a716-446655440000", Conversation = "https://example.com/c/1")]
                    int Total(int a, int b) => a + b;
                }
                """,
        };

        test.TestState.GeneratedSources.Add((typeof(AiProvenanceAttributeGenerator), AiProvenanceAttributeGenerator.EmbeddedAttributeHintName, SourceText.From(AiProvenanceAttributeGenerator.EmbeddedAttributeSource, Encoding.UTF8)));
        test.TestState.GeneratedSources.Add((typeof(AiProvenanceAttributeGenerator), AiProvenanceAttributeGenerator.AttributeHintName, SourceText.From(AiProvenanceAttributeGenerator.AttributeSource, Encoding.UTF8)));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task MSBuild_property_turns_it_off()
    {
        var test = new GeneratorTest { TestCode = "class Orders { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.AiDebtGenerateProvenanceAttribute = false\n"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public void Attribute_uses_leave_no_metadata()
    {
        var (compilation, _) = Generate("Library", "using AiDebtAnalyzers;\n[AiProvenance(Tool = \"copilot\", Contributor = \"ai\")]\npublic class Orders { }\n");
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var orders = compilation.GetTypeByMetadataName("Orders")!;
        var attribute = Assert.Single(orders.GetAttributes());
        Assert.Equal("AiProvenanceAttribute", attribute.AttributeClass!.Name);

        // Conditional("AIDEBT_PROVENANCE") keeps the application out of the emitted assembly.
        var reference = MetadataReference.CreateFromImage(stream.ToArray());
        var consumer = CSharpCompilation.Create("Consumer", references: References().Add(reference));
        var imported = ((IAssemblySymbol)consumer.GetAssemblyOrModuleSymbol(reference)!).GetTypeByMetadataName("Orders")!;
        Assert.Empty(imported.GetAttributes());
    }

    [Fact]
    public void Library_and_its_test_project_with_InternalsVisibleTo_do_not_clash()
    {
        var (library, _) = Generate("Library", "using AiDebtAnalyzers;\n[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Library.Tests\")]\n[AiProvenance(Tool = \"copilot\", Contributor = \"ai\")]\npublic class Orders { }\n");
        var libraryReference = Emit(library);
        var (tests, diagnostics) = Generate("Library.Tests", "using AiDebtAnalyzers;\n[AiProvenance(Tool = \"claude\", Contributor = \"ai\")]\npublic class OrdersTests { Orders o = new Orders(); }\n", libraryReference);
        Assert.True(!diagnostics.Any(d => d.Id == "CS0436"), string.Join("\n", diagnostics));
        Assert.Empty(tests.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, false)]
    [InlineData(LanguageVersion.CSharp8, true)]
    [InlineData(LanguageVersion.Latest, true)]
    public void Nullable_annotations_only_where_the_language_version_has_them(LanguageVersion version, bool annotated)
    {
        // A C# 7.3 project (netstandard2.0 and .NET Framework libraries often pin it) rejects '#nullable' and 'string?'
        // with CS8370; the attribute must compile there and still be usable.
        var (compilation, diagnostics) = Generate(
            "Library",
            "using AiDebtAnalyzers;\n[AiProvenance(Tool = \"copilot\", Contributor = \"ai\")]\npublic class Orders { }\n",
            new CSharpParseOptions(version));
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var generated = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(AiProvenanceAttributeGenerator.AttributeHintName, System.StringComparison.Ordinal));
        Assert.Equal(annotated, generated.ToString().Contains("#nullable enable", System.StringComparison.Ordinal));
        Assert.Equal(annotated, generated.ToString().Contains("string?", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_embedded_marker_the_same_setup_would_clash()
    {
        // The control for the test above: it shows that test would catch a missing [Embedded].
        var plain = AiProvenanceAttributeGenerator.AttributeSource.Replace("[global::Microsoft.CodeAnalysis.Embedded]", string.Empty, System.StringComparison.Ordinal);
        var library = CSharpCompilation.Create(
            "Library",
            new[] { CSharpSyntaxTree.ParseText("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Library.Tests\")]\npublic class Orders { }\n"), CSharpSyntaxTree.ParseText(plain) },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var tests = CSharpCompilation.Create(
            "Library.Tests",
            new[] { CSharpSyntaxTree.ParseText("using AiDebtAnalyzers;\n[AiProvenance(Tool = \"claude\", Contributor = \"ai\")]\npublic class OrdersTests { }\n"), CSharpSyntaxTree.ParseText(plain) },
            References().Add(Emit(library)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Contains(tests.GetDiagnostics(), d => d.Id == "CS0436" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("AiProvenanceAttribute", System.StringComparison.Ordinal));
    }

    private static ImmutableArray<MetadataReference> References()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return new[] { "System.Runtime.dll", "System.Private.CoreLib.dll", "netstandard.dll" }
            .Select(name => Path.Combine(directory, name))
            .Where(File.Exists)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static MetadataReference Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Generate(string assemblyName, string source, params MetadataReference[] extra)
        => Generate(assemblyName, source, CSharpParseOptions.Default, extra);

    private static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Generate(string assemblyName, string source, CSharpParseOptions parseOptions, params MetadataReference[] extra)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions) },
            References().AddRange(extra),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new AiProvenanceAttributeGenerator().AsSourceGenerator() }, parseOptions: parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        return (output, output.GetDiagnostics());
    }
}
