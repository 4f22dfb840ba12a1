using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using AiDebtAnalyzers.CSharp14Tests.Verifiers;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDebtAnalyzers.CSharp14Tests.Quality;

/// <summary>
/// Every analyzer of the package, built against Roslyn 4.8.0, on C# 14 sources inside the SDK's compiler: extension
/// blocks (instance, static, generic, operators), a user-defined compound assignment operator and the <c>field</c>
/// keyword run without an exception or AD0001.
/// </summary>
public class CSharp14RobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(RuleIds).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private const string Library = """
        using System;
        using System.Collections.Generic;

        namespace Lib;

        public static class Extensions
        {
            extension(ArgumentException)
            {
                public static void ThrowIfEmpty<T>(Span<T> span, string? name = null)
                {
                    if (span.IsEmpty) throw new ArgumentException("The span must not be empty, it holds 42 items at most.", name);
                }
            }

            extension<T>(IList<T> list)
            {
                public bool IsEmpty => list.Count == 0;

                public T Second() => list[1];

                public static IList<T> operator >>>(IList<T> source, int count) => source;
            }
        }

        public sealed class Counter
        {
            public int Total { get => field; private set => field = value; }

            public void operator +=(int value) => Total += value;

            public void operator ++() => Total++;
        }
        """;

    [Fact]
    public async Task Every_analyzer_runs_on_CSharp14_sources()
    {
        var compilation = CSharp14Driver.Compile(new[] { ("/Lib/Library.cs", Library) });
        Assert.Empty(CSharp14Driver.Errors(compilation));
        var tests = new TestAdditionalFile(
            "/Lib.Tests/Tests.cs",
            "public class T { public void M() { var c = new Lib.Counter(); c += 1; c++; ArgumentException.ThrowIfEmpty(Span<byte>.Empty); } }",
            (UntestedPublicApiAnalyzer.TestSourceMetadata, "true"),
            (UntestedPublicApiAnalyzer.TestProjectMetadata, "Lib.Tests"));

        Assert.NotEmpty(Analyzers);
        await CSharp14Driver.RunAsync(compilation, new[] { tests }, Analyzers.ToArray());
    }
}
