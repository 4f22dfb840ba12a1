using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.TestGaps.UntestedPublicApiAnalyzer>;

namespace AiDebtAnalyzers.Tests.TestGaps;

public class UntestedPublicApiAnalyzerTests
{
    private const string Searched = "Shop.Tests";

    /// <summary>Runs the analyzer with test sources marked as the package's targets mark them.</summary>
    internal static Task VerifyAsync(string source, string[] testSources, string? shipped = null, string? unshipped = null, string? globalConfig = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, params DiagnosticResult[] expected) =>
        VerifyAsync<UntestedPublicApiAnalyzer>(source, testSources, shipped, unshipped, globalConfig, outputKind, expected);

    /// <summary>Runs one of the test-gap analyzers with test sources marked as the package's targets mark them.</summary>
    internal static Task VerifyAsync<TAnalyzer>(string source, string[] testSources, string? shipped = null, string? unshipped = null, string? globalConfig = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerVerifier<TAnalyzer>.Test { TestCode = source };
        test.TestState.OutputKind = outputKind;
        var config = new System.Text.StringBuilder(globalConfig ?? string.Empty).Append('\n');
        for (var i = 0; i < testSources.Length; i++)
        {
            var path = "/Shop.Tests/Test" + i + ".cs";
            test.TestState.AdditionalFiles.Add((path, testSources[i]));
            config.Append('[').Append(path).Append("]\n")
                .Append(UntestedPublicApiAnalyzer.TestSourceMetadata).Append(" = true\n")
                .Append(UntestedPublicApiAnalyzer.TestProjectMetadata).Append(" = ").Append(Searched).Append('\n');
        }

        if (shipped is not null)
        {
            test.TestState.AdditionalFiles.Add(("/Shop/PublicAPI.Shipped.txt", shipped));
        }

        if (unshipped is not null)
        {
            test.TestState.AdditionalFiles.Add(("/Shop/PublicAPI.Unshipped.txt", unshipped));
        }

        TestConfig.AddGlobalConfig(test.TestState, config.ToString());
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Member(int location, string api) =>
        new DiagnosticResult(UntestedPublicApiAnalyzer.Rule).WithLocation(location).WithArguments("Public API '" + api + "'", string.Empty, Searched);

    private static DiagnosticResult TypeResult(int location, string type, string members) =>
        new DiagnosticResult(UntestedPublicApiAnalyzer.Rule).WithLocation(location).WithArguments("Public type '" + type + "'", members.Length == 0 ? string.Empty : " (untested members: " + members + ")", Searched);

    private static DiagnosticResult Folded(int location, string api, string forwards) =>
        new DiagnosticResult(UntestedPublicApiAnalyzer.Rule).WithLocation(location).WithArguments("Public API '" + api + "'", " (also untested, forwarding to it: " + forwards + ")", Searched);

    [Fact]
    public async Task A_chain_of_tested_links_or_an_awaited_forward_into_an_untested_member_is_listed_in_its_finding()
    {
        // OrWhereNot is Or() (which the tests call themselves) and then WhereNot's body: one gap with WhereNot. GetAsync is an
        // awaited forward to the untested generic overload's twin: one gap with it. WhereNotIn's link Not() is never called
        // by the tests, so it selects a path of its own and stays a finding of its own.
        const string source = @"
namespace Shop
{
    public class Query
    {
        private bool or;
        private bool not;
        private readonly System.Collections.Generic.List<string> parts = new();
        public Query Or() { or = true; return this; }
        public Query Not() { not = true; return this; }
        public Query Where(string column) { parts.Add((or ? ""OR "" : ""AND "") + (not ? ""NOT "" : """") + column); or = false; not = false; return this; }
        public Query In(string column, int[] values) { parts.Add((not ? ""NOT "" : """") + column + values.Length); not = false; return this; }
        public Query {|#0:WhereNot|}(string column) => Not().Where(column);
        public Query OrWhereNot(string column) => Or().Not().Where(column);
        public Query {|#1:WhereNotIn|}(string column, int[] values) => Not().In(column, values);
        public int Count => parts.Count;
        public async System.Threading.Tasks.Task<T> {|#2:FetchAsync|}<T>(string key) { await System.Threading.Tasks.Task.Yield(); return parts.Contains(key) ? default : default; }
        public async System.Threading.Tasks.Task<object> GetAsync(string key) => await FetchAsync<object>(key).ConfigureAwait(false);
    }
}";
        const string test = @"
public class QueryTests
{
    public int Counts() => new Shop.Query().Where(""a"").Or().Where(""b"").In(""c"", new[] { 1 }).Count;
}";
        await VerifyAsync(source, new[] { test }, expected: new[]
        {
            Folded(0, "Query.WhereNot(string)", "Query.OrWhereNot(string)"),
            Member(1, "Query.WhereNotIn(string, int[])"),
            Folded(2, "Query.FetchAsync<T>(string)", "Query.GetAsync(string)"),
        });
    }

    [Fact]
    public async Task A_member_that_only_forwards_to_another_untested_member_is_listed_in_the_targets_finding()
    {
        // AsOrdered and AsUnordered hand a fixed value to PreserveOrder; Named forwards to Keyed(context, key), which
        // forwards to the overload taking parameters; JoinLines is Join written out with a fixed separator: one gap each,
        // reported once, on the end of the chain.
        const string source = @"
namespace Shop
{
    public static class Queries
    {
        public static int AsOrdered(this int[] source) => PreserveOrder(source, true);
        public static int AsUnordered(this int[] source) { if (source is null) throw new System.ArgumentNullException(nameof(source)); return PreserveOrder(source, false); }
        public static int {|#0:PreserveOrder|}(int[] source, bool value) => value ? source.Length : -source.Length;
        public static int Named(object context, string name) { if (name is null) throw new System.ArgumentNullException(nameof(name)); return Keyed(context, name); }
        public static int Keyed(object context, object key) => Keyed(context, key, null);
        public static int {|#1:Keyed|}(object context, object key, int[] parameters) => context.GetHashCode() + key.GetHashCode() + (parameters?.Length ?? 0);
        public static string {|#2:Join|}(string[] parts, string separator) => parts.Length == 0 ? string.Empty : string.Join(separator, parts).Trim();
        public static string JoinLines(string[] parts) => parts.Length == 0 ? string.Empty : string.Join(""\n"", parts).Trim();
        public static int Count(int[] source) => source.Length;
    }
}";
        const string test = @"
public class QueriesTests
{
    public void Counts() => Shop.Queries.Count(new[] { 1 });
}";
        await VerifyAsync(source, new[] { test }, expected: new[]
        {
            Folded(0, "Queries.PreserveOrder(int[], bool)", "Queries.AsOrdered(int[]), Queries.AsUnordered(int[])"),
            Folded(1, "Queries.Keyed(object, object, int[])", "Queries.Named(object, string), Queries.Keyed(object, object)"),
            Folded(2, "Queries.Join(string[], string)", "Queries.JoinLines(string[])"),
        });
    }

    [Fact]
    public async Task Wrappers_through_a_created_receiver_a_constant_lambda_a_guard_helper_or_an_interface_are_folded_into_their_target()
    {
        // SendJson(string) creates a Request from its parameter through a public constructor and calls the IRequest
        // overload; FromAll(string[]) checks its argument with a guard helper and hands on a constant predicate; the
        // internal Filter implements IFilter.NotIn<T>() and NotIn(params Type[]) as forwards to NotIn(IEnumerable<string>)
        // (a fixed typeof, a projection of each element); CountAll adapts its parameter and forwards to the tested Count.
        const string source = @"
using System.Collections.Generic;
using System.Linq;
namespace Shop
{
    public interface IRequest { }
    public class Request : IRequest { public Request(string url) { Url = url; } public string Url { get; } }
    internal static class Guard
    {
        public static T NotNull<T>(T value, string name) where T : class { if (value is null) { Log(name); throw new System.ArgumentNullException(name); } return value; }
        private static void Log(string name) { }
    }

    public static class Sending
    {
        public static int {|#0:SendJson|}(this IRequest request, int verb, object body) => request.GetHashCode() + verb + body.GetHashCode();
        public static int SendJson(this string url, int verb, object body) => new Request(url).SendJson(verb, body);
        public static int {|#1:FromAll|}(string[] names, System.Func<string, bool> filter) => names.Length == 0 ? 0 : names.Count(filter);
        public static int FromAll(string[] names) { Guard.NotNull(names, nameof(names)); return FromAll(names, _ => true); }
        public static int Count(IEnumerable<string> names) => names.Count();
        public static int CountAll(params string[] names) { Guard.NotNull(names, nameof(names)); return Count(names.AsEnumerable()); }
    }

    public interface IFilter
    {
        IFilter Any();
        IFilter NotIn<T>();
        IFilter NotIn(params System.Type[] types);
        IFilter {|#2:NotIn|}(IEnumerable<string> names);
    }

    internal class Filter : IFilter
    {
        public IFilter Any() => this;
        public IFilter NotIn<T>() => NotIn(typeof(T));
        public IFilter NotIn(params System.Type[] types) => NotIn(types.Select(t => t.Namespace ?? string.Empty));
        public IFilter NotIn(IEnumerable<string> names) => names.Any() ? this : null;
    }

    public static class Filters { public static IFilter Create() => new Filter(); }
}";
        const string test = @"
public class SendingTests
{
    public void Counts() { _ = new Shop.Request(""u"").Url; Shop.Sending.Count(new[] { ""a"" }); Shop.IFilter f = Shop.Filters.Create(); f.Any(); }
}";
        await VerifyAsync(source, new[] { test }, expected: new[]
        {
            Folded(0, "Sending.SendJson(IRequest, int, object)", "Sending.SendJson(string, int, object)"),
            Folded(1, "Sending.FromAll(string[], Func<string, bool>)", "Sending.FromAll(string[])"),
            Folded(2, "IFilter.NotIn(IEnumerable<string>)", "IFilter.NotIn<T>(), IFilter.NotIn(params Type[])"),
        });
    }

    [Fact]
    public async Task An_overload_handing_on_the_whole_of_its_parameter_counts_as_its_range_overload()
    {
        // SetInput(byte[]) hands the range overload all of its buffer (buffer.Length, a property of another package):
        // the range overload runs in every test of the stream, and so does it. SetDictionary(byte[]) does the same to an
        // untested overload and is one gap with it, listed in its finding. The tests call neither by name (a name would
        // count every overload).
        const string source = @"
namespace Zip
{
    public class Inflater
    {
        private int total;
        public void SetInput(byte[] buffer, int offset, int count) { if (count > buffer.Length - offset) throw new System.ArgumentOutOfRangeException(nameof(count)); total += count; }
        public void SetInput(byte[] buffer) { SetInput(buffer, 0, buffer.Length); }
        public void {|#0:SetDictionary|}(byte[] buffer, int index, int count) { if (index < 0) throw new System.ArgumentOutOfRangeException(nameof(index)); total = count - index; }
        public void SetDictionary(byte[] buffer) => SetDictionary(buffer, 0, buffer.Length);
        public int Total => total;
    }
    public class InflaterStream
    {
        public int Read(byte[] data) { var inflater = new Inflater(); inflater.SetInput(data, 0, data.Length); return inflater.Total; }
    }
}";
        const string test = @"
public class InflaterStreamTests
{
    public void Inflates() { var stream = new Zip.InflaterStream(); _ = stream.Read(new byte[4]); }
}";
        await VerifyAsync(source, new[] { test }, expected: Folded(0, "Inflater.SetDictionary(byte[], int, int)", "Inflater.SetDictionary(byte[])"));
    }

    [Fact]
    public async Task An_overload_computing_from_its_parameter_or_reading_the_librarys_own_property_is_reported_on_its_own()
    {
        // buffer.Length / 2 selects a part of the buffer, and settings.Size runs the library's own getter: both are code
        // of the overload's own, not the whole of what it was given. DescribeContaining hands on type.Assembly without
        // the type: another object reached from its parameter, not an extent beside it.
        const string source = @"
namespace Zip
{
    public class Settings { public int Size => 4; }
    public static class Catalog
    {
        public static string Describe(System.Reflection.Assembly assembly) => assembly.FullName ?? string.Empty;
        public static string {|#2:DescribeContaining|}(System.Type type) => Describe(type.Assembly);
    }
    public class Inflater
    {
        private int total;
        public void SetInput(byte[] buffer, int offset, int count) { if (count > buffer.Length - offset) throw new System.ArgumentOutOfRangeException(nameof(count)); total += count; }
        public void {|#0:SetInput|}(byte[] buffer) { SetInput(buffer, 0, buffer.Length / 2); }
        public void {|#1:SetInput|}(byte[] buffer, Settings settings) { SetInput(buffer, 0, settings.Size); }
        public int Total => total;
    }
    public class InflaterStream
    {
        public int Read(byte[] data) { var inflater = new Inflater(); inflater.SetInput(data, 0, data.Length); return inflater.Total; }
    }
}";
        const string test = @"
public class InflaterStreamTests
{
    public void Inflates() { var stream = new Zip.InflaterStream(); _ = stream.Read(new byte[4]); _ = new Zip.Settings().Size; _ = Zip.Catalog.Describe(typeof(object).Assembly); }
}";
        await VerifyAsync(source, new[] { test }, expected: new[]
        {
            Member(0, "Inflater.SetInput(byte[])"), Member(1, "Inflater.SetInput(byte[], Settings)"), Member(2, "Catalog.DescribeContaining(Type)"),
        });
    }

    [Fact]
    public async Task A_method_that_only_sets_public_properties_the_tests_set_counts_through_their_setters()
    {
        // SetIds only assigns its parameters through the UserId and GroupId setters, public API a test sets: their code
        // is the method's whole behaviour. SetNames also assigns Comment, which no test references: its setter's code
        // (the trimming) runs untested through SetNames, which stays reported.
        const string source = @"
namespace Tar
{
    public class Header { public int UserId; public int GroupId; public string Name = """"; public string Group = """"; public string Note = """"; }
    public class Entry
    {
        private readonly Header header = new Header();
        public int UserId { get { return header.UserId; } set { header.UserId = value; } }
        public int GroupId { get { return header.GroupId; } set { header.GroupId = value; } }
        public string UserName { get { return header.Name; } set { header.Name = value; } }
        public string {|#1:Comment|} { get { return header.Note; } set { header.Note = value.Trim(); } }
        public void SetIds(int userId, int groupId) { UserId = userId; GroupId = groupId; }
        public void {|#0:SetNames|}(string userName, string comment) { UserName = userName; Comment = comment; }
    }
}";
        const string test = @"
public class EntryTests
{
    public void Ids() { var entry = new Tar.Entry(); entry.UserId = 1; entry.GroupId = 2; entry.UserName = ""u""; }
}";
        await VerifyAsync(source, new[] { test }, expected: new[] { Member(0, "Entry.SetNames(string, string)"), Member(1, "Entry.Comment") });
    }

    [Fact]
    public async Task A_wrapper_through_a_hidden_constructor_that_its_tested_twins_run_is_folded_into_its_target()
    {
        // SendJson(string) creates its receiver through the internal constructor, as the tested Post(string) does: that
        // constructor's code is tested, and the call on the new instance does the work.
        const string source = @"
namespace Shop
{
    public interface IRequest { }
    public class Request : IRequest
    {
        internal Request(string url, params object[] segments) { Port = url.Length + segments.Length; }
        public int Port { get; }
    }

    public static class Sending
    {
        public static int Post(this IRequest request) => request.GetHashCode();
        public static int Post(this string url) => new Request(url).Post();
        public static int {|#0:SendJson|}(this IRequest request, int verb, object body) => request.GetHashCode() + verb + body.GetHashCode();
        public static int SendJson(this string url, int verb, object body) => new Request(url).SendJson(verb, body);
    }
}";
        const string test = @"
public class SendingTests
{
    public void Posts() => ""http://shop"".Post();
}";
        await VerifyAsync(source, new[] { test }, expected: new[]
        {
            Folded(0, "Sending.SendJson(IRequest, int, object)", "Sending.SendJson(string, int, object)"),
        });
    }

    [Fact]
    public async Task Wrappers_through_a_hidden_constructor_a_computing_lambda_or_a_helper_that_does_more_than_check_are_reported_on_their_own()
    {
        // SendJson(string) creates its receiver through an internal constructor that no test runs (code of its own); FromSome hands on a
        // predicate that computes; FromAll calls a helper that writes, not only checks.
        const string source = @"
using System.Linq;
namespace Shop
{
    public interface IRequest { }
    public class Request : IRequest
    {
        public Request(int port) { Port = port; }
        internal Request(string url, params object[] segments) { Port = url.Length + segments.Length; }
        public int Port { get; }
    }

    internal static class Check { public static void Log(object value) { System.Console.WriteLine(value); } }

    public static class Sending
    {
        public static int {|#0:SendJson|}(this IRequest request, int verb, object body) => request.GetHashCode() + verb + body.GetHashCode();
        public static int {|#1:SendJson|}(this string url, int verb, object body) => new Request(url).SendJson(verb, body);
        public static int {|#2:FromAll|}(string[] names, System.Func<string, bool> filter) => names.Length == 0 ? 0 : names.Count(filter);
        public static int {|#3:FromAll|}(string[] names) { Check.Log(names); return FromAll(names, _ => true); }
        public static int {|#4:FromSome|}(string[] names) => FromAll(names, n => n.Length > 2);
        public static int Ping(int port) => port > 0 ? port : 0;
    }
}";
        const string test = @"
public class SendingTests
{
    public void Creates() { _ = new Shop.Request(1).Port; Shop.Sending.Ping(1); }
}";
        await VerifyAsync(source, new[] { test }, expected: new[]
        {
            Member(0, "Sending.SendJson(IRequest, int, object)"),
            Member(1, "Sending.SendJson(string, int, object)"),
            Member(2, "Sending.FromAll(string[], Func<string, bool>)"),
            Member(3, "Sending.FromAll(string[])"),
            Member(4, "Sending.FromSome(string[])"),
        });
    }

    [Fact]
    public async Task A_forward_to_a_tested_member_a_forward_with_a_lambda_and_a_member_that_computes_are_reported_on_their_own()
    {
        // Await hands PreserveOrder a lambda (behaviour of its own); Ordered calls PreserveOrder and computes; Sorted
        // forwards to Count, which the tests run (library-call covers it, nothing to fold into); JoinWords differs from Join
        // in more than a fixed separator (TrimEnd): code of its own.
        const string source = @"
namespace Shop
{
    public static class Queries
    {
        public static int {|#0:Await|}(int[] source) => Apply(source, x => x + 1);
        public static int {|#1:Apply|}(int[] source, System.Func<int, int> map) => map(source.Length);
        public static int {|#2:Ordered|}(int[] source) => PreserveOrder(source, true) + 1;
        public static int {|#3:PreserveOrder|}(int[] source, bool value) => value ? source.Length : -source.Length;
        public static int Sorted(int[] source) => Count(source);
        public static int Count(int[] source) => source.Length;
        public static string {|#4:Join|}(string[] parts, string separator) => parts.Length == 0 ? string.Empty : string.Join(separator, parts).Trim();
        public static string {|#5:JoinWords|}(string[] parts) => parts.Length == 0 ? string.Empty : string.Join("" "", parts).TrimEnd();
    }
}";
        const string test = @"
public class QueriesTests
{
    public void Counts() => Shop.Queries.Count(new[] { 1 });
}";
        await VerifyAsync(source, new[] { test }, expected: new[]
        {
            Member(0, "Queries.Await(int[])"),
            Member(1, "Queries.Apply(int[], Func<int, int>)"),
            Member(2, "Queries.Ordered(int[])"),
            Member(3, "Queries.PreserveOrder(int[], bool)"),
            Member(4, "Queries.Join(string[], string)"),
            Member(5, "Queries.JoinWords(string[])"),
        });
    }

    [Fact]
    public async Task Untested_member_of_a_tested_type_is_reported_on_its_declaration()
    {
        const string source = @"
namespace Shop
{
    public class Cart
    {
        public void Add(int item) { }
        public void {|#0:Clear|}() { }
        public int Count => 0;
    }
}";
        const string test = @"
using Shop;
public class CartTests
{
    public void Adds() { var cart = new Cart(); cart.Add(1); _ = cart.Count; }
}";
        await VerifyAsync(source, new[] { test }, expected: Member(0, "Cart.Clear()"));
    }

    [Fact]
    public async Task Type_none_of_whose_members_is_tested_is_reported_once_on_the_type()
    {
        const string source = @"
namespace Shop
{
    public class {|#0:Invoice|}
    {
        public Invoice(int number) { }
        public decimal Total { get; set; }
        public void Send() { }
    }

    public class Cart { public void Add() { } }
}";
        const string test = "public class CartTests { public void T() { new Shop.Cart().Add(); } }";
        await VerifyAsync(source, new[] { test }, expected: TypeResult(0, "Invoice", "Invoice.Invoice(int), Invoice.Total, Invoice.Send()"));
    }

    // A processor that only library code creates (a DI accessor's offline branch) and nothing else of which a test or the
    // library touches: one finding on the type, as the reviewer asks for one test of the whole class (issue #18).
    private const string CreatedByLibrary = @"
namespace Shop
{
    public class {|#0:OfflineProcessor|}
    {
        private readonly System.Text.StringBuilder log = new();
        public {|#1:OfflineProcessor|}(string name) { Names = new[] { name.Trim() }; }
        public OfflineProcessor(string[] names) { Names = names; }
        public string[] Names { get; }
        public void {|#2:Process|}(string sql) { if (sql.Length > 0) { log.AppendLine(sql.Trim()); } }
        public void {|#3:Process|}(int count) => Process(count.ToString());
        public void {|#4:BeginTransaction|}() { }
        public bool {|#5:Exists|}(string name) => throw new System.NotImplementedException($""{nameof(Exists)} is not supported offline: {name}"");
    }

    public class Accessor
    {
        public Accessor(bool connected) { var processor = connected ? null : new OfflineProcessor(new[] { ""offline"" }); STARTUP; Processor = processor; }
        public object Processor { get; }
    }
}";

    [Fact]
    public async Task A_type_only_library_code_creates_and_nothing_touches_is_reported_once_on_the_type()
    {
        // The constructor the accessor runs is not listed (it runs); the auto-property and the one-line forward are
        // covered by their type (library code creates it: covered-by-type); the empty method and the stub are listed
        // with the rest.
        const string test = "public class AccessorTests { public object T() => new Shop.Accessor(false).Processor; }";
        await VerifyAsync(CreatedByLibrary.Replace("STARTUP", "_ = connected"), new[] { test }, expected: TypeResult(0, "OfflineProcessor",
            "OfflineProcessor.OfflineProcessor(string), OfflineProcessor.Process(string), OfflineProcessor.BeginTransaction(), OfflineProcessor.Exists(string)"));
    }

    [Fact]
    public async Task A_type_library_code_creates_is_reported_member_by_member_when_a_test_or_the_library_touches_a_member()
    {
        // The accessor calls Process(string) on a tested path: the type is touched, and its untested members are
        // reported one by one (the one-line forward, a member without behaviour, stays covered by its type).
        const string test = "public class AccessorTests { public object T() => new Shop.Accessor(false).Processor; }";
        await VerifyAsync(CreatedByLibrary.Replace("STARTUP", "processor?.Process(\"init\")"), new[] { test }, expected: new[]
        {
            Member(1, "OfflineProcessor.OfflineProcessor(string)"),
            Member(4, "OfflineProcessor.BeginTransaction()"),
            Member(5, "OfflineProcessor.Exists(string)"),
        });

        // A test that creates it itself touches its constructor.
        const string creating = "public class ProcessorTests { public object T() => new Shop.OfflineProcessor(\"a\"); }";
        await VerifyAsync(CreatedByLibrary.Replace("STARTUP", "_ = connected"), new[] { test, creating }, expected: new[]
        {
            Member(2, "OfflineProcessor.Process(string)"),
            Member(4, "OfflineProcessor.BeginTransaction()"),
            Member(5, "OfflineProcessor.Exists(string)"),
        });
    }

    [Fact]
    public async Task Type_without_members_is_tested_when_a_test_names_it()
    {
        const string source = @"
namespace Shop
{
    public interface IMarker { }
    public interface {|#0:IOther|} { }
    public static class {|#1:Checks|} { public static bool Is(object o) => o is IMarker || o is IOther; }
}";
        // Checks names both markers, so library code stands behind them (an unnamed one is not reported at all).
        const string test = "public class T : Shop.IMarker { }";
        await VerifyAsync(source, new[] { test }, expected: new[] { TypeResult(0, "IOther", string.Empty), TypeResult(1, "Checks", "Checks.Is(object)") });
    }

    [Fact]
    public async Task Static_class_without_members_of_its_own_is_not_reported_its_nested_types_are()
    {
        const string source = @"
namespace Shop
{
    public static class Holder
    {
        public class {|#0:Inner|} { public void Run() { } }
    }
}";
        const string test = "public class T { }";
        await VerifyAsync(source, new[] { test }, expected: TypeResult(0, "Holder.Inner", "Holder.Inner.Run()"));
    }

    [Fact]
    public async Task Only_publicly_visible_members_count()
    {
        const string source = @"
namespace Shop
{
    public class {|#0:Cart|}
    {
        public void Add() { }
        internal void Hidden() { }
        private void Secret() { }
        protected void ForDerived() { }
        public override string ToString() => """";
    }

    public sealed class Sealed
    {
        public void Add() { }
        protected internal void NotVisible() { }
    }

    public class InternalConstructor
    {
        internal InternalConstructor() { }
        public void Add() { }
        protected void NobodyOutsideCanDerive() { }
    }

    internal class Internal { public void Anything() { } }

    public class Outer
    {
        public void Add() { }
        private class Nested { public void Never() { } }
        public class {|#1:PublicNested|} { public void Never() { } }
    }
}";
        // Cart's protected member is reported in the type's finding: no test exercises the type (protected-member).
        const string test = "public class T { void M() { new Shop.Sealed().Add(); new Shop.Outer().Add(); new Shop.InternalConstructor().Add(); } }";
        await VerifyAsync(source, new[] { test }, expected: new[] { TypeResult(0, "Cart", "Cart.Add(), Cart.ForDerived()"), TypeResult(1, "Outer.PublicNested", "Outer.PublicNested.Never()") });
    }

    [Fact]
    public async Task Name_matching_covers_constructors_properties_events_indexers_operators_and_extensions()
    {
        const string source = @"
namespace Shop
{
    public class Money
    {
        public Money(decimal amount) { }
        public decimal Amount { get; init; }
        public string this[int i] => """";
        public event System.EventHandler? Changed;
        public static Money operator +(Money a, Money b) => a;
        public static Money operator {|#0:-|}(Money a, Money b) => a;
        public static implicit operator decimal(Money m) => 0;
        public void Dispose() { }
    }

    public static class MoneyExtensions
    {
        public static Money Twice(this Money m) => m;
        public static Money {|#1:Thrice|}(this Money m) => m;
    }
}";
        const string test = @"
using Cash = Shop.Money;
public class MoneyTests
{
    public void All()
    {
        using var m = new Cash(1m) { Amount = 2 };
        m.Changed += (s, e) => { };
        _ = m[0];
        _ = (m + m).Twice();
    }
}";
        await VerifyAsync(source, new[] { test }, expected: new[] { Member(0, "Money.operator -(Money, Money)"), Member(1, "MoneyExtensions.Thrice(Money)") });
    }

    [Fact]
    public async Task Generic_arity_tells_types_apart()
    {
        const string source = @"
namespace Shop
{
    public class Box { public void Open() { } }
    public class {|#0:Box|}<T> { public void Open() { } }
}";
        const string test = "public class T { void M() { new Shop.Box().Open(); } }";
        await VerifyAsync(source, new[] { test }, expected: TypeResult(0, "Box<T>", "Box<T>.Open()"));
    }

    [Fact]
    public async Task Members_listed_in_the_shipped_file_are_not_new()
    {
        const string source = @"
namespace Shop
{
    public class Cart
    {
        public void Add() { }
        public void Old() { }
        public void {|#0:Fresh|}() { }
        public void {|#1:Unlisted|}() { }
        public int Size { get; set; }
    }
}";
        const string shipped = "#nullable enable\nShop.Cart\nShop.Cart.Cart() -> void\nShop.Cart.Add() -> void\n~Shop.Cart.Old() -> void\nShop.Cart.Size.get -> int\nShop.Cart.Size.set -> void\n";
        const string unshipped = "#nullable enable\nShop.Cart.Fresh() -> void\n*REMOVED*Shop.Cart.Gone() -> void\n";
        const string test = "public class T { void M() { new Shop.Cart().Add(); } }";
        await VerifyAsync(source, new[] { test }, shipped, unshipped, expected: new[] { Member(0, "Cart.Fresh()"), Member(1, "Cart.Unlisted()") });
    }

    [Fact]
    public async Task Diagnostic_carries_the_PublicAPI_signature()
    {
        const string source = @"
namespace Shop
{
    public class Cart
    {
        public void Add() { }
        public string? {|#0:Find|}(string name, int limit = 3) => name.Length > limit ? name : null;
    }
}";
        const string test = "public class T { void M() { new Shop.Cart().Add(); } }";
        await VerifyAsync("#nullable enable\n" + source, new[] { test }, expected: Member(0, "Cart.Find(string, int)"));

        var compilation = TestSources.Library(source.Replace("{|#0:Find|}", "Find"));
        var diagnostics = await TestSources.UntestedAsync(compilation, test);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Shop.Cart.Find(string! name, int limit = 3) -> string?", diagnostic.Properties[UntestedPublicApiAnalyzer.ApiProperty]);
        Assert.Equal("test_gaps", diagnostic.Properties["aidebt.family"]);
        Assert.Equal("15", diagnostic.Properties["aidebt.debtMinutes"]);
        Assert.StartsWith("v2:AID301:", diagnostic.Properties["aidebt.fingerprint"], System.StringComparison.Ordinal);
        Assert.Equal("M:Shop.Cart.Find(System.String,System.Int32)", diagnostic.Properties[UntestedPublicApiAnalyzer.MembersProperty]);
    }

    [Theory]
    [InlineData("none", false)]
    [InlineData("all", true)]
    [InlineData("new", false)]
    [InlineData("auto", false)]
    public async Task Scope_option_selects_the_APIs(string scope, bool reportsShipped)
    {
        const string source = @"
namespace Shop
{
    public class Cart
    {
        public void Add() { }
        public void {|#0:Old|}() { }
        public void {|#1:Fresh|}() { }
    }
}";
        const string shipped = "Shop.Cart\nShop.Cart.Cart() -> void\nShop.Cart.Add() -> void\nShop.Cart.Old() -> void\n";
        const string test = "public class T { void M() { new Shop.Cart().Add(); } }";
        var expected = new List<DiagnosticResult>();
        if (scope != "none")
        {
            if (reportsShipped)
            {
                expected.Add(Member(0, "Cart.Old()"));
            }

            expected.Add(Member(1, "Cart.Fresh()"));
        }

        var markup = scope == "none" || !reportsShipped ? source.Replace("{|#0:Old|}", "Old") : source;
        if (scope == "none")
        {
            markup = markup.Replace("{|#1:Fresh|}", "Fresh");
        }

        await VerifyAsync(markup, new[] { test }, shipped, unshipped: string.Empty, globalConfig: "aidebt.test_gaps.scope = " + scope, expected: expected.ToArray());
    }

    [Fact]
    public async Task A_method_declared_without_a_body_is_read_without_failing()
    {
        // An extern method, and a partial method whose implementation a generator writes ([GeneratedRegex]; written out
        // here in a second part, as the generator's output would be), have no body in the declaration the type lists.
        const string source = @"
namespace Shop
{
    public partial class {|#0:Patterns|}
    {
        public bool IsKey(string text) => KeyRegex().IsMatch(text) && Beep(0) == 0;
        private static partial System.Text.RegularExpressions.Regex KeyRegex();
        [System.Runtime.InteropServices.DllImport(""user32.dll"")]
        private static extern int Beep(uint type);
    }

    public partial class Patterns
    {
        private static partial System.Text.RegularExpressions.Regex KeyRegex() => new System.Text.RegularExpressions.Regex(""k"");
    }
}";
        await VerifyAsync(source, new[] { "class T { }" }, expected: TypeResult(0, "Patterns", "Patterns.IsKey(string)"));
    }

    [Fact]
    public async Task Auto_scope_skips_executables_without_PublicAPI_files()
    {
        const string source = "namespace Shop { public class Program { public static void Main() { } public void Run() { } } }";
        await VerifyAsync(source, new[] { "class T { }" }, outputKind: OutputKind.ConsoleApplication);
    }

    [Fact]
    public async Task Test_projects_are_never_analyzed()
    {
        const string source = @"
namespace Xunit { public sealed class FactAttribute : System.Attribute { } }
namespace Shop.Tests { public class CartTests { [Xunit.Fact] public void Adds() { } } }";
        await VerifyAsync(source, new[] { "class T { }" }, globalConfig: "build_property.IsTestProject = true");
    }
}
