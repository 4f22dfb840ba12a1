using System.Threading.Tasks;
using AiDebtAnalyzers.MagicValues;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.MagicValues.MagicNumberAnalyzer,
    AiDebtAnalyzers.CodeFixes.MagicValues.IntroduceConstantCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.MagicValues;

public class MagicNumberAnalyzerTests
{
    private static DiagnosticResult Magic(int location, string value) =>
        VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(location).WithArguments(value);

    [Fact]
    public async Task Ignores_allowed_numbers_by_default()
    {
        const string source = """
            class Counter
            {
                int Next(int value) => value * 2 + 1 - 0 + (value > -1 ? 1 : 0) + (int)(value * 2.0);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_named_declarations()
    {
        const string source = """
            using System;

            enum Priority { Low = 10, High = 20 }

            [AttributeUsage(AttributeTargets.All)]
            class RangeAttribute : Attribute
            {
                public RangeAttribute(int min, int max) { }
            }

            class Settings
            {
                private const int MaxRetries = 5;
                private static readonly int[] Primes = { 3, 5, 7, 11 };
                private static readonly TimeSpan Window = TimeSpan.FromTicks(500 * 3);
                private int port = 8080;

                public int Timeout { get; set; } = 30;
                public int BatchSize => 100;
                public int PageSize { get { return 25; } }

                [Range(3, 99)]
                public int Level { get; set; }

                void Configure(int attempts = 3, double factor = 1.5)
                {
                    const int localLimit = 40;
                    var maxRetries = 3;
                    var spread = (long)42;
                    var negative = -12;
                    Retry(maxAttempts: 7);
                    var options = new Options { Retries = 4, Label = "x" };
                }

                void Retry(int maxAttempts) { }

                class Options
                {
                    public int Retries { get; set; }
                    public string Label { get; set; } = "";
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_GetHashCode_bodies()
    {
        const string source = """
            class Point
            {
                int x, y;

                public override bool Equals(object obj) => obj is Point p && p.x == x && p.y == y;

                public override int GetHashCode()
                {
                    unchecked
                    {
                        var hash = 17;
                        hash = (hash * 31) + x;
                        return (hash * 31) + y;
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_a_number_with_a_comment_on_its_line()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                void Reboot()
                {
                    Thread.Sleep(3000); // the controller needs three seconds after a reset
                    Thread.Sleep(/* settle */ 500);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Comment_explains_option_off_reports_commented_numbers()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                void Reboot()
                {
                    Thread.Sleep({|#0:3000|}); // the controller needs three seconds after a reset
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.magic_values.comment_explains = false", Magic(0, "3000"));
    }

    [Fact]
    public async Task Allowed_numbers_option_replaces_the_defaults()
    {
        const string source = """
            class Paging
            {
                bool Full(int count, int retries) => count > 100 || retries > {|#0:2|} || count > {|#1:1|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.magic_values.allowed_numbers = 0, 100, 1024", Magic(0, "2"), Magic(1, "1"));
    }

    [Fact]
    public async Task Allowed_numbers_compare_by_value()
    {
        const string source = """
            class Ratios
            {
                bool Over(double price, long retries) => price * 0.5 > 2.0 || retries > 2L;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.magic_values.allowed_numbers = -1,0,1,2,0.5");
    }

    [Fact]
    public async Task Ignores_test_projects_unless_asked()
    {
        const string source = """
            class ServiceTests
            {
                void Waits() => System.Threading.Thread.Sleep(3000);
            }
            """;

        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        await test.RunAsync();

        var analyzed = new VerifyCS.Test { TestCode = source.Replace("Sleep(3000)", "Sleep({|#0:3000|})") };
        analyzed.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\naidebt.magic_values.analyze_tests = true\n"));
        analyzed.ExpectedDiagnostics.Add(Magic(0, "3000"));
        await analyzed.RunAsync();
    }

    [Fact]
    public async Task Ignores_generated_code()
    {
        const string source = """
            // <auto-generated/>
            class Generated
            {
                void Wait() => System.Threading.Thread.Sleep(3000);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Fix_names_the_constant_after_the_parameter()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                void Reboot()
                {
                    Thread.Sleep({|#0:3000|});
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;

            class Device
            {
                private const int MillisecondsTimeout = 3000;

                void Reboot()
                {
                    Thread.Sleep(MillisecondsTimeout);
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Magic(0, "3000"), fixedSource);
    }

    [Fact]
    public async Task Fix_names_the_constant_after_the_compared_member()
    {
        const string source = """
            using System.Collections.Generic;

            class Basket
            {
                private const string Name = "basket";

                bool IsFull(List<int> items, int retries) => items.Count > {|#0:50|} || retries >= {|#1:5|};

                void Check(List<int> items)
                {
                    if ({|#2:3|} > items.Count)
                    {
                        throw new System.ArgumentException(Name);
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;

            class Basket
            {
                private const string Name = "basket";
                private const int MaxItemsCount = 50;
                private const int MaxRetries = 5;
                private const int MinItemsCount = 3;

                bool IsFull(List<int> items, int retries) => items.Count > MaxItemsCount || retries >= MaxRetries;

                void Check(List<int> items)
                {
                    if (MinItemsCount > items.Count)
                    {
                        throw new System.ArgumentException(Name);
                    }
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, new[] { Magic(0, "50"), Magic(1, "5"), Magic(2, "3") }, fixedSource);
    }

    [Fact]
    public async Task Fix_never_collides_with_existing_names()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                private int MillisecondsTimeout;

                void Reboot()
                {
                    Thread.Sleep({|#0:3000|});
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;

            class Device
            {
                private const int DefaultMillisecondsTimeout = 3000;

                private int MillisecondsTimeout;

                void Reboot()
                {
                    Thread.Sleep(DefaultMillisecondsTimeout);
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Magic(0, "3000"), fixedSource);
    }

    [Fact]
    public async Task Ignores_a_number_that_the_comment_right_above_mentions()
    {
        const string source = """
            class Dib
            {
                object Parse(byte[] data, int headerSize, uint result)
                {
                    // Only 40-byte headers are supported.
                    if (headerSize != 40)
                    {
                        return null;
                    }

                    /* The function succeeds when the result is greater than 31. */
                    var ok = result > 31;

                    // We can only analyze 10 documents per request.
                    // The rest waits for the next batch.
                    var batch = data.Length / 10;
                    return (ok, batch);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_a_number_that_the_members_documentation_mentions()
    {
        const string source = """
            static class Numbers { public static float Clamp(this float value, float min, float max) => value; }

            class Effects
            {
                /// <summary>Applies gamma correction.</summary>
                /// <param name="value">The gamma, Min 0.1, Max 5.0.</param>
                float Gamma(float value)
                {
                    return value.Clamp(0.1f, 5.0f) > {|#0:2.2f|} ? 1 : 0;
                }

                /// <summary>Applies gamma correction to 5 channels.</summary>
                float Undocumented(float value) => value > {|#1:0.5f|} && value < {|#2:50f|} ? 5 : 0;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "2.2f"), Magic(1, "0.5f"), Magic(2, "50f"));
    }

    [Fact]
    public async Task Reports_a_number_the_comment_above_does_not_mention()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                void Restart(int size)
                {
                    // Wait for 160 ms or for Int16 frames.
                    Thread.Sleep({|#0:16|});

                    // Settle for 3 seconds.

                    Thread.Sleep({|#1:3000|});
                    // Version 2.5 of the protocol
                    var full = size * 2.5 > {|#2:25|};
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "16"), Magic(1, "3000"), Magic(2, "25"));

        const string optedOut = """
            class Dib
            {
                bool Supported(int headerSize)
                {
                    // Only 40-byte headers are supported.
                    return headerSize > {|#0:40|};
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(optedOut, "aidebt.magic_values.comment_explains = false", Magic(0, "40"));
    }

    [Fact]
    public async Task Ignores_entity_framework_migrations()
    {
        const string source = """
            namespace Microsoft.EntityFrameworkCore.Migrations
            {
                public abstract class Migration { protected abstract void Up(object builder); }
            }

            namespace Shop.Migrations
            {
                public partial class InitialModel : Microsoft.EntityFrameworkCore.Migrations.Migration
                {
                    protected override void Up(object builder)
                    {
                        var precision = 18 * 4;
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Fix_avoids_names_of_types_in_scope()
    {
        const string source = """
            using System.Threading;

            class Poller
            {
                void SetTimeout(int value) { }

                void Start()
                {
                    SetTimeout({|#0:30|});
                    Thread.Sleep(Timeout.Infinite);
                }
            }
            """;
        const string fixedSource = """
            using System.Threading;

            class Poller
            {
                private const int DefaultTimeout = 30;

                void SetTimeout(int value) { }

                void Start()
                {
                    SetTimeout(DefaultTimeout);
                    Thread.Sleep(Timeout.Infinite);
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, Magic(0, "30"), fixedSource);
    }
}
