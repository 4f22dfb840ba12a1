using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Duplication;
using AiDebtAnalyzers.CSharp14Tests.Verifiers;
using AiDebtAnalyzers.Duplication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CSharp14Tests.Duplication;

/// <summary>
/// The extract fix passes a span by value to a method that does not await. Since C# 13 an async method may hold a span
/// local between its awaits, but a method that awaits cannot take one as a parameter (CS4012), so copies that await get
/// no fix. The test compilation's Roslyn 4.8.0 parses C# 12 only, where such a copy cannot be written.
/// </summary>
public class RefStructParameterTests
{
    private const string Options = "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 20";

    [Fact]
    public async Task Copies_that_await_and_read_a_span_declared_before_them_get_no_fix()
    {
        var plan = await PlanAsync("""
                var cut = rest.IndexOf(';');
                Console.WriteLine(order + " cuts at " + cut + " of " + rest.Length);
                await Task.Delay(cut + order.Length);
                Console.WriteLine(order + " waited " + cut);
            """);

        Assert.Null(plan.Plan);
        Assert.Contains(plan.Declined, reason => reason.Contains("cannot be written", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_copies_without_an_await_take_the_span_as_a_parameter()
    {
        var plan = await PlanAsync("""
                var cut = rest.IndexOf(';');
                Console.WriteLine(order + " cuts at " + cut + " of " + rest.Length);
                Thread.Sleep(cut + order.Length);
                Console.WriteLine(order + " waited " + cut);
            """);

        Assert.True(plan.Plan is not null, string.Join("; ", plan.Declined));
    }

    private static async Task<(object? Plan, List<string> Declined)> PlanAsync(string block)
    {
        var source = $$"""
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Parser
            {
                public async Task First(string line, string order)
                {
                    ReadOnlySpan<char> rest = line.AsSpan();
            {{block}}
                    await Task.Yield();
                }

                public async Task Second(string line, string order)
                {
                    ReadOnlySpan<char> rest = line.AsSpan().Trim();
            {{block}}
                    await Task.Delay(1, CancellationToken.None);
                }
            }
            """;
        using var workspace = new AdhocWorkspace();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p))
            .ToList();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Shop", "Shop", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp13), metadataReferences: references));
        project = workspace.AddDocument(project.Id, "Parser.cs", SourceText.From(source)).Project;
        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(CSharp14Driver.Errors(compilation));

        var diagnostics = await CSharp14Driver.RunAsync(compilation, Array.Empty<Tests.Verifiers.TestAdditionalFile>(), Options, new DuplicatedCodeAnalyzer());
        var finding = diagnostics.First(d => d.Id == "AID101");
        var declined = new List<string>();
        var plan = await CloneExtraction.TryPlanAsync(workspace.CurrentSolution, finding, new HashSet<string>(StringComparer.Ordinal), CancellationToken.None, declined);
        return (plan, declined);
    }
}
