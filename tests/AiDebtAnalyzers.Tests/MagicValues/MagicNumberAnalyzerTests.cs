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
                object Run(List<int> items, int retries, long elapsedMilliseconds, int count, int exitCode)
                {
                    Thread.Sleep({|#0:3000|});
                    var tooMany = retries > {|#1:5|} || items.Count > {|#2:50|};
                    var slow = elapsedMilliseconds > {|#3:100|} || exitCode == {|#4:100|};
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
    public async Task Ignores_http_status_codes_and_well_known_ports()
    {
        const string source = """
            using System;
            using System.Net;

            class Response { public int StatusCode { get; set; } public int status { get; set; } }
            class Controller { protected object StatusCode(int code, string message) => message; }

            class Api : Controller
            {
                object Handle(Response response, Response imgur, HttpStatusCode code, Uri uri, int statusCodeNum)
                {
                    var ok = response.StatusCode >= 200 && (int)response.StatusCode < 300 && imgur.status == 200;
                    var redirect = response.StatusCode is >= 300 and < 400;
                    var permanent = code is HttpStatusCode.TemporaryRedirect or (HttpStatusCode)308;
                    var success = statusCodeNum <= 299;
                    var kind = response.StatusCode switch { 404 => "missing", 429 => "throttled", _ => "other" };
                    var secure = uri.Port != 443 || uri is { Port: 80 };
                    return StatusCode(500, "failed") ?? (ok, redirect, permanent, success, kind, secure);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_status_like_numbers_outside_http_contexts_and_when_the_option_is_off()
    {
        const string source = """
            class Response { public int StatusCode { get; set; } public int Port { get; set; } }

            class Codec
            {
                object Decode(int status, Response response, int count)
                {
                    var failed = status == {|#0:404|};
                    var odd = response.StatusCode == {|#1:99|} || response.StatusCode > {|#2:600|};
                    var custom = response.Port == {|#3:8080|};
                    var many = count > {|#4:200|};
                    return (failed, odd, custom, many);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "404"), Magic(1, "99"), Magic(2, "600"), Magic(3, "8080"), Magic(4, "200"));

        const string optedOut = """
            class Response { public int StatusCode { get; set; } public int Port { get; set; } }

            class Client
            {
                bool Succeeded(Response response) => response.StatusCode == {|#0:200|} && response.Port == {|#1:443|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(optedOut, "aidebt.magic_values.ignore_protocol_numbers = false", Magic(0, "200"), Magic(1, "443"));
    }

    [Fact]
    public async Task Ignores_bit_depths_radixes_and_written_powers()
    {
        const string source = """
            using System;

            static class Digits { public static string ToBase(this int value, int radix, string digits) => digits; }

            class Bitmap
            {
                object Read(short biBitCount, int bitsPerSample, int maxColorBits, int counter, string alphabet, int major)
                {
                    var argb = biBitCount == 32 || bitsPerSample != 16 || maxColorBits > 8;
                    string format;
                    switch (biBitCount)
                    {
                        case 24: format = "rgb"; break;
                        case 16: format = "555"; break;
                        default: format = "other"; break;
                    }

                    var name = counter.ToBase(62, alphabet) + counter.ToBase(36, alphabet);
                    var packed = major * Math.Pow(10, 12) + Math.Pow(10, major);
                    return (argb, format, name, packed);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_numbers_that_only_look_like_bit_depths_or_radixes()
    {
        const string source = """
            using System;

            class Encoder
            {
                object Encode(int bitrate, int bitCount, int count, double growth, int attempt)
                {
                    var low = bitrate < {|#0:32|} || bitCount > {|#1:12|} || count == {|#2:16|};
                    var padded = Pad(count, {|#3:62|});
                    var backoff = Math.Pow({|#4:1.5|}, attempt) + Math.Pow(growth, {|#5:3|});
                    return (low, padded, backoff);
                }

                int Pad(int value, int width) => value + width;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "32"), Magic(1, "12"), Magic(2, "16"), Magic(3, "62"), Magic(4, "1.5"), Magic(5, "3"));
    }

    [Fact]
    public async Task Ignores_tables_written_as_calls_and_numbers_named_by_a_string_key()
    {
        const string source = """
            class Roman
            {
                string Convert(int num)
                {
                    var result = "";
                    result += Step(ref num, 1000, "M");
                    result += Step(ref num, 900, "CM");
                    result += Step(ref num, 500, "D");
                    Registry.Create("path", "default_max_fps", 60);
                    Registry.Create("path", "Capture:FrameRate", 30);
                    return result;
                }

                string Step(ref int num, int value, string symbol) => symbol;
            }

            static class Registry { public static void Create(string path, string name, int value) { } }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_repeated_calls_and_numbers_after_prose_strings()
    {
        const string source = """
            static class Text { public static string Truncate(this string text, int length, string ellipsis = "...") => text; }

            class Form
            {
                void Layout(int x, int y, string title)
                {
                    x = Clamp(x, 1, {|#0:101|});
                    y = Clamp(y, 1, {|#1:101|});
                    Step({|#2:5|});
                    Step({|#3:10|});
                    Notify(title, "ShareX", {|#4:8000|});
                    var shortTitle = title.Truncate({|#5:50|}, "...");
                    Notify(title, "user name", {|#6:3|});
                }

                int Clamp(int value, int min, int max) => value;
                void Step(int size) { }
                void Notify(string text, string caption, int duration) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "101"), Magic(1, "101"), Magic(2, "5"), Magic(3, "10"), Magic(4, "8000"), Magic(5, "50"), Magic(6, "3"));
    }

    [Fact]
    public async Task Ignores_byte_field_widths_and_buffer_sizes()
    {
        const string source = """
            using System;
            using System.IO;

            class Riff
            {
                object Read(Stream stream, string path)
                {
                    var tag = new char[4];
                    var length = new byte[4];
                    Span<byte> word = stackalloc byte[8];
                    var buffer = new byte[4096];
                    var chunk = new byte[16 * 1024];
                    var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 4096, FileOptions.WriteThrough);
                    return (tag, length, word.Length, buffer, chunk, file);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_arbitrary_buffer_sizes_and_other_arrays()
    {
        const string source = """
            class Audio
            {
                object Read(int length)
                {
                    var buffer = new byte[{|#0:32000|}];
                    var nonce = new char[{|#1:16|}];
                    var samples = new int[{|#2:4|}];
                    var header = new byte[length - {|#3:46|}];
                    return (buffer, nonce, samples, header);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "32000"), Magic(1, "16"), Magic(2, "4"), Magic(3, "46"));
    }

    [Fact]
    public async Task Ignores_rounding_colour_weights_fractions_hue_sectors_and_random_bytes()
    {
        const string source = """
            using System;

            struct Rgb { public byte R, G, B; public double Red, Green, Blue; }
            class Hsb { public double Hue; }
            class RandomFast { public static int Next(int max) => max; }

            class ColorMath
            {
                object Convert(Rgb color, Hsb hsb, double q, long offset, double elapsed)
                {
                    var luma = (color.Red * 0.299) + (color.Green * 0.587) + (color.Blue * 0.114);
                    var brightness = Math.Sqrt((color.R * color.R * .299) + (color.G * color.G * .587) + (color.B * color.B * .114));
                    var rounded = (int)(elapsed + 0.5);
                    var milliseconds = (offset + 5000) / 10000;
                    var sector = hsb.Hue <= (double)1 / 6 || hsb.Hue <= (double)5 / 6;
                    hsb.Hue = (240 + (q * (color.R - color.G))) / 360;
                    var random = RandomFast.Next(255) + new Random().Next(256);
                    return (luma, brightness, rounded, milliseconds, sector, random);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_weights_offsets_and_fractions_that_are_not_the_idioms()
    {
        const string source = """
            using System;
            using System.Linq;

            class Scores
            {
                object Score(double[] scores, double accuracy, double elapsed, long offset, int width, Random random)
                {
                    var total = scores.Sum() * {|#0:0.2|} + accuracy * {|#1:0.4|};
                    var shifted = (int)(elapsed + {|#2:0.7|});
                    var late = (offset + {|#3:5000|}) / {|#4:3000|};
                    var part = width * {|#5:7|} / {|#6:9|} + {|#7:13.0|} / {|#8:4|};
                    var right = width + {|#9:240|};
                    var pick = random.Next({|#10:100|});
                    return (total, shifted, late, part, right, pick);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Magic(0, "0.2"), Magic(1, "0.4"), Magic(2, "0.7"), Magic(3, "5000"), Magic(4, "3000"), Magic(5, "7"), Magic(6, "9"), Magic(7, "13.0"), Magic(8, "4"), Magic(9, "240"), Magic(10, "100"));
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
                    return value.Clamp(0.1f, 5.0f) * {|#0:2.2f|};
                }

                /// <summary>Applies gamma correction to 5 channels.</summary>
                float Undocumented(float value) => value.Clamp({|#1:0.5f|}, {|#2:50f|}) * 5;
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
                    var half = size * 2.5 + size * {|#2:25|};
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
                    return headerSize == {|#0:40|};
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(optedOut, "aidebt.magic_values.comment_explains = false", Magic(0, "40"));
    }

    [Fact]
    public async Task Ignores_typographic_units_field_widths_capacity_arithmetic_percent_clamps_and_noon()
    {
        const string source = """
            using System;
            using System.Text;

            static class Numbers { public static int Clamp(this int value, int min, int max) => value; }

            class Layout
            {
                int ContextMenuOpacity { get; set; }

                object Measure(float dpiY, float points, int logPixels, int x, byte[] header, string text, int value, DateTime now, int hour)
                {
                    var emSize = dpiY * points / 72;
                    var scaling = logPixels / 96f;
                    var absolute = x * 65535;
                    var width = ReadIntFromByteArray(header, 0x04, 4, true) + ReadIntFromByteArray(header, 0x0E, 2, true);
                    var builder = new StringBuilder(text.Length + (int)(text.Length * 0.1));
                    var opacity = ContextMenuOpacity.Clamp({|#0:10|}, 100);
                    int newImageOpacity = value.Clamp({|#1:10|}, 100);
                    var afternoon = now.Hour >= 12 ? hour - 12 : hour;
                    return (emSize, scaling, absolute, width, builder, opacity, newImageOpacity, afternoon);
                }

                uint ReadIntFromByteArray(byte[] data, int startIndex, int bytes, bool littleEndian) => 0;
            }
            """;

        // The lower bound of the percentage is a tunable minimum: still reported.
        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "10"), Magic(1, "10"));
    }

    [Fact]
    public async Task Reports_numbers_beside_those_idioms()
    {
        const string source = """
            using System;

            static class Numbers { public static int Clamp(this int value, int min, int max) => value; }

            class Layout
            {
                object Measure(float size, byte[] header, int paletteSize, int minute, int count)
                {
                    var scaled = size * {|#0:73|};
                    var field = ReadIntFromByteArray(header, {|#1:40|}, {|#2:3|}, true);
                    Console.WriteLine("{0} {1}", count, {|#3:4|});
                    var palette = paletteSize.Clamp(2, {|#4:100|});
                    var late = minute > {|#5:12|} || count - {|#6:12|} > 0;
                    return (scaled, field, palette, late);
                }

                uint ReadIntFromByteArray(byte[] data, int startIndex, int bytes, bool littleEndian) => 0;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "73"), Magic(1, "40"), Magic(2, "3"), Magic(3, "4"), Magic(4, "100"), Magic(5, "12"), Magic(6, "12"));
    }

    [Fact]
    public async Task Ignores_sizes_of_written_out_arrays_numbers_in_the_member_name_and_comments_above_an_enclosing_statement()
    {
        const string source = """
            using System.Collections.Generic;

            class Word { public int AccuracyScore; public string ErrorType = ""; }

            class Menu
            {
                int delay;

                void ScreenshotDelay5_Click(object sender, System.EventArgs e)
                {
                    SetScreenshotDelay(5);
                }

                void SetScreenshotDelay(int seconds) => delay = seconds;

                object Coordinates() => new int[3] { 4, 5, 6 };

                void Mark(List<Word> words)
                {
                    // If the accuracy score is below 60, mark the word as mispronounced.
                    foreach (var word in words)
                    {
                        if (word.AccuracyScore < 60)
                        {
                            word.ErrorType = "Mispronunciation";
                        }
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_numbers_the_member_name_or_the_array_does_not_name()
    {
        const string source = """
            class Menu
            {
                int delay;

                void ScreenshotDelay15_Click(object sender, System.EventArgs e)
                {
                    SetScreenshotDelay({|#0:5|});
                }

                void SetScreenshotDelay(int seconds) => delay = seconds;

                object Buffer() => new int[{|#1:30|}];

                void Poll(int retries)
                {
                    // Poll every 100 ms.

                    while (retries-- > 0)
                    {
                        System.Threading.Thread.Sleep({|#2:100|});
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Magic(0, "5"), Magic(1, "30"), Magic(2, "100"));
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
