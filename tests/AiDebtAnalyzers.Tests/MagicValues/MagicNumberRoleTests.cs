using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiDebtAnalyzers.MagicValues;
using AiDebtAnalyzers.Options;
using AiDebtAnalyzers.Tests.Quality;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiDebtAnalyzers.Tests.MagicValues;

/// <summary>
/// AID201's role table (<see cref="MagicNumberRoles"/>): every role has cases that take it (positive) and near misses
/// that do not (negative), the rule page lists every role, and the analyzer reports exactly the policy roles.
/// </summary>
public class MagicNumberRoleTests
{
    private const string Marker = "$$";
    private const string None = "(none)";
    private const string Usings = "using System; using System.Collections.Generic; using System.IO; using System.Linq; using System.Net.Http; using System.Threading; using System.Threading.Tasks;\n";

    /// <summary>Expected role of the number after <c>$$</c>, the role the case is a near miss of (null for a positive case), the code.</summary>
    public static IEnumerable<object?[]> Cases()
    {
        yield return Case("test-double", null, "class CatalogMockService { Task Get() => Task.Delay($$10); }");
        yield return Case("delay", "test-double", "class CatalogService { Task Get() => Task.Delay($$10); }");

        // Unigram's preview popups: a mock-up bubble "sent a moment ago" is sample content, not a setting of the product.
        yield return Case("sample-data", null, "class Bubble { public void Mockup(string text, bool outgoing, DateTime date) { } } Bubble Message1 = new(); void Show() { Message1.Mockup(\"Hi!\", false, DateTime.Now.AddSeconds($$-25)); }");
        yield return Case("sample-data", null, "class Bubble { public void UpdateMockUp(DateTime date) { } } Bubble b = new(); void Show() => b.UpdateMockUp(DateTime.Now.AddHours($$-2));");
        yield return Case("sample-data", null, "List<DateTime> LoadSampleData() => new() { Make(DateTime.Now.AddDays($$-3)) }; DateTime Make(DateTime d) => d;");
        yield return Case("sample-data", null, "class DesignTimeMainViewModel { Task Load() => Task.Delay($$1500); }");
        yield return Case("sample-data", null, "async Task RunDemo() { await Task.Delay($$1500); }");
        yield return Case("delay", "sample-data", "async Task DemoteUser() { await Task.Delay($$1500); }");
        yield return Case("delay", "sample-data", "async Task ResampleAudio() { await Task.Delay($$1500); }");
        yield return Case("delay", "sample-data", "class Preview { public void Update(DateTime date) { } } Preview p = new(); void UpdatePreview() => p.Update(DateTime.Now.AddSeconds($$-25));");
        yield return Case("delay", "sample-data", "class Bubble { public void Mockup(string text) { } } Bubble b = new(); async Task Show() { b.Mockup(\"Hi!\"); await Task.Delay($$1500); }");

        yield return Case("named", null, "void M() { var maxRetries = $$3; }");
        yield return Case("named", null, "TimeSpan Window { get; } = TimeSpan.FromMinutes($$30);");
        yield return Case("named", null, "void M() => Retry(maxAttempts: $$3); void Retry(int maxAttempts) { }");
        yield return Case("named", null, "void M(HttpClient c) { c.Timeout = TimeSpan.FromSeconds($$100); }");
        yield return Case("named", null, "public class Trigger { public long IntervalTicks; } Trigger M() => new Trigger { IntervalTicks = TimeSpan.FromHours($$24).Ticks };");
        yield return Case("named", null, "void M() { var thirtyDaysAgo = DateTime.UtcNow.AddDays($$-30); }");
        // EarTrumpet's animations: WPF's Duration struct holds the span alone, and the Duration property names it.
        yield return Case("named", null, "struct Duration { public Duration(TimeSpan t) { } } class Fade { public Duration Duration { get; set; } } Fade M() => new Fade { Duration = new Duration(TimeSpan.FromMilliseconds($$150)) };");
        yield return Case("named", null, "class Fade { public object Duration { get; set; } } Fade M() => new Fade { Duration = new Duration(TimeSpan.FromMilliseconds($$150)) };");
        yield return Case("delay", "named", "class Fade { public object Window { get; set; } } Fade M() => new Fade { Window = new Window(TimeSpan.FromMilliseconds($$150)) };");
        yield return Case("delay", "named", "class Source { public Source(TimeSpan t) { } } class Job { public Source Source { get; set; } } Job M() => new Job { Source = new Source(TimeSpan.FromSeconds($$30)) };");
        yield return Case("delay", "named", "struct Window { public Window(TimeSpan t, int n) { } } class Fade { public Window Window { get; set; } } Fade M(int n) => new Fade { Window = new Window(TimeSpan.FromMilliseconds($$150), n) };");
        yield return Case("delay", "named", "Task M(int attempt) => Task.Delay($$250 * attempt);");
        // A TimeSpan built from the number in a unit, converted to ticks: TimeSpan.FromMilliseconds(1500) written out.
        yield return Case("named", null, "class Monster { public TimeSpan AttackDelay { get; set; } } void M(Monster monster) { monster.AttackDelay = new TimeSpan($$1500 * TimeSpan.TicksPerMillisecond); }");
        yield return Case("named", null, "class Monster { public TimeSpan RespawnDelay { get; set; } } void M(Monster monster) { monster.RespawnDelay = new TimeSpan(TimeSpan.TicksPerSecond * $$3); }");
        yield return Case("delay", "named", "class Monster { public TimeSpan AttackDelay { get; set; } } void M(Monster monster) { monster.AttackDelay = new TimeSpan($$1500 * 10000); }");
        yield return Case("delay", "named", "void M(List<TimeSpan> delays) { delays.Add(new TimeSpan($$1500 * TimeSpan.TicksPerMillisecond)); }");
        yield return Case("named", null, "TimeSpan M() { var length = TimeSpan.FromTicks($$4 * TimeSpan.TicksPerSecond); return length; }");
        yield return Case("delay", "named", "class Sequence { public long TicksPerBeat; } TimeSpan M(Sequence seq) { var length = TimeSpan.FromTicks($$4 * seq.TicksPerBeat); return length; }");
        yield return Case("delay", "named", "DateTime M() { var when = DateTime.Now.AddSeconds($$4 * TimeSpan.TicksPerSecond); return when; }");
        // Dalamud's title screen: an easing made of its duration alone is that duration, named by the variable it is assigned to.
        yield return Case("named", null, "abstract class Easing { } class InOutCubic : Easing { public InOutCubic(TimeSpan d) { } } void M() { Easing shadeEasing; shadeEasing = new InOutCubic(TimeSpan.FromMilliseconds($$350)); }");
        yield return Case("named", null, "class FadeAnimation { public FadeAnimation(TimeSpan d) { } } class View { public FadeAnimation Fade { get; set; } } void M(View v) { v.Fade = new FadeAnimation(TimeSpan.FromMilliseconds($$250)); }");
        yield return Case("delay", "named", "class Blink { public Blink(TimeSpan d) { } } void M() { Blink blink; blink = new Blink(TimeSpan.FromMilliseconds($$350)); }");
        yield return Case("delay", "named", "abstract class Easing { } class InOutCubic : Easing { public InOutCubic(TimeSpan d) { } } void Play(Easing e) { } void M() => Play(new InOutCubic(TimeSpan.FromMilliseconds($$350)));");

        // DnsServer's dashboards: the window a method's name states ("last day", "last month") in the unit of its call.
        yield return Case("named", null, "object Stats(DateTime from) => from; object GetLastDayHourWiseStats() => Stats(DateTime.UtcNow.AddHours($$-24));");
        yield return Case("named", null, "object Stats(DateTime from) => from; object GetLastMonthTopStats() => Stats(DateTime.UtcNow.AddDays($$-31).Date);");
        yield return Case("named", null, "TimeSpan WeeklyWindow() => TimeSpan.FromDays($$7) + TimeSpan.Zero;");
        yield return Case("delay", "named", "object Stats(DateTime from) => from; object GetLastDayStats() => Stats(DateTime.UtcNow.AddHours($$-36));");
        yield return Case("delay", "named", "object Stats(DateTime from) => from; object PurgeOldStats() => Stats(DateTime.UtcNow.AddHours($$-24));");
        yield return Case("delay", "named", "object Stats(DateTime from) => from; object GetDaylightStats() => Stats(DateTime.UtcNow.AddHours($$-24));");

        yield return Case("explained", null, "void M() { Thread.Sleep($$3000); // the device needs three seconds after a reset\n }");
        yield return Case("explained", null, "int M(int statusCode) { switch (statusCode) {\n// retried by the caller\ncase $$429: return 1; } return 0; }");
        yield return Case("explained", null, "bool M(int headerSize) {\n// Only 40-byte headers are supported.\nreturn headerSize > $$40; }");
        yield return Case("explained", null, "async Task M() {\n// Wait for the window to initialize.\nawait Task.Delay($$10); }");
        yield return Case("delay", "explained", "void M() {\n// Wait for the device.\n\nThread.Sleep($$3000); }");
        yield return Case("delay", "explained", "async Task M() {\n// Refresh the window.\nawait Refresh(TimeSpan.FromMilliseconds($$10)); } Task Refresh(TimeSpan delay) => Task.CompletedTask;");

        yield return Case("stated", null, "void M(List<int> items) { if (items.Count > $$1000) throw new ArgumentException(\"At most 1000 items.\"); }");
        yield return Case("stated", null, "void M(DateTime end) { if (end > DateTime.UtcNow.AddDays($$31)) { throw new ArgumentException(\"Pick a date less than \" + \"31 days from now.\"); } }");
        yield return Case("stated", null, "void M(TimeSpan range) { if (range > TimeSpan.FromDays($$367)) throw new ArgumentException($\"Date range must be < 367 days, not {range}.\"); }");
        yield return Case("limit", "stated", "void M(List<int> items) { if (items.Count > $$1000) throw new ArgumentException(\"Too many items.\"); }");
        yield return Case("retry", "stated", "void M(int retries) { if (retries > $$3) throw new Exception(\"Gave up after 30 tries.\"); }");
        yield return Case("delay", "stated", "async Task M() { await Task.Delay($$1500); Console.WriteLine(\"Waited 1500 ms\"); }");
        // A label right before the number: the statement just before it, or the condition of the if whose body starts with it.
        yield return Case("stated", null, "void Label(string text) { } void M() { Label(\"Polls every 500 ms\"); Thread.Sleep($$500); }");
        // Wabbajack's REST retry: a log entry, and a format string, print what the code does; the pause written three times stays a delay.
        yield return Case("delay", "stated", "void LogWarning(string message, params object[] args) { } async Task M(int attempt) { LogWarning(\"Retrying in 20s...\"); await Task.Delay(TimeSpan.FromSeconds($$20)); }");
        yield return Case("delay", "stated", "void Label(string text, int attempt) { } async Task M(int attempt) { Label(\"Attempt {0}, retrying in 20s\", attempt); await Task.Delay(TimeSpan.FromSeconds($$20)); }");
        yield return Case("delay", "stated", "void Label(string text) { } async Task M(int attempt) { Label($\"Attempt {attempt}, retrying in 20s\"); await Task.Delay(TimeSpan.FromSeconds($$20)); }");
        yield return Case("stated", null, "bool Button(string label) => true; Task DelayTicks(int ticks) => Task.CompletedTask; void M() { if (Button(\"Every 60f\")) { Task.Run(async () => { for (var i = 0L; ; i++) { Console.WriteLine(i); await DelayTicks($$60); } }); } }");
        yield return Case("stated", null, "bool Button(string label) => true; void M() { if (Button(\"Wait 2 s\")) Thread.Sleep(TimeSpan.FromSeconds($$2)); }");
        // ImGui labels are UTF-8 literals.
        yield return Case("stated", null, "bool Button(ReadOnlySpan<byte> label) => true; Task DelayTicks(int ticks) => Task.CompletedTask; void M() { if (Button(\"Every 60f (Await)\"u8)) { _ = Task.Run(async () => { await DelayTicks($$60); }); } }");
        yield return Case("delay", "stated", "bool Button(string label) => true; Task DelayTicks(int ticks) => Task.CompletedTask; async Task M() { if (Button(\"Every 60f\")) { Console.WriteLine(); await DelayTicks($$60); } }");
        yield return Case("delay", "stated", "void Label(string text) { } void M() { Label(\"Polls every 500 ms\"); Console.WriteLine(); Thread.Sleep($$500); }");
        yield return Case("delay", "stated", "void M(string name) { Console.WriteLine(\"{0,500}\", name); Thread.Sleep($$500); }");
        yield return Case("delay", "stated", "void M(double seconds) { Console.WriteLine($\"{seconds:F500}\"); Thread.Sleep($$500); }");
        yield return Case("delay", "stated", "bool Button(string label) => true; void M() { if (Button(\"Every 60f\")) { } else { Thread.Sleep($$60); } }");
        yield return Case("stated", null, "class TooManyRequestsException : Exception { } void M(HttpResponseMessage r) { if ((int)r.StatusCode == $$429) throw new TooManyRequestsException(); }");
        yield return Case("stated", null, "object Conflict() => null; object M(HttpResponseMessage r) { if ((int)r.StatusCode == $$409) return Conflict(); return r; }");
        yield return Case("status-code", "stated", "class RateLimitedException : Exception { } void M(HttpResponseMessage r) { if ((int)r.StatusCode == $$429) throw new RateLimitedException(); }");
        yield return Case("status-code", "stated", "object Conflict() => null; object M(HttpResponseMessage r) { if ((int)r.StatusCode == $$429) return Conflict(); return r; }");
        // OpenLiveWriter's status-to-message switch and Wino Mail's rate-limit handler: the message beside each status, or
        // the type's name, says which status it is.
        yield return Case("stated", null, "Exception M(int statusCode) { switch (statusCode) { case 406: return new Exception(\"The request was unacceptable.\"); case $$410: return new Exception(\"The document is no longer available.\"); case 501: throw new NotSupportedException(\"The server does not support it.\"); default: return new Exception(string.Format(\"Unknown status {0}\", statusCode)); } }");
        yield return Case("stated", null, "class OutlookRateLimitHandler { bool CanHandle(int statusCode) => statusCode == $$429; }");
        yield return Case("stated", null, "class GoneResponseHandler { bool CanHandle(HttpResponseMessage r) => (int)r.StatusCode == $$410; }");
        yield return Case("status-code", "stated", "async Task<Exception> M(int statusCode) { switch (statusCode) { case $$429: await Task.Delay(1000); return null; case 410: return new Exception(\"Gone.\"); case 503: return new Exception(\"Unavailable.\"); } return null; }");
        yield return Case("status-code", "stated", "Exception M(int statusCode) { switch (statusCode) { case $$410: return new Exception(\"Gone.\"); case 406: return new Exception(\"Unacceptable.\"); default: return null; } }");
        yield return Case("status-code", "stated", "Exception M(int statusCode) { switch (statusCode) { case $$410: return new Exception(\"Gone.\"); case 406: return new Exception(\"Unacceptable.\"); case 409: return new Exception($\"Conflict on {statusCode}\"); } return null; }");
        yield return Case("status-code", "stated", "class OutlookSyncHandler { bool CanHandle(int statusCode) => statusCode == $$429; }");
        yield return Case("status-code", "stated", "class OutlookRateLimitHandler { bool CanHandle(int statusCode) => statusCode == $$503; }");
        // TelegramSearchBot's overload check and Brave Search client: the member's name, or the label's own section, says
        // which status it is; another member's name, or a section that states another number, does not.
        yield return Case("stated", null, "class AgentLoop { static bool IsTransientOverloadException(int statusCode) => statusCode is 429 or $$529; }");
        yield return Case("stated", null, "class Client { bool M(int statusCode) { bool IsConflict() => statusCode == $$409; return IsConflict(); } }");
        yield return Case("status-code", "stated", "class AgentLoop { static bool IsTransientOverloadException(int statusCode) => statusCode is $$429 or 529; }");
        yield return Case("status-code", "stated", "class AgentLoop { static bool IsTransientFailure(int statusCode) => statusCode is 429 or $$529; }");
        yield return Case("stated", null, "async Task<string> M(HttpResponseMessage r) { switch (r.StatusCode) { case HttpStatusCode.TooManyRequests: await Task.Delay(1000); return null; case (HttpStatusCode)$$422: var body = await r.Content.ReadAsStringAsync(); throw new InvalidOperationException($\"Validation error (422): {body}\"); } return null; }");
        yield return Case("status-code", "stated", "async Task<string> M(HttpResponseMessage r) { switch (r.StatusCode) { case HttpStatusCode.TooManyRequests: await Task.Delay(1000); return null; case (HttpStatusCode)$$422: var body = await r.Content.ReadAsStringAsync(); throw new InvalidOperationException($\"Validation error (400): {body}\"); } return null; }");

        yield return Case("default-argument", null, "Task M() => GetInvoices($$5); Task GetInvoices(int pageSize = 5) => Task.CompletedTask;");
        yield return Case("default-argument", null, "Task M() => Fetch(\"a\", $$25); Task Fetch(string id, int limit = 25) => Task.CompletedTask;");
        yield return Case("page-size", "default-argument", "Task M() => GetInvoices($$10); Task GetInvoices(int pageSize = 5) => Task.CompletedTask;");

        yield return Case("well-known-status", null, "bool M(HttpResponseMessage r) => (int)r.StatusCode == $$404;");
        yield return Case("well-known-status", null, "bool M(int statusCode) => statusCode >= $$200 && statusCode < 300;");
        yield return Case("well-known-status", null, "bool M(int statusCode) => statusCode >= 500 && statusCode <= $$599;");
        yield return Case("well-known-status", null, "bool M(HttpResponseMessage r) => (int)r.StatusCode is >= $$200 and < 300;");
        yield return Case("well-known-status", null, "bool M(int code) => code >= 200 && code <= $$299;");
        yield return Case("threshold", "well-known-status", "bool M(int level) => level >= 200 && level <= $$299;");
        yield return Case("threshold", "well-known-status", "bool M(int code) => code >= 200 && code <= $$250;");
        yield return Case("status-code", "well-known-status", "bool M(int statusCode) => statusCode >= $$400;");
        yield return Case("status-code", "well-known-status", "bool M(int statusCode) => statusCode >= $$200 && statusCode < 400;");

        // A status class listed member by member reads as its name (BililiveRecorder's redirect check, cast because
        // its .NET Framework target names no 308); two statuses, or statuses of several classes, are picked one by one.
        yield return Case("well-known-status", null, "bool M(HttpResponseMessage r) => r.StatusCode is (System.Net.HttpStatusCode)301 or (System.Net.HttpStatusCode)302 or (System.Net.HttpStatusCode)303 or (System.Net.HttpStatusCode)307 or (System.Net.HttpStatusCode)$$308;");
        yield return Case("well-known-status", null, "bool M(int statusCode) => statusCode is $$502 or 503 or 504;");
        yield return Case("well-known-status", null, "bool M(int statusCode) => statusCode == 502 || statusCode == $$503 || statusCode == 504;");
        yield return Case("well-known-status", null, "string M(HttpResponseMessage r) { switch ((int)r.StatusCode) { case 401: return \"key\"; case 502: case $$503: case 504: return \"down\"; default: return \"error\"; } }");
        yield return Case("status-code", "well-known-status", "string M(HttpResponseMessage r) { switch ((int)r.StatusCode) { case 429: case $$503: return \"later\"; default: return \"error\"; } }");
        yield return Case("status-code", "well-known-status", "string M(HttpResponseMessage r) { switch ((int)r.StatusCode) { case 502: return \"bad\"; case $$503: Log(); return \"down\"; case 504: Log(); Log(); return \"slow\"; default: return \"error\"; } } void Log() { }");
        yield return Case("status-code", "well-known-status", "bool M(int statusCode) => statusCode is $$429 or 503 or 504;");
        yield return Case("status-code", "well-known-status", "bool M(int statusCode) => statusCode is $$429 or 408;");

        // Statuses whose handling HTTP itself fixes (no body, not modified, a redirect) read as the protocol's own
        // (OpenBullet2's can-have-body checks); statuses an application decides how to react to stay status-code.
        yield return Case("protocol-status", null, "bool ResponseCanHaveBody(int statusCode) => statusCode is not (>= 100 and < 200 or 204 or 205 or $$304);");
        yield return Case("protocol-status", null, "bool ResponseCanHaveBody(int statusCode) => statusCode is not (>= 100 and < 200 or 204 or $$205 or 304);");
        yield return Case("protocol-status", null, "bool M(int statusCode) => statusCode is $$307 or 308;");
        yield return Case("protocol-status", null, "object M(HttpResponseMessage r, object cached) { if ((int)r.StatusCode == $$304) return cached; return r; }");
        yield return Case("protocol-status", null, "void M(int statusCode) { switch (statusCode) { case $$101: break; } }");
        yield return Case("status-code", "protocol-status", "async Task<bool> M(HttpResponseMessage r) { if ((int)r.StatusCode == $$429) { await Task.Delay(1000); return true; } return false; }");
        yield return Case("status-code", "protocol-status", "bool M(int statusCode) => statusCode is >= 100 and < 200 or 204 or $$409;");
        yield return Case("status-code", "protocol-status", "bool M(int statusCode) => statusCode >= $$300;");
        yield return Case(None, "protocol-status", "bool M(int count) => count == $$304;");
        yield return Case("status-code", "well-known-status", "bool M(int statusCode) => statusCode == 429 || statusCode == $$503;");
        yield return Case("status-code", null, "bool M(HttpResponseMessage r) => (int)r.StatusCode == $$429;");
        yield return Case("status-code", null, "bool M(HttpResponseMessage r) => (int)r.StatusCode >= $$500;");
        yield return Case("status-code", null, "void M(int statusCode) { switch (statusCode) { case $$409: break; } }");
        yield return Case(None, "status-code", "bool M(int status) => status == $$409;");

        yield return Case("table", null, "string M(int score) => score switch { >= $$90 => \"A\", >= 80 => \"B\", _ => \"C\" };");
        yield return Case("table", null, "decimal M(string country) { if (country == \"DE\") return $$0.19m; return 0.2m; }");
        yield return Case("table", null, "int M(int x) { switch (x) { case $$3: return 1; } return 0; }");
        yield return Case("table", null, "int[] M() => new[] { 1, $$5, 7 };");
        yield return Case("table", null, "string M(int s) { if (s >= $$90) return \"A\"; else if (s >= 80) return \"B\"; return \"C\"; }");
        yield return Case("table", null, "decimal M(bool domestic) => domestic ? $$4.95m : 9.95m;");
        yield return Case("table", null, "int M(int channels, int bitrate) => channels switch { >= 6 => Math.Min($$640000, bitrate), _ => bitrate };");
        yield return Case("table", null, "string M(double delta) { if (delta < $$60) return \"now\"; if (delta < 45 * 60) return \"minutes\"; return \"hours\"; }");
        yield return Case("threshold", "table", "string M(double delta, double other) { if (delta < $$60) return \"now\"; if (other < 45 * delta) return \"minutes\"; return \"hours\"; }");
        yield return Case("threshold", "table", "bool M(int score) => score >= $$80;");
        yield return Case("table", null, "TimeSpan M(int attempts) => TimeSpan.FromSeconds(attempts <= $$5 ? 1 : 5);");
        yield return Case("retry", "table", "bool M(int attempts) => attempts <= $$5 ? Retry() : false; bool Retry() => true;");
        yield return Case("table", null, "class A { } class B { } class C { } class Registry { public void Register<T>(TimeSpan every) { } } void M(Registry r) { r.Register<A>(TimeSpan.FromHours($$24)); r.Register<B>(TimeSpan.FromHours(24)); r.Register<C>(TimeSpan.FromHours(24)); }");
        yield return Case("delay", "table", "class A { } class B { } class Registry { public void Register<T>(TimeSpan every) { } } void M(Registry r) { r.Register<A>(TimeSpan.FromHours($$24)); r.Register<B>(TimeSpan.FromHours(24)); }");
        // XIVLauncher's fanfare: Console.Beep and Thread.Sleep with numbers only, a tune written as statements.
        yield return Case("table", null, "void M() { Console.Beep(523, 150); Thread.Sleep(25); Console.Beep(523, 150); Thread.Sleep($$25); Console.Beep(523, 300); Thread.Sleep(150); }");
        yield return Case("table", null, "void M() { Console.Beep(523, 150); Thread.Sleep(25); Console.Beep(523, 150); Thread.Sleep(25); Console.Beep(523, $$300); Thread.Sleep(150); }");
        yield return Case("delay", "table", "void M() { Console.Beep(523, 150); Thread.Sleep($$25); Console.Beep(523, 150); }");
        yield return Case("delay", "table", "void M() { Thread.Sleep($$25); Thread.Sleep(25); Thread.Sleep(25); Thread.Sleep(25); }");
        // Pacing between device commands: the wait is one setting written again, not a note of a tune.
        yield return Case("delay", "table", "class Port { public void Send(int command) { } } void M(Port p) { p.Send(1); Thread.Sleep($$500); p.Send(2); Thread.Sleep(500); p.Send(3); Thread.Sleep(500); }");
        // A long script is read near the number's own step: a step far inside a run of a hundred is a note all the same.
        yield return Case("table", null, "void M() { " + string.Concat(Enumerable.Repeat("Console.Beep(523, 150); Thread.Sleep(25); Console.Beep(440, 300); Thread.Sleep(150); ", 25)) + "Thread.Sleep($$25); " + string.Concat(Enumerable.Repeat("Console.Beep(440, 150); Thread.Sleep(25); Console.Beep(523, 300); Thread.Sleep(150); ", 25)) + "}");
        yield return Case("delay", "table", "void M(int tone) { Console.Beep(tone, 150); Thread.Sleep($$25); Console.Beep(tone, 150); Thread.Sleep(25); Console.Beep(tone, 300); Thread.Sleep(150); }");
        // SysBot.NET's button macros: awaited presses of constant buttons, each paced for its own screen; the same presses
        // with a button in a variable, or always the same pause, are no script.
        yield return Case("table", null, "enum B { A, DUP } Task Click(B b, int delay, CancellationToken token) => Task.CompletedTask; async Task M(CancellationToken token) { await Click(B.DUP, 0_300, token).ConfigureAwait(false); await Click(B.A, $$1_300, token).ConfigureAwait(false); await Click(B.A, 1_300, token).ConfigureAwait(false); await Click(B.DUP, 0_300, token).ConfigureAwait(false); }");
        yield return Case("delay", "table", "enum B { A, DUP } Task Click(B b, int delay, CancellationToken token) => Task.CompletedTask; async Task M(B button, CancellationToken token) { await Click(button, 0_300, token).ConfigureAwait(false); await Click(button, $$1_300, token).ConfigureAwait(false); await Click(button, 1_300, token).ConfigureAwait(false); await Click(button, 0_300, token).ConfigureAwait(false); }");
        yield return Case("delay", "table", "enum B { A, DUP } Task Click(B b, int delay, CancellationToken token) => Task.CompletedTask; async Task M(CancellationToken token) { await Click(B.DUP, 1_300, token); await Click(B.A, $$1_300, token); await Click(B.A, 1_300, token); await Click(B.DUP, 1_300, token); }");
        yield return Case("table", null, "enum B { A, X, PLUS } Task Click(B b, int delay, CancellationToken token) => Task.CompletedTask; async Task M(bool fresh, CancellationToken token) { await Click(B.A, 1_500, token).ConfigureAwait(false); if (fresh) { await Click(B.X, $$1_000, token).ConfigureAwait(false); Console.WriteLine(\"code\"); await Click(B.PLUS, 3_000, token).ConfigureAwait(false); } }");
        yield return Case("delay", "table", "enum B { A, X, PLUS } Task Click(B b, int delay, CancellationToken token) => Task.CompletedTask; async Task M(bool fresh, CancellationToken token) { await Click(B.A, 1_500, token).ConfigureAwait(false); if (fresh) { await Click(B.X, $$1_000, token).ConfigureAwait(false); Console.WriteLine(\"code\"); } }");
        yield return Case("delay", "table", "Task Send(int command, int delay) => Task.CompletedTask; async Task M() { await Send(1, 1_500); if (true) { await Send(2, $$1_000); Console.WriteLine(\"code\"); await Send(3, 3_000); } }");
        // EventStore's buses: each created under its own name with its own slow-message threshold.
        yield return Case("table", null, "class Bus { public Bus(string name, bool watch = true, TimeSpan? slow = null) { } } void M() { var subscriptions = new Bus(\"SubscriptionsBus\", true, TimeSpan.FromMilliseconds($$50)); var monitoring = new Bus(\"MonitoringBus\", watch: false); var persistent = new Bus(\"PersistentSubscriptionsBus\", true, TimeSpan.FromMilliseconds(50)); }");
        yield return Case("delay", "table", "class Bus { public Bus(string name, bool watch = true, TimeSpan? slow = null) { } } void M() { var subscriptions = new Bus(\"SubscriptionsBus\", true, TimeSpan.FromMilliseconds($$50)); var persistent = new Bus(\"PersistentSubscriptionsBus\", true, TimeSpan.FromMilliseconds(50)); }");
        yield return Case("delay", "table", "class Bus { public Bus(string name, bool watch = true, TimeSpan? slow = null) { } } void M(string a, string b, string c) { var one = new Bus(a, true, TimeSpan.FromMilliseconds($$50)); var two = new Bus(b, true, TimeSpan.FromMilliseconds(50)); var three = new Bus(c, true, TimeSpan.FromMilliseconds(50)); }");
        yield return Case("delay", "table", "class Bus { public Bus(string name, TimeSpan slow) { } } class Queue { public Queue(Bus bus) { } } void M() { var one = new Queue(new Bus(\"A\", TimeSpan.FromMilliseconds($$50))); var two = new Bus(\"B\", TimeSpan.FromMilliseconds(50)); var three = new Bus(\"C\", TimeSpan.FromMilliseconds(50)); }");
        yield return Case("table", null, "class Preset { public string Name; public TimeSpan[] Window; } void M(List<Preset> all) { var p = new Preset { Name = \"new\", Window = new[] { TimeSpan.Zero } }; all.Add(p); p = new Preset { Name = \"added\", Window = Range(TimeSpan.FromDays($$10)) }; all.Add(p); p = new Preset { Name = \"watched\", Window = Range(TimeSpan.FromDays(10)) }; all.Add(p); } TimeSpan[] Range(TimeSpan t) => new[] { t };");
        yield return Case("delay", "table", "class Preset { public string Name; public TimeSpan[] Window; } void M(List<Preset> all) { var p = new Preset { Name = \"added\", Window = Range(TimeSpan.FromDays($$10)) }; all.Add(p); p = new Preset { Name = \"watched\", Window = Range(TimeSpan.FromDays(10)) }; all.Add(p); } TimeSpan[] Range(TimeSpan t) => new[] { t };");
        yield return Case("delay", "table", "class Preset { public string Name; public Func<TimeSpan> Window; } void M(List<Preset> all) { all.Add(new Preset { Name = \"a\" }); all.Add(new Preset { Name = \"b\", Window = () => Range(TimeSpan.FromDays($$10)) }); all.Add(new Preset { Name = \"c\" }); } TimeSpan Range(TimeSpan t) => t;");

        yield return Case("index", null, "string M(string[] parts) => parts[$$3];");
        yield return Case("index", null, "string M(string s) => s.Substring($$4);");
        // smuxi: the parameters of an IRC message after its first three words; string.Join is no wait for a thread.
        yield return Case("index", "delay", "string M(string[] words) => string.Join(\" \", words, $$3, words.Length - 3);");
        yield return Case("index", null, "int Field(int n) => n; int M() => Field($$4) + Field(5);");
        yield return Case("page-size", "index", "int M(IEnumerable<int> xs) => xs.Take($$25).Sum();");

        yield return Case("arity", null, "class Tuple3<T1, T2, T3> { int M() => Make($$3); int Make(int n) => n; }");
        yield return Case(None, "arity", "class Plain { int M() => Make($$3); int Make(int n) => n; }");

        yield return Case("literal-length", null, "string M(string name) { if (name.StartsWith(\"get_\")) { return name.Remove(0, $$4); } return name; }");
        yield return Case(None, "literal-length", "string M(string name) { if (name.StartsWith(\"get_\")) { return name.Remove(0, $$5); } return name; }");

        yield return Case("shape", null, "bool M(string[] parts) => parts.Length == $$3;");
        yield return Case("shape", null, "string M(List<string> a) { if (a.Count >= $$3) return a[2]; return \"\"; }");
        yield return Case("shape", null, "int M(int order, int[] defaults) => order < $$8 ? defaults[order] : 0;");
        yield return Case("limit", "shape", "bool M(List<int> items) => items.Count > $$50;");

        yield return Case("binary-format", null, "void M(Stream s, byte[] b) { s.Read(b, 0, $$4); }");
        yield return Case("binary-format", null, "long M(BinaryReader r, long position) { var length = r.ReadUInt32(); return position + length + $$4; }");
        yield return Case("binary-format", null, "byte[] M() => new byte[$$16];");
        yield return Case("binary-format", null, "bool M(byte[] header) => header.Length < $$14;");
        yield return Case(None, "binary-format", "int[] M() => new int[$$16];");
        yield return Case("binary-format", null, "Guid M(System.Security.Cryptography.MD5 md5, byte[] data) => new Guid(md5.ComputeHash(data).Take($$16).ToArray());");
        yield return Case("binary-format", null, "byte[] M(List<byte> packet) => packet.TakeLast($$4).ToArray();");
        yield return Case("binary-format", null, "byte[] M(IEnumerable<byte> bytes) => bytes.SkipLast($$2).ToArray();");
        yield return Case("page-size", "binary-format", "List<int> M(IEnumerable<int> ids) => ids.Take($$16).ToList();");

        yield return Case("bit-math", null, "int M(int v) => v >> $$16;");
        yield return Case("bit-math", null, "int M(int v) => v & $$0xFF;");
        yield return Case("bit-math", null, "int M(int v) => (v + $$1023) / 1024;");
        yield return Case("threshold", "bit-math", "bool M(int v) => v > $$1000;");

        yield return Case("hash", null, "public override int GetHashCode() => base.GetHashCode() * $$31;");
        yield return Case("hash", null, "int M(int id) { var hash = 17; hash = hash * $$31 + id; return hash; }");
        yield return Case(None, "hash", "int M(int id) { var total = 17; total = total * $$31 + id; return total; }");

        yield return Case("formula", null, "long M(long ms) => ms / $$1000;");
        // naps2's TWAIN frame: a 16.16 fixed-point number, not a money rate for being decimal.
        yield return Case("formula", null, "struct Fix32 { public short Whole; public ushort Fraction; } decimal M(Fix32 w) => decimal.Round(w.Whole + w.Fraction / $$65536m, 4);");
        yield return Case("formula", null, "int M(string hex) => Convert.ToInt32(hex, $$16);");
        // Units of time between a day, an hour or a minute and the smaller units: minutes to milliseconds, years to days.
        yield return Case("formula", null, "System.Threading.Timer M(int intervalMinutes) => new System.Threading.Timer(_ => { }, null, 0, intervalMinutes * $$60000);");
        yield return Case("formula", null, "TimeSpan M() => TimeSpan.FromDays($$365 * 3);");
        yield return Case("formula", null, "long M(long days) => days * $$1440;");
        yield return Case("unit-wait", "formula", "Task M() => Task.Delay($$60000);");
        yield return Case("delay", "formula", "TimeSpan M() => TimeSpan.FromDays($$365);");
        yield return Case("formula", null, "int M(double x) => (int)(x + $$0.5);");
        yield return Case("formula", null, "int M(Random r) => r.Next(1, $$10);");
        yield return Case("formula", null, "bool M(int temp) => temp % 100 >= $$50;");
        yield return Case("formula", null, "decimal M(decimal price, decimal taxRate) => price * taxRate / ($$100.0m + taxRate);");
        yield return Case("money-rate", "formula", "decimal M(decimal subtotal) => subtotal + $$100m;");
        yield return Case(None, "formula", "double M(double x) => x * $$7;");

        // A fraction bounding a difference is a tolerance by the expression's shape, whatever the quantities are named.
        yield return Case("tolerance", null, "bool M(double a, double b) => Math.Abs(a - b) < $$0.01;");
        yield return Case("tolerance", null, "bool M(double waitTime, double expected) => Math.Abs(waitTime - expected) > $$0.1;");
        yield return Case("tolerance", null, "bool M(float x) => MathF.Abs(x) <= $$0.001f;");
        // UVtools' suggestions: a dummy layer's wait must be about zero, the others about their computed value, by one tolerance.
        yield return Case("tolerance", null, "class Layer { public bool IsDummy; public double WaitTime; } bool M(Layer[] layers, double expected) { foreach (var layer in layers) { if (layer.IsDummy) { if (layer.WaitTime > $$0.1) return false; } else if (Math.Abs(layer.WaitTime - expected) > 0.1) return false; } return true; }");
        yield return Case("tolerance", null, "class Layer { public double GetWaitTime() => 0; } bool M(Layer layer, double expected) => layer.GetWaitTime() < $$0.1 || Math.Abs(expected - layer.GetWaitTime()) > 0.1;");
        yield return Case("delay", "tolerance", "bool M(double waitTime) => waitTime > $$0.1;");
        yield return Case("delay", "tolerance", "class Layer { public bool IsDummy; public double WaitTime; } bool M(Layer layer, double expected) => layer.IsDummy ? layer.WaitTime > $$0.1 : Math.Abs(layer.WaitTime - expected) > 0.5;");
        yield return Case("delay", "tolerance", "class Layer { public double WaitTime; public double OtherWait; } bool M(Layer layer, double expected) => layer.OtherWait > $$0.1 || Math.Abs(layer.WaitTime - expected) > 0.1;");
        yield return Case("threshold", "tolerance", "bool M(TimeSpan a, TimeSpan b) => Math.Abs((a - b).TotalSeconds) > $$30;");

        yield return Case("capacity-hint", null, "List<int> M() => new List<int>($$16);");
        yield return Case("capacity-hint", null, "byte[] M() => System.Buffers.ArrayPool<byte>.Shared.Rent($$8192);");
        yield return Case("limit", "capacity-hint", "SemaphoreSlim M() => new SemaphoreSlim(3, $$3);");

        yield return Case("domain-bound", null, "bool M(int alpha) => alpha < $$255;");
        yield return Case("domain-bound", null, "bool M(int opacity) => opacity < $$100;");
        yield return Case("domain-bound", null, "bool M(int uiScale) => uiScale > $$100;");
        yield return Case("domain-bound", null, "bool M(int ZOOM_PERCENT) => ZOOM_PERCENT > $$100;");
        yield return Case("threshold", "domain-bound", "bool M(int grayscaleLevel) => grayscaleLevel > $$100;");
        yield return Case("domain-bound", null, "bool M(int hour) => hour > $$12;");
        yield return Case("domain-bound", null, "bool M(Uri u) => u.Port != $$443;");
        yield return Case("domain-bound", null, "bool M() => Environment.OSVersion.Version.Major >= $$6;");
        yield return Case("delay", "domain-bound", "bool M(int elapsedMilliseconds) => elapsedMilliseconds < $$100;");
        yield return Case("domain-bound", null, "TimeSpan M() => new TimeSpan(0, $$23, 59, 59, 999);");
        yield return Case("domain-bound", null, "DateTime M(DateTime d) => new DateTime(d.Year, d.Month, d.Day, 23, 59, $$59);");
        yield return Case("delay", "domain-bound", "TimeSpan M() => new TimeSpan(0, $$20, 0);");
        yield return Case("domain-bound", null, "DateTimeOffset M(DateTime d) => new DateTimeOffset(d, new TimeSpan(0, $$7, 0, 0));");
        yield return Case("domain-bound", null, "DateTimeOffset M(DateTimeOffset d) => d.ToOffset(TimeSpan.FromHours($$-5));");
        yield return Case("delay", "domain-bound", "DateTimeOffset M(DateTimeOffset d) => d.Add(new TimeSpan(0, $$7, 0, 0));");
        yield return Case("domain-bound", null, "double M(double min) { var result = min % 360; if (result >= $$180) result -= 360; return result; }");
        yield return Case("domain-bound", null, "bool M(double startAngle) => startAngle is (> $$90 and < 270);");
        yield return Case("domain-bound", null, "bool M(TimeSpan elapsed) => elapsed.TotalDays < $$7;");
        yield return Case("domain-bound", null, "void M(int value) => SetProgress(value, $$100); void SetProgress(int current, int maximum) { }");
        yield return Case("threshold", "domain-bound", "bool M(double result) => result >= $$180;");
        yield return Case("domain-bound", null, "bool M(int port) => port > 0 && port <= $$65535;");
        yield return Case("domain-bound", null, "bool M(int startPort) => startPort is > 0 and < $$65536;");
        yield return Case("threshold", "domain-bound", "bool M(int total) => total < $$65536;");
        yield return Case("domain-bound", null, "int M(IEnumerable<DateTime> log, DateTime now) => log.Count(d => d >= now.AddDays($$-7));");
        yield return Case("domain-bound", null, "TimeSpan M() => TimeSpan.FromDays($$7);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime issued) => issued.AddDays($$7);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime now) => now.AddDays($$14);");
        // Smartstore's and NuGetGallery's dashboards: the calendar unit of the date arithmetic the number builds.
        yield return Case("domain-bound", null, "DateTime M(DateTime today, int fromDay, int j) => today.AddDays(fromDay + $$7 * j);");
        yield return Case("domain-bound", null, "DateTime M(DateTime firstThursday, int week, int offset) => firstThursday.AddDays((week - offset) * $$7 - 3);");
        yield return Case("domain-bound", null, "DateTime M(DateTime startOfWeek) => startOfWeek.AddDays($$7);");
        yield return Case("domain-bound", null, "DateTime M(DateTime start, int weeks) => start.AddDays($$-7 * (weeks - 1));");
        // Izzy-Moonbot's scheduler: the branch a weekly repeat takes adds a week, the whole unit its label names.
        yield return Case("domain-bound", null, "enum Repeat { Daily, Weekly } DateTime M(Repeat r, DateTime at) { switch (r) { case Repeat.Weekly: return at.AddDays($$7); default: return at; } }");
        yield return Case("domain-bound", null, "DateTime M(bool weekly, DateTime at) { if (weekly) { return at.AddDays($$7); } return at; }");
        yield return Case("domain-bound", null, "enum Period { Day, Week } DateTime M(Period p, DateTime at) => p == Period.Day ? at.AddHours($$24) : at;");
        yield return Case("delay", "domain-bound", "enum Plan { Trial, Weekly } DateTime M(Plan p, DateTime at) { switch (p) { case Plan.Trial: return at.AddDays($$7); default: return at; } }");
        yield return Case("delay", "domain-bound", "DateTime M(bool weekly, DateTime at) { if (weekly) { return at; } else { return at.AddDays($$7); } }");
        yield return Case("delay", "domain-bound", "enum Repeat { Daily, Weekly } DateTime M(Repeat r, DateTime at) { switch (r) { case Repeat.Weekly: return at.AddDays($$14); default: return at; } }");
        yield return Case("delay", "domain-bound", "DateTime M(bool weekly, DateTime at) { if (weekly) { var grace = at.AddDays(1); } return at.AddDays($$7); }");
        yield return Case("domain-bound", null, "DateTime M(DateTime start, int n) => start.AddDays(-($$7 * n));");
        yield return Case("domain-bound", null, "class Job { public bool IsWeekly; } DateTime M(Job job, DateTime at, bool enabled) => job.IsWeekly && enabled ? at.AddDays($$7) : at;");
        yield return Case("domain-bound", null, "enum Repeat { Daily, Weekly } DateTime M(Repeat r, DateTime at) { if (r is Repeat.Weekly) { return at.AddDays($$7); } return at; }");
        yield return Case("domain-bound", null, "enum Period { Day, Week } DateTime M(Period p, DateTime at) { if (p == Period.Day) { return at.AddHours($$24); } return at; }");
        // Chosen otherwise: a negation, !=, ||, a when clause, a pattern that is not the name, a name that only holds the
        // unit's word (a count, a weekday), and the nearest branch decides (a trial inside a weekly case).
        yield return Case("delay", "domain-bound", "DateTime M(bool weekly, DateTime at) { if (!weekly) { return at.AddDays($$7); } return at; }");
        yield return Case("delay", "domain-bound", "enum Repeat { Daily, Weekly } DateTime M(Repeat r, DateTime at) { if (r != Repeat.Weekly) { return at.AddDays($$7); } return at; }");
        yield return Case("delay", "domain-bound", "DateTime M(bool weekly, bool trial, DateTime at) { if (weekly || trial) { return at.AddDays($$7); } return at; }");
        yield return Case("delay", "domain-bound", "enum Repeat { Daily, Weekly } DateTime M(Repeat r, DateTime at) { switch (r) { case not Repeat.Weekly: return at.AddDays($$7); default: return at; } }");
        yield return Case("delay", "domain-bound", "enum Plan { Trial, Weekly } DateTime M(Plan p, int days, DateTime at) { switch (p) { case Plan.Weekly when days > 0: return at.AddDays($$7); default: return at; } }");
        yield return Case("delay", "domain-bound", "enum Repeat { Daily, Weekly } DateTime M(Repeat r, DateTime at) { switch (r) { case Repeat.Weekly: case Repeat.Daily: return at.AddDays($$7); default: return at; } }");
        yield return Case("delay", "domain-bound", "DateTime M(int daysUntilExpiry, DateTime at) { if (daysUntilExpiry <= 1) { return at.AddHours($$24); } return at; }");
        yield return Case("delay", "domain-bound", "DateTime M(int weekCount, DateTime at) { if (weekCount == 0) { return at.AddDays($$7); } return at; }");
        yield return Case("delay", "domain-bound", "DateTime M(int hour, DateTime at) { if (hour == 9) { return at.AddMinutes($$60); } return at; }");
        yield return Case("delay", "domain-bound", "DateTime M(bool isWeekday, DateTime at) { if (isWeekday) { return at.AddDays($$7); } return at; }");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime at) { if (at.DayOfWeek == DayOfWeek.Saturday) { return at.AddHours($$24); } return at; }");
        yield return Case("delay", "domain-bound", "DateTime M(bool weekly, bool trial, DateTime at) { if (weekly) { if (trial) { return at.AddDays($$7); } } return at; }");
        // Weekday arithmetic: the member reads a DayOfWeek, so 7 is the week, on its own or as a term.
        yield return Case("domain-bound", null, "DateTime M(DateTime next, DateTime now, int day) { var nowDay = (int)now.DayOfWeek; return nowDay > day ? next.AddDays($$7 - (nowDay - day)) : next.AddDays(day - nowDay); }");
        yield return Case("domain-bound", null, "DateTime M(DateTime next, DateTime now, int day) { if ((int)now.DayOfWeek == day) return next.AddDays($$7); return next; }");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime next, int day, int nowDay) => nowDay > day ? next.AddDays($$7 - (nowDay - day)) : next;");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime next, DateTime now, int day) { if ((int)now.DayOfWeek == day) return next.AddDays($$14); return next; }");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime now, int grace, DayOfWeek billingDay) { var first = billingDay == DayOfWeek.Monday; return now.AddDays($$7); }");
        // What is left of a larger unit: its count of the field's unit less the field read from a point in time.
        yield return Case("domain-bound", null, "void M(System.Threading.Timer t) => t.Change(($$60 - DateTime.Now.Second) * 1000, -1);");
        yield return Case("domain-bound", null, "int M(DateTime now) => $$24 - now.Hour;");
        yield return Case("delay", "domain-bound", "void M(System.Threading.Timer t, int elapsedSeconds) => t.Change(($$60 - elapsedSeconds) * 1000, -1);");
        yield return Case("domain-bound", null, "int M(DateTime now) => $$7 - (int)now.DayOfWeek;");
        yield return Case("delay", "domain-bound", "void M(System.Threading.Timer t) => t.Change(($$30 - DateTime.Now.Second) * 1000, -1);");
        yield return Case("delay", "domain-bound", "class Pair { public int Second; } void M(System.Threading.Timer t, Pair p) => t.Change(($$60 - p.Second) * 1000, -1);");
        // The start of a day (DateTime.Date) and 24 hours on: the next day.
        yield return Case("domain-bound", null, "DateTime M(DateTime date) => date.Date.AddHours($$24).AddMinutes(-1);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime date) => date.AddHours($$24);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime date) => date.Date.AddHours($$23);");
        yield return Case("delay", "domain-bound", "class Message { public DateTime Date; } DateTime M(Message m) => m.Date.AddHours($$24);");
        // WinDynamicDesktop's polar day: solar midnight is half a day before solar noon.
        yield return Case("domain-bound", null, "DateTime M(DateTime solarNoon) => solarNoon.AddHours($$-12);");
        yield return Case("domain-bound", null, "DateTime M(DateTime midnight) => midnight.AddHours($$12);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime solarNoon) => solarNoon.AddHours($$-11);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime lastSync) => lastSync.AddHours($$12);");
        yield return Case("domain-bound", null, "DateTime M(DateTime today, int j) => today.AddHours(j).AddMinutes($$59);");
        yield return Case("domain-bound", null, "DateTime M(DateTime startOfDay) => startOfDay.AddHours($$24);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime today, int j) => today.AddDays($$-6 + j);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime today) => today.AddDays($$-27);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime today, int j) => today.AddDays($$14 * j);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime issued) => issued.AddHours(1).AddMinutes($$30);");
        yield return Case("delay", "domain-bound", "DateTime M(DateTime lastLogin) => lastLogin.AddDays($$6);");
        yield return Case("limit", "domain-bound", "void M(int value) => SetCount(value, $$100); void SetCount(int current, int maximum) { }");

        yield return Case("layout", null, "struct Box { public int Width; } bool M(Box box) => box.Width > $$10;");
        yield return Case("layout", null, "struct P { public int X; } bool M(P left, P right) => right.X - left.X > $$10;");
        yield return Case("threshold", "layout", "bool M(int width) => width > $$10;");

        yield return Case("character-code", null, "bool M(char c) => c < $$32;");
        yield return Case("character-code", null, "char M(int x) { if (x < $$10) return (char)(x + '0'); return (char)(x - 10 + 'A'); }");
        yield return Case("threshold", "character-code", "bool M(int level) => level < $$32;");

        yield return Case("retry", null, "bool M(int retries) => retries > $$3;");
        yield return Case("retry", null, "async Task M() { for (var attempt = 0; attempt < $$5; attempt++) { await Task.Delay(100); } }");
        yield return Case("retry", null, "async Task M() { for (var i = 0; i < $$5; i++) { try { return; } catch (IOException) { await Task.Delay(100); } } }");
        yield return Case("retry", null, "void M() => Retry($$3); void Retry(int count) { }");
        yield return Case("retry", null, "bool M(int consecutiveFailures) => consecutiveFailures >= $$5;");
        // Retry words start a word of the name: "tries" inside "entries" or "countries" counts no attempts.
        yield return Case("retry", null, "bool M(int maxTries) => maxTries > $$5;");
        yield return Case("retry", null, "bool M(int MAXRETRIES) => MAXRETRIES > $$5;");
        yield return Case("threshold", "retry", "bool M(int numEntries) => numEntries > $$100;");
        yield return Case("loop-bound", "retry", "void M() { for (var countries = 0; countries < $$8; countries++) { } }");
        yield return Case("limit", "retry", "class Parser { int _errorCount; bool M() => _errorCount > $$20; }");
        yield return Case("retry", null, "void Delete(string path, int maxRetries) { } void M() => Delete(\"a\", $$3);");
        // A retry word counts where it heads the name or is followed by what counts retries only.
        yield return Case("retry", null, "void Delete(string path, int retryCountLimit) { } void M() => Delete(\"a\", $$3);");
        yield return Case("retry", null, "bool M(int triesLeft) => triesLeft < $$2;");
        // "Number of retries" counts retries as "retry count" does: an "of" after counting words only starts no postmodifier.
        yield return Case("retry", null, "bool M(int numberOfRetries) => numberOfRetries > $$3;");
        yield return Case("retry", null, "void Delete(string path, int maxNumberOfAttempts) { } void M() => Delete(\"a\", $$3);");
        yield return Case(None, "retry", "void Delete(string path, int sizeOfRetryQueue) { } void M() => Delete(\"a\", $$3);");
        yield return Case("threshold", "retry", "bool M(int retryPolicyIndex) => retryPolicyIndex > $$3;");
        yield return Case(None, "retry", "void Delete(string path, int attemptDurationDivider) { } void M() => Delete(\"a\", $$3);");
        yield return Case("delay", "retry", "void Run(int delayBetweenRetries) { } void M() => Run($$5000);");
        yield return Case("delay", "retry", "void Delete(string path, int retryDelay) { } void M() => Delete(\"a\", $$4000);");
        yield return Case("loop-bound", "retry", "void M() { for (var row = 0; row < $$8; row++) { } }");

        yield return Case("loop-bound", null, "void M() { for (var row = 0; row < $$8; row++) { } }");
        yield return Case("loop-bound", null, "IEnumerable<int> M() => Enumerable.Range(0, $$10);");
        yield return Case("retry", "loop-bound", "void M() { for (var attempt = 0; attempt < $$8; attempt++) { } }");

        yield return Case("unit-wait", null, "async Task M() { while (true) { await Task.Delay($$1000); } }");
        yield return Case("unit-wait", null, "TimeSpan M() => TimeSpan.FromSeconds($$60);");
        yield return Case("unit-wait", null, "bool M(System.Diagnostics.Stopwatch s) => s.ElapsedMilliseconds > $$1000;");
        yield return Case("delay", "unit-wait", "TimeSpan M() => TimeSpan.FromMinutes($$60);");
        yield return Case("delay", "unit-wait", "Task M() => Task.Delay($$1200);");
        yield return Case("unit-wait", null, "void M() { var timer = new System.Timers.Timer($$1000); timer.Start(); }");
        yield return Case("delay", "unit-wait", "void M() { var timer = new System.Timers.Timer($$1500); timer.Start(); }");
        yield return Case("unit-wait", null, "void M(ref DateTime day) { day += new TimeSpan($$24, 0, 0); }");
        yield return Case("unit-wait", null, "TimeSpan M() => new TimeSpan(0, $$60, 0);");
        yield return Case("delay", "unit-wait", "void M(ref DateTime day) { day += new TimeSpan($$12, 0, 0); }");
        yield return Case("delay", "unit-wait", "void M(ref DateTime day) { day += new TimeSpan($$24, 30, 0); }");

        yield return Case("poll-tick", null, "async Task M(Func<bool> loaded) { while (!loaded()) { await Task.Delay($$250); } }");
        yield return Case("poll-tick", null, "void M(Func<bool> done) { do { Thread.Sleep($$100); } while (!done()); }");
        yield return Case("poll-tick", null, "async Task M(Func<bool> exists, CancellationToken token) { while (!exists()) { await Task.Delay(TimeSpan.FromMilliseconds($$100), token); } }");
        yield return Case("delay", "poll-tick", "async Task M(Func<bool> ready) { var attempt = 0; while (!ready() && attempt < 5) { attempt++; await Task.Delay(TimeSpan.FromMilliseconds($$500)); } }");
        yield return Case("poll-tick", null, "async Task M(DateTime start, Func<bool> found) { while ((DateTime.Now - start).TotalSeconds < 10) { if (found()) break; await Task.Delay($$100); } }");
        yield return Case("delay", "poll-tick", "async Task M(Func<bool> ready) { var attempt = 0; while (!ready() && attempt < 5) { attempt++; await Task.Delay($$500); } }");
        yield return Case("delay", "poll-tick", "async Task M(Func<bool> ready) { while (!ready()) { try { return; } catch (IOException) { await Task.Delay($$200); } } }");
        yield return Case("delay", "poll-tick", "async Task M(Func<bool> ready) { while (!ready()) { await Task.Delay($$5000); } }");
        yield return Case("delay", "poll-tick", "async Task M() { await Task.Delay($$250); }");

        // A frame or less in a loop: the step of a hand-rolled animation (UniGetUI's margin animations) or a yield.
        yield return Case("frame-step", null, "class Icon { public int Margin; } async Task M(Icon icon) { for (var i = 0; i < 6; i += 2) { icon.Margin = i; await Task.Delay($$15); } }");
        yield return Case("frame-step", null, "void M(Func<bool> done) { foreach (var step in new[] { 1, 2 }) { Thread.Sleep($$16); } }");
        yield return Case("frame-step", null, "async Task M(Func<bool> done) { for (var i = 0; i < 10 && !done(); i++) { await Task.Delay(TimeSpan.FromMilliseconds($$10)); } }");
        yield return Case("delay", "frame-step", "class Icon { public int Margin; } async Task M(Icon icon) { for (var i = 0; i < 6; i += 2) { icon.Margin = i; await Task.Delay($$40); } }");
        yield return Case("delay", "frame-step", "async Task M() { await Task.Delay($$15); }");
        yield return Case("delay", "frame-step", "async Task M() { for (var i = 0; i < 6; i++) { await Task.Delay(TimeSpan.FromSeconds($$15)); } }");

        // A pause that keeps a text on screen (Wabbajack's launcher showing each error before it exits).
        yield return Case("display-pause", null, "public string Status { get; set; } async Task M(List<string> errors) { foreach (var error in errors) { Status = \"Failed: \" + error; await Task.Delay($$10000); } }");
        yield return Case("display-pause", null, "public string Status { get; set; } async Task M() { Status = \"Update failed\"; await Task.Delay(TimeSpan.FromSeconds($$5)); }");
        yield return Case("display-pause", null, "public string Message { get; set; } void M(string text) { Message = text; Thread.Sleep($$3000); }");
        yield return Case("delay", "display-pause", "string status; async Task M() { status = \"Update failed\"; await Task.Delay($$5000); }");
        yield return Case("delay", "display-pause", "public int Progress { get; set; } async Task M() { Progress = 50; await Task.Delay($$5000); }");
        yield return Case("delay", "display-pause", "public string Status { get; set; } async Task M() { Status = \"Retrying\"; Console.WriteLine(Status); await Task.Delay($$5000); }");

        // Hearthstone Deck Tracker's and HandheldCompanion's pauses: in code that works a screen, a pause settles, fades or
        // paces a device, tuned by eye for its place. System.Windows holds WPF and Windows Forms (and, in the reference
        // assemblies, System.Windows.Input's ICommand, which view models import).
        yield return Case("ui-pause", null, "using System.Windows.Input; class Probe { async Task OnLoaded() { await Task.Delay($$500); } }");
        yield return Case("ui-pause", null, "using System.Windows.Input; class Probe { void Pulse() { Thread.Sleep($$600); } }");
        yield return Case("ui-pause", null, "using System.Windows.Input; class Probe { async Task Escalate() { await Task.Delay(TimeSpan.FromSeconds($$20)).ConfigureAwait(false); } }");
        yield return Case("ui-pause", null, "using Avalonia.Controls; namespace Avalonia.Controls { class Window { } } class Probe { async Task Poll(Func<bool> done) { while (!done()) { await Task.Delay($$2500); } } }");
        yield return Case("ui-pause", null, "namespace App { using System.Windows.Input; class Probe { async Task M() { await Task.Delay($$500); } } }");
        // Read as written: a scan against the base framework, or code being typed, does not bind WPF's namespaces.
        yield return Case("ui-pause", null, "using System.Windows.Controls; class Probe { void Pulse() { Thread.Sleep($$600); } }");
        yield return Case("ui-pause", null, "using Forms = global::System.Windows.Forms; class Probe { void Pulse() { Thread.Sleep($$600); } }");
        yield return Case("delay", "ui-pause", "class Probe { async Task OnLoaded() { await Task.Delay($$500); } }");
        yield return Case("delay", "ui-pause", "using System.Windows.Input; class Probe { async Task<bool> Find(Task<bool> lookup) { var timeout = Task.Delay(TimeSpan.FromSeconds($$10)); return await Task.WhenAny(lookup, timeout) == lookup; } }");
        yield return Case("delay", "ui-pause", "using System.Windows.Input; class Probe { async Task Find(Task lookup) { await Task.WhenAny(lookup, Task.Delay($$10000)); } }");
        yield return Case("delay", "ui-pause", "using System.Windows.Input; class Probe { Task Wait(SemaphoreSlim gate) => gate.WaitAsync(TimeSpan.FromSeconds($$10)); }");
        yield return Case("delay", "ui-pause", "using Windowsy.Forms; namespace Windowsy.Forms { class Form { } } class Probe { async Task M() { await Task.Delay($$500); } }");
        yield return Case("ui-pause", null, "using Microsoft.UI.Xaml; class Probe { async Task M() { await (Task.Delay($$500)); } }");
        yield return Case("ui-pause", null, "using Windows.UI.Core; class Probe { async Task M() { await Task.Delay($$500); } }");
        yield return Case("ui-pause", null, "using Microsoft.Maui.Controls; class Probe { async Task M() { await Task.Delay($$500); } }");
        yield return Case("ui-pause", null, "using Xamarin.Forms; class Probe { async Task M() { await Task.Delay($$500); } }");
        yield return Case("ui-pause", null, "using Eto.Forms; class Probe { async Task M() { await Task.Delay($$500); } }");
        yield return Case("ui-pause", null, "using Gtk; class Probe { event EventHandler Click; void M() { Click += async (s, e) => { await Task.Delay($$500); }; } }");
        yield return Case("delay", "ui-pause", "using Gtkx; class Probe { async Task M() { await Task.Delay($$500); } }");
        yield return Case("delay", "ui-pause", "using System.WindowsRuntime; class Probe { async Task M() { await Task.Delay($$500); } }");
        // Only Task.Delay awaited or Thread.Sleep pauses: an animation's own Delay, or a Task.Delay nobody awaits, does not.
        yield return Case("delay", "ui-pause", "using System.Windows.Input; class Anim { public void Delay(int ms) { } } class Probe { void M(Anim a) { a.Delay($$500); } }");
        yield return Case("delay", "ui-pause", "using System.Windows.Input; class Probe { void M() { Task.Delay($$500); } }");
        // A loop that retries on failure paces its attempts: a retry policy, not the screen's timing. A bounded poll of a
        // game window (Hearthstone Deck Tracker's reconnect) is the screen's own.
        yield return Case("ui-pause", null, "using System.Windows.Input; class Probe { async Task M(Func<bool> ready) { for (var i = 0; i < 20 && !ready(); i++) await Task.Delay($$500); } }");
        yield return Case("delay", "ui-pause", "using System.Windows.Input; class Probe { async Task M(Func<Task> op) { for (var i = 0; i < 3; i++) { try { await op(); return; } catch (Exception) { await Task.Delay($$2000); } } } }");

        yield return Case("delay", null, "Task M() => Task.Delay($$1500);");
        yield return Case("delay", null, "bool M(Thread worker) => worker.Join($$1500);");
        yield return Case("delay", null, "TimeSpan M() => TimeSpan.FromMinutes($$30);");
        yield return Case("delay", null, "bool M(System.Diagnostics.Stopwatch s) => s.ElapsedMilliseconds > $$5000;");
        yield return Case("delay", null, "bool M(DateTime started) => (DateTime.UtcNow - started).TotalSeconds > $$30;");
        yield return Case("delay", null, "bool M(int idleSeconds) => idleSeconds > $$300;");
        yield return Case("threshold", "delay", "class Paragraph { public TimeSpan StartTime; } bool M(Paragraph p) => p.StartTime.TotalMilliseconds >= $$500;");
        yield return Case("threshold", "delay", "bool M(double durationTotalSeconds) => durationTotalSeconds > $$100;");
        yield return Case("threshold", "delay", "bool M(int milliseconds) => milliseconds is > $$999;");
        yield return Case("delay", null, "DateTime M() => DateTime.UtcNow.AddDays($$30);");
        yield return Case("delay", null, "void M(System.Diagnostics.Process p) => p.WaitForExit($$5000);");
        yield return Case("delay", null, "void M() => SetTimeout($$30); void SetTimeout(int value) { }");
        // DS4Windows' waits for a thread: Thread.SpinWait(int iterations) spins a number of turns; the parameter says so.
        yield return Case(None, "delay", "void M() => Thread.SpinWait($$500);");
        yield return Case(None, "delay", "void M() => SpinWait($$500); void SpinWait(int count) { }");
        yield return Case("delay", null, "void M() => SpinWait($$500); void SpinWait(int milliseconds) { }");
        yield return Case("delay", null, "void M() => WaitFor($$500); void WaitFor(int timeout) { }");
        yield return Case(None, "delay", "Task M(int read) => Task.Delay(read / $$32);");
        // A duration word counts where it is the head of the name or followed by units and qualifiers only: OpenUtau's
        // GenerateResult(..., totalDuration, 8) passes a totalDurationDivider, a divider of a duration, not a duration.
        yield return Case("delay", null, "void Run(int timeoutMs) { } void M() => Run($$5000);");
        yield return Case("delay", null, "void Run(int durationInMilliseconds) { } void M() => Run($$5000);");
        yield return Case("delay", null, "void Run(int TIMEOUT_IN_SECONDS) { } void M() => Run($$50);");
        yield return Case("delay", null, "void DelayStart(int value) { } void M() => DelayStart($$300);");
        yield return Case("delay", null, "bool M(long elapsedMs) => elapsedMs > $$5000;");
        yield return Case(None, "delay", "void Generate(int totalDuration, int totalDurationDivider = 3) { } void M(int d) => Generate(d, $$8);");
        yield return Case(None, "delay", "void Run(int delayFactor) { } void M() => Run($$3);");
        yield return Case(None, "delay", "void Run(int timeoutCount) { } void M() => Run($$3);");
        yield return Case(None, "delay", "void SetDurationDivider(int d) { } void M() => SetDurationDivider($$8);");
        yield return Case("threshold", "delay", "bool M(int elapsedFrames, DateTime started) => elapsedFrames > $$30 && started < DateTime.Now;");

        yield return Case("money-rate", null, "decimal M(decimal amount) => amount * $$0.029m;");
        yield return Case("money-rate", null, "decimal M(decimal subtotal) => subtotal + $$4.95m;");
        yield return Case("money-rate", null, "double M(double price) => price * $$1.2;");
        yield return Case(None, "money-rate", "class Stat { public float Total; } float M(Stat abilityPower) => abilityPower.Total * $$0.2f;");
        yield return Case(None, "money-rate", "float M(float repairPrice) { repairPrice *= $$2.5f; return repairPrice; }");
        yield return Case("money-rate", null, "class Stat { public double Total; } double M(Stat order) => order.Total * $$0.2;");
        yield return Case(None, "money-rate", "double M(double width) => width * $$1.2;");
        yield return Case("money-rate", null, "decimal M(decimal price) => price / $$1.2m;");
        yield return Case(None, "money-rate", "decimal M(decimal length) { length += $$0.5m; return length; }");
        // Subtitle Edit's OCR: a decimal factor of a gap in pixels is a share of that gap, not a rate of money; a decimal
        // factor of an unnamed quantity, or of a name that holds money beside a measure (priceWidth), stays a rate.
        yield return Case(None, "money-rate", "int M(decimal pixelsAreSpace) => (int)Math.Round(pixelsAreSpace * $$0.3m, MidpointRounding.AwayFromZero);");
        yield return Case(None, "money-rate", "decimal M(decimal elapsedSeconds) => elapsedSeconds * $$1.5m;");
        yield return Case("money-rate", null, "decimal M(decimal x) => x * $$0.3m;");
        yield return Case("money-rate", null, "decimal M(decimal amount, decimal size) => amount * size * $$0.3m;");
        yield return Case(None, "money-rate", "long M(long totalMem) => (long)($$0.4 * totalMem);");
        yield return Case("money-rate", null, "double M(double totalPrice) => $$0.4 * totalPrice;");
        // Subtitle Edit's effects: a total of milliseconds is time, not money.
        yield return Case(None, "money-rate", "double M(double totalMs) => totalMs * $$0.95;");
        yield return Case(None, "money-rate", "double M(double totalTime) => totalTime * $$0.95;");
        yield return Case("money-rate", null, "double M(double totalAmount) => totalAmount * $$0.95;");
        // A money word counts where it heads the name: a total of pages or a price's index is no money.
        yield return Case("money-rate", null, "double M(double priceInCents) => priceInCents * $$1.2;");
        yield return Case("money-rate", null, "double M(double subtotalNet) => subtotalNet * $$1.2;");
        yield return Case(None, "money-rate", "double M(double totalPages) => totalPages * $$0.95;");
        yield return Case(None, "money-rate", "double M(double priceRank) => priceRank * $$1.2;");
        // A money word counts where it is the quantity scaled, not as an argument of a call that returns something else:
        // Unigram's sunrise formula divides an arc cosine by 15 degrees an hour (`cost` is cos t), and Screenbox's seek
        // step is half a second in the direction of `seekAmount`. Calls that return their argument's quantity pass it.
        yield return Case(None, "money-rate", "double Acosd(double x) => x; double M(double cost) => Acosd(cost) / $$15.0;");
        yield return Case(None, "money-rate", "double M(double seekAmount) => Math.Sign(seekAmount) * $$0.5;");
        yield return Case("money-rate", null, "double M(double price) => Math.Round(price, 2) * $$1.2;");
        yield return Case("money-rate", null, "class Line { public double Price; } double M(List<Line> lines) => lines.Sum(l => l.Price) * $$0.1;");
        yield return Case("money-rate", null, "double GetTotal(int order) => order; double M(int order) => GetTotal(order) * $$0.2;");

        yield return Case("log-detail", null, "void M(List<string> keys) => LogWarning(\"Found {0}: {1}\", keys.Count, string.Join(\", \", keys.Take($$10))); void LogWarning(string message, params object[] args) { }");
        yield return Case("log-detail", null, "class Logger { public void Warn(string m, object a) { } } class C { Logger _logger = new(); void M(double ratio) => _logger.Warn(\"Ratio {0}\", Math.Round(ratio, $$3)); }");
        yield return Case("page-size", "log-detail", "List<string> M(List<string> keys) => keys.Take($$10).ToList();");
        yield return Case("page-size", "log-detail", "void M(List<string> keys) => Show(keys.Take($$10)); void Show(IEnumerable<string> items) { }");
        yield return Case("log-detail", null, "string M(List<string> all) { var paths = all.Take($$5).ToList(); var folders = string.Join(\", \", paths); return \"Including \" + folders; }");
        yield return Case("log-detail", null, "string M(List<string> all) => \"Including \" + string.Join(\", \", all.Distinct().Take($$5));");
        yield return Case("page-size", "log-detail", "List<string> M(List<string> all) { var paths = all.Take($$5).ToList(); Save(paths); return paths; } void Save(List<string> p) { }");
        // Smartstore's controllers: the first errors, each shown to the user as a notice.
        yield return Case("log-detail", null, "void M(List<string> errors) => errors.Take($$3).ToList().ForEach(x => NotifyError(x)); void NotifyError(string message) { }");
        yield return Case("log-detail", null, "void M(List<string> errors) { errors.Take($$3).ToList().ForEach(x => { LogWarning(x); }); } void LogWarning(string message) { }");
        yield return Case("page-size", "log-detail", "void M(List<string> errors) => errors.Take($$3).ToList().ForEach(x => Save(x)); void Save(string item) { }");
        yield return Case("page-size", "log-detail", "void M(List<string> errors) => errors.Take($$3).ToList().ForEach(x => { NotifyError(x); Save(x); }); void NotifyError(string message) { } void Save(string item) { }");
        yield return Case("log-detail", null, "void M(DateTime started) { if (DateTime.UtcNow - started > TimeSpan.FromSeconds($$30)) LogInformation(\"Still running\"); } void LogInformation(string m) { }");
        yield return Case("delay", "log-detail", "void M(DateTime started) { if (DateTime.UtcNow - started > TimeSpan.FromSeconds($$30)) { LogInformation(\"Gave up\"); return; } } void LogInformation(string m) { }");

        yield return Case("page-size", null, "int[] M(IQueryable<int> q) => q.Take($$25).ToArray();");
        yield return Case("limit", null, "int M(int years) => Math.Min(years, $$5);");
        yield return Case("limit", null, "bool M(string name) => name.Length > $$100;");
        yield return Case("page-size", null, "void M() => Page($$25); void Page(int pageSize) { }");
        yield return Case("limit", "page-size", "void M() => Fetch($$25); void Fetch(int maxItems) { }");
        yield return Case(None, "limit", "int M() => Math.Min($$5, 7);");

        yield return Case("threshold", null, "bool M(int score) => score >= $$80;");
        yield return Case("threshold", null, "bool M(double temperature) => temperature is > $$30.5;");
        yield return Case(None, "threshold", "bool M(int score) => score == $$80;");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Classifies_the_marked_number(string expected, string? nearMissOf, string code)
    {
        var role = await RoleOfMarkedNumberAsync(code);
        Assert.True(expected == role, $"expected {expected}, got {role}" + (nearMissOf is null ? string.Empty : " (a near miss of " + nearMissOf + ")") + ": " + code);
    }

    [Fact]
    public void Every_role_has_a_positive_and_a_negative_case()
    {
        var cases = Cases().ToList();
        foreach (var role in MagicNumberRoles.All)
        {
            Assert.True(cases.Any(c => (string)c[0]! == role.Name && c[1] is null), "no positive case for role " + role.Name);
            Assert.True(cases.Any(c => (string?)c[1] == role.Name), "no negative case (near miss) for role " + role.Name);
        }
    }

    [Fact]
    public void Role_names_are_unique_and_every_role_has_an_example()
    {
        Assert.Equal(MagicNumberRoles.All.Length, MagicNumberRoles.All.Select(r => r.Name).Distinct().Count());
        Assert.All(MagicNumberRoles.All, role => Assert.False(string.IsNullOrWhiteSpace(role.Example), role.Name));
        Assert.Equal("status-code,retry,delay,money-rate,page-size,limit,threshold", MagicNumberRoles.PolicyRoles);
        Assert.Equal(MagicNumberRoles.All.Where(r => r.ReportedByDefault).Select(r => r.Name), AiDebtOptions.MagicValuesReportedRoles.Default);
        Assert.All(MagicNumberRoles.All.Where(r => r.IsPolicy), role => Assert.False(string.IsNullOrWhiteSpace(role.Measured), role.Name));
    }

    /// <summary>The rule page's role table is generated from <see cref="MagicNumberRoles.All"/>; refresh it with AIDEBT_UPDATE_GENERATED=1.</summary>
    [Fact]
    public void Rule_page_lists_every_role_of_the_table()
    {
        const string relativePath = "docs/rules/AID201.md";
        var path = Path.Combine(RuleCatalog.RepositoryRoot, relativePath);
        var current = File.ReadAllText(path).Replace("\r\n", "\n");
        var expected = GeneratedFilesTests.ReplaceSection(current, relativePath, "roles", RoleTable());
        if (Environment.GetEnvironmentVariable("AIDEBT_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(expected == current, relativePath + " does not list the roles of MagicNumberRoles. Run: AIDEBT_UPDATE_GENERATED=1 dotnet test --filter MagicNumberRoleTests");
        foreach (var role in MagicNumberRoles.All)
        {
            Assert.Contains("| `" + role.Name + "` |", current, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reported_roles_option_accepts_policy_roles_only()
    {
        Assert.True(AiDebtOptions.MagicValuesReportedRoles.IsValid("delay, retry"));
        Assert.True(AiDebtOptions.MagicValuesReportedRoles.IsValid(string.Empty));
        Assert.False(AiDebtOptions.MagicValuesReportedRoles.IsValid("delay,table"));
        Assert.False(AiDebtOptions.MagicValuesReportedRoles.IsValid("delays"));
    }

    private const string AssistantCode = Usings + """
        partial class CheckoutService
        {
            private readonly HttpClient client = new HttpClient();
            private int retries;

            async Task<decimal> ChargeAsync(decimal amount, IQueryable<string> orders, HttpResponseMessage response)
            {
                await Task.Delay(1500);
                if (retries > 3) return 0;
                var cacheFor = Expire(TimeSpan.FromMinutes(30));
                var page = orders.Take(25).ToList();
                if ((int)response.StatusCode == 429) return 0;
                return amount * 0.029m;
            }

            TimeSpan Expire(TimeSpan span) => span;
        }
        """;

    /// <summary>
    /// The examples, written once each: the two single uses a reviewer wants named even once are reported by
    /// default (a status compared by hand, a money rate); a single bare wait only under report_single_waits (reviewers
    /// judged single waits noise: a UI settle delay, a poll tick), the self-describing ones only under report_single_use.
    /// A <c>Task.Delay(1500)</c> that stands in for work is AID502's (PlaceholderImplementationAnalyzerTests).
    /// </summary>
    [Fact]
    public async Task Reports_the_single_uses_a_reviewer_wants_named_and_the_rest_under_the_options()
    {
        var byDefault = await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), AssistantCode);
        Assert.Equal(new[] { "429:status-code", "0.029m:money-rate" }, ValuesAndRoles(byDefault));

        var singleWaits = await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), AssistantCode, "aidebt.magic_values.report_single_waits = true");
        Assert.Equal(new[] { "1500:delay", "429:status-code", "0.029m:money-rate" }, ValuesAndRoles(singleWaits));

        var everySingleUse = await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), AssistantCode, "aidebt.magic_values.report_single_use = true");
        Assert.Equal(new[] { "1500:delay", "3:retry", "30:delay", "25:page-size", "429:status-code", "0.029m:money-rate" }, ValuesAndRoles(everySingleUse));
    }

    /// <summary>
    /// The same examples written twice (the second copy in another file of the same type) are reported by default, each
    /// naming the other copy; the two one-off pauses (a bare wait outside a loop) in two members are two pauses.
    /// </summary>
    [Fact]
    public async Task Reports_the_numbers_ai_assistants_write_when_they_are_repeated()
    {
        const string second = """
            using System; using System.Linq; using System.Threading.Tasks;
            partial class CheckoutService
            {
                async Task<object> Refund(IQueryable<string> orders)
                {
                    await Task.Delay(1500);
                    if (retries > 3) return null;
                    var cacheFor = Expire(TimeSpan.FromMinutes(30));
                    return orders.Take(25).ToList();
                }
            }
            """;

        var compilation = AnalyzerDriver.Compile(("/0/Checkout.cs", AssistantCode), ("/0/Refund.cs", second));
        var diagnostics = await AnalyzerDriver.RunAsync(compilation, AnalyzerDriver.Options(), new MagicNumberAnalyzer());
        var checkout = diagnostics.Where(d => d.Location.SourceTree!.FilePath == "/0/Checkout.cs").ToArray();
        Assert.Equal(new[] { "3:retry", "30:delay", "25:page-size", "429:status-code", "0.029m:money-rate" }, ValuesAndRoles(checkout));
        var repeated = checkout.Where(d => d.Properties.ContainsKey(MagicNumberAnalyzer.OccurrencesProperty)).ToArray();
        Assert.Equal(3, repeated.Length);
        Assert.All(repeated, d =>
        {
            Assert.Equal("2", d.Properties[MagicNumberAnalyzer.OccurrencesProperty]);
            Assert.Equal("/0/Refund.cs", Assert.Single(d.AdditionalLocations).SourceTree!.FilePath);
            Assert.Contains("is written 2 times as the same", d.GetMessage(), StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// A wait's copies are one policy only in members that do the same job: one type, or members of one name (two
    /// implementations of NavigateAndWait). The same timeout in two unrelated types of one namespace is two choices,
    /// where a limit written in both still counts; a one-second tick is a unit, never a policy; one-off pauses
    /// (a bare wait outside a loop) in two members of one type are two pauses, the retry interval of two loops one.
    /// </summary>
    [Fact]
    public async Task Counts_the_copies_of_a_wait_only_in_members_that_do_the_same_job()
    {
        const string source = Usings + """
            namespace Shop
            {
                class DriveItem
                {
                    Task Load(Task t) => t.WaitAsync(TimeSpan.FromSeconds(5));
                    bool Many(List<int> items) => items.Count > 40;
                }

                class FolderSearch
                {
                    Task Search(Task t) => t.WaitAsync(TimeSpan.FromSeconds(5));
                    bool Many(List<int> items) => items.Count > 40;
                    async Task Poll() { while (true) await Task.Delay(1000); }
                    async Task Refresh() { while (true) await Task.Delay(1000); }
                    async Task ToSearch() { await Task.Delay(100); }
                    async Task ToPath() { await Task.Delay(100); }
                    void CopySafe() { for (var i = 0; i < 5; i++) { try { return; } catch (IOException) { Thread.Sleep(500); } } }
                    void MoveSafe() { for (var i = 0; i < 5; i++) { try { return; } catch (IOException) { Thread.Sleep(500); } } }
                }

                class WebView
                {
                    bool NavigateAndWait(ManualResetEvent loaded) => loaded.WaitOne(20000);
                }

                class OffscreenWebView
                {
                    bool NavigateAndWait(ManualResetEvent loaded) => loaded.WaitOne(20000);
                }

                class StatsService
                {
                    Task Send(Task t) => t.WaitAsync(TimeSpan.FromSeconds(30));
                    Task Receive(Task t) => t.WaitAsync(TimeSpan.FromSeconds(30));
                }
            }
            """;

        // Limits compared with a count are reported on request only (aidebt.magic_values.reported_roles).
        var diagnostics = await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), source);
        Assert.Equal(new[] { "5:retry", "500:delay", "5:retry", "500:delay", "20000:delay", "20000:delay", "30:delay", "30:delay" }, ValuesAndRoles(diagnostics));
        diagnostics = await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), source, "aidebt.magic_values.reported_roles = " + MagicNumberRoles.PolicyRoles);
        Assert.Equal(new[] { "40:limit", "40:limit", "5:retry", "500:delay", "5:retry", "500:delay", "20000:delay", "20000:delay", "30:delay", "30:delay" }, ValuesAndRoles(diagnostics));
    }

    /// <summary>
    /// Sibling types that each override one member of their base set their own value there: the same lock lease in
    /// two handlers' <c>GetWorkItemLockAsync</c>, the same pause in two jobs' <c>RunAsync</c>, agree by chance. Variants
    /// of one thing, one named after the other (<c>WebView</c>, <c>OffscreenWebView</c>), do the same job, and a
    /// cutoff of the data computed from a date is one rule wherever a member of its name applies it.
    /// </summary>
    [Fact]
    public async Task Counts_the_copies_in_overrides_of_sibling_types_as_separate_choices()
    {
        const string source = Usings + """
            namespace Jobs
            {
                abstract class Handler
                {
                    protected abstract Task<bool> GetWorkItemLockAsync(Func<TimeSpan, Task<bool>> acquire);
                    protected abstract Task RunAsync(Func<bool> more);
                }

                class UserMaintenanceHandler : Handler
                {
                    protected override Task<bool> GetWorkItemLockAsync(Func<TimeSpan, Task<bool>> acquire) => acquire(TimeSpan.FromMinutes(15));
                    protected override async Task RunAsync(Func<bool> more) { while (more()) { await Task.Delay(TimeSpan.FromSeconds(2.5)); } }
                    bool IsExpired(DateTime date, DateTime now) => date < now.Subtract(TimeSpan.FromDays(366));
                }

                class ProjectMaintenanceHandler : Handler
                {
                    protected override Task<bool> GetWorkItemLockAsync(Func<TimeSpan, Task<bool>> acquire) => acquire(TimeSpan.FromMinutes(15));
                    protected override async Task RunAsync(Func<bool> more) { while (more()) { await Task.Delay(TimeSpan.FromSeconds(2.5)); } }
                    bool IsExpired(DateTime date, DateTime now) => date < now.Subtract(TimeSpan.FromDays(366));
                }

                class CleanupHandler : Handler
                {
                    protected override Task<bool> GetWorkItemLockAsync(Func<TimeSpan, Task<bool>> acquire) => acquire(TimeSpan.FromMinutes(30));
                    protected override async Task RunAsync(Func<bool> more)
                    {
                        while (more()) { await Task.Delay(TimeSpan.FromSeconds(2.5)); }
                        while (more()) { await Task.Delay(TimeSpan.FromSeconds(2.5)); }
                    }
                }

                class CleanupHandlerV2 : CleanupHandler
                {
                    protected override Task<bool> GetWorkItemLockAsync(Func<TimeSpan, Task<bool>> acquire) => acquire(TimeSpan.FromMinutes(30));
                }
            }
            """;

        // The two pauses of one job are one policy; the 30-minute lease of a handler and of its variant is one too; a
        // cutoff of the data (records older than 366 days) is one rule of the domain in every member of its name.
        var diagnostics = await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), source);
        Assert.Equal(new[] { "366:delay", "366:delay", "30:delay", "2.5:delay", "2.5:delay", "30:delay" }, ValuesAndRoles(diagnostics));
    }

    /// <summary>
    /// The fourteenth check's noise by what each value does: a tolerance read from the expression's shape (a dummy layer's
    /// wait about zero, the others about their computed value; the message called it a timeout), the labels of the
    /// buttons that run a number, two easings made of their duration alone. The wait margin passed six times, and a
    /// wait written twice with no label, stay reported.
    /// </summary>
    [Fact]
    public async Task Tolerances_labels_and_animations_are_not_reported_their_neighbours_are()
    {
        const string source = Usings + """
            class Layer { public bool IsDummy; public double WaitTime; }
            abstract class Easing { }
            class InOutCubic : Easing { public InOutCubic(TimeSpan duration) { } }

            class Suggestion
            {
                bool IsApplied(Layer[] layers, bool different, Func<Layer, double> expected)
                {
                    foreach (var layer in layers)
                    {
                        if (layer.IsDummy) { if (layer.WaitTime > 0.1) return false; }
                        else if (different && Math.Abs(layer.WaitTime - expected(layer)) > 0.1) return false;
                    }

                    foreach (var layer in layers)
                    {
                        if (layer.IsDummy && layer.WaitTime > 0.1) return false;
                    }

                    return true;
                }
            }

            class Widget
            {
                Easing shadeEasing, logoEasing;
                bool Button(string label) => true;
                bool Button(ReadOnlySpan<byte> label) => true;
                Task DelayTicks(int ticks) => Task.CompletedTask;

                void Draw()
                {
                    if (Button("Every 60f")) { Task.Run(async () => { for (;;) { Console.WriteLine("tick"); await DelayTicks(60); } }); }
                    if (Button("Every 60f (Await)"u8)) { Task.Run(async () => { for (;;) { Console.WriteLine("tick"); await DelayTicks(60); } }); }
                    shadeEasing = new InOutCubic(TimeSpan.FromMilliseconds(350));
                    logoEasing = new InOutCubic(TimeSpan.FromMilliseconds(350));
                }

                async Task Refresh() { Console.WriteLine("Refreshing"); await DelayTicks(30); }
                async Task Reload() { Console.WriteLine("Reloading"); await DelayTicks(30); }
            }

            class GCodeBuilder
            {
                float SyncDelay(float seconds, float extraWaitTime) => seconds + extraWaitTime;
                float Lift(float s) => SyncDelay(s, 0.75f);
                float Retract(float s) => SyncDelay(s, 0.75f);
            }
            """;

        var diagnostics = await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), source);
        Assert.Equal(new[] { "30:delay", "30:delay", "0.75f:delay", "0.75f:delay" }, ValuesAndRoles(diagnostics));
    }

    /// <summary>
    /// The message names the kind of time a number of the <c>delay</c> role is: a bound of an elapsed time is a timeout,
    /// a <c>TimeSpan</c> a duration, a bare wait a delay (a 10 s time limit was called "the same delay").
    /// </summary>
    [Fact]
    public async Task The_message_says_timeout_duration_or_delay_as_the_number_is_used()
    {
        const string source = Usings + """
            class Embedder
            {
                async Task Connect(DateTime start, Func<bool> found) { while ((DateTime.Now - start).TotalSeconds < 10) { if (found()) break; await Task.Delay(2500); } }
                async Task Reconnect(DateTime start, Func<bool> found) { while ((DateTime.Now - start).TotalSeconds < 10) { if (found()) break; await Task.Delay(2500); } }
                Task Keep() => Task.Delay(TimeSpan.FromHours(12));
                Task KeepLonger() => Task.Delay(TimeSpan.FromHours(12));
            }
            """;

        var messages = (await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), source)).Select(d => d.GetMessage()).ToArray();
        Assert.Equal(
            new[]
            {
                "Number 10 " + MagicNumberAnalyzer.RepeatedReason(2, "timeout"), "Number 2500 " + MagicNumberAnalyzer.RepeatedReason(2, "delay"),
                "Number 10 " + MagicNumberAnalyzer.RepeatedReason(2, "timeout"), "Number 2500 " + MagicNumberAnalyzer.RepeatedReason(2, "delay"),
                "Number 12 " + MagicNumberAnalyzer.RepeatedReason(2, "duration"), "Number 12 " + MagicNumberAnalyzer.RepeatedReason(2, "duration"),
            },
            messages);
    }

    /// <summary>
    /// A number given to a parameter named for a duration is called a duration, not a delay (a fade's length passed to
    /// <c>durationSeconds</c> was "the same delay").
    /// </summary>
    [Fact]
    public async Task The_message_says_duration_for_a_number_given_to_a_parameter_named_for_one()
    {
        const string source = Usings + """
            class Fader
            {
                void Fade(object element, bool hide, double durationSeconds, double delaySeconds = 0) { }
                void ShowHover(object a) { Fade(a, false, 0.075, delaySeconds: 0.03); Fade(a, false, 0.075, delaySeconds: 0.03); }
            }
            """;

        var messages = (await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), source)).Select(d => d.GetMessage()).ToArray();
        Assert.Contains("Number 0.075 " + MagicNumberAnalyzer.RepeatedReason(2, "duration"), messages);
        Assert.DoesNotContain(messages, m => m.Contains("0.075", StringComparison.Ordinal) && m.EndsWith(MagicNumberAnalyzer.RepeatedReason(2, "delay"), StringComparison.Ordinal));
    }

    private static string[] ValuesAndRoles(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Properties[MagicNumberAnalyzer.ValueProperty] + ":" + d.Properties[MagicNumberAnalyzer.RoleProperty]).ToArray();

    [Fact]
    public async Task Reported_roles_option_leaves_out_the_roles_not_listed()
    {
        const string source = """
            class Grader
            {
                bool Passed(int score, int retries) => score >= 80 && retries < {|#0:3|};
            }
            """;

        await CSharpAnalyzerVerifier<MagicNumberAnalyzer>.VerifyAnalyzerAsync(
            source,
            "aidebt.magic_values.reported_roles = retry\naidebt.magic_values.report_single_use = true",
            CSharpAnalyzerVerifier<MagicNumberAnalyzer>.Diagnostic(RuleIds.MagicNumber).WithLocation(0).WithArguments("3", MagicNumberAnalyzer.SingleReason));
    }

    [Fact]
    public async Task Never_throws_on_code_with_errors()
    {
        const string source = """
            class Broken
            {
                void M(int retries)
                {
                    if (retries > 3 { Task.Delay(1500 * ; }
                    var x = Undefined.Take(25) switch { >= 4 => 0.5m * missing, };
                    case 404: return;
                }
            """;

        var diagnostics = await AnalyzerDriver.RunAsync(new MagicNumberAnalyzer(), source);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private static string RoleTable()
    {
        var table = new StringBuilder();
        table.Append("| Role | Reported | What it is | Example | Reported when written once | An existing constant is advised when a word of its name starts with | Judged precision that decided the default |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var role in MagicNumberRoles.All)
        {
            table.Append("| `").Append(role.Name).Append("` | ").Append(role.ReportedByDefault ? "yes (policy, by default)" : role.IsPolicy ? "on request (policy)" : "no (structural)").Append(" | ")
                .Append(role.Summary.Replace("|", "\\|")).Append(" | `").Append(role.Example.Replace("|", "\\|")).Append("` | ")
                .Append(role.IsPolicy ? (role.SingleUse ?? "never (only under `aidebt.magic_values.report_single_use`)").Replace("|", "\\|") : "-").Append(" | ")
                .Append(role.IsPolicy ? string.Join(", ", role.ConstantWords.Select(w => "`" + w + "`")) + "; and it is shown to mean the same ([when](#when-an-existing-constant-is-advised))" : "-").Append(" | ")
                .Append(role.Measured ?? "-").Append(" |\n");
        }

        return table.ToString();
    }

    private static object?[] Case(string expected, string? nearMissOf, string code) => new object?[] { expected, nearMissOf, code };

    private static Task<string> RoleOfMarkedNumberAsync(string code)
    {
        var body = code.StartsWith("class ", StringComparison.Ordinal) || code.StartsWith("using ", StringComparison.Ordinal) || code.StartsWith("namespace ", StringComparison.Ordinal) ? code : "class Probe { " + code + " }";
        var source = Usings + body;
        var at = source.IndexOf(Marker, StringComparison.Ordinal);
        source = source.Remove(at, Marker.Length);

        var compilation = AnalyzerDriver.Compile(source);
        var tree = compilation.SyntaxTrees[0];
        var root = tree.GetRoot();
        var token = root.FindToken(at);
        var negative = token.Parent is PrefixUnaryExpressionSyntax;
        ExpressionSyntax reported = (ExpressionSyntax)token.Parent!;
        var literal = negative ? (LiteralExpressionSyntax)((PrefixUnaryExpressionSyntax)reported).Operand : (LiteralExpressionSyntax)reported;
        var value = Convert.ToDouble(literal.Token.Value, System.Globalization.CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        var site = new MagicNumberSite(reported, literal, value, compilation.GetSemanticModel(tree), new MagicNumberTreeFacts(root, default), commentExplains: true, default);
        return Task.FromResult(MagicNumberRoles.Classify(in site)?.Name ?? None);
    }
}
