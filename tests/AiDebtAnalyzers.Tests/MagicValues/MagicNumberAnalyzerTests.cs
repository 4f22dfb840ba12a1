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
    public async Task Reports_numbers_in_executable_code()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading;

            class RetryingClient
            {
                int retries;

                void Send(List<string> items)
                {
                    Thread.Sleep({|#0:3000|});
                    if (retries > {|#1:5|})
                    {
                        return;
                    }

                    if (items.Count > {|#2:50|})
                    {
                        items.RemoveRange(0, {|#3:10|});
                    }

                    var delay = {|#4:250|} * retries;
                    var ratio = delay / {|#5:2.5|};
                    var offset = {|#6:-7|} + delay;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "3000"), Magic(1, "5"), Magic(2, "50"), Magic(3, "10"), Magic(4, "250"), Magic(5, "2.5"), Magic(6, "-7"));
    }

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
    public async Task Ignores_unit_factories()
    {
        const string source = """
            using System;

            static class UnitExtensions
            {
                public static TimeSpan Seconds(this int value) => TimeSpan.FromSeconds(value);
            }

            class Scheduler
            {
                void Plan()
                {
                    var a = TimeSpan.FromSeconds(30) + TimeSpan.FromMilliseconds(250);
                    var b = new TimeSpan(0, 5, 0);
                    var c = new DateTime(2024, 12, 31);
                    var d = 45.Seconds();
                    Console.WriteLine(a + b + d + c.TimeOfDay);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Unit_factories_option_off_reports_them()
    {
        const string source = """
            using System;

            class Scheduler
            {
                TimeSpan Plan() => TimeSpan.FromSeconds({|#0:30|}) + new TimeSpan(0, {|#1:5|}, 0);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.magic_values.ignore_unit_factories = false", Magic(0, "30"), Magic(1, "5"));
    }

    [Fact]
    public async Task Allowed_numbers_option_replaces_the_defaults()
    {
        const string source = """
            class Paging
            {
                int Pages(int count) => count / 100 + count % {|#0:2|} + 1024 * {|#1:1|};
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
                double Scale(double x) => x * 2.0 + x * 2L + x * 0.5;
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

                bool IsFull(List<int> items, int retries) => items.Count > {|#0:50|} || retries >= {|#1:5|} || {|#2:3|} > items.Count;
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

                bool IsFull(List<int> items, int retries) => items.Count > MaxItemsCount || retries >= MaxRetries || MinItemsCount > items.Count;
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
    public async Task Fix_all_creates_one_constant_per_value_and_name()
    {
        const string source = """
            using System.Threading;

            class Device
            {
                void Reboot()
                {
                    Thread.Sleep({|#0:3000|});
                    Thread.Sleep({|#1:3000|});
                    Thread.Sleep({|#2:500|});
                }

                int Scale(int value) => value * {|#3:3000|} + value * {|#4:-4|};
            }
            """;
        const string fixedSource = """
            using System.Threading;

            class Device
            {
                private const int MillisecondsTimeout = 3000;
                private const int MillisecondsTimeout2 = 500;
                private const int Value3000 = 3000;
                private const int ValueMinus4 = -4;

                void Reboot()
                {
                    Thread.Sleep(MillisecondsTimeout);
                    Thread.Sleep(MillisecondsTimeout);
                    Thread.Sleep(MillisecondsTimeout2);
                }

                int Scale(int value) => value * Value3000 + value * ValueMinus4;
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(source, new[] { Magic(0, "3000"), Magic(1, "3000"), Magic(2, "500"), Magic(3, "3000"), Magic(4, "-4") }, fixedSource);
    }

    [Fact]
    public async Task Ignores_positions_tables_bits_capacities_hashes_and_conversions()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Text;

            class Codec
            {
                int hashCode;
                int Limit { get; set; }

                object Decode(string[] parts, int value, int arity, double ms, long bytes)
                {
                    Limit = 250;
                    var third = parts[3];
                    var matrix = new float[] { 0.393f * value, 0.349f, 0.272f, 0, 0 };
                    var packed = value << 24 | value >> 16 | (value & 0xFF) | (value & 0b1010);
                    var list = new List<int>(64);
                    var map = new Dictionary<string, int>(41, StringComparer.Ordinal);
                    StringBuilder sized = new(512);
                    var builder = new StringBuilder(256);
                    hashCode = (hashCode * 23) + value;
                    var seconds = ms / 1000;
                    var kib = bytes / 1024;
                    var percent = value * 100;
                    var request = new { max_tokens = 1024 };
                    var parsed = Convert.ToInt32(third, 16);
                    var kind = arity switch { 3 => "three", 4 => "four", 5 => "five", _ => "many" };
                    switch (arity)
                    {
                        case 3: return kind;
                        case 4: return kind;
                        case 5: return kind;
                    }

                    return (third, matrix, packed, list, map, sized, builder, seconds, kib, percent, request, parsed);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_full_scale_bounds_quarter_turns_and_gradient_stops()
    {
        const string source = """
            using System;

            struct Argb { public byte A; }
            class GradientStop { public GradientStop(string color, float location) { } }
            class Pen { public float[] DashPattern { get; set; } = new float[0]; }
            class Path { public void AddArc(object rect, float start, float sweep) { } public void RotateTransform(float angle) { } }

            class Painter
            {
                int Opacity { get; set; }

                object Paint(Argb color, int channel, Path path, float shadowAngle, int progressPercentage)
                {
                    var translucent = color.A < 255;
                    var opaque = channel == 255;
                    var clamped = Math.Min(255, channel * 2);
                    var partial = Opacity < 100 || progressPercentage >= 100;
                    path.AddArc(color, 180, 90);
                    path.AddArc(color, 270, 360);
                    path.RotateTransform(90);
                    var shadow = shadowAngle - 90;
                    var stop = new GradientStop("red", 100f);
                    var modern = Environment.OSVersion.Version.Major >= 6 && Environment.OSVersion.Version.Minor > 3;
                    var dashPattern = new float[] { 5, 5 };
                    var pen = new Pen { DashPattern = new[] { 4f, 3f } };
                    return (translucent, opaque, clamped, partial, shadow, stop, modern, dashPattern, pen);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_limits_that_only_look_like_full_scales_or_quarter_turns()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Threading;

            class Worker
            {
                object Run(List<int> items, int retries, long elapsedMilliseconds, int count, int statusCode)
                {
                    Thread.Sleep({|#0:3000|});
                    var tooMany = retries > {|#1:5|} || items.Count > {|#2:50|};
                    var slow = elapsedMilliseconds > {|#3:100|} || statusCode == {|#4:100|};
                    var limited = count > {|#5:250|} || Math.Min({|#6:100|}, count) > 0;
                    Search(items, {|#7:90|});
                    var later = count + {|#8:90|};
                    var newer = Math.Max(count, {|#9:6|}) + Use(new[] { {|#10:5|}, {|#11:5|} });
                    return (tooMany, slow, limited, later, newer);
                }

                void Search(List<int> items, int depth) { }

                int Use(int[] pattern) => pattern.Length;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Magic(0, "3000"), Magic(1, "5"), Magic(2, "50"), Magic(3, "100"), Magic(4, "100"), Magic(5, "250"), Magic(6, "100"), Magic(7, "90"), Magic(8, "90"), Magic(9, "6"), Magic(10, "5"), Magic(11, "5"));
    }

    [Fact]
    public async Task Reports_numbers_that_only_look_like_the_exemptions()
    {
        const string source = """
            class Codec
            {
                int Decode(int value, int status)
                {
                    var masked = value & {|#0:255|};
                    var scaled = value * {|#1:7|};
                    switch (status)
                    {
                        case {|#2:404|}: return 0;
                        case {|#3:500|}: return 1;
                    }

                    return masked + scaled;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "255"), Magic(1, "7"), Magic(2, "404"), Magic(3, "500"));
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
