using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.MagicValues;
using AiDebtAnalyzers.Options;
using AiDebtAnalyzers.Tests.Quality;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Shared = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.MagicValues.RepeatedStringAnalyzer>;

namespace AiDebtAnalyzers.Tests.MagicValues;

public class RepeatedStringAnalyzerTests
{
    /// <summary>The option listing every role that can be reported (the default lists only the measured set).</summary>
    private static readonly string EveryRole = "aidebt.magic_values.reported_string_roles = " + RepeatedStringRoles.ReportableRoles;

    private static DiagnosticResult Repeated(int location, string value, int count, string type, params int[] others)
    {
        var result = VerifyCS.Diagnostic(RuleIds.RepeatedString).WithLocation(location).WithArguments(value, count.ToString(System.Globalization.CultureInfo.InvariantCulture), type);
        foreach (var other in others)
        {
            result = result.WithLocation(other);
        }

        return result;
    }

    [Fact]
    public async Task Reports_each_occurrence_with_the_others_as_additional_locations()
    {
        const string source = """
            using System.Collections.Generic;

            class HeaderWriter
            {
                void Write(Dictionary<string, string> headers)
                {
                    headers[{|#0:"X-Correlation-Id"|}] = "a";
                    if (headers.ContainsKey({|#1:"X-Correlation-Id"|}))
                    {
                        headers.Remove({|#2:"X-Correlation-Id"|});
                    }

                    headers["X-Other-Header"] = "twice";
                    headers["X-Other-Header"] = "twice";
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "X-Correlation-Id", 3, "HeaderWriter", 1, 2),
            Repeated(1, "X-Correlation-Id", 3, "HeaderWriter", 0, 2),
            Repeated(2, "X-Correlation-Id", 3, "HeaderWriter", 0, 1));
    }

    [Fact]
    public async Task Ignores_test_projects_unless_asked()
    {
        const string quiet = """
            using System.Collections.Generic;

            class HeaderTests
            {
                void Write(Dictionary<string, string> headers)
                {
                    headers["X-Correlation-Id"] = "a";
                    headers.Remove("X-Correlation-Id");
                    headers.ContainsKey("X-Correlation-Id");
                }
            }
            """;
        var test = new Shared.Test { TestCode = quiet };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        await test.RunAsync();

        const string reported = """
            using System.Collections.Generic;

            class HeaderTests
            {
                void Write(Dictionary<string, string> headers)
                {
                    headers[{|#0:"X-Correlation-Id"|}] = "a";
                    headers.Remove({|#1:"X-Correlation-Id"|});
                    headers.ContainsKey({|#2:"X-Correlation-Id"|});
                }
            }
            """;
        var analyzed = new Shared.Test { TestCode = reported };
        analyzed.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\naidebt.magic_values.analyze_tests = true\n"));
        analyzed.ExpectedDiagnostics.Add(Repeated(0, "X-Correlation-Id", 3, "HeaderTests", 1, 2));
        analyzed.ExpectedDiagnostics.Add(Repeated(1, "X-Correlation-Id", 3, "HeaderTests", 0, 2));
        analyzed.ExpectedDiagnostics.Add(Repeated(2, "X-Correlation-Id", 3, "HeaderTests", 0, 1));
        await analyzed.RunAsync();
    }

    /// <summary>Declarations every role example may use, so each example compiles in the probe class.</summary>
    private const string RoleProbe = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Text;
        using static System.Environment;

        class Options { public string QueueName { get; set; } = ""; }
        class Cache { public void Remove(string key) { } }
        class AttributeList { public void SetAttribute(string name, object value) { } }
        class TagOutput { public AttributeList Attributes { get; } = new(); }
        class Request { public string ContentType { get; set; } = ""; public void AddQueryString(string name, string value) { } }
        class Feed { public string Element(string name) => name; }
        class Binding { public Binding(string path) { } }

        class Probe
        {
            private IDictionary<string, string> headers = null!;
            private IDictionary<string, string> index = null!;
            private Cache cache = null!;
            private Options options = null!;
            private StringBuilder builder = null!;
            private System.Reflection.MethodInfo method = null!;
            private DateTime date;
            private string id = "", text = "", hardwareType = "", css = "";
            private TagOutput output = null!;
            private Request request = null!;
            private object result = null!;
            private Dictionary<string, string> args = new();
            private Feed feed = null!;
            private System.Text.RegularExpressions.Match match = null!;
            private System.Collections.Specialized.NameValueCollection config = new();

            // Names one kind of external name (a command-line option), so the options written inline are named too.
            private const string VerboseOption = "--verbose";

            object FindResource(string key) => key;

            object RedirectToAction(string action, string controller) => action;

            void OnPropertyChanged(string propertyName) { }

            void M0() { EXAMPLE }
            void M1() { EXAMPLE }
            void M2() { EXAMPLE }
        }
        """;

    public static IEnumerable<object[]> Roles() => RepeatedStringRoles.All.Select(info => new object[] { info.Role.ToString() });

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_example_written_three_times_is_reported_only_when_the_role_is(string roleName)
    {
        var info = RepeatedStringRoles.All.Single(row => row.Role.ToString() == roleName);
        var diagnostics = await AnalyzerDriver.RunAsync(new RepeatedStringAnalyzer(), RoleProbe.Replace("EXAMPLE", info.Example));

        // A role that needs more copies than three (a query parameter's name) is quiet here; its own test writes more.
        // By default only the roles whose judged precision supports it count; the others only when the option lists them.
        // A role whose copies are one use (a consumed setting's run) counts in its RepeatedAs role once the three
        // methods repeat that use: every copy of the three runs is a finding then.
        var counted = info.RepeatedAs is { } repeatedAs ? RepeatedStringRoles.All.Single(row => row.Role == repeatedAs) : info;
        var copies = info.RepeatedAs is null ? 3 : 3 * System.Text.RegularExpressions.Regex.Matches(info.Example, System.Text.RegularExpressions.Regex.Escape(FirstString(info.Example))).Count;
        Assert.Equal(counted.ReportedByDefault && counted.MinCopies <= 3 ? copies : 0, diagnostics.Count(d => d.Id == RuleIds.RepeatedString));

        // Each copy says which role made it count (aidebt.role, as the rule page names the role).
        Assert.All(diagnostics, d => Assert.Equal(counted.Role.ToString(), d.Properties[RepeatedStringAnalyzer.RoleProperty]));

        var everyRole = await AnalyzerDriver.RunAsync(new RepeatedStringAnalyzer(), RoleProbe.Replace("EXAMPLE", info.Example), "aidebt.magic_values.reported_string_roles = " + RepeatedStringRoles.ReportableRoles);
        Assert.Equal(counted.Reported && counted.MinCopies <= 3 ? copies : 0, everyRole.Count(d => d.Id == RuleIds.RepeatedString));
    }

    /// <summary>The first string literal of an example, quotes included (<c>"connectionStringName"</c>).</summary>
    private static string FirstString(string example)
    {
        var start = example.IndexOf('"');
        return example.Substring(start, example.IndexOf('"', start + 1) - start + 1);
    }

    [Fact]
    public async Task Reports_store_keys_by_default_and_keys_of_other_dictionaries_only_on_request()
    {
        // The default set holds the roles whose judged precision supports them: the key of a setting, header, claim or
        // cached entry (StoreKey) is reported; a key of a document or of the code's own dictionary (Key) and a name
        // passed to any other call (IdentifierArgument) only when the option lists their roles.
        const string source = """
            using System.Collections.Generic;
            using System.Security.Claims;

            class Checkout
            {
                IDictionary<string, string> _configuration = null!;
                IDictionary<string, object> document = null!;

                void Send(string queue) { }

                string Host() => _configuration[{|#0:"Smtp:Host"|}];
                string Tenant(ClaimsPrincipal user) => user.FindFirst({|#1:"Smtp:Host"|})?.Value ?? _configuration[{|#2:"Smtp:Host"|}];
                object Outbounds() => document[{|#3:"outbounds"|}] ?? document[{|#4:"outbounds"|}] ?? document[{|#5:"outbounds"|}];
                void Queue() { Send({|#6:"orders-queue"|}); Send({|#7:"orders-queue"|}); Send({|#8:"orders-queue"|}); }
            }
            """;

        var quiet = source;
        for (var i = 3; i <= 8; i++)
        {
            quiet = System.Text.RegularExpressions.Regex.Replace(quiet, "\\{\\|#" + i + ":(\"[^\"]*\")\\|\\}", "$1");
        }

        await Shared.VerifyAnalyzerAsync(quiet, Repeated(0, "Smtp:Host", 3, "Checkout", 1, 2), Repeated(1, "Smtp:Host", 3, "Checkout", 0, 2), Repeated(2, "Smtp:Host", 3, "Checkout", 0, 1));
        await Shared.VerifyAnalyzerAsync(
            source,
            "aidebt.magic_values.reported_string_roles = StoreKey, Key, IdentifierArgument",
            Repeated(0, "Smtp:Host", 3, "Checkout", 1, 2),
            Repeated(1, "Smtp:Host", 3, "Checkout", 0, 2),
            Repeated(2, "Smtp:Host", 3, "Checkout", 0, 1),
            Repeated(3, "outbounds", 3, "Checkout", 4, 5),
            Repeated(4, "outbounds", 3, "Checkout", 3, 5),
            Repeated(5, "outbounds", 3, "Checkout", 3, 4),
            Repeated(6, "orders-queue", 3, "Checkout", 7, 8),
            Repeated(7, "orders-queue", 3, "Checkout", 6, 8),
            Repeated(8, "orders-queue", 3, "Checkout", 6, 7));
    }

    [Fact]
    public void Reported_string_roles_option_accepts_reported_roles_only_and_defaults_to_the_measured_set()
    {
        Assert.True(AiDebtOptions.MagicValuesReportedStringRoles.IsValid("Key, identifierargument"));
        Assert.True(AiDebtOptions.MagicValuesReportedStringRoles.IsValid(string.Empty));
        Assert.False(AiDebtOptions.MagicValuesReportedStringRoles.IsValid("Key,Message"));
        Assert.False(AiDebtOptions.MagicValuesReportedStringRoles.IsValid("Keys"));
        Assert.Equal(RepeatedStringRoles.All.Where(info => info.ReportedByDefault).Select(info => info.Role.ToString()), AiDebtOptions.MagicValuesReportedStringRoles.Default);
        Assert.All(RepeatedStringRoles.All.Where(info => info.Reported), info => Assert.False(string.IsNullOrWhiteSpace(info.Measured), info.Role.ToString()));
    }

    [Fact]
    public async Task Stays_quiet_on_text_catalogue_keys_binding_paths_and_keys_named_for_their_target()
    {
        // Squidex's T.Get, Greenshot's Language.GetString and BidirectionalBinding, WalletWasabi's settings decoders:
        // the key is the text catalogue's, the bound property's or the filled member's own name.
        const string source = """
            using System;
            using System.Collections.Generic;

            static class T { public static string Get(string key) => key; }
            static class Language { public static string GetString(string key) => key; }
            class BidirectionalBinding { public BidirectionalBinding(object control, string controlProperty, object field, string fieldProperty) { } }
            class BindingList { public void Add(string property, object source, string member) { } }
            class Control { public BindingList DataBindings { get; } = new(); }
            class Getter { public T1 Required<T1>(string key, Func<string, T1> decode) => decode(key); }
            record Config(int MaxDays, bool EnableGpu);
            class Writer { public void WriteString(string name, string value) { } }
            class Order { public string Name { get; set; } = ""; }

            class Screens
            {
                string a = T.Get("contents.invalid"), b = T.Get("contents.invalid"), c = T.Get("contents.invalid");
                string d = Language.GetString("editor_title"), e = Language.GetString("editor_title"), f = Language.GetString("editor_title");

                void Bind(Control control, object field, object settings)
                {
                    _ = new BidirectionalBinding(control, "Value", field, "Value");
                    _ = new BidirectionalBinding(control, "Value", field, "Value");
                    control.DataBindings.Add("Checked", settings, "Enabled");
                    control.DataBindings.Add("Checked", settings, "Enabled");
                    control.DataBindings.Add("Checked", settings, "Enabled");
                }

                Config V1(Getter get) => new Config(MaxDays: get.Required("MaxDays", int.Parse), EnableGpu: get.Required("EnableGpu", bool.Parse));
                Config V2(Getter get) => new Config(MaxDays: get.Required("MaxDays", int.Parse), EnableGpu: get.Required("EnableGpu", bool.Parse));
                Config V3(Getter get) => new Config(MaxDays: get.Required("MaxDays", int.Parse), EnableGpu: get.Required("EnableGpu", bool.Parse));

                void Write(Writer writer, Order order, Dictionary<string, string> row)
                {
                    writer.WriteString("Name", order.Name);
                    writer.WriteString("Name", order.Name);
                    order.Name = row.TryGetValue("Name", out var n) ? n : "";
                    var copy = new Order { Name = Read(row, "Name") ?? "" };
                }

                static string? Read(Dictionary<string, string> row, string key) => row.TryGetValue(key, out var v) ? v : null;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Still_reports_a_key_its_target_does_not_name_and_a_catalogue_receiver_that_is_not_looked_up()
    {
        // A local named for something else, and a call on T that is not a Get... look-up, keep the key a repeated key.
        const string source = """
            using System;

            static class T { public static void Run(string job) { } }
            class Getter { public T1 Required<T1>(string key, Func<string, T1> decode) => decode(key); }

            class Decoder
            {
                int V1(Getter get) { var version = get.Required({|#0:"ConfigVersion"|}, int.Parse); return version; }
                int V2(Getter get) { var version = get.Required({|#1:"ConfigVersion"|}, int.Parse); return version; }
                int V3(Getter get) { var version = get.Required({|#2:"ConfigVersion"|}, int.Parse); return version; }
                void Jobs() { T.Run({|#3:"nightly-sync"|}); T.Run({|#4:"nightly-sync"|}); T.Run({|#5:"nightly-sync"|}); }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "ConfigVersion", 3, "Decoder", 1, 2),
            Repeated(1, "ConfigVersion", 3, "Decoder", 0, 2),
            Repeated(2, "ConfigVersion", 3, "Decoder", 0, 1),
            Repeated(3, "nightly-sync", 3, "Decoder", 4, 5),
            Repeated(4, "nightly-sync", 3, "Decoder", 3, 5),
            Repeated(5, "nightly-sync", 3, "Decoder", 3, 4));
    }

    [Fact]
    public async Task Stays_quiet_on_translation_keys_theme_resource_keys_and_query_parameters_of_a_few_requests()
    {
        const string source = """
            using System.Collections.Generic;

            class ResourceDictionary : Dictionary<object, object> { }
            class Api { public string GetTranslation(string key) => key; }
            class Translator { public string Get(string key) => key; }
            class Request { public void AddQueryString(string name, string value) { } }
            class Application { public static Application Current { get; } = new(); public ResourceDictionary Resources { get; } = new(); }

            class PluginsManager
            {
                private readonly Api _api = new();
                private readonly Translator _translator = new();

                string Titles() => _api.GetTranslation("plugin_update_title") + _api.GetTranslation("plugin_update_title") + _api.GetTranslation("plugin_update_title")
                    + _translator.Get("install_error") + _translator.Get("install_error") + _translator.Get("install_error");

                object? Style(ResourceDictionary theme)
                {
                    var dict = GetCurrentResourceDictionary();
                    var a = dict["WindowBorderStyle"];
                    var b = dict.ContainsKey("WindowBorderStyle") ? theme["WindowBorderStyle"] : null;
                    var c = Application.Current.Resources.ContainsKey("WindowBorderStyle") ? Application.Current.Resources["WindowBorderStyle"] : null;
                    return a ?? b ?? c;
                }

                void Search(Request request, string adult)
                {
                    request.AddQueryString("include_adult", adult);
                    request.AddQueryString("include_adult", adult);
                    request.AddQueryString("include_adult", adult);
                }

                ResourceDictionary GetCurrentResourceDictionary() => new();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_query_parameters_sent_by_nearly_every_request_credentials_and_keys_of_other_dictionaries()
    {
        var requests = new System.Text.StringBuilder();
        for (var i = 0; i < RepeatedStringRoles.QueryParameterMinCopies; i++)
        {
            // One request per method, as an API client writes them: consecutive calls that differ would be a table.
            requests.Append("    void Search" + i + "(Request request, string code, string token)\n    {\n        request.AddQueryString({|#" + i + ":\"language\"|}, code);\n"
                + (i < 3 ? "        request.AddQueryString({|#" + (10 + i) + ":\"api_key\"|}, token);\n" : string.Empty) + "    }\n");
        }

        var source = """
            using System.Collections.Generic;

            class Request { public void AddQueryString(string name, string value) { } }

            class MovieApi
            {
                private readonly Dictionary<string, object> _cache = new();

                object Cached() => _cache[{|#13:"WindowBorderStyle"|}] ?? _cache[{|#14:"WindowBorderStyle"|}] ?? _cache[{|#15:"WindowBorderStyle"|}];

            REQUESTS}
            """.Replace("REQUESTS", requests.ToString(), System.StringComparison.Ordinal);

        var expected = new List<DiagnosticResult>();
        var count = RepeatedStringRoles.QueryParameterMinCopies;
        for (var i = 0; i < count; i++)
        {
            expected.Add(Repeated(i, "language", count, "MovieApi", Enumerable.Range(0, count).Where(j => j != i).ToArray()));
        }

        expected.Add(Repeated(10, "api_key", 3, "MovieApi", 11, 12));
        expected.Add(Repeated(11, "api_key", 3, "MovieApi", 10, 12));
        expected.Add(Repeated(12, "api_key", 3, "MovieApi", 10, 11));
        expected.Add(Repeated(13, "WindowBorderStyle", 3, "MovieApi", 14, 15));
        expected.Add(Repeated(14, "WindowBorderStyle", 3, "MovieApi", 13, 15));
        expected.Add(Repeated(15, "WindowBorderStyle", 3, "MovieApi", 13, 14));
        await VerifyCS.VerifyAnalyzerAsync(source, expected.ToArray());
    }

    [Fact]
    public async Task Stays_quiet_on_markup_names_action_targets_standard_values_and_placeholders()
    {
        const string source = """
            class AttributeList
            {
                public object this[string name] => name;
                public void Add(string name, string value) { }
                public void RemoveAll(string name) { }
            }

            class TagContext { public AttributeList AllAttributes { get; } = new(); }

            class UrlHelper { public string Action(string action, string controller) => action; }

            class OptionTagHelper
            {
                public AttributeList Attributes { get; } = new();
                public UrlHelper Url { get; } = new();

                void Process(TagContext context, bool on)
                {
                    if (on) { Attributes.Add("selected", "selected"); } else { Attributes.RemoveAll("selected"); }
                    var css = context.AllAttributes["class"] ?? Attributes["class"] ?? Attributes["class"];
                    var link = Url.Action("Index", "Organizations") + Url.Action("Edit", "Organizations") + Url.Action("Index", "Organizations");
                    var back = RedirectToAction("Index") ?? RedirectToAction("Index") ?? RedirectToAction("Index");
                    var types = new[] { Accepts("application/json"), Accepts("application/json"), Accepts("application/json") };
                    var flags = Flag("false") + Flag("false") + Flag("false");
                    var args = new System.Collections.Generic.Dictionary<string, string>();
                    args.Add("client_id", "a");
                    args.Add("client_id", "b");
                    args.Add("client_id", "c");
                    var schemes = Flag("Bearer") + Flag("Bearer") + Flag("Bearer") + Flag("no-cache") + Flag("no-cache") + Flag("no-cache");
                    var headers = Attributes["Content-Type"] ?? Flag("Content-Type") + Flag("content-type") + Flag("Authorization") + Flag("Authorization") + Flag("Authorization")
                        + Flag("Retry-After") + Flag("Retry-After") + Flag("retry-after");
                    var keys = Flag("YourSubscriptionKey") + Flag("<your-endpoint>") + Flag("YOUR_API_KEY") + Flag("YourSubscriptionKey") + Flag("YourSubscriptionKey");
                    var endpoints = Flag("<your-endpoint>") + Flag("<your-endpoint>") + Flag("YOUR_API_KEY") + Flag("YOUR_API_KEY");
                }

                object RedirectToAction(string action) => action;
                string Accepts(string mediaType) => mediaType;
                string Flag(string text) => text;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Stays_quiet_on_the_protocols_header_names_where_the_text_names_a_header()
    {
        // "Range", "Origin" and "Host" are common setting names, so only a header position makes them the protocol's.
        const string source = """
            using System.Collections.Generic;

            class HeaderList : Dictionary<string, string> { public bool TryAddWithoutValidation(string name, string value) => true; }
            class Request { public HeaderList Headers { get; } = new(); }
            class Client { public HeaderList DefaultRequestHeaders { get; } = new(); }

            class Updater
            {
                void Download(Client sizeClient, Client client, int start, int end)
                {
                    sizeClient.DefaultRequestHeaders.Add("Range", "bytes=0-0");
                    client.DefaultRequestHeaders.Add("Range", $"bytes={start}-{end}");
                    client.DefaultRequestHeaders.TryAddWithoutValidation("Range", $"bytes={start}-");
                }

                string? Cors(Request request, Request response)
                {
                    response.Headers.Add("Access-Control-Allow-Origin", request.Headers["Origin"]);
                    response.Headers["Access-Control-Allow-Origin"] = request.Headers["Origin"];
                    return request.Headers["Origin"] != "" ? response.Headers["Access-Control-Allow-Origin"] : null;
                }

                // Mail and UPnP eventing carry header fields of their own protocols.
                void Reply(HeaderList headers, int answer, string subject)
                {
                    if (answer == 1) { headers.Add("Subject", "Accepted: " + subject); }
                    else if (answer == 2) { headers.Add("Subject", "Declined: " + subject); }
                    else { headers.Add("Subject", "Tentative: " + subject); }
                }

                string Subscribe(Request request, Request response, int timeout)
                {
                    response.Headers["TIMEOUT"] = "Second-" + timeout;
                    response.Headers["TIMEOUT"] = "Second-infinite";
                    return request.Headers["TIMEOUT"];
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_a_projects_own_header_and_protocol_words_used_as_setting_keys()
    {
        const string source = """
            using System.Collections.Generic;

            class HeaderList : Dictionary<string, string> { }
            class Request { public HeaderList Headers { get; } = new(); }

            class Gateway
            {
                Dictionary<string, string> _configuration = new();

                void Send(Request radarr, Request sonarr, Request overseerr, string key)
                {
                    radarr.Headers.Add({|#0:"X-Api-Key"|}, key);
                    sonarr.Headers.Add({|#1:"X-Api-Key"|}, key);
                    overseerr.Headers[{|#2:"X-Api-Key"|}] = key;
                }

                // Outside a header position "Range" and "Origin" are the application's own setting names.
                string Window() => _configuration[{|#3:"Range"|}] + _configuration[{|#4:"Range"|}] + _configuration[{|#5:"Range"|}];
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "X-Api-Key", 3, "Gateway", 1, 2),
            Repeated(1, "X-Api-Key", 3, "Gateway", 0, 2),
            Repeated(2, "X-Api-Key", 3, "Gateway", 0, 1),
            Repeated(3, "Range", 3, "Gateway", 4, 5),
            Repeated(4, "Range", 3, "Gateway", 3, 5),
            Repeated(5, "Range", 3, "Gateway", 3, 4));
    }

    [Fact]
    public async Task Stays_quiet_on_localization_keys_external_document_fields_xml_names_query_parameters_and_uri_schemes()
    {
        const string source = """
            using System.Collections.Generic;

            class Token
            {
                public Token this[string key] => this;
                public T Value<T>() => default!;
                public T Value<T>(string key) => default!;
                public Token SelectToken(string path) => this;
                public static Token Parse(string json) => new();
            }

            class XElement { public XElement(string name, params object[] content) { } }
            class XAttribute { public XAttribute(string name, object value) { } }
            class Node { public Node QuerySelector(string selector) => this; public List<string> ClassList { get; } = new(); }
            class Localizer { public string this[string key] => key; }
            class LocalizationService
            {
                public string Translate(string userId, string key) => key;
                public string Get(string locale, string key) => key;
            }

            class Indexer
            {
                private readonly LocalizationService _localizationService = new();
                private readonly Localizer _localizer = new();

                void Search(string userId, Token json, Node page, System.Uri link, string url)
                {
                    var a = _localizationService.Translate(userId, "permission-denied") + _localizationService.Translate(userId, "permission-denied");
                    var b = _localizationService.Get("en", "permission-denied") + _localizer["opds-disabled"] + _localizer["opds-disabled"] + _localizer["opds-disabled"];
                    var c = json["data"]["title"].Value<string>() + json["data"]["title"].Value<string>() + json["data"]["title"].Value<string>();
                    var d = json.Value<string>("groupName") + json.Value<string>("groupName") + json.SelectToken("groupName") + Token.Parse(url)["groupName"];
                    var caps = new XElement("caps", new XAttribute("available", "yes"), new XElement("caps"), new XElement("caps"), new XAttribute("available", "no"), new XAttribute("available", "no"));
                    var e = page.QuerySelector(".inactive") ?? page.QuerySelector(".inactive") ?? page.QuerySelector(".inactive");
                    var f = page.ClassList.Contains("inactive") || page.ClassList.Contains("inactive") || page.ClassList.Contains("inactive");
                    var qc = new Dictionary<string, string>();
                    qc.Add("search", "a");
                    qc.Add("search", "b");
                    qc.Add("search", "c");
                    var magnet = link.Scheme == "magnet" || link.Scheme == "magnet" || link.Scheme != "magnet";
                    var local = url.StartsWith("file://") || url.StartsWith("file://") || url.StartsWith("file://");
                    var sql = Bind("@VolumeId") + Bind("@VolumeId") + Bind("@VolumeId");
                    var text = url.Replace("<strong>", "").Replace("</strong>", "") + url.Replace("<strong>", "") + url.Replace("</strong>", "");
                    var queryParams = new System.Collections.Specialized.NameValueCollection();
                    var groups = new Dictionary<string, string>();
                    var chapter = groups["Chapter"] + groups["Chapter"] + groups["Chapter"];
                    var empty = queryParams.Get("release") == null && queryParams.Get("release") == null && queryParams.Get("release") == null;
                }

                string Bind(string parameter) => parameter;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_settings_keys_read_in_two_places_single_indexer_reads_and_scheme_words_used_as_values()
    {
        const string source = """
            using System.Collections.Generic;

            class Settings { public string Get(string key) => key; public void Set(string key, string value) { } }
            class Translations { public string Lookup(string key) => key; }

            class Service
            {
                private readonly Settings _settings = new();
                private readonly Dictionary<string, object> _state = new();

                void Save(string host) => _settings.Set({|#0:"Smtp:Host"|}, host);
                string Read() => _settings.Get({|#1:"Smtp:Host"|}) + _settings.Get({|#2:"Smtp:Host"|});

                int Category() => (int)_state[{|#3:"type_category"|}] + (int)_state[{|#4:"type_category"|}] + (int)_state[{|#5:"type_category"|}];

                string Mode(string link) => link.Contains({|#6:"magnet"|}) ? {|#7:"magnet"|} : {|#8:"magnet"|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "Smtp:Host", 3, "Service", 1, 2),
            Repeated(1, "Smtp:Host", 3, "Service", 0, 2),
            Repeated(2, "Smtp:Host", 3, "Service", 0, 1),
            Repeated(3, "type_category", 3, "Service", 4, 5),
            Repeated(4, "type_category", 3, "Service", 3, 5),
            Repeated(5, "type_category", 3, "Service", 3, 4),
            Repeated(6, "magnet", 3, "Service", 7, 8),
            Repeated(7, "magnet", 3, "Service", 6, 8),
            Repeated(8, "magnet", 3, "Service", 6, 7));
    }

    [Fact]
    public async Task Reports_the_same_words_as_keys_outside_markup_and_redirects_and_words_that_only_start_like_a_placeholder()
    {
        const string source = """
            using System.Collections.Generic;

            class Styles
            {
                string Read(IDictionary<string, string> settings, IDictionary<string, string> cache)
                {
                    var a = settings[{|#0:"selected"|}];
                    cache.Remove({|#1:"selected"|});
                    cache.Add({|#6:"client_id"|}, "a");
                    cache.Add({|#7:"client_id"|}, "b");
                    cache.Add({|#8:"client_id"|}, "c");
                    var own = settings[{|#3:"yourself"|}] + settings[{|#4:"yourself"|}] + cache[{|#5:"yourself"|}];
                    return settings[{|#2:"selected"|}];
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "selected", 3, "Styles", 1, 2),
            Repeated(1, "selected", 3, "Styles", 0, 2),
            Repeated(2, "selected", 3, "Styles", 0, 1),
            Repeated(3, "yourself", 3, "Styles", 4, 5),
            Repeated(4, "yourself", 3, "Styles", 3, 5),
            Repeated(5, "yourself", 3, "Styles", 3, 4),
            Repeated(6, "client_id", 3, "Styles", 7, 8),
            Repeated(7, "client_id", 3, "Styles", 6, 8),
            Repeated(8, "client_id", 3, "Styles", 6, 7));
    }

    [Fact]
    public async Task Stays_quiet_on_tables_written_as_calls_switch_sections_and_object_rows()
    {
        const string source = """
            using System.Collections.Generic;

            enum Field { Title, Rating, Genres }

            record Column(string Name, string Type);

            class TypeMap
            {
                void Set(int type, string name) { }

                void Setup(Dictionary<string, string> environment, string overview)
                {
                    Set(1, "INTEGERS");
                    Set(2, "INTEGERS");
                    Set(3, "INTEGERS");
                    Set(4, "NUMERICS");
                    environment.Add("Sonarr_Series_Id", "1");
                    environment.Add("Sonarr_Series_Title", overview);
                    environment.Add("Sonarr_Series_Id", "2");
                    environment.Add("Sonarr_Series_Id", "3");
                }

                string Label(Field field)
                {
                    var label = "";
                    switch (field)
                    {
                        case Field.Title: label = "Overview"; break;
                        case Field.Rating: label = "Overview"; break;
                        default: return "Overview";
                    }

                    return label;
                }

                List<Column> Columns() => new()
                {
                    new("Date", "datetime"),
                    new("InvoiceId", "datetime"),
                    new("Paid", "datetime"),
                };
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_a_key_beside_calls_that_pass_constants_and_values_of_a_small_switch()
    {
        const string source = """
            using System.Collections.Generic;

            static class Keys { public const string Success = "Success"; public const string Error = "Error"; }

            class StatusMessages
            {
                void Read(IDictionary<string, object> tempData)
                {
                    tempData.TryGetValue(Keys.Success, out var success);
                    tempData.TryGetValue(Keys.Error, out var error);
                    tempData.TryGetValue({|#0:"StatusMessageModel"|}, out var model);
                }

                void Remove(IDictionary<string, object> tempData) => tempData.Remove({|#1:"StatusMessageModel"|});

                string Pick(bool on)
                {
                    switch (on)
                    {
                        case true: return {|#2:"StatusMessageModel"|};
                        default: return "";
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "StatusMessageModel", 3, "StatusMessages", 1, 2),
            Repeated(1, "StatusMessageModel", 3, "StatusMessages", 0, 2),
            Repeated(2, "StatusMessageModel", 3, "StatusMessages", 0, 1));
    }

    [Fact]
    public async Task Reports_a_value_repeated_down_a_fluent_chain_of_consecutive_statements()
    {
        const string source = """
            class Endpoint { public Endpoint WithTags(string tag) => this; }

            class CatalogApi
            {
                Endpoint Map(string route) => new();

                void MapRoutes()
                {
                    Map("/items").WithTags({|#0:"Items"|});
                    Map("/items/by").WithTags({|#1:"Items"|});
                    Map("/items/{id}").WithTags({|#2:"Items"|});
                    Map("/brands").WithTags("Brands");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "Items", 3, "CatalogApi", 1, 2),
            Repeated(1, "Items", 3, "CatalogApi", 0, 2),
            Repeated(2, "Items", 3, "CatalogApi", 0, 1));
    }

    [Fact]
    public async Task Stays_quiet_on_external_fields_resource_keys_regex_groups_inline_arguments_sql_keywords_and_named_targets()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Text.RegularExpressions;
            using System.Xml.Linq;

            class Parser
            {
                private Dictionary<string, object> Resources = new();

                string Parse(XElement item, Match match, string token, bool on)
                {
                    var a = item.Element("description")!.Value + item.Element("description")!.Value + item.Element("description")!.Value;
                    var b = match.Groups["value"].Value + match.Groups["value"].Value + match.Groups["value"].Value;
                    var c = FindResource("AccentBrush") ?? TryFindResource("AccentBrush") ?? Resources["AccentBrush"];
                    var d = Localize("Unreachable", new Dictionary<string, object> { { "clientName", token } })
                        + Localize("Unreachable2", new Dictionary<string, object> { { "clientName", token } })
                        + Localize("Unreachable3", new Dictionary<string, object> { ["clientName"] = token });
                    var e = token == "UNIQUE" || token == "UNIQUE" || token == "UNIQUE";
                    var f = Link(action: "Index", controller: "UIWallets") + Link(action: "Edit", controller: "UIWallets") + Link(action: "List", controller: "UIWallets");
                    return a + b + c + d + e + f;
                }

                object? FindResource(string key) => null;
                object? TryFindResource(string key) => null;
                string Localize(string key, Dictionary<string, object> args) => key;
                string Link(string action, string controller) => action;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Stays_quiet_on_dotted_resource_keys_character_references_and_fields_cast_from_a_row()
    {
        const string source = """
            class Row { public object this[string key] => key; }

            class Editor
            {
                void ShowHint(string hint, bool permanent = false) { }

                string Apply(Row r, string text)
                {
                    ShowHint("S.Hint.Overlay");
                    ShowHint("S.Hint.Overlay", true);
                    ShowHint("S.Hint.Overlay");
                    var escaped = text.Replace("&#x0d;", "\r").Replace("&amp;#", "&#") + text.Replace("&#x0d;", "") + text.Replace("&amp;#", "");
                    return escaped + text.Replace("&#x0d;", "\n") + text.Replace("&amp;#", "#") + (string)r["groupTime"] + (string)r["groupTime"] + (int)r["groupTime"];
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_dotted_file_names_two_part_keys_and_fields_cast_from_a_shared_store()
    {
        const string source = """
            class Store { public object this[string key] => key; }

            class Settings
            {
                public Store Session { get; } = new();

                string Load(string name) => name;

                string Read()
                {
                    var a = Load({|#0:"app.settings.json"|}) + Load({|#1:"app.settings.json"|}) + Load({|#2:"app.settings.json"|});
                    var b = Load({|#3:"Smtp.Host"|}) + Load({|#4:"Smtp.Host"|}) + Load({|#5:"Smtp.Host"|});
                    return a + b + (string)Session[{|#6:"UserId"|}] + (string)Session[{|#7:"UserId"|}] + (string)Session[{|#8:"UserId"|}];
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "app.settings.json", 3, "Settings", 1, 2),
            Repeated(1, "app.settings.json", 3, "Settings", 0, 2),
            Repeated(2, "app.settings.json", 3, "Settings", 0, 1),
            Repeated(3, "Smtp.Host", 3, "Settings", 4, 5),
            Repeated(4, "Smtp.Host", 3, "Settings", 3, 5),
            Repeated(5, "Smtp.Host", 3, "Settings", 3, 4),
            Repeated(6, "UserId", 3, "Settings", 7, 8),
            Repeated(7, "UserId", 3, "Settings", 6, 8),
            Repeated(8, "UserId", 3, "Settings", 6, 7));
    }

    [Fact]
    public async Task Stays_quiet_on_command_lines_program_files_extensions_and_xaml_names_written_inline()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Diagnostics;

            class ArgumentBuilder : List<string> { public ArgumentBuilder(string command) { } }
            class GitArgumentBuilder : ArgumentBuilder { public GitArgumentBuilder(string command) : base(command) { } }
            static class VisualStateManager { public static bool GoToState(object control, string state, bool useTransitions) => true; }

            class Git
            {
                ArgumentBuilder Abort() => new GitArgumentBuilder("rebase") { "--abort" };
                ArgumentBuilder Continue() { GitArgumentBuilder args = new("rebase") { "--continue", "--abort" }; return args; }
                GitArgumentBuilder Skip() => new("rebase") { "--skip", "--abort" };
                string[] Status() => new[] { "status", "--porcelain" };
                string[] Short() => new[] { "status", "--short" };
                List<string> Long() => ["status", "--long"];

                void Register(string path)
                {
                    Process.Start("regsvr32.exe", path);
                    Process.Start("regsvr32.exe", "/u " + path);
                    Process.Start("regsvr32.exe", "/s " + path);
                }

                bool IsImage(string ext) => HasExtension(ext, ".jpeg", ".png") || HasExtension(ext, ".jpeg", ".webp") || ext == ".jpeg";

                static bool HasExtension(string ext, params string[] extensions) => true;
            }

            class Splitter
            {
                void Enter() => VisualStateManager.GoToState(this, "Normal", true);
                void Leave() => VisualStateManager.GoToState(this, "Normal", true);

                void Rename()
                {
                    var box = FindDescendant("ItemNameTextBox") ?? FindDescendant("ItemNameTextBox") ?? FindDescendant("ItemNameTextBox");
                    VisualStateManager.GoToState(this, "Normal", true);
                }

                object? FindDescendant(string name) => null;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Stays_quiet_on_the_platforms_own_environment_variables_read_inline()
    {
        // .NET names these folders (Environment.SpecialFolder), and IHostEnvironment the host's environment name.
        const string source = """
            using System;
            using System.IO;

            class BrowserLauncher
            {
                string[] Chrome() => new[]
                {
                    Path.Combine(Environment.GetEnvironmentVariable("ProgramW6432")!, @"Google\Chrome"),
                    Path.Combine(Environment.GetEnvironmentVariable("LOCALAPPDATA")!, @"Google\Chrome\Application"),
                    Path.Combine(Environment.GetEnvironmentVariable("PROGRAMFILES(X86)")!, @"Google\Chrome\Bin"),
                };

                string[] Edge() => new[]
                {
                    Path.Combine(Environment.GetEnvironmentVariable("ProgramW6432")!, @"Microsoft\Edge"),
                    Path.Combine(Environment.GetEnvironmentVariable("LOCALAPPDATA")!, @"Microsoft\Edge\Application"),
                    Path.Combine(Environment.GetEnvironmentVariable("PROGRAMFILES(X86)")!, @"Microsoft\Edge\Bin"),
                };

                string? Home() => Environment.GetEnvironmentVariable("HOME") ?? Environment.GetEnvironmentVariable("HOME") ?? Environment.GetEnvironmentVariable("HOME");

                // The .NET host's environment name, which IHostEnvironment reads.
                string Suffix() => Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") != null && Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") != ""
                    ? "." + Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") + "." : ".";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_an_applications_own_environment_variable_and_a_folder_variable_it_sets()
    {
        const string source = """
            using System;

            class Settings { public string? GetEnvironmentVariable(string name) => null; }

            class Launcher
            {
                // A wrapper of the code base's own is no read of the platform's variable.
                string? Wrapped(Settings s) => s.GetEnvironmentVariable({|#6:"LOCALAPPDATA"|}) ?? s.GetEnvironmentVariable({|#7:"LOCALAPPDATA"|});

                string? Root() => Environment.GetEnvironmentVariable({|#0:"MYAPP_HOME"|});
                bool HasRoot() => Environment.GetEnvironmentVariable({|#1:"MYAPP_HOME"|}) != null;
                void ClearRoot() => Environment.SetEnvironmentVariable({|#2:"MYAPP_HOME"|}, null);

                // A folder variable the code base sets for a child process is a setting of its own.
                void Redirect(string folder) => Environment.SetEnvironmentVariable({|#3:"LOCALAPPDATA"|}, folder);
                void Restore(string saved) => Environment.SetEnvironmentVariable({|#4:"LOCALAPPDATA"|}, saved);
                void Reset() => Environment.SetEnvironmentVariable({|#5:"LOCALAPPDATA"|}, null);
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "MYAPP_HOME", 3, "Launcher", 1, 2),
            Repeated(1, "MYAPP_HOME", 3, "Launcher", 0, 2),
            Repeated(2, "MYAPP_HOME", 3, "Launcher", 0, 1),
            Repeated(6, "LOCALAPPDATA", 5, "Launcher", 7, 3, 4, 5),
            Repeated(7, "LOCALAPPDATA", 5, "Launcher", 6, 3, 4, 5),
            Repeated(3, "LOCALAPPDATA", 5, "Launcher", 6, 7, 4, 5),
            Repeated(4, "LOCALAPPDATA", 5, "Launcher", 6, 7, 3, 5),
            Repeated(5, "LOCALAPPDATA", 5, "Launcher", 6, 7, 3, 4));
    }

    [Fact]
    public async Task Reports_external_names_of_a_kind_the_file_already_names_with_constants()
    {
        const string source = """
            using System.Collections.Generic;

            static class VisualStateManager { public static bool GoToState(object control, string state, bool useTransitions) => true; }

            class Commands
            {
                private const string PathFilterArg = "--pathFilter";

                string Filter(Dictionary<string, string> args) => Get(args, {|#0:"--filter"|}) + Get(args, {|#1:"--filter"|}) + Get(args, {|#2:"--filter"|});

                static string Get(Dictionary<string, string> args, string name) => name;
            }

            class Omnibar
            {
                private const string TemplatePartName_TextBox = "PART_TextBox";

                object? Apply() => GetTemplateChild(TemplatePartName_TextBox);
                void Focus() => VisualStateManager.GoToState(this, {|#3:"Focused"|}, true);
                void Enter() => VisualStateManager.GoToState(this, {|#4:"Focused"|}, true);
                void Show() => VisualStateManager.GoToState(this, {|#5:"Focused"|}, true);

                object? GetTemplateChild(string name) => null;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "--filter", 3, "Commands", 1, 2),
            Repeated(1, "--filter", 3, "Commands", 0, 2),
            Repeated(2, "--filter", 3, "Commands", 0, 1),
            Repeated(3, "Focused", 3, "Omnibar", 4, 5),
            Repeated(4, "Focused", 3, "Omnibar", 3, 5),
            Repeated(5, "Focused", 3, "Omnibar", 3, 4));
    }

    [Fact]
    public async Task Reports_a_dotted_file_name_given_to_a_path_and_a_suffix_that_starts_with_a_dash()
    {
        const string source = """
            using System.IO;

            class Images
            {
                string Ignore(string folder) => Path.Join(folder, {|#0:".ignore"|});
                FileInfo Parent(string folder) => new FileInfo(Path.Join(folder, {|#1:".ignore"|}));
                bool Exists(string folder) => File.Exists(Path.Join(folder, {|#2:".ignore"|}));

                string Poster(bool special) { var suffix = special ? {|#3:"-specials"|} : "-poster"; return suffix; }
                string Banner(bool special) { var suffix = special ? {|#4:"-specials"|} : "-banner"; return suffix; }
                string Thumb(bool special) { var suffix = special ? {|#5:"-specials"|} : "-thumb"; return suffix; }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, ".ignore", 3, "Images", 1, 2),
            Repeated(1, ".ignore", 3, "Images", 0, 2),
            Repeated(2, ".ignore", 3, "Images", 0, 1),
            Repeated(3, "-specials", 3, "Images", 4, 5),
            Repeated(4, "-specials", 3, "Images", 3, 5),
            Repeated(5, "-specials", 3, "Images", 3, 4));
    }

    [Fact]
    public async Task Stays_quiet_on_nested_json_keys_message_box_captions_full_type_names_and_request_argument_initializers()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Text.Json.Nodes;

            static class MessageBoxes { public static void Show(string text, string caption) { } }

            class Jenkins
            {
                long Started(JsonObject j) => j!["lastBuild"]!["timestamp"]!.GetValue<long>();
                bool HasBuild(JsonObject j) => j["lastBuild"]?["timestamp"] is not null;
                JsonNode? Build(JsonObject j) => j["lastBuild"]!["timestamp"];

                void Warn(string text)
                {
                    MessageBoxes.Show(text, "Information");
                    MessageBoxes.Show(text + "!", "Information");
                    MessageBoxes.Show(text + "?", "Information");
                }

                string Attribute() => Name("global::System.CodeDom.Compiler.GeneratedCode") + Name("global::System.CodeDom.Compiler.GeneratedCode") + Name("global::System.CodeDom.Compiler.GeneratedCode");

                void Send(string token)
                {
                    Dictionary<string, object> arguments = new() { { "access_token", token } };
                    Dictionary<string, object> query = new() { { "access_token", token }, { "count", 5 } };
                    var form = new Dictionary<string, object> { ["access_token"] = token };
                }

                static string Name(string name) => name;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_a_path_into_a_document_and_the_same_names_as_keys_of_the_teams_own_dictionaries()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Xml.Linq;
            using System.Xml.XPath;

            class Proxy
            {
                XElement? Version(XDocument response) => response.XPathSelectElement({|#0:"./methodResponse/params/param/value"|});
                XElement? Status(XDocument response) => response.XPathSelectElement({|#1:"./methodResponse/params/param/value"|});
                XElement? Files(XDocument response) => response.XPathSelectElement({|#2:"./methodResponse/params/param/value"|});

                object Read(IDictionary<string, object> settings, string token) =>
                    settings[{|#3:"clientName"|}] + token + settings[{|#4:"clientName"|}] + settings[{|#5:"clientName"|}];

                // A document saved with the call is a stored format, not one call's arguments.
                void Label(string shade) => Save(new Blob { [{|#6:"color"|}] = shade });
                string? Color(Blob blob) => blob[{|#7:"color"|}] as string;
                bool HasColor(Blob blob) => blob.ContainsKey({|#8:"color"|});
                void Save(Blob blob) { }
            }

            class Blob : Dictionary<string, object> { }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "./methodResponse/params/param/value", 3, "Proxy", 1, 2),
            Repeated(1, "./methodResponse/params/param/value", 3, "Proxy", 0, 2),
            Repeated(2, "./methodResponse/params/param/value", 3, "Proxy", 0, 1),
            Repeated(3, "clientName", 3, "Proxy", 4, 5),
            Repeated(4, "clientName", 3, "Proxy", 3, 5),
            Repeated(5, "clientName", 3, "Proxy", 3, 4),
            Repeated(6, "color", 3, "Proxy", 7, 8),
            Repeated(7, "color", 3, "Proxy", 6, 8),
            Repeated(8, "color", 3, "Proxy", 6, 7));
    }

    [Fact]
    public async Task Stays_quiet_on_the_key_a_provider_base_reads_and_on_a_setting_checked_defaulted_read_and_removed_in_one_run()
    {
        // The provider model's Initialize: ProviderBase.Initialize reads and removes "description" itself, and each
        // provider key is checked, defaulted, read once and removed in three statements about that key alone (one use).
        const string source = """
            using System;
            using System.Collections.Specialized;
            using System.Configuration.Provider;

            namespace System.Configuration.Provider
            {
                public abstract class ProviderBase { public virtual void Initialize(string name, NameValueCollection config) { } }
            }

            class DbBlogProvider : ProviderBase
            {
                private string connection = "", prefix = "";

                public override void Initialize(string name, NameValueCollection config)
                {
                    if (String.IsNullOrEmpty(config["description"]))
                    {
                        config.Remove("description");
                        config.Add("description", "Generic Database Blog Provider");
                    }

                    base.Initialize(name, config);

                    if (config["connectionStringName"] == null)
                    {
                        // default to the application's own connection string
                        config["connectionStringName"] = "BlogEngine";
                    }

                    this.connection = config["connectionStringName"];
                    config.Remove("connectionStringName");

                    if (string.IsNullOrEmpty(config["tablePrefix"])) config["tablePrefix"] = "be_";
                    var tablePrefixValue = config["tablePrefix"];
                    config.Remove("tablePrefix");
                    prefix = tablePrefixValue;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_description_when_base_Initialize_binds_to_a_ProviderBase_of_the_code_base_own()
    {
        // The call binds to a class the code base wrote and happened to name ProviderBase: it reads nothing itself.
        const string source = """
            using System;
            using System.Collections.Specialized;

            namespace Blog.Providers
            {
                public abstract class ProviderBase { public virtual void Initialize(string name, NameValueCollection config) { } }

                class DbBlogProvider : ProviderBase
                {
                    public override void Initialize(string name, NameValueCollection config)
                    {
                        if (String.IsNullOrEmpty(config[{|#0:"description"|}]))
                        {
                            config.Remove({|#1:"description"|});
                            config.Add({|#2:"description"|}, "Generic Database Blog Provider");
                        }

                        base.Initialize(name, config);
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "description", 3, "DbBlogProvider", 1, 2),
            Repeated(1, "description", 3, "DbBlogProvider", 0, 2),
            Repeated(2, "description", 3, "DbBlogProvider", 0, 1));
    }

    [Fact]
    public async Task Falls_back_to_the_shape_when_base_Initialize_binds_to_nothing()
    {
        // System.Configuration is not referenced (a scan of .NET Framework code without its references): the base type
        // does not bind, and the override's shape decides, as the framework's ProviderBase reads "description".
        const string source = """
            using System;
            using System.Collections.Specialized;
            using System.Configuration.Provider;

            class DbBlogProvider : ProviderBase
            {
                public override void Initialize(string name, NameValueCollection config)
                {
                    if (String.IsNullOrEmpty(config["description"]))
                    {
                        config.Remove("description");
                        config.Add("description", "Generic Database Blog Provider");
                    }

                    base.Initialize(name, config);
                }
            }
            """;

        var diagnostics = await AnalyzerDriver.RunAsync(new RepeatedStringAnalyzer(), source, EveryRole);

        Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.RepeatedString);
    }

    [Fact]
    public async Task Stays_quiet_on_a_setting_consumed_with_a_coalesced_default_a_lookup_or_a_read_before_its_check()
    {
        // Two copies per run, so the option asks for two: each run would be a finding if its copies counted.
        const string source = """
            using System.Collections.Generic;
            using System.Collections.Specialized;

            class FeedProvider
            {
                private string connection = "", prefix = "";

                public void Initialize(NameValueCollection config, Dictionary<string, string> settings)
                {
                    connection = config["connectionStringName"] ?? "BlogEngine";
                    config.Remove("connectionStringName");

                    var folder = config["storageFolder"];
                    if (string.IsNullOrEmpty(folder))
                    {
                        folder = "App_Data";
                    }

                    config.Remove("storageFolder");

                    if (!settings.TryGetValue("tablePrefix", out var tablePrefix)) tablePrefix = "be_";
                    settings.Remove("tablePrefix");
                    prefix = tablePrefix + folder;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.magic_values.min_repetitions = 2");
    }

    [Fact]
    public async Task Reports_a_setting_read_with_a_default_but_not_removed_or_looked_up_with_an_else()
    {
        // No removal ends the first run; the look-up's else does more than default the value.
        const string source = """
            using System.Collections.Generic;
            using System.Collections.Specialized;

            class FeedProvider
            {
                private string connection = "", prefix = "";

                public void Initialize(NameValueCollection config, Dictionary<string, string> settings)
                {
                    connection = config[{|#0:"connectionStringName"|}] ?? "BlogEngine";
                    connection += config[{|#1:"connectionStringName"|}];

                    if (!settings.TryGetValue({|#2:"tablePrefix"|}, out var tablePrefix)) tablePrefix = "be_";
                    else tablePrefix = tablePrefix.Trim();
                    settings.Remove({|#3:"tablePrefix"|});
                    prefix = tablePrefix;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            "aidebt.magic_values.min_repetitions = 2",
            Repeated(0, "connectionStringName", 2, "FeedProvider", 1),
            Repeated(1, "connectionStringName", 2, "FeedProvider", 0),
            Repeated(2, "tablePrefix", 2, "FeedProvider", 3),
            Repeated(3, "tablePrefix", 2, "FeedProvider", 2));
    }

    [Fact]
    public async Task Reads_a_call_on_a_receiver_named_only_with_underscores()
    {
        // Mewdeko: a lambda's parameter named `_` threw in the store-name reading (AD0001 in a build).
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            class Settings { public string Get(string key) => key; }

            class Guilds
            {
                IEnumerable<string> A(IEnumerable<Settings> all) => all.Select(_ => _.Get("prefix-key"));
                IEnumerable<string> B(IEnumerable<Settings> all) => all.Select(__ => __.Get("prefix-key"));
                IEnumerable<string> C(IEnumerable<Settings> all) => all.Select(_ => _.Get("prefix-key"));
            }
            """;

        var diagnostics = await AnalyzerDriver.RunAsync(new RepeatedStringAnalyzer(), source, EveryRole);

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(3, diagnostics.Count(d => d.Id == RuleIds.RepeatedString));
    }

    [Fact]
    public async Task Stays_quiet_on_an_environment_variable_used_in_one_member_and_reports_one_used_in_two()
    {
        // gsudo's PROMPT saved and set for cmd.exe in one method, MonoMod's variable set and restored around one hook (a
        // field's lambda), a top-level program's global statements: each one use of another program's name. UniGetUI's
        // ChocolateyInstall read in a migration and set in a path set-up: two members that must agree, store keys; and
        // Cliptok's CLIPTOK_TOKEN, only read, three times in Main: the bot's own setting.
        const string source = """
            using System;

            static class ConsoleHelper
            {
                internal static void SetPrompt(string prompt, bool low)
                {
                    if (low)
                        Environment.SetEnvironmentVariable("PROMPT", Environment.GetEnvironmentVariable("PROMPT", EnvironmentVariableTarget.User) ?? "$P$G");
                    else
                        Environment.SetEnvironmentVariable("PROMPT", prompt);
                }
            }

            class LuaLoader
            {
                private static readonly Func<int, int> Hook = value =>
                {
                    string? previous = Environment.GetEnvironmentVariable("MONOMOD_DMDType");
                    Environment.SetEnvironmentVariable("MONOMOD_DMDType", "Cecil");
                    try { return value; }
                    finally { Environment.SetEnvironmentVariable("MONOMOD_DMDType", previous); }
                };
            }

            class Chocolatey
            {
                void Migrate()
                {
                    var old = Environment.GetEnvironmentVariable({|#0:"ChocolateyInstall"|}, EnvironmentVariableTarget.User);
                    Environment.SetEnvironmentVariable({|#1:"ChocolateyInstall"|}, null, EnvironmentVariableTarget.User);
                }

                void SetUpPath(string path) => Environment.SetEnvironmentVariable({|#2:"ChocolateyInstall"|}, path, EnvironmentVariableTarget.Process);
            }

            class Program
            {
                static string? token;

                static void Main()
                {
                    if (Environment.GetEnvironmentVariable({|#3:"CLIPTOK_TOKEN"|}) is null)
                        throw new ArgumentException("Bot token is missing.");
                    else if (Environment.GetEnvironmentVariable({|#4:"CLIPTOK_TOKEN"|}) is not null)
                        token = Environment.GetEnvironmentVariable({|#5:"CLIPTOK_TOKEN"|});
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "ChocolateyInstall", 3, "Chocolatey", 1, 2),
            Repeated(1, "ChocolateyInstall", 3, "Chocolatey", 0, 2),
            Repeated(2, "ChocolateyInstall", 3, "Chocolatey", 0, 1),
            Repeated(3, "CLIPTOK_TOKEN", 3, "Program", 4, 5),
            Repeated(4, "CLIPTOK_TOKEN", 3, "Program", 3, 5),
            Repeated(5, "CLIPTOK_TOKEN", 3, "Program", 3, 4));

        // The statements of a top-level program are one member.
        const string program = """
            using System;

            var saved = Environment.GetEnvironmentVariable("GIT_EXEC_PATH");
            Environment.SetEnvironmentVariable("GIT_EXEC_PATH", "/opt/git");
            Run();
            Environment.SetEnvironmentVariable("GIT_EXEC_PATH", saved);

            static void Run() { }
            """;
        Assert.Empty(await AnalyzerDriver.RunAsync(new RepeatedStringAnalyzer(), program));
    }

    [Fact]
    public async Task Reports_a_setting_a_type_takes_out_in_two_runs()
    {
        // Each run alone is one use of the key; two runs in one type write it in two places that must agree.
        const string source = """
            using System.Collections.Specialized;

            class FeedProvider
            {
                private string connection = "", backup = "";

                public void Initialize(NameValueCollection config)
                {
                    if (config[{|#0:"connectionStringName"|}] == null) config[{|#1:"connectionStringName"|}] = "BlogEngine";
                    connection = config[{|#2:"connectionStringName"|}];
                    config.Remove({|#3:"connectionStringName"|});
                }

                public void InitializeBackup(NameValueCollection config)
                {
                    backup = config[{|#4:"connectionStringName"|}] ?? "Backup";
                    config.Remove({|#5:"connectionStringName"|});
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "connectionStringName", 6, "FeedProvider", 1, 2, 3, 4, 5),
            Repeated(1, "connectionStringName", 6, "FeedProvider", 0, 2, 3, 4, 5),
            Repeated(2, "connectionStringName", 6, "FeedProvider", 0, 1, 3, 4, 5),
            Repeated(3, "connectionStringName", 6, "FeedProvider", 0, 1, 2, 4, 5),
            Repeated(4, "connectionStringName", 6, "FeedProvider", 0, 1, 2, 3, 5),
            Repeated(5, "connectionStringName", 6, "FeedProvider", 0, 1, 2, 3, 4));
    }

    [Fact]
    public async Task Reports_description_outside_a_provider_base_and_a_setting_read_again_or_checked_in_another_shape()
    {
        // "description" of a collection no base Initialize reads, a setting read in expressions after an if/else, and a
        // setting whose check, default, read and removal are one run but which the type reads in three more places.
        const string source = """
            using System;
            using System.Collections.Specialized;

            abstract class ProviderBase { public virtual void Initialize(string name, NameValueCollection config) { } }

            class UncProvider : ProviderBase
            {
                private string path = "";

                public override void Initialize(string name, NameValueCollection config)
                {
                    if (config[{|#0:"storageVariable"|}] == null)
                    {
                        config[{|#1:"storageVariable"|}] = "App_Data";
                    }
                    else if (config[{|#2:"storageVariable"|}].EndsWith("/"))
                    {
                        config[{|#3:"storageVariable"|}] = config[{|#4:"storageVariable"|}].TrimEnd('/');
                    }

                    this.path = config[{|#5:"storageVariable"|}];
                    config.Remove({|#6:"storageVariable"|});
                }
            }

            class LocalProvider : ProviderBase
            {
                public override void Initialize(string name, NameValueCollection config)
                {
                    if (String.IsNullOrEmpty(config[{|#7:"description"|}]))
                    {
                        config.Remove({|#8:"description"|});
                        config.Add({|#9:"description"|}, "Local provider");
                    }
                }
            }

            class SettingsReader
            {
                private NameValueCollection config = new();
                private string timeout = "";

                public void Load()
                {
                    if (config["requestTimeout"] == null) config["requestTimeout"] = "30";
                    timeout = config["requestTimeout"];
                    config.Remove("requestTimeout");
                }

                public string Timeout() => config[{|#10:"requestTimeout"|}] ?? config[{|#11:"requestTimeout"|}] ?? config[{|#12:"requestTimeout"|}];
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "storageVariable", 7, "UncProvider", 1, 2, 3, 4, 5, 6),
            Repeated(1, "storageVariable", 7, "UncProvider", 0, 2, 3, 4, 5, 6),
            Repeated(2, "storageVariable", 7, "UncProvider", 0, 1, 3, 4, 5, 6),
            Repeated(3, "storageVariable", 7, "UncProvider", 0, 1, 2, 4, 5, 6),
            Repeated(4, "storageVariable", 7, "UncProvider", 0, 1, 2, 3, 5, 6),
            Repeated(5, "storageVariable", 7, "UncProvider", 0, 1, 2, 3, 4, 6),
            Repeated(6, "storageVariable", 7, "UncProvider", 0, 1, 2, 3, 4, 5),
            Repeated(7, "description", 3, "LocalProvider", 8, 9),
            Repeated(8, "description", 3, "LocalProvider", 7, 9),
            Repeated(9, "description", 3, "LocalProvider", 7, 8),
            Repeated(10, "requestTimeout", 3, "SettingsReader", 11, 12),
            Repeated(11, "requestTimeout", 3, "SettingsReader", 10, 12),
            Repeated(12, "requestTimeout", 3, "SettingsReader", 10, 11));
    }

    [Fact]
    public void Role_table_lists_every_role_once_and_the_rule_page_shows_each_with_its_example()
    {
        var page = RuleCatalog.ReadRepositoryFile("docs/rules/AID202.md");
        Assert.Equal(System.Enum.GetValues(typeof(StringRole)).Length, RepeatedStringRoles.All.Select(info => info.Role).Distinct().Count());
        foreach (var info in RepeatedStringRoles.All)
        {
            var row = "| " + info.Role + " | " + (info.ReportedByDefault ? "reported" : info.Reported ? "opt-in" : "quiet") + " | `" + info.Example + "` |";
            var line = page.Split('\n').FirstOrDefault(l => l.StartsWith(row, System.StringComparison.Ordinal));
            Assert.True(line is not null, "docs/rules/AID202.md lacks the role row: " + row);
            Assert.True(info.Measured is null || line!.TrimEnd().EndsWith("| " + info.Measured + " |", System.StringComparison.Ordinal), "the row of " + info.Role + " does not end with its measured precision: " + info.Measured);
        }
    }

    [Fact]
    public async Task Reports_keys_settings_claims_routes_headers_cache_entries_and_file_names()
    {
        const string source = """
            using System.Collections.Generic;

            class Settings
            {
                string Read(IDictionary<string, string> config, string type)
                {
                    var a = config[{|#0:"Smtp:Host"|}];
                    var b = config.TryGetValue({|#1:"Smtp:Host"|}, out var c) ? c : null;
                    if (type == {|#2:"Smtp:Host"|}) { }
                    System.IO.File.ReadAllText({|#3:"appsettings.json"|});
                    System.IO.File.Exists({|#4:"appsettings.json"|});
                    return {|#5:"appsettings.json"|};
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            Repeated(0, "Smtp:Host", 3, "Settings", 1, 2),
            Repeated(1, "Smtp:Host", 3, "Settings", 0, 2),
            Repeated(2, "Smtp:Host", 3, "Settings", 0, 1),
            Repeated(3, "appsettings.json", 3, "Settings", 4, 5),
            Repeated(4, "appsettings.json", 3, "Settings", 3, 5),
            Repeated(5, "appsettings.json", 3, "Settings", 3, 4));
    }

    [Fact]
    public async Task Counts_only_the_copies_in_a_reported_role()
    {
        const string source = """
            using System.Collections.Generic;

            class Headers
            {
                void Write(IDictionary<string, string> headers, System.Text.StringBuilder builder)
                {
                    headers[{|#0:"X-Tenant"|}] = "a";
                    headers.Remove({|#1:"X-Tenant"|});
                    builder.Append("X-Tenant");
                    builder.Append("X-Tenant");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.magic_values.min_repetitions = 2", Repeated(0, "X-Tenant", 2, "Headers", 1), Repeated(1, "X-Tenant", 2, "Headers", 0));
    }

    [Fact]
    public async Task Stays_quiet_on_fragments_well_known_names_messages_tables_formats_bound_names_and_definitions()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Text;

            [AttributeUsage(AttributeTargets.All)]
            class TagAttribute : Attribute
            {
                public TagAttribute(string name) { }
            }

            interface ILogger
            {
                void LogWarning(string template, params object[] args);
            }

            class Generator
            {
                private const string DefaultRegion = "europe-west";
                private const string OtherRegion = "europe-west";
                private ILogger? _logger;

                public string Name { get; set; } = "";

                [Tag("customer")] public int A { get; set; }
                [Tag("customer")] public int B { get; set; }
                [Tag("customer")] public int C { get; set; }

                void Emit(StringBuilder builder, System.Reflection.MethodInfo method, Type type, string region, int id, DateTime date)
                {
                    builder.Append("name: ").Append("name: ").Append("name: ");
                    builder.Append("namespace").Append("namespace").Append("namespace");
                    var filters = new List<string>();
                    filters.Add("format=nv12");
                    filters.Add("format=nv12");
                    filters.Add("format=nv12");
                    var call = "Invoke(" + region + "Invoke(" + region + "Invoke(";
                    var prefix = "orders/" + id + "orders/" + id + "orders/";
                    Console.WriteLine("-----------");
                    Console.WriteLine("-----------");
                    Console.WriteLine("-----------");

                    if (method.Name == "op_Implicit" || method.Name.Equals("op_Implicit") || string.Equals(method.Name, "op_Implicit")) { }
                    type.GetMethod("TryParse");
                    type.GetMethod("TryParse");
                    type.GetMethod("TryParse");
                    switch (region)
                    {
                        case "inherit": break;
                    }

                    var kind = region switch { "inherit" => 1, _ => 0 };
                    if (region is "inherit") { }

                    _logger?.LogWarning("Retrying");
                    _logger?.LogWarning("Retrying");
                    _logger?.LogWarning("Retrying");
                    throw new InvalidOperationException("Unexpected");
                }

                void Messages()
                {
                    System.Diagnostics.Debug.Assert(true, "Unexpected");
                    throw new ArgumentException("Unexpected");
                }

                void Tables(DateTime date, string region)
                {
                    var map = new Dictionary<string, string> { ["inline"] = "block", ["block"] = "inline", ["table"] = "inline" };
                    var rows = new[] { ("inline", 1), ("block", 2) };
                    var names = new[] { "inline", "block", "table" };
                    var text = date.ToString("yyyy-MM-dd") + date.ToString("yyyy-MM-dd");
                    var same = date.ToString("yyyy-MM-dd");
                    var formatted = string.Format("{0}/{1}", 1, 2) + string.Format("{0}/{1}", 1, 2) + string.Format("{0}/{1}", 1, 2);
                    Raise("Name");
                    Raise("Name");
                    Raise("Name");
                    Raise("region");
                    Raise("region");
                    Raise("region");
                    var a = $"region {region}";
                    var b = $"region {region}";
                    var c = $"region {region}";
                    const string local = "europe-west";
                }

                void Raise(string propertyName) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Names_the_class_not_Program_when_statements_follow_a_namespace()
    {
        // Regression: members cut off from their class (as unbalanced braces under other preprocessor symbols leave
        // them) parse as top-level statements after the namespace; they were counted for the top-level program and
        // reported in 'Program', a type this file does not declare.
        const string source = """
            namespace Shop
            {
                class Orders
                {
                    string A() => "orders-queue";
                    string B() => "orders-queue";
                    string C() => "orders-queue";
                }
            }

            string D() => "orders-queue";
            string E() => "orders-queue";
            string F() => "orders-queue";
            """;

        var diagnostics = await AnalyzerDriver.RunAsync(new RepeatedStringAnalyzer(), source, EveryRole);

        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Contains("in 'Orders'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Top_level_statements_before_any_declaration_are_the_programs_own()
    {
        const string source = """
            var a = Send("orders-queue");
            var b = Send("orders-queue");
            var c = Send("orders-queue");

            static string Send(string queue) => queue;

            namespace Shop
            {
                class Orders
                {
                }
            }
            """;

        var diagnostics = await AnalyzerDriver.RunAsync(new RepeatedStringAnalyzer(), source, EveryRole);

        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Contains("in 'Program'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Options_set_length_and_repetitions()
    {
        const string source = """
            class Codes
            {
                string A() => {|#0:"ok"|};
                string B() => {|#1:"ok"|};
                string C() => "longer";
                string D() => "longer";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            "aidebt.magic_values.min_string_length = 2\naidebt.magic_values.min_repetitions = 2",
            Repeated(0, "ok", 2, "Codes", 1),
            Repeated(1, "ok", 2, "Codes", 0),
            VerifyCS.Diagnostic(RuleIds.RepeatedString).WithSpan(5, 19, 5, 27).WithSpan(6, 19, 6, 27).WithArguments("longer", "2", "Codes"),
            VerifyCS.Diagnostic(RuleIds.RepeatedString).WithSpan(6, 19, 6, 27).WithSpan(5, 19, 5, 27).WithArguments("longer", "2", "Codes"));
    }

    /// <summary>
    /// The shared verifier with every reported role listed: most tests here pin what each role takes, whether or not
    /// the role is in the default set; the default set has tests of its own (through <see cref="Shared"/>).
    /// </summary>
    private static class VerifyCS
    {
        public static DiagnosticResult Diagnostic(string diagnosticId) => Shared.Diagnostic(diagnosticId);

        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) => Shared.VerifyAnalyzerAsync(source, EveryRole, expected);

        public static Task VerifyAnalyzerAsync(string source, string? editorConfig, params DiagnosticResult[] expected) =>
            Shared.VerifyAnalyzerAsync(source, EveryRole + "\n" + editorConfig, expected);
    }
}
