using System;
using System.IO;
using System.Linq;
using AiDebtAnalyzers.CorpusScan;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Tests.CorpusScan;

/// <summary>
/// The file tests/project-references/project-references.sh writes and the measurement's --project-references reads:
/// its records, the framework kept for a multi-targeted project, and how references to other projects' outputs become
/// project references of a workspace that compiles nothing but the recorded sources.
/// </summary>
public class ProjectReferencesFileTests
{
    [Fact]
    public void Reads_one_record_per_project_line_with_its_references_and_arguments()
    {
        var records = ProjectReferencesFile.Parse(new[]
        {
            "project\t/code/App/App.csproj",
            "targetframework\tnet9.0",
            "assemblyname\tApp.Core",
            "istestproject\t",
            "output\t/code/_temp/obj/App.Core/Debug/net9.0/ref/App.Core.dll",
            "projectreference\t/code/Lib/Lib.csproj",
            "arg\t/define:TRACE;NET9_0",
            "arg\tProgram.cs",
            "somethingelse\tignored",
            "",
            "project\t/code/Lib/Lib.csproj",
            "istestproject\ttrue",
        });

        Assert.Equal(2, records.Count);
        Assert.Equal("/code/App/App.csproj", records[0].ProjectPath);
        Assert.Equal("net9.0", records[0].TargetFramework);
        Assert.Equal("App.Core", records[0].AssemblyName);
        Assert.False(records[0].IsTest);
        Assert.Equal(new[] { "/code/Lib/Lib.csproj" }, records[0].ProjectReferences);
        Assert.Equal(new[] { "/code/_temp/obj/App.Core/Debug/net9.0/ref/App.Core.dll" }, records[0].Outputs);
        Assert.Equal(new[] { "/define:TRACE;NET9_0", "Program.cs" }, records[0].CompilerArguments);
        Assert.Equal("Lib", records[1].AssemblyName);
        Assert.True(records[1].IsTest);
        Assert.Empty(records[1].CompilerArguments);
    }

    [Theory]
    [InlineData("net9.0;net471", "net9.0")]
    [InlineData("netstandard2.0;net9.0", "net9.0")]
    [InlineData("net8.0;net10.0", "net10.0")]
    [InlineData("net8.0-windows;net8.0", "net8.0")]
    [InlineData("net471;netstandard2.0", "netstandard2.0")]
    [InlineData("netcoreapp3.1;netstandard2.1", "netcoreapp3.1")]
    public void Keeps_the_newest_dotnet_framework_of_a_multi_targeted_project(string frameworks, string kept)
    {
        var records = frameworks.Split(';').Select(f => new BuiltProject("/code/A/A.csproj", f, "A", false, Array.Empty<string>(), Array.Empty<string>()));

        var chosen = Assert.Single(ProjectReferencesFile.OnePerProject(records));

        Assert.Equal(kept, chosen.TargetFramework);
    }

    [Fact]
    public async System.Threading.Tasks.Task Compiles_a_referenced_project_from_its_sources_when_its_output_was_never_built()
    {
        var root = Path.Combine(Path.GetTempPath(), "aidebt-project-references-" + Guid.NewGuid().ToString("N"));
        try
        {
            var lib = Directory.CreateDirectory(Path.Combine(root, "Lib")).FullName;
            var app = Directory.CreateDirectory(Path.Combine(root, "App")).FullName;
            File.WriteAllText(Path.Combine(lib, "Order.cs"), "namespace Shop; public sealed class Order { public decimal Total { get; init; } }");
            File.WriteAllText(Path.Combine(app, "Checkout.cs"), "namespace Shop.App; public static class Checkout { public static decimal Due(Shop.Order order) => order.Total; }");
            var corlib = typeof(object).Assembly.Location;
            var libProject = new BuiltProject(Path.Combine(lib, "Lib.csproj"), "net10.0", "Lib", false, Array.Empty<string>(),
                new[] { "/target:library", "/nostdlib+", "/reference:" + corlib, "Order.cs" });
            var appProject = new BuiltProject(Path.Combine(app, "App.csproj"), "net10.0", "App", false, new[] { libProject.ProjectPath },
                new[] { "/target:library", "/nostdlib+", "/reference:" + corlib, "/reference:" + Path.Combine(lib, "obj", "Debug", "net10.0", "ref", "Lib.dll"), "/reference:/packages/missing/Other.dll", "Checkout.cs" });

            var (solution, ids, missing) = BuiltSolution.Open(new[] { libProject, appProject });
            var compiled = solution.GetProject(ids[appProject.ProjectPath])!;
            var compilation = (await compiled.GetCompilationAsync())!;

            Assert.Equal(ids[libProject.ProjectPath], Assert.Single(compiled.ProjectReferences).ProjectId);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Equal(new[] { "App: reference /packages/missing/Other.dll" }, missing);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Keeps_an_assembly_of_the_same_name_outside_the_referenced_project_as_a_file_reference()
    {
        var lib = new BuiltProject("/code/Lib/Lib.csproj", "net10.0", "Lib", false, Array.Empty<string>(), Array.Empty<string>());
        var app = new BuiltProject("/code/App/App.csproj", "net10.0", "App", false, new[] { lib.ProjectPath }, Array.Empty<string>());
        var byPath = new[] { lib, app }.ToDictionary(p => p.ProjectPath, StringComparer.Ordinal);

        Assert.Same(lib, BuiltSolution.ReferencedProject("/code/Lib/obj/Debug/net10.0/ref/Lib.dll", app, byPath));
        Assert.Null(BuiltSolution.ReferencedProject("/packages/lib/1.0.0/lib/net10.0/Lib.dll", app, byPath));
        Assert.Null(BuiltSolution.ReferencedProject("/code/Lib/obj/Debug/net10.0/ref/Lib.dll", lib, byPath));
    }

    [Fact]
    public void Maps_a_reference_to_an_output_the_project_writes_outside_its_folder()
    {
        // A code base may put every project's obj/ under one folder of its root (Sonarr's _temp/obj/<project>/).
        var common = new BuiltProject("/code/src/Common/Sonarr.Common.csproj", "net10.0", "Sonarr.Common", false, Array.Empty<string>(), Array.Empty<string>())
        {
            Outputs = new[] { "/code/_temp/obj/Sonarr.Common/Debug/net10.0/ref/Sonarr.Common.dll", "/code/_output/net10.0/Sonarr.Common.dll" },
        };
        var core = new BuiltProject("/code/src/Core/Sonarr.Core.csproj", "net10.0", "Sonarr.Core", false, new[] { common.ProjectPath }, Array.Empty<string>());
        var byPath = new[] { common, core }.ToDictionary(p => p.ProjectPath, StringComparer.Ordinal);

        Assert.Same(common, BuiltSolution.ReferencedProject("/code/_temp/obj/Sonarr.Common/Debug/net10.0/ref/Sonarr.Common.dll", core, byPath));
        Assert.Null(BuiltSolution.ReferencedProject("/code/_temp/obj/Other/Debug/net10.0/ref/Sonarr.Common.dll", core, byPath));
    }
}
