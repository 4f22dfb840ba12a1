using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Infrastructure;

/// <summary>
/// AID101 reports with <c>GeneratedCodeAnalysisFlags.ReportDiagnostics</c> and leaves out copies in generated code
/// itself (<see cref="GeneratedCodeLocations"/>): its answers must be the analyzer driver's, which drops the diagnostics of
/// an analyzer configured with <c>None</c> there. A probe analyzer configured with <c>None</c> reports at every statement,
/// and the statements the driver keeps are those the check calls not generated.
/// </summary>
public class GeneratedCodeLocationsTests
{
    private static readonly (string Path, string Source)[] Sources =
    {
        ("/0/Plain.cs", """
            namespace N;

            public class Plain
            {
                public int M() { var a = 1; a++; return a; }
            }
            """),
        ("/0/Attributed.cs", """
            using System;
            using System.CodeDom.Compiler;

            namespace N
            {
                [GeneratedCode("tool", "1.0")]
                public partial class Generated
                {
                    void M() { var a = 1; a++; }
                    int P { get { var b = 2; return b; } }
                    public class Nested { void N() { var c = 3; c++; } }
                }

                public class Mixed
                {
                    [GeneratedCode("tool", "1.0")] void G() { var b = 2; b++; }
                    void H() { var c = 3; c++; void Local() { var d = 4; d++; } Local(); }
                    [GeneratedCodeAttribute("tool", "1.0")] int Q { get { var e = 5; return e; } }
                    int R { [GeneratedCode("tool", "1.0")] get { var f = 6; return f; } set { var g = value; g++; } }
                    [GeneratedCode("tool", "1.0")] Func<int> field = () => { var g = 7; return g; };
                    Func<int> other = () => { var h = 8; return h; };
                    void K() { [GeneratedCode("tool", "1.0")] int Local2() { var i = 9; return i; } Local2(); }
                    void L() { Func<int> f = [GeneratedCode("tool", "1.0")] () => { var j = 10; return j; }; f(); }
                    [GeneratedCode("tool", "1.0")] event EventHandler Changed { add { var k = value; k = null; } remove { var l = value; l = null; } }
                    [GeneratedCode("tool", "1.0")] Mixed() { var m = 11; m++; }
                    [GeneratedCode("tool", "1.0")] public static Mixed operator +(Mixed x, Mixed y) { var n = x; return n; }
                }

                [GeneratedCode("tool", "1.0")]
                public record Rec(int X) { void M() { var o = X; o++; } }

                [GeneratedCode("tool", "1.0")]
                public struct S { void M() { var p = 1; p++; } }
            }
            """),
        ("/0/OnePart.cs", """
            namespace N
            {
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public partial class OnePart
                {
                    partial void Hook();
                    partial void Hook() { var q = 1; q++; }
                    void M() { var r = 2; r++; }
                }
            }
            """),
        ("/0/OtherPart.cs", """
            namespace N;

            // The other part carries GeneratedCode, but no token of this file names it: the driver does not look further.
            public partial class Generated { void M2() { var x = 1; x++; } }
            """),
        ("/0/OtherPartNamed.cs", """
            namespace N;

            public partial class Generated { void M3() { var s = "GeneratedCode"; s += "x"; } }
            """),
        ("/0/OtherPartEscaped.cs", """
            namespace N;

            public partial class Generated { void M4() { var s = "Generated\u0043ode"; s += "x\\y"; } }
            """),
        ("/0/OtherPartIdentifier.cs", """
            namespace N;

            public partial class Generated { void M5() { var Generated\u0043odeAttribute = 1; Generated\u0043odeAttribute++; } }
            """),
        ("/0/OtherPartVerbatim.cs", """
            namespace N;

            public partial class Generated { void M6() { var s = @"GeneratedCode"; s += @"a\b"; } }
            """),
        ("/0/Hidden.cs", """
            namespace N;

            public class Hidden
            {
                public void M()
                {
                    var a = 1;
            #line hidden
                    a++;
                    a--;
            #line default
                    a += 2;
            #line 40 "Other.cs"
                    a -= 2;
            #line hidden
                    a *= 2;
            #line default
                }
            }
            """),
    };

    [Fact]
    public async Task The_check_agrees_with_the_driver_on_every_statement()
    {
        await AssertAgreesWithDriver(AnalyzerDriver.Compile(Sources));
    }

    [Fact]
    public async Task The_check_agrees_with_the_driver_where_the_assembly_is_marked_generated()
    {
        // An assembly attribute marks every symbol, in the trees that name GeneratedCode.
        var sources = Sources.Append(("/0/Assembly.cs", "[assembly: System.CodeDom.Compiler.GeneratedCode(\"tool\", \"1.0\")]\n")).ToArray();
        await AssertAgreesWithDriver(AnalyzerDriver.Compile(sources));
    }

    [Fact]
    public async Task The_check_agrees_with_the_driver_without_the_attribute_type()
    {
        // No GeneratedCodeAttribute in the references: only hidden lines are generated code.
        var trees = Sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, path: s.Path)).ToArray();
        var compilation = CSharpCompilation.Create(
            "NoAttribute",
            trees.Where(t => !t.FilePath.EndsWith("Attributed.cs", System.StringComparison.Ordinal)),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        await AssertAgreesWithDriver(compilation);
    }

    [Fact]
    public void A_tree_names_GeneratedCode_as_the_driver_reads_its_tokens_wherever_the_text_chunks_end()
    {
        // The text is read in chunks of 4,096 characters: a name or a backslash on either side of a chunk's end.
        foreach (var literal in new[] { "\"GeneratedCode\"", "\"Generated\\u0043ode\"", "\"plain\\n\"", "\"GeneratedCodeX\"", "GeneratedCodeAttribute" })
        {
            for (var padding = 4060; padding <= 4110; padding++)
            {
                var source = "// " + new string('x', padding) + "\nclass C { object M() => " + literal + "; }\n";
                var tree = CSharpSyntaxTree.ParseText(source);
                var expected = tree.GetRoot().DescendantTokens().Any(t => t.ValueText is "GeneratedCode" or "GeneratedCodeAttribute");
                Assert.True(expected == GeneratedCodeLocations.NamesGeneratedCode(tree, CancellationToken.None), literal + " after " + padding);
            }
        }
    }

    [Fact]
    public async Task AID101_reports_a_copy_beside_generated_code_and_leaves_out_the_copy_inside_it()
    {
        // The copy in the generated class is not reported; the other copy still is, and names it (the driver checks a
        // diagnostic's own location only).
        var generated = "using System.CodeDom.Compiler;\n[GeneratedCode(\"tool\", \"1.0\")]\n" + Service("Generated", "Place", "order", Validation).Replace("namespace Shop;\n", string.Empty, System.StringComparison.Ordinal);
        var compilation = AnalyzerDriver.Compile(
            ("/0/OrderService.cs", Service("OrderService", "Place", "order", Validation)),
            ("/0/Generated.cs", "namespace Shop;\n" + generated),
            ("/0/Order.cs", Order));
        var diagnostics = await AnalyzerDriver.RunAsync(compilation, AnalyzerDriver.Options(), new DuplicatedCodeAnalyzer());
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("/0/OrderService.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal("/0/Generated.cs", Assert.Single(diagnostic.AdditionalLocations).SourceTree!.FilePath);
    }

    private static async Task AssertAgreesWithDriver(Compilation compilation)
    {
        var kept = (await AnalyzerDriver.RunAsync(compilation, AnalyzerDriver.Options(), new StatementProbe()))
            .Select(d => (d.Location.SourceTree!.FilePath, d.Location.SourceSpan))
            .ToHashSet();
        var check = new GeneratedCodeLocations(compilation);
        var statements = 0;
        var generated = 0;
        var mismatches = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var statement in tree.GetRoot().DescendantNodes().OfType<StatementSyntax>())
            {
                statements++;
                var isGenerated = check.IsGenerated(tree, statement.Span, CancellationToken.None);
                generated += isGenerated ? 1 : 0;
                if (isGenerated == kept.Contains((tree.FilePath, statement.Span)))
                {
                    mismatches.Add(tree.FilePath + ": " + statement.ToString().Replace("\n", " ", System.StringComparison.Ordinal) + (isGenerated ? " called generated, kept by the driver" : " called not generated, dropped by the driver"));
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));

        // Both answers occur: the comparison is not vacuous.
        Assert.True(generated > 0 || !compilation.SyntaxTrees.Any(t => t.FilePath.EndsWith("Hidden.cs", System.StringComparison.Ordinal)));
        Assert.True(generated < statements);
    }

    /// <summary>Reports at every statement, with the driver's handling of generated code (<c>None</c>).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class StatementProbe : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("PROBE01", "Statement", "Statement", "Test", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSemanticModelAction(modelContext =>
            {
                foreach (var statement in modelContext.SemanticModel.SyntaxTree.GetRoot(modelContext.CancellationToken).DescendantNodes().OfType<StatementSyntax>())
                {
                    modelContext.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(modelContext.SemanticModel.SyntaxTree, statement.Span)));
                }
            });
        }
    }
}
