using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.CorpusScan;
using AiDebtAnalyzers.MagicValues;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.Tests.CorpusScan;

/// <summary>
/// The measurement's --single-compilation with the top-level programs of separate projects (an API and two workers):
/// every rule but AID101 sees each program's top-level statements as that project's build does, apart from the others.
/// </summary>
public sealed class SeparateProgramsTests
{
    private const string Key = "X-Correlation-Id";

    private static readonly Dictionary<string, string> Projects = new()
    {
        ["/r/Api/Program.cs"] = "/r/Api",
        ["/r/Api/Endpoints.cs"] = "/r/Api",
        ["/r/Ingestion/Program.cs"] = "/r/Ingestion",
        ["/r/Updater/Program.cs"] = "/r/Updater",
        ["/r/Shared/Headers.cs"] = "/r/Shared",
    };

    private static string Program(int uses) => "var headers = new System.Collections.Generic.Dictionary<string, string>();\n"
        + string.Concat(Enumerable.Range(0, uses).Select(i => $"headers[\"{Key}\"] = \"{i}\";\n"));

    [Fact]
    public async Task A_key_each_program_uses_once_is_not_repeated_in_one_Program()
    {
        var compilation = Compile(Program(1), Program(1), Program(1));
        var programs = SeparatePrograms.Find(compilation.SyntaxTrees, path => Projects.GetValueOrDefault(path));

        Assert.Equal(3, programs.Count);
        Assert.Equal(3, (await Analyze(compilation)).Count(RepeatedInAProgram));
        Assert.DoesNotContain(await SeparatePrograms.AnalyzeAsync(compilation, programs, Analyzers, (c, running) => AnalyzerDriver.RunAsync(c, AnalyzerDriver.Options(), running.ToArray())), RepeatedInAProgram);
    }

    [Fact]
    public async Task A_key_repeated_inside_one_program_is_still_reported_there()
    {
        var compilation = Compile(Program(3), Program(1), Program(1));
        var programs = SeparatePrograms.Find(compilation.SyntaxTrees, path => Projects.GetValueOrDefault(path));

        var repeated = (await SeparatePrograms.AnalyzeAsync(compilation, programs, Analyzers, (c, running) => AnalyzerDriver.RunAsync(c, AnalyzerDriver.Options(), running.ToArray()))).Where(RepeatedInAProgram).ToList();

        Assert.Equal(3, repeated.Count);
        Assert.All(repeated, d => Assert.Equal("/r/Api/Program.cs", d.Location.SourceTree!.FilePath));
        Assert.All(repeated, d => Assert.Contains($"\"{Key}\" is written 3 times in 'Program'", d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task AID101_and_the_other_files_keep_the_whole_compilations_findings()
    {
        var compilation = Compile(Program(1), Program(1), Program(1));
        var programs = SeparatePrograms.Find(compilation.SyntaxTrees, path => Projects.GetValueOrDefault(path));

        var found = await SeparatePrograms.AnalyzeAsync(compilation, programs, Analyzers, (c, running) => AnalyzerDriver.RunAsync(c, AnalyzerDriver.Options(), running.ToArray()));

        // The stand-in for AID101 reports how many top-level programs its compilation holds: the whole one's three.
        var clones = found.Where(d => d.Id == RuleIds.DuplicatedCode).ToList();
        Assert.Equal(3, clones.Count);
        Assert.All(clones, d => Assert.Equal("3 programs", d.GetMessage(CultureInfo.InvariantCulture)));

        // A type of a library project keeps its finding, reported once although the programs are analysed again.
        Assert.Equal(3, found.Count(d => d.Id == RuleIds.RepeatedString && d.Location.SourceTree!.FilePath == "/r/Shared/Headers.cs"));
    }

    [Fact]
    public async Task With_AID101_alone_the_programs_are_not_analysed_again()
    {
        var compilation = Compile(Program(1), Program(1), Program(1));
        var programs = SeparatePrograms.Find(compilation.SyntaxTrees, path => Projects.GetValueOrDefault(path));
        var runs = 0;

        var found = await SeparatePrograms.AnalyzeAsync(compilation, programs, ImmutableArray.Create<DiagnosticAnalyzer>(new ProgramCountAnalyzer()), (c, running) =>
        {
            runs++;
            return AnalyzerDriver.RunAsync(c, AnalyzerDriver.Options(), running.ToArray());
        });

        Assert.Equal(1, runs);
        Assert.Equal(3, found.Length);
    }

    [Fact]
    public void One_program_or_one_projects_two_files_need_no_second_look()
    {
        var one = Compile(Program(1), Program(1), Program(1));
        Assert.Empty(SeparatePrograms.Find(one.SyntaxTrees.Where(t => t.FilePath != "/r/Ingestion/Program.cs" && t.FilePath != "/r/Updater/Program.cs"), path => Projects.GetValueOrDefault(path)));
        Assert.Empty(SeparatePrograms.Find(one.SyntaxTrees, path => "/r"));
    }

    private static bool RepeatedInAProgram(Diagnostic diagnostic) =>
        diagnostic.Id == RuleIds.RepeatedString && diagnostic.Location.SourceTree!.FilePath.EndsWith("/Program.cs", System.StringComparison.Ordinal);

    private static Compilation Compile(string api, string ingestion, string updater) => AnalyzerDriver.Compile(
        ("/r/Api/Program.cs", api),
        ("/r/Api/Endpoints.cs", "static class Endpoints { public const string Health = \"/health\"; }"),
        ("/r/Ingestion/Program.cs", ingestion),
        ("/r/Updater/Program.cs", updater),
        ("/r/Shared/Headers.cs", $$"""
            public static class Headers
            {
                public static void Set(System.Collections.Generic.Dictionary<string, string> headers)
                {
                    headers["{{Key}}"] = "a";
                    headers["{{Key}}"] = "b";
                    headers["{{Key}}"] = "c";
                }
            }
            """));

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new RepeatedStringAnalyzer(), new ProgramCountAnalyzer());

    private static Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation) =>
        AnalyzerDriver.RunAsync(compilation, AnalyzerDriver.Options(), Analyzers.ToArray());

    /// <summary>Reports AID101 at each top-level program with the number of top-level programs its compilation holds.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ProgramCountAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new(RuleIds.DuplicatedCode, "stand-in", "{0} programs", "Test", DiagnosticSeverity.Warning, true, customTags: WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(compilation =>
            {
                var programs = compilation.Compilation.SyntaxTrees
                    .Where(t => ((CompilationUnitSyntax)t.GetRoot()).Members.Any(m => m is GlobalStatementSyntax))
                    .ToList();
                foreach (var tree in programs)
                {
                    compilation.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(tree, default), programs.Count));
                }
            });
        }
    }
}
