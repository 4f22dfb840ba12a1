using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// What the copies' place allowed and the new method's does not by itself: copies in <c>unsafe</c> members that use
/// pointers need an <c>unsafe</c> method (CS0214 without it), and a <c>static</c> lambda in the block that now reads a
/// parameter of the new method cannot stay static (CS8820). Both were offers that did not compile.
/// </summary>
public class ExtractDuplicateUnsafeAndStaticLambdaFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private static VerifyCS.Test Test(string source, string fixedSource)
    {
        var test = FixTestWithOrder(source, fixedSource, Options);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(
            projectId,
            ((CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithAllowUnsafe(true)));
        return test;
    }

    [Fact]
    public async Task Makes_the_method_unsafe_when_the_copies_use_pointers_in_unsafe_members()
    {
        const string Source = """
            namespace Shop;

            public sealed class Scope
            {
                public unsafe float Luma(float* pixels, int count)
                {
                    [|var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;|]
                    return total;
                }

                public unsafe float Chroma(float* pixels, int count)
                {
                    [|var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;|]
                    return total * 2;
                }
            }
            """;
        const string Fixed = """
            namespace Shop;

            public sealed class Scope
            {
                public unsafe float Luma(float* pixels, int count)
                {
                    var total = ComputeTotal(count, pixels);
                    return total;
                }

                private static unsafe float ComputeTotal(int count, float* pixels)
                {
                    var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;
                    return total;
                }

                public unsafe float Chroma(float* pixels, int count)
                {
                    var total = ComputeTotal(count, pixels);
                    return total * 2;
                }
            }
            """;
        await Test(Source, Fixed).RunAsync();
    }

    [Fact]
    public async Task Leaves_the_method_safe_when_the_copies_in_an_unsafe_type_use_no_pointer()
    {
        const string Source = """
            namespace Shop;

            public unsafe sealed class Scope
            {
                public float Luma(float[] pixels, int count)
                {
                    [|var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;|]
                    return total;
                }

                public float Chroma(float[] pixels, int count)
                {
                    [|var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;|]
                    return total * 2;
                }
            }
            """;
        const string Fixed = """
            namespace Shop;

            public unsafe sealed class Scope
            {
                public float Luma(float[] pixels, int count)
                {
                    var total = ComputeTotal(count, pixels);
                    return total;
                }

                private static float ComputeTotal(int count, float[] pixels)
                {
                    var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;
                    return total;
                }

                public float Chroma(float[] pixels, int count)
                {
                    var total = ComputeTotal(count, pixels);
                    return total * 2;
                }
            }
            """;
        await Test(Source, Fixed).RunAsync();
    }

    [Fact]
    public async Task Takes_static_off_a_lambda_that_reads_what_became_a_parameter()
    {
        const string Source = """
            using System;

            namespace Shop;

            public sealed class Settings
            {
                public int Level { get; set; }

                public void Update(Action<Settings> change) => change(this);
            }

            public sealed class Setup
            {
                public void Low(Settings settings)
                {
                    [|Console.WriteLine("Setting the default level");
                    settings.Update(static s => s.Level = 10);
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");
                    Console.WriteLine("Done");|]
                }

                public void High(Settings settings)
                {
                    [|Console.WriteLine("Setting the default level");
                    settings.Update(static s => s.Level = 90);
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");
                    Console.WriteLine("Done");|]
                }
            }
            """;
        const string Fixed = """
            using System;

            namespace Shop;

            public sealed class Settings
            {
                public int Level { get; set; }

                public void Update(Action<Settings> change) => change(this);
            }

            public sealed class Setup
            {
                public void Low(Settings settings)
                {
                    WriteLineSettings(settings, 10);
                }

                private static void WriteLineSettings(Settings settings, int level)
                {
                    Console.WriteLine("Setting the default level");
                    settings.Update(s => s.Level = level);
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");
                    Console.WriteLine("Done");
                }

                public void High(Settings settings)
                {
                    WriteLineSettings(settings, 90);
                }
            }
            """;
        await Test(Source, Fixed).RunAsync();
    }

    [Fact]
    public async Task Keeps_a_static_lambda_that_reads_no_parameter()
    {
        const string Source = """
            using System;

            namespace Shop;

            public sealed class Settings
            {
                public int Level { get; set; }

                public void Update(Action<Settings> change) => change(this);
            }

            public sealed class Setup
            {
                public void Low(Settings settings)
                {
                    [|Console.WriteLine("Setting the default level");
                    settings.Update(static s => s.Level = 10);
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");
                    Console.WriteLine("Done with the low settings");|]
                }

                public void High(Settings settings)
                {
                    [|Console.WriteLine("Setting the default level");
                    settings.Update(static s => s.Level = 10);
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");
                    Console.WriteLine("Done with the high settings");|]
                }
            }
            """;
        const string Fixed = """
            using System;

            namespace Shop;

            public sealed class Settings
            {
                public int Level { get; set; }

                public void Update(Action<Settings> change) => change(this);
            }

            public sealed class Setup
            {
                public void Low(Settings settings)
                {
                    WriteLineSettings(settings, "Done with the low settings");
                }

                private static void WriteLineSettings(Settings settings, string value)
                {
                    Console.WriteLine("Setting the default level");
                    settings.Update(static s => s.Level = 10);
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");
                    Console.WriteLine(value);
                }

                public void High(Settings settings)
                {
                    WriteLineSettings(settings, "Done with the high settings");
                }
            }
            """;
        await Test(Source, Fixed).RunAsync();
    }

    [Fact]
    public async Task Makes_the_method_unsafe_when_a_pointer_reaches_the_copies_without_a_pointer_type_written()
    {
        const string Source = """
            namespace Shop;

            public sealed class Scope
            {
                private static unsafe float* Pixels() => null;

                public unsafe float Luma(int count)
                {
                    [|var pixels = Pixels();
                    var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;|]
                    return total;
                }

                public unsafe float Chroma(int count)
                {
                    [|var pixels = Pixels();
                    var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;|]
                    return total * 2;
                }
            }
            """;
        const string Fixed = """
            namespace Shop;

            public sealed class Scope
            {
                private static unsafe float* Pixels() => null;

                public unsafe float Luma(int count)
                {
                    var total = ComputeTotal(count);
                    return total;
                }

                private static unsafe float ComputeTotal(int count)
                {
                    var pixels = Pixels();
                    var total = 0f;
                    for (var i = 0; i < count; i++)
                    {
                        total += pixels[i] * 0.5f;
                    }

                    total /= count;
                    return total;
                }

                public unsafe float Chroma(int count)
                {
                    var total = ComputeTotal(count);
                    return total * 2;
                }
            }
            """;
        await Test(Source, Fixed).RunAsync();
    }

    [Fact]
    public async Task Takes_static_off_a_local_function_that_reads_what_became_a_parameter()
    {
        const string Source = """
            using System;

            namespace Shop;

            public sealed class Settings
            {
                public int Level { get; set; }
            }

            public sealed class Setup
            {
                public void Low(Settings settings)
                {
                    [|Console.WriteLine("Setting the default level");
                    static int Level() => 10;
                    settings.Level = Level();
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");|]
                }

                public void High(Settings settings)
                {
                    [|Console.WriteLine("Setting the default level");
                    static int Level() => 90;
                    settings.Level = Level();
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");|]
                }
            }
            """;
        const string Fixed = """
            using System;

            namespace Shop;

            public sealed class Settings
            {
                public int Level { get; set; }
            }

            public sealed class Setup
            {
                public void Low(Settings settings)
                {
                    WriteLineSettings(10, settings);
                }

                private static void WriteLineSettings(int value, Settings settings)
                {
                    Console.WriteLine("Setting the default level");
                    int Level() => value;
                    settings.Level = Level();
                    Console.WriteLine("Level set to " + settings.Level);
                    Console.WriteLine("Saved");
                }

                public void High(Settings settings)
                {
                    WriteLineSettings(90, settings);
                }
            }
            """;
        await Test(Source, Fixed).RunAsync();
    }
}
