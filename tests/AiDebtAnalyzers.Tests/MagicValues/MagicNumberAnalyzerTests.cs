using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.MagicValues;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using Shared = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.MagicValues.MagicNumberAnalyzer>;

namespace AiDebtAnalyzers.Tests.MagicValues;

public class MagicNumberAnalyzerTests
{
    /// <summary>Single uses of every policy role are reported under this option (the behaviour these tests pin).</summary>
    /// <summary>Single uses reported too, of every policy role (the default lists only the roles whose measured precision supports it).</summary>
    private static readonly string SingleUse = "aidebt.magic_values.report_single_use = true\naidebt.magic_values.reported_roles = " + MagicNumberRoles.PolicyRoles;

    private static DiagnosticResult Magic(int location, string value) =>
        VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(location).WithArguments(value, MagicNumberAnalyzer.SingleReason);

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

        await VerifyCS.VerifyAnalyzerAsync(source, SingleUse + "\naidebt.magic_values.comment_explains = false", Magic(0, "3000"));
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

        await VerifyCS.VerifyAnalyzerAsync(source, SingleUse + "\naidebt.magic_values.allowed_numbers = 0, 100, 1024", Magic(0, "2"), Magic(1, "1"));
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

        var test = new Shared.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        await test.RunAsync();

        var analyzed = new Shared.Test { TestCode = source.Replace("Sleep(3000)", "Sleep({|#0:3000|})") };
        analyzed.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\naidebt.magic_values.analyze_tests = true\n" + SingleUse + "\n"));
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

        await VerifyCS.VerifyAnalyzerAsync(source, SingleUse, Magic(0, "2.2f"), Magic(1, "0.5f"), Magic(2, "50f"));
    }

    [Fact]
    public async Task Reports_a_number_the_comment_above_does_not_mention()
    {
        const string source = """
            using System;
            using System.Threading;

            class Device
            {
                void Pause(TimeSpan span) { }

                void Restart(int size)
                {
                    // Wait for 160 ms or for Int16 frames.
                    Pause(TimeSpan.FromMilliseconds({|#0:16|}));

                    // Settle for 3 seconds.

                    Thread.Sleep({|#1:3000|});
                    // Version 2.5 of the protocol
                    var full = size * 2.5 > {|#2:25|};
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, SingleUse, Magic(0, "16"), Magic(1, "3000"), Magic(2, "25"));

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

        await VerifyCS.VerifyAnalyzerAsync(optedOut, SingleUse + "\naidebt.magic_values.comment_explains = false", Magic(0, "40"));
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

    // ---- recurrence: a policy value written for the same subject at two or more sites ----

    private static DiagnosticResult Repeated(int location, string value, int count, string role, params int[] others)
    {
        var result = VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(location).WithArguments(value, MagicNumberAnalyzer.RepeatedReason(count, role));
        foreach (var other in others)
        {
            result = result.WithLocation(other);
        }

        return result;
    }

    [Fact]
    public async Task Reports_two_equal_numbers_of_one_role_on_one_line_once()
    {
        const string source = """
            using System;

            class Resizer
            {
                (int, int) Clamp(int width, int height) => (Math.Max(width, {|#0:25|}), Math.Max(height, {|#1:25|}));
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Repeated(0, "25", 2, "limit", 1));
    }

    [Fact]
    public async Task Reports_a_value_repeated_in_one_method_with_the_other_copies()
    {
        const string source = """
            using System;

            class SessionCache
            {
                string Get(string key, Func<string> load, TimeSpan lifetime) => load();

                string Sid(bool modern, string key)
                {
                    if (modern)
                    {
                        return Get(key, () => "a", TimeSpan.FromHours({|#0:6|}));
                    }

                    return Get(key, () => "b", TimeSpan.FromHours({|#1:6|}));
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Repeated(0, "6", 2, "duration", 1), Repeated(1, "6", 2, "duration", 0));
    }

    [Fact]
    public async Task Reports_a_value_repeated_across_files()
    {
        var test = new Shared.Test();
        test.TestState.Sources.Add("""
            using System.Threading.Tasks;

            class WebView
            {
                Task<bool> NavigateAndWait(Task load) => Task.WhenAny(load, Task.Delay({|#0:20000|})).ContinueWith(t => t.Result == load);
            }
            """);
        test.TestState.Sources.Add("""
            using System.Threading.Tasks;

            class OffscreenWebView
            {
                Task<bool> NavigateAndWait(Task load) => Task.WhenAny(load, Task.Delay({|#1:20000|})).ContinueWith(t => t.Result == load);
            }
            """);
        test.ExpectedDiagnostics.Add(Repeated(0, "20000", 2, "delay", 1));
        test.ExpectedDiagnostics.Add(Repeated(1, "20000", 2, "delay", 0));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("// no global using", true)]
    [InlineData("global using System.Windows.Input;", false)]
    [InlineData("global using Input = System.Windows.Input;", false)]
    [InlineData("global using static Avalonia.Threading.Dispatcher;\nnamespace Avalonia.Threading { public static class Dispatcher { } }", false)]
    [InlineData("global using global::System.Windows.Forms;", false)]
    [InlineData("global using System.WindowsRuntime;", true)]
    public async Task Pauses_in_code_that_works_a_screen_are_not_reported_a_global_using_included(string otherFile, bool reported)
    {
        // Two loops of one type that each pause 2.5 s are one interval (reported); where the project imports a UI
        // framework for every file (a global using in another file, as implicit usings write one: a namespace, an alias
        // or a type's static members, bound or, like Windows Forms against the base framework, not), each pause is the
        // screen's own timing ("ui-pause"). System.WindowsRuntime is no UI namespace.
        var test = new Shared.Test { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestState.Sources.Add("""
            using System;
            using System.Threading.Tasks;

            class Overlay
            {
                async Task WaitForGame(Func<bool> running)
                {
                    while (!running())
                    {
                        await Task.Delay({|#0:2500|});
                    }
                }

                async Task WaitForMenu(Func<bool> shown)
                {
                    while (!shown())
                    {
                        await Task.Delay({|#1:2500|});
                    }
                }
            }
            """);
        test.TestState.Sources.Add(otherFile + "\n");
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Repeated(0, "2500", 2, "delay", 1));
            test.ExpectedDiagnostics.Add(Repeated(1, "2500", 2, "delay", 0));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task Counts_the_copies_of_a_bare_wait_within_one_type_not_across_unrelated_types()
    {
        // Two one-off waits (outside a loop) in two members of one type are two pauses; the intervals of two polling
        // loops of one type are one interval.
        const string source = """
            using System.Diagnostics;

            namespace Tools
            {
                class PowerProbe
                {
                    void Battery(Process pmset) { while (!pmset.HasExited) pmset.WaitForExit({|#0:5000|}); }
                    void Charger(Process ioreg) { while (!ioreg.HasExited) ioreg.WaitForExit({|#1:5000|}); }
                    void Quick(Process which) => which.WaitForExit(3000);
                    void Probe(Process uname) => uname.WaitForExit(3000);
                }

                class Which
                {
                    void Find(Process which) => which.WaitForExit(1000);
                }

                class OsInfo
                {
                    void Read(Process uname) => uname.WaitForExit(1000);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Repeated(0, "5000", 2, "delay", 1), Repeated(1, "5000", 2, "delay", 0));
    }

    [Fact]
    public async Task Counts_the_copies_of_a_wait_in_the_two_arms_of_one_choice_as_one_setting()
    {
        // The two arms of one if/else count as copies like any other place of the job: OpenUtau's five-minute wavtool
        // timeout, written once for the Wine path and once for the native one, is one setting (judged genuine on the
        // twentieth check), though Character Map's entrance per theme and ScreenToGif's pause per gifski version were
        // judged noise on earlier checks: no shape tells them apart (docs/measuring.md). A notification shown for
        // 4000 ms in every arm of a three-way chain is one default of every case, and equal waits in one arm of a
        // choice are copies as before.
        const string source = """
            using System;
            using System.Threading.Tasks;

            class Panels
            {
                static void PlayEntrance(object panel, int delay, int offset) { }

                void Start(object panel, bool zune)
                {
                    if (zune)
                        PlayEntrance(panel, {|#8:10|}, 140);
                    else
                        PlayEntrance(panel, {|#9:10|}, 80);
                }

                async Task Encode(bool older)
                {
                    if (older)
                    {
                        Prepare();
                        await Task.Delay({|#10:500|});
                    }
                    else
                    {
                        await Task.Delay({|#11:500|});
                        Prepare();
                    }
                }

                void ShowImportResult(int imported, int invalid)
                {
                    if (imported == 1)
                        Show("one font added", {|#0:4000|});
                    else if (imported > 1)
                        Show("fonts added", {|#1:4000|});
                    else if (invalid > 0)
                        Show("import failed", {|#2:4000|});
                }

                void Reload(bool full, object panel)
                {
                    if (full)
                    {
                        PlayEntrance(panel, {|#3:250|}, 0);
                        PlayEntrance(panel, {|#4:250|}, 40);
                    }
                    else
                    {
                        Prepare();
                    }
                }

                // Sonarr's DiskStation proxy: one session lifetime on each of three request paths, two of them the
                // arms of an inner if/else, is one default of every path.
                void Request(bool post, bool v2, SessionCache cache)
                {
                    if (post)
                    {
                        if (v2)
                            cache.Get("sid", TimeSpan.FromHours({|#5:6|}));
                        else
                            cache.Get("sid", TimeSpan.FromHours({|#6:6|}));
                    }
                    else
                    {
                        cache.Get("sid", TimeSpan.FromHours({|#7:6|}));
                    }
                }

                static void Show(string text, int durationMs) { }
                static void Prepare() { }
            }

            class SessionCache
            {
                public string Get(string key, TimeSpan lifetime) => key;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "4000", 3, "duration", 1, 2),
            Repeated(1, "4000", 3, "duration", 0, 2),
            Repeated(2, "4000", 3, "duration", 0, 1),
            Repeated(3, "250", 2, "delay", 4),
            Repeated(4, "250", 2, "delay", 3),
            Repeated(5, "6", 3, "duration", 6, 7),
            Repeated(6, "6", 3, "duration", 5, 7),
            Repeated(7, "6", 3, "duration", 5, 6),
            Repeated(8, "10", 2, "delay", 9),
            Repeated(9, "10", 2, "delay", 8),
            Repeated(10, "500", 2, "delay", 11),
            Repeated(11, "500", 2, "delay", 10));
    }

    [Fact]
    public async Task Counts_equal_one_off_pauses_of_one_block_as_one_wait()
    {
        // ShareX's transparent capture: a 10 ms settle after each DoEvents, three statements of one block, was judged
        // worth one constant. Character Map's window switch tried twice with a pause after each was judged noise, but
        // no shape tells the two apart (docs/measuring.md), so pauses of one block keep counting as one wait.
        const string source = """
            using System.Threading;

            class Capture
            {
                void CaptureTransparent()
                {
                    DoEvents();
                    Thread.Sleep({|#0:10|});
                    Grab();
                    DoEvents();
                    Thread.Sleep({|#1:10|});
                    Grab();
                }

                static void DoEvents() { }
                static void Grab() { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Repeated(0, "10", 2, "delay", 1), Repeated(1, "10", 2, "delay", 0));
    }

    [Fact]
    public async Task Counts_the_copies_of_a_debounce_window_only_where_they_feed_the_same_handler()
    {
        // StabilityMatrix's dialogs: eight 100 ms throttles that each delay the same list refresh are one setting; 50 ms
        // throttles of unrelated subscriptions in one view model (a settings save, a filter, a selection count) agree by chance.
        const string source = """
            using System;

            interface IStream<T> { }

            static class Streams
            {
                public static IStream<T> Throttle<T>(this IStream<T> source, TimeSpan window) => source;
                public static IStream<T> ObserveOn<T>(this IStream<T> source, object context) => source;
                public static IStream<R> Select<T, R>(this IStream<T> source, Func<T, R> map) => null!;
                public static void Subscribe<T>(this IStream<T> source, Action<T> handler) { }
            }

            class ModelPicker
            {
                static readonly object Context = new object();

                void Wire(IStream<int> models, IStream<int> loras, IStream<string> search, IStream<bool> selection, IStream<string> format)
                {
                    models.Throttle(TimeSpan.FromMilliseconds({|#0:100|})).ObserveOn(Context).Subscribe(_ => RefreshAllModels());
                    loras.Throttle(TimeSpan.FromMilliseconds({|#1:100|})).ObserveOn(Context).Subscribe(_ => { if (format == null) return; RefreshAllModels(); });
                    search.Throttle(TimeSpan.FromMilliseconds(50)).ObserveOn(Context).Subscribe(_ => SaveSettings());
                    selection.Throttle(TimeSpan.FromMilliseconds(50)).Select(_ => (Func<int, bool>)Filter).Subscribe(_ => { });
                    format.Throttle(TimeSpan.FromMilliseconds(50)).ObserveOn(Context).Subscribe(Preview);
                }

                // A timeout of the same value in the same type is no copy of the windows, nor they of it.
                void Cancel(System.Threading.CancellationTokenSource cts) => cts.CancelAfter(TimeSpan.FromMilliseconds(100));

                void RefreshAllModels() { }
                void SaveSettings() { }
                bool Filter(int model) => model > 0;
                void Preview(string template) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Repeated(0, "100", 2, "duration", 1), Repeated(1, "100", 2, "duration", 0));
    }

    [Fact]
    public async Task Counts_the_copies_of_a_span_in_an_animation_member_only_in_that_animation()
    {
        // Wino Mail's calendar: a navigation and a mode transition of 240 ms each, tuned with their own offsets and
        // opacities, agree by chance. The X1 and X2 animations of one progress bar (one member) are one duration, the
        // show and hide of one panel run for one duration both ways, and two members not named for an animation keep
        // counting their copies in the type.
        const string source = """
            using System;

            class CalendarControl
            {
                static void Run(float offsetX, float offsetY, float opacity, TimeSpan duration) { }
                static void Slide(double from, double to, TimeSpan duration) { }

                void StartTimedNavigationTransition(float travel) => Run(travel, 0f, 0.68f, TimeSpan.FromMilliseconds(240));
                void StartTimedModeTransition() => Run(0f, 18f, 0f, TimeSpan.FromMilliseconds(240));

                void InitProgressbarAnimation(double width)
                {
                    Slide(0, width + 100, TimeSpan.FromMilliseconds({|#0:1600|}));
                    Slide(0, width, TimeSpan.FromMilliseconds({|#1:1600|}));
                }

                void ShowPanelAnimation() => Slide(0, 1, TimeSpan.FromMilliseconds({|#2:300|}));
                void HidePanelAnimation() => Slide(1, 0, TimeSpan.FromMilliseconds({|#3:300|}));

                void Open() => Slide(0, 150, TimeSpan.FromSeconds({|#4:0.5|}));
                void Close() => Slide(150, 0, TimeSpan.FromSeconds({|#5:0.5|}));
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "1600", 2, "duration", 1),
            Repeated(1, "1600", 2, "duration", 0),
            Repeated(2, "300", 2, "duration", 3),
            Repeated(3, "300", 2, "duration", 2),
            Repeated(4, "0.5", 2, "duration", 5),
            Repeated(5, "0.5", 2, "duration", 4));
    }

    [Fact]
    public async Task Counts_animation_timing_written_where_the_animation_is_built_only_as_one_value()
    {
        // Character Map's composition code: durations of a builder chain are tuned by eye per chain (the scale and the
        // opacity of one hide group, a reposition and a show fade in two members), and stagger steps added to a base
        // the member declares are each row's choreography (two views' AnimateIn agree by chance). Equal start delays of
        // one member's chains start its parts together, and the show and hide of one panel run for one duration.
        const string source = """
            class KeyFrameAnimation
            {
                public KeyFrameAnimation AddKeyFrame(float progress, float value) => this;
                public KeyFrameAnimation SetDuration(double seconds) => this;
                public KeyFrameAnimation SetDelay(double seconds) => this;
            }

            class Visual
            {
                public KeyFrameAnimation CreateScalarKeyFrameAnimation(string property) => new KeyFrameAnimation();
                public void StartAnimation(KeyFrameAnimation animation) { }
            }

            static class Composition
            {
                public static void PlayEntrance(object target, int delayMs = 0, int fromOffsetY = 40) { }
            }

            class PreviewTip
            {
                Visual v = new Visual();
                KeyFrameAnimation hideScale, hideOpacity;

                void OnApplyTemplate()
                {
                    hideScale = v.CreateScalarKeyFrameAnimation("Scale").AddKeyFrame(1, 0.3f).SetDuration(0.15);
                    hideOpacity = v.CreateScalarKeyFrameAnimation("Opacity").AddKeyFrame(1, 0).SetDuration(0.15);
                }

                void UpdatePosition() => v.StartAnimation(v.CreateScalarKeyFrameAnimation("Offset").AddKeyFrame(1, 10).SetDuration(0.1));
                void Show() => v.StartAnimation(v.CreateScalarKeyFrameAnimation("Opacity").AddKeyFrame(1, 1).SetDuration(0.1));

                void PlayStartup()
                {
                    v.StartAnimation(v.CreateScalarKeyFrameAnimation("Opacity").AddKeyFrame(1, 1).SetDelay({|#0:0.2|}).SetDuration(0.3));
                    v.StartAnimation(v.CreateScalarKeyFrameAnimation("Offset").AddKeyFrame(1, 0).SetDelay({|#1:0.2|}).SetDuration(1.2));
                }

                void ShowPanel() => v.StartAnimation(v.CreateScalarKeyFrameAnimation("Opacity").AddKeyFrame(1, 1).SetDuration({|#2:0.25|}));
                void HidePanel() => v.StartAnimation(v.CreateScalarKeyFrameAnimation("Opacity").AddKeyFrame(1, 0).SetDuration({|#3:0.25|}));
            }

            class CalligraphyView
            {
                object title, picker, input;

                void AnimateIn()
                {
                    int s = 100;
                    Composition.PlayEntrance(title, s + 30, 110);
                    Composition.PlayEntrance(picker, s + 113, 110);
                    Composition.PlayEntrance(input, s + 113, 110);
                }
            }

            class QuickCompareView
            {
                object title;

                void AnimateIn()
                {
                    int s = 66;
                    Composition.PlayEntrance(title, s + 30, 110);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "0.2", 2, "delay", 1),
            Repeated(1, "0.2", 2, "delay", 0),
            Repeated(2, "0.25", 2, "duration", 3),
            Repeated(3, "0.25", 2, "duration", 2));
    }

    [Fact]
    public async Task Counts_durations_of_chains_that_build_no_animation_and_steps_after_a_field_or_a_loop_counter_as_before()
    {
        // Near misses: a SetDuration link of a chain no link of which names an animation (a job builder), a step added
        // to a field, not to a stagger base the member declares, and days back from a date keep counting their copies.
        const string source = """
            class JobBuilder
            {
                public JobBuilder Named(string name) => this;
                public JobBuilder SetDuration(double seconds) => this;
            }

            static class Composition
            {
                public static void PlayEntrance(object target, int delayMs = 0) { }
            }

            class Jobs
            {
                JobBuilder builder = new JobBuilder();
                int start = 100;
                object first, second;

                void Nightly() => builder.Named("nightly").SetDuration({|#0:0.75|});
                void Weekly() => builder.Named("weekly").SetDuration({|#1:0.75|});

                void RevealFirst() => Composition.PlayEntrance(first, start + {|#2:113|});
                void RevealSecond() => Composition.PlayEntrance(second, start + {|#3:113|});
            }

            // Smartstore's dashboards: a loop's counter added to days back from today is date arithmetic, no stagger.
            class OrdersChart
            {
                System.DateTime today;
                void Load() { for (var j = 0; j < 7; j++) { Label(today.AddDays({|#4:-6|} + j)); } }
                static void Label(System.DateTime day) { }
            }

            class CustomersChart
            {
                System.DateTime today;
                void Load() { for (var j = 0; j < 7; j++) { Label(today.AddDays({|#5:-6|} + j)); } }
                static void Label(System.DateTime day) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "0.75", 2, "duration", 1),
            Repeated(1, "0.75", 2, "duration", 0),
            Repeated(2, "113", 2, "delay", 3),
            Repeated(3, "113", 2, "delay", 2),
            Repeated(4, "-6", 2, "duration", 5),
            Repeated(5, "-6", 2, "duration", 4));
    }

    [Theory]
    [InlineData("v.CreateScalarKeyFrameAnimation(\"Opacity\").AddKeyFrame(1, 1).SetDuration(0.3)", "ChainDuration")]
    [InlineData("v.CreateScalarKeyFrameAnimation(\"Opacity\").SetDelay(0.3)", "ChainDelay")]
    [InlineData("v.CreateScalarKeyFrameAnimation(\"Opacity\").SetDelayTime(0.3)", "ChainDelay")]
    [InlineData("builder.Named(\"x\").SetDuration(0.3)", "None")]
    [InlineData("animation.SetDuration(0.3)", "None")]
    [InlineData("v.CreateScalarKeyFrameAnimation(\"Opacity\").SetDelay(1, 0.3)", "None")]
    [InlineData("Play(row, s + 113)", "StaggerOffset")]
    [InlineData("Play(row, start + 113)", "None")]
    [InlineData("date.AddDays(s + 113)", "None")]
    public void Knows_timing_written_into_an_animation_builder(string chain, string expected)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { int start = 1; void M() { int s = 100; var a = " + chain + "; } }");
        var number = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Last();
        Assert.Equal(expected, MagicNumberAnalyzer.AnimationTimingOf(number).ToString());
    }

    [Theory]
    [InlineData("StartTimedNavigationTransition", true)]
    [InlineData("AnimateSettingsIconAsync", true)]
    [InlineData("BeginWindowExitanimation", true)]
    [InlineData("OnContentChanged", false)]
    [InlineData("TimerTick", false)]
    public void Knows_a_member_named_for_an_animation(string member, bool expected) =>
        Assert.Equal(expected, MagicNumberAnalyzer.IsAnimationMember(member));

    [Theory]
    [InlineData("ShowPanelAnimation", "HidePanelAnimation", true)]
    [InlineData("FadeInAnimation", "FadeOutAnimation", true)]
    [InlineData("ExpandTransition", "CollapseTransition", true)]
    [InlineData("StartTimedNavigationTransition", "StartTimedNavigationTransition", true)]
    [InlineData("StartTimedNavigationTransition", "StartTimedModeTransition", false)]
    [InlineData("InitAnimation", "OutitAnimation", false)]
    [InlineData("ShowPanelAnimation", "HideMenuAnimation", false)]
    public void Pairs_the_two_directions_of_one_animation(string member, string otherMember, bool expected) =>
        Assert.Equal(expected, MagicNumberAnalyzer.AreDirectionsOfOneAnimation(member, otherMember));

    [Fact]
    public async Task Counts_the_copies_of_an_elapsed_time_bound_only_where_they_measure_from_the_same_instant()
    {
        // TShock's player: the 5 s window since the last threat is checked in two members and must change with itself;
        // the 5 s between two disable notices, measured from another instant, is another setting that agrees by
        // chance. Two stopwatch gates of one progress report are one interval; a wait of the same value is no copy.
        const string source = """
            using System;
            using System.Diagnostics;
            using System.Threading.Tasks;

            class Player
            {
                DateTime LastThreat;
                DateTime LastDisableNotification;
                readonly Stopwatch _updateStopWatch = new Stopwatch();

                bool IsThrottled() => (DateTime.UtcNow - LastThreat).TotalMilliseconds < {|#0:5000|};

                void SetBuff(bool bypass)
                {
                    if ((DateTime.UtcNow - LastThreat).TotalMilliseconds < {|#1:5000|} && !bypass)
                    {
                        return;
                    }
                }

                void Disable()
                {
                    if ((DateTime.UtcNow - LastDisableNotification).TotalMilliseconds > 5000)
                    {
                        LastDisableNotification = DateTime.UtcNow;
                    }
                }

                void UpdateProgress() { if (_updateStopWatch.ElapsedMilliseconds < {|#2:100|}) return; _updateStopWatch.Restart(); }

                void UpdateProgressAbsolute() { if (_updateStopWatch.ElapsedMilliseconds < {|#3:100|}) return; _updateStopWatch.Restart(); }

                bool Idle(Stopwatch other) => other.ElapsedMilliseconds > 100;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "5000", 2, "timeout", 1),
            Repeated(1, "5000", 2, "timeout", 0),
            Repeated(2, "100", 2, "timeout", 3),
            Repeated(3, "100", 2, "timeout", 2));
    }

    [Fact]
    public async Task Reads_the_end_of_a_day_written_field_by_field_as_a_time_not_a_delay()
    {
        const string source = """
            using System;

            class TimeBox
            {
                TimeSpan Maximum(TimeSpan? value) => value ?? new TimeSpan(0, 23, 59, 59, 999);
                TimeSpan Clamp(TimeSpan? value) => value ?? new TimeSpan(0, 23, 59, 59, 999);
                TimeSpan Step(bool fast) => fast ? Step(new TimeSpan(0, 0, {|#0:45|})) : Step(new TimeSpan(0, 0, {|#1:45|}));
                TimeSpan Step(TimeSpan amount) => amount;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Repeated(0, "45", 2, "duration", 1));
    }

    [Fact]
    public async Task Does_not_count_the_same_value_for_another_subject()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            class Images
            {
                List<string> Page(List<string> found, IEnumerable<string> more, TimeSpan wait)
                {
                    var page = more.Take(20).ToList();
                    var cache = Keep(TimeSpan.FromSeconds(20));
                    return page;
                }

                TimeSpan Keep(TimeSpan lifetime) => lifetime;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Does_not_count_copies_in_another_namespace()
    {
        var test = new Shared.Test();
        test.TestState.Sources.Add("""
            namespace Shop.Uploads
            {
                using System.Threading;

                class Uploader
                {
                    void Send(CancellationTokenSource cts) => cts.CancelAfter(5000);
                }
            }
            """);
        test.TestState.Sources.Add("""
            namespace Shop.Launcher;

            using System.Threading;

            class Launcher
            {
                void Start(CancellationTokenSource cts) => cts.CancelAfter(5000);
            }
            """);
        await test.RunAsync();
    }

    // ---- an existing constant of the same value and meaning ----

    [Fact]
    public async Task Reports_a_value_an_existing_constant_holds_and_names_it()
    {
        // The constant is already given to Task.Delay elsewhere: the same wait, shown by its use, not by the word "Delay".
        const string source = """
            using System.Threading.Tasks;

            public static class Constants
            {
                public const int FailedSecretVerificationDelay = 2000;
            }

            class WebAuthnController
            {
                async Task Verify(bool valid)
                {
                    if (!valid)
                    {
                        await Task.Delay(Constants.FailedSecretVerificationDelay);
                    }
                }
            }

            class DevicesController
            {
                async Task Verify(bool valid)
                {
                    if (!valid)
                    {
                        await Task.Delay({|#0:2000|});
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithArguments("2000", MagicNumberAnalyzer.ConstantReason("Constants.FailedSecretVerificationDelay")));
    }

    [Fact]
    public async Task Ignores_a_constant_of_the_same_value_with_another_meaning_or_out_of_reach()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public static class Limits
            {
                public const int MaxItems = 2000;
                public const int DefaultTrialLengthDays = 7;
            }

            class Other
            {
                private const int RetryDelay = 300;
                private static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(6);
            }

            class Uploads
            {
                async Task Run(List<int> items)
                {
                    await Task.Delay(TimeSpan.FromMinutes(2000));
                    var cache = Keep(TimeSpan.FromMinutes(300));
                    var keep = Keep(TimeSpan.FromMinutes(6));
                    var expires = DateTime.UtcNow.AddDays(7);
                    Console.WriteLine(expires);
                }

                TimeSpan Keep(TimeSpan lifetime) => lifetime;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Advises_a_constant_used_at_a_wait_or_a_sequence_count_only_in_the_same_job()
    {
        // RPCS3's discord-bot: Take(EmbedPager.MaxFields) in a result formatter says nothing of Take(25) in the
        // autocomplete providers; Dopamine: the list views' load delay is no name for the cover art's pause. In the same
        // type, or in a member of the same name (the same endpoint of another controller), the use shows the meaning; two
        // types' constructors are no one endpoint.
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            public static class EmbedPager
            {
                public const int MaxFields = 25;
            }

            public static class Constants
            {
                public static readonly int CommonListLoadDelay = 250;
            }

            static class IrdSearchResultFormatter
            {
                public static IEnumerable<string> AsEmbed(IEnumerable<string> infos) => infos.Take(EmbedPager.MaxFields);
            }

            class TracksViewModel
            {
                async Task LoadAsync() => await Task.Delay(Constants.CommonListLoadDelay);

                async Task ReloadAsync() => await Task.Delay({|#0:250|});
            }

            class CoverArtViewModel
            {
                async Task ShowAsync() => await Task.Delay(250);
            }

            class TrackListView
            {
                TrackListView() { _ = Task.Delay(Constants.CommonListLoadDelay); }
            }

            class AlbumArtView
            {
                AlbumArtView() { _ = Task.Delay(250); }
            }

            class AlbumsViewModel
            {
                async Task LoadAsync() => await Task.Delay({|#1:250|});
            }

            static class ProductResultFormatter
            {
                public static IEnumerable<string> AsEmbed(IEnumerable<string> products) => products.Take({|#2:25|});
            }

            namespace CompatBot.Commands.AutoCompleteProviders
            {
                class EventNameAutoCompleteProvider
                {
                    IEnumerable<string> AutoComplete(IEnumerable<string> names) => names.Take(25);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithArguments("250", MagicNumberAnalyzer.ConstantReason("Constants.CommonListLoadDelay")),
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(1).WithArguments("250", MagicNumberAnalyzer.ConstantReason("Constants.CommonListLoadDelay")),
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(2).WithArguments("25", MagicNumberAnalyzer.ConstantReason("EmbedPager.MaxFields")));
    }

    [Fact]
    public async Task Reports_a_time_span_an_existing_field_holds()
    {
        const string source = """
            using System;

            static class CacheSettings
            {
                public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(6);
            }

            class Proxy
            {
                TimeSpan Keep(TimeSpan lifetime) => lifetime;

                TimeSpan Session() => Keep(TimeSpan.FromHours({|#0:6|}));

                TimeSpan Login() => Keep(CacheSettings.SessionLifetime);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithArguments("6", MagicNumberAnalyzer.ConstantReason("CacheSettings.SessionLifetime")));
    }

    [Fact]
    public async Task Withholds_a_constant_that_only_shares_the_value_and_a_role_word()
    {
        // better-genshin-impact: a bound of a teleport setting, used only in Math.Clamp and a Range attribute, is no
        // name for a 100 ms wait elsewhere, though both hold "Delay"; osu: "DURATION" is no rate ("ratio" is no word of
        // it). The waits, written twice in one type, are reported as a repeated number; the lone rate once, plainly.
        const string source = """
            using System;
            using System.ComponentModel.DataAnnotations;
            using System.Threading.Tasks;

            namespace Game.AutoTrackPath
            {
                public class TpConfig
                {
                    public const int MaxTeleportOperationDelayMilliseconds = 100;
                    public const decimal FADE_OUT_DURATION_MULTIPLIER = 0.3m;

                    [Range(2, MaxTeleportOperationDelayMilliseconds)]
                    public int TeleportOperationDelayMilliseconds { get; set; }

                    public int Configured(int value) => Math.Clamp(value, 2, MaxTeleportOperationDelayMilliseconds);
                }
            }

            namespace Game.Common.Job
            {
                class ScanPickTask
                {
                    async Task Scan(int turns)
                    {
                        for (var turn = 0; turn < turns; turn++)
                        {
                            Console.WriteLine("turn");
                            await Task.Delay({|#0:100|});
                        }
                    }

                    async Task Pick(int presses)
                    {
                        for (var press = 0; press < presses; press++)
                        {
                            Console.WriteLine("press");
                            await Task.Delay({|#1:100|});
                        }
                    }

                    decimal Fee(decimal amount) => amount * {|#2:0.3m|};
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Repeated(0, "100", 2, "delay", 1), Repeated(1, "100", 2, "delay", 0), Magic(2, "0.3m"));
    }

    [Fact]
    public async Task Advises_a_constant_of_an_enclosing_namespace_that_shares_a_word_with_the_target()
    {
        // A QR code library's version bound: declared in the namespace that encloses the check, and "version" is no
        // word of the role. The same constant seen from a sibling namespace, or sharing only "retries", is no advice.
        const string source = """
            namespace QrCode.Encoding
            {
                public static class QrLimits
                {
                    public const int MaxUploadRetries = 3;
                    public const int MaxRetries = 3;
                }
            }

            namespace QrCode.Encoding.Versions
            {
                class Uploader
                {
                    bool Again(int uploadRetries) => uploadRetries < {|#0:3|};
                }
            }

            namespace QrCode.Rendering
            {
                class Painter
                {
                    bool Again(int uploadRetries) => uploadRetries < 3;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithArguments("3", MagicNumberAnalyzer.ConstantReason("QrLimits.MaxUploadRetries")));
        await VerifyCS.VerifyAnalyzerAsync(source.Replace("MaxUploadRetries", "MaxAttemptRetries").Replace("{|#0:3|}", "3"));
    }

    [Fact]
    public async Task Counts_a_page_size_written_again_in_its_type_not_in_sibling_handlers()
    {
        // fmbot's autocomplete providers each take their own number of suggestions (Take(4) in each): choices that agree
        // by chance. One repository that pages its list in two methods writes one page size twice.
        const string source = """
            using System.Collections.Generic;
            using System.Linq;

            namespace Bot.AutoCompleteHandlers
            {
                class ArtistAutoComplete
                {
                    IEnumerable<string> Suggest(IEnumerable<string> names) => names.Take(4);
                }

                class AlbumAutoComplete
                {
                    IEnumerable<string> Suggest(IEnumerable<string> names) => names.Take(4);
                }
            }

            namespace Bot.Orders
            {
                class OrderRepository
                {
                    List<int> Recent(IQueryable<int> orders) => orders.Take({|#0:25|}).ToList();

                    List<int> Page(IQueryable<int> orders, int page) => orders.Skip(page * 25).Take({|#1:25|}).ToList();
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithLocation(1).WithArguments("25", MagicNumberAnalyzer.RepeatedReason(2, "page-size")),
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(1).WithLocation(0).WithArguments("25", MagicNumberAnalyzer.RepeatedReason(2, "page-size")));
    }

    [Fact]
    public async Task A_use_at_a_target_any_number_goes_to_is_no_evidence()
    {
        // Used only as a bound of Math.Min and compared with a bare Count: neither says what the 25 of Take(25) is.
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Shop.Settings
            {
                public static class Paging
                {
                    public const int MaxOrdersPageSize = 25;
                }
            }

            namespace Shop.Orders
            {
                class Repository
                {
                    int Cap(int size, List<int> items) => items.Count > Shop.Settings.Paging.MaxOrdersPageSize ? 0 : Math.Min(size, Shop.Settings.Paging.MaxOrdersPageSize);

                    List<int> Recent(IQueryable<int> orders) => orders.Take({|#0:25|}).ToList();
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source.Replace("{|#0:25|}", "25"));
        await VerifyCS.VerifyAnalyzerAsync(
            source.Replace("Math.Min(size, Shop.Settings.Paging.MaxOrdersPageSize)", "orders2.Take(Shop.Settings.Paging.MaxOrdersPageSize).Count()").Replace("int Cap(int size, List<int> items)", "int Cap(IQueryable<int> orders2, List<int> items)"),
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithArguments("25", MagicNumberAnalyzer.ConstantReason("Paging.MaxOrdersPageSize")));
    }

    private const string SchedulerSource = """
        using System;

        namespace Store.Messaging
        {
            public sealed class ReportProgress { }

            public static class TimerMessage
            {
                public static object Schedule(TimeSpan triggerAfter, object envelope, object message) => message;
            }
        }

        namespace Store.Core.VNode
        {
            using Store.Messaging;

            class NodeController
            {
                public static readonly TimeSpan LeaderReconnectionDelay = TimeSpan.FromMilliseconds(500);

                object Reconnect(object envelope, object msg) => TimerMessage.Schedule(LeaderReconnectionDelay, envelope, msg);
            }
        }

        namespace Store.Projections
        {
            using Store.Messaging;

            class ReaderService
            {
                private readonly object _envelope = new object();

                object Started() => TimerMessage.Schedule(TimeSpan.FromMilliseconds({|#0:500|}), _envelope, new ReportProgress());

                object Handled() => TimerMessage.Schedule(TimeSpan.FromMilliseconds({|#1:500|}), _envelope, new ReportProgress());
            }
        }
        """;

    [Fact]
    public async Task A_constant_given_to_a_scheduler_with_another_message_is_no_name_for_the_number()
    {
        // EventStore: the leader's reconnection delay is scheduled through the same parameter as a projection reader's
        // progress report, with another message: equal values of two timers. The report's two copies are reported as
        // a repeated number, with no advice to use the reconnection delay.
        await VerifyCS.VerifyAnalyzerAsync(SchedulerSource, Repeated(0, "500", 2, "duration", 1), Repeated(1, "500", 2, "duration", 0));
    }

    [Fact]
    public async Task A_constant_given_to_a_scheduler_with_the_same_message_names_the_number()
    {
        // The same timer: the constant already schedules what the number schedules, with the same other inputs.
        var source = SchedulerSource
            .Replace("object Reconnect(object envelope, object msg) => TimerMessage.Schedule(LeaderReconnectionDelay, envelope, msg);",
                "private readonly object _envelope = new object();\n\n            object Report() => TimerMessage.Schedule(LeaderReconnectionDelay, _envelope, new ReportProgress());")
            .Replace("LeaderReconnectionDelay", "ProgressReportInterval");
        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithArguments("500", MagicNumberAnalyzer.ConstantReason("NodeController.ProgressReportInterval")).WithLocation(1),
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(1).WithArguments("500", MagicNumberAnalyzer.ConstantReason("NodeController.ProgressReportInterval")).WithLocation(0));
    }

    [Fact]
    public async Task A_cancellation_token_beside_the_number_changes_nothing_of_its_meaning()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;

            public static class Constants
            {
                public const int FailedSecretVerificationDelay = 2000;
            }

            class WebAuthnController
            {
                async Task Verify(bool valid, CancellationToken token)
                {
                    if (!valid)
                    {
                        await Task.Delay(Constants.FailedSecretVerificationDelay, token);
                    }
                }
            }

            class DevicesController
            {
                async Task Verify(bool valid, CancellationToken cancellationToken)
                {
                    if (!valid)
                    {
                        await Task.Delay({|#0:2000|}, cancellationToken);
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithArguments("2000", MagicNumberAnalyzer.ConstantReason("Constants.FailedSecretVerificationDelay")));
    }

    // ---- single uses ----

    [Fact]
    public async Task Ignores_single_self_describing_uses()
    {
        const string source = """
            using System;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;

            class Services
            {
                TimeSpan Keep(TimeSpan lifetime) => lifetime;
                void WaitAndRetry(int retryCount, Func<int, TimeSpan> delay) { }

                async Task Run(CancellationTokenSource cts, IQueryable<int> query, Func<bool> ready, int retries)
                {
                    var cache = Keep(TimeSpan.FromHours(3));
                    WaitAndRetry(3, attempt => TimeSpan.FromSeconds(3));
                    cts.CancelAfter(5000);
                    var page = query.Take(60).ToList();
                    if (retries > 5) return;
                    while (!ready())
                    {
                        await Task.Delay(250);
                    }

                    // Give the service time to restart before the next request.
                    await Task.Delay(3000);
                    Thread.Sleep(100); // let the file handle go
                }

                async Task WaitForIO() => await Task.Delay(100);

                /// <summary>Waits two seconds: these events fire several times in succession.</summary>
                void OnNetworkChange() => Thread.Sleep(2000);

                int Jitter(TimeSpan backoff) => (int)(backoff.TotalMilliseconds * .5);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_single_uses_a_reviewer_wants_named_even_once()
    {
        const string source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class TwoFactor
            {
                async Task<decimal> Check(HttpResponseMessage response, decimal amount)
                {
                    await Task.Delay({|#0:500|});
                    if ((int)response.StatusCode == {|#1:429|}) return 0;
                    if ((int)response.StatusCode >= 500) return 0;
                    return amount * {|#2:0.029m|};
                }
            }
            """;

        // A single bare wait was judged noise far more often than not: reported only on request.
        await VerifyCS.VerifyAnalyzerAsync(source.Replace("{|#0:500|}", "500"), Magic(1, "429"), Magic(2, "0.029m"));
        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.magic_values.report_single_waits = true", Magic(0, "500"), Magic(1, "429"), Magic(2, "0.029m"));
    }

    [Fact]
    public async Task Thresholds_and_limits_are_reported_only_when_the_reported_roles_option_lists_them()
    {
        // A threshold copied where it must stay in step, beside a page size and a retry count written twice each: by
        // default the threshold is quiet (its judged precision did not support reporting it, docs/measuring.md);
        // listing it in aidebt.magic_values.reported_roles reports it. The same holds for a limit compared with a count.
        const string source = """
            using System.Collections.Generic;
            using System.Linq;

            class Scoring
            {
                bool Pass(double score, List<int> items, int retries) => score >= {|#0:0.85|} && items.Take({|#2:25|}).Any() && retries > {|#4:3|};
                bool Badge(double score, List<int> items, int retries) => score >= {|#1:0.85|} && items.Take({|#3:25|}).Any() && retries > {|#5:3|};
            }
            """;

        await Shared.VerifyAnalyzerAsync(source.Replace("{|#0:0.85|}", "0.85").Replace("{|#1:0.85|}", "0.85"), Repeated(2, "25", 2, "page-size", 3), Repeated(3, "25", 2, "page-size", 2), Repeated(4, "3", 2, "retry", 5), Repeated(5, "3", 2, "retry", 4));
        await Shared.VerifyAnalyzerAsync(source, "aidebt.magic_values.reported_roles = " + MagicNumberRoles.PolicyRoles, Repeated(0, "0.85", 2, "threshold", 1), Repeated(1, "0.85", 2, "threshold", 0), Repeated(2, "25", 2, "page-size", 3), Repeated(3, "25", 2, "page-size", 2), Repeated(4, "3", 2, "retry", 5), Repeated(5, "3", 2, "retry", 4));
    }

    [Fact]
    public async Task Report_single_use_option_reports_every_single_policy_use()
    {
        const string source = """
            using System;
            using System.Threading;

            class Services
            {
                TimeSpan Keep(TimeSpan lifetime) => lifetime;

                void Run(CancellationTokenSource cts, int retries)
                {
                    var cache = Keep(TimeSpan.FromHours({|#0:3|}));
                    cts.CancelAfter({|#1:5000|});
                    if (retries > {|#2:5|}) return;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, SingleUse, Magic(0, "3"), Magic(1, "5000"), Magic(2, "5"));
    }

    /// <summary>
    /// The shared verifier with every policy role listed: most tests here pin when a number of a policy role is
    /// reported, whether or not the role is in the default set; the default set has tests of its own (through <see cref="Shared"/>).
    /// </summary>
    private static class VerifyCS
    {
        private static readonly string EveryRole = "aidebt.magic_values.reported_roles = " + MagicNumberRoles.PolicyRoles;

        public static DiagnosticResult Diagnostic(string diagnosticId) => Shared.Diagnostic(diagnosticId);

        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) => Shared.VerifyAnalyzerAsync(source, EveryRole, expected);

        public static Task VerifyAnalyzerAsync(string source, string? editorConfig, params DiagnosticResult[] expected) =>
            Shared.VerifyAnalyzerAsync(source, EveryRole + "\n" + editorConfig, expected);
    }
}
