using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.MagicValues;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.MagicValues.EnvironmentValueAnalyzer,
    AiDebtAnalyzers.CodeFixes.MagicValues.IntroduceConstantCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.MagicValues;

public class EnvironmentValueAnalyzerTests
{
    private static DiagnosticResult Env(int location, string kind) =>
        VerifyCS.Diagnostic(RuleIds.EnvironmentValue).WithLocation(location).WithArguments(kind);

    private static string Wrap(string literal) => $$"""
        class Client
        {
            object Value() => {{literal}};
        }
        """;

    [Theory]
    [InlineData("\"https://api.example.com/v1\"", "an absolute URL")]
    [InlineData("\"http://orders.internal.contoso.net:8080/api\"", "an absolute URL")]
    [InlineData("\"wss://stream.example.org/feed\"", "an absolute URL")]
    [InlineData("\"https://<your-resource>.openai.azure.com/\"", "an absolute URL")]
    [InlineData("\"https://shop-staging.azurewebsites.net/api\"", "an absolute URL")]
    [InlineData("\"https://api-dev.shop.io/orders\"", "an absolute URL")]
    [InlineData("\"http://orders.corp/api\"", "an absolute URL")]
    [InlineData("\"http://10.1.2.3/health\"", "an absolute URL")]
    [InlineData("\"https://hooks.slack.com/services/T000/B000/XXXX\"", "an absolute URL")]
    [InlineData("\"https://maps.service.io/geo?key=AIzaSyA123456\"", "an absolute URL")]
    [InlineData("\"https://admin:hunter2@db.shop.io/\"", "an absolute URL")]
    [InlineData("@\"C:\\Users\\dev\\data\\orders.csv\"", "an absolute file system path")]
    [InlineData("\"D:/exports/report.xlsx\"", "an absolute file system path")]
    [InlineData("@\"\\\\fileserver\\share\\inbox\"", "an absolute file system path")]
    [InlineData("\"/home/ubuntu/app/config.json\"", "an absolute file system path")]
    [InlineData("\"/var/log/orders.log\"", "an absolute file system path")]
    [InlineData("\"192.168.1.20\"", "an IP address")]
    [InlineData("\"10.0.0.5:5432\"", "an IP address")]
    [InlineData("\"Server=db.contoso.com;Database=Orders;User Id=app;Password=Secret123;\"", "a connection string")]
    [InlineData("\"Host=localhost;Database=orders;Username=postgres;Password=postgres\"", "a connection string")]
    [InlineData("\"Data Source=sql01;Initial Catalog=Shop;Integrated Security=true\"", "a connection string")]
    [InlineData("\"YOUR_API_KEY\"", "a placeholder credential")]
    [InlineData("\"your-api-key-here\"", "a placeholder credential")]
    [InlineData("\"<your-token>\"", "a placeholder credential")]
    [InlineData("\"YOUR_OPENAI_API_KEY\"", "a placeholder credential")]
    [InlineData("\"changeme\"", "a placeholder credential")]
    [InlineData("\"YourSubscriptionKey\"", "a placeholder credential")]
    [InlineData("\"Bearer YOUR_API_KEY\"", "a placeholder credential")]
    [InlineData("\"insert your password here\"", "a placeholder credential")]
    [InlineData("\"YOUR_CLIENT_ID\"", "a placeholder credential")]
    [InlineData("\"YourServiceEndpoint\"", "a placeholder for an environment value")]
    [InlineData("\"your-region\"", "a placeholder for an environment value")]
    [InlineData("\"sk-proj-abcdefghijklmnopqrstuvwx\"", "what looks like an API key")]
    public async Task Reports_environment_values(string literal, string kind)
    {
        await VerifyCS.VerifyAnalyzerAsync(Wrap("{|#0:" + literal + "|}"), Env(0, kind));
    }

    [Theory]
    [InlineData("\"http://localhost:5000/api\"")]
    [InlineData("\"https://127.0.0.1:7001\"")]
    [InlineData("\"http://[::1]:8080\"")]
    [InlineData("\"127.0.0.1\"")]
    [InlineData("\"Server=(localdb)\\\\mssqllocaldb;Database=Shop;Trusted_Connection=True\"")]
    [InlineData("\"Data Source=:memory:;Mode=Memory\"")]
    [InlineData("\"http://www.w3.org/2001/XMLSchema\"")]
    [InlineData("\"http://schemas.xmlsoap.org/soap/envelope/\"")]
    [InlineData("\"http://\"")]
    [InlineData("\"https://api.github.com/repos\"")]
    [InlineData("\"https://learn.microsoft.com/dotnet/\"")]
    [InlineData("\"http://catalogbaseurltobereplaced/images/1.png\"")]
    [InlineData("\"https://maps.service.io/geo?key={0}\"")]
    [InlineData("\"   \"")]
    [InlineData("\"https://{0}/api\"")]
    [InlineData("\"1.0.0.0\"")]
    [InlineData("\"4.2.1.0\"")]
    [InlineData("\"/api/orders\"")]
    [InlineData("\"key=value;other=thing\"")]
    [InlineData("\"Your order has shipped\"")]
    [InlineData("\"sk-short\"")]
    [InlineData("\"YourKeyword\"")]
    [InlineData("\"Your order has a key\"")]
    [InlineData("\"C:\"")]
    public async Task Ignores_ordinary_strings(string literal)
    {
        await VerifyCS.VerifyAnalyzerAsync(Wrap(literal));
    }

    [Fact]
    public async Task Reports_url_prefix_of_an_interpolated_string()
    {
        const string source = """
            class Client
            {
                string Url(int id) => {|#0:$"https://api.example.com/orders/{id}"|};
                string Local(int id) => $"http://localhost/orders/{id}";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Env(0, "an absolute URL"));
    }

    [Fact]
    public async Task Message_and_properties_never_hold_the_value()
    {
        const string source = """
            class Client
            {
                string Key() => {|#0:"sk-proj-abcdefghijklmnopqrstuvwx"|};
            }
            """;

        var test = new VerifyCS.Test { TestCode = source };
        test.ExpectedDiagnostics.Add(Env(0, "what looks like an API key"));
        await test.RunAsync();

        var analyzer = new EnvironmentValueAnalyzer();
        var diagnostics = await AnalyzerDriver.RunAsync(analyzer, source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        var diagnostic = Assert.Single(diagnostics);
        Assert.DoesNotContain("abcdefghijklmnop", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var property in diagnostic.Properties)
        {
            Assert.DoesNotContain("abcdefghijklmnop", property.Value ?? string.Empty);
        }

        Assert.Equal("api_key", diagnostic.Properties[EnvironmentValueAnalyzer.KindProperty]);
    }

    [Fact]
    public async Task Each_finding_in_a_member_has_its_own_fingerprint_interpolated_strings_included()
    {
        const string source = """
            class Client
            {
                string[] Endpoints(int id) => new[] { $"https://api.contoso.com/orders/{id}", "https://api.contoso.com/health", $"https://api.contoso.com/items/{id}" };
            }
            """;

        var diagnostics = await AnalyzerDriver.RunAsync(new EnvironmentValueAnalyzer(), source);
        Assert.Equal(3, diagnostics.Length);
        Assert.Equal(3, diagnostics.Select(d => d.Properties["aidebt.fingerprint"]).Distinct().Count());
    }

    [Fact]
    public async Task Ignores_xml_namespaces_attributes_versions_and_comments()
    {
        const string source = """
            using System;
            using System.Xml.Linq;

            [AttributeUsage(AttributeTargets.All)]
            class NamespaceAttribute : Attribute
            {
                public NamespaceAttribute(string uri) { }
            }

            /// <summary>Calls https://api.example.com/v1 with YOUR_API_KEY.</summary>
            [Namespace("http://contoso.com/orders/2024")]
            class Feed
            {
                // Production lives at https://api.example.com/v1
                private static readonly XNamespace Atom = "http://contoso.com/atom";
                private const string OrdersNamespace = "http://contoso.com/orders";

                object Parse()
                {
                    var element = new XElement(XName.Get("entry", "http://contoso.com/atom"));
                    var ns = XNamespace.Get("http://contoso.com/feed");
                    var assemblyVersion = "10.2.3.4";
                    var version = new Version("10.20.30.40");
                    return (element, ns, assemblyVersion, version);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_test_projects_unless_asked()
    {
        var source = Wrap("\"https://api.example.com/v1\"");
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        await test.RunAsync();

        var analyzed = new VerifyCS.Test { TestCode = Wrap("{|#0:\"https://api.example.com/v1\"|}") };
        analyzed.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\naidebt.magic_values.analyze_tests = true\n"));
        analyzed.ExpectedDiagnostics.Add(Env(0, "an absolute URL"));
        await analyzed.RunAsync();
    }

    [Fact]
    public async Task Allow_loopback_option_off_reports_local_addresses()
    {
        const string source = """
            class Client
            {
                string A() => {|#0:"http://localhost:5000/api"|};
                string B() => {|#1:"127.0.0.1"|};
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.magic_values.allow_loopback = false", Env(0, "an absolute URL"), Env(1, "an IP address"));
    }

    [Fact]
    public async Task Fix_introduces_a_constant_named_from_context()
    {
        const string source = """
            using System;
            using System.Net.Http;

            class OrdersClient
            {
                private readonly HttpClient http = new HttpClient();

                void Configure()
                {
                    http.BaseAddress = new Uri({|#0:"https://api.example.com/v1/"|});
                    var apiKey = {|#1:"YOUR_API_KEY"|};
                    http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Net.Http;

            class OrdersClient
            {
                private const string UriString = "https://api.example.com/v1/";
                private const string ApiKey = "YOUR_API_KEY";

                private readonly HttpClient http = new HttpClient();

                void Configure()
                {
                    http.BaseAddress = new Uri(UriString);
                    var apiKey = ApiKey;
                    http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }
            }
            """;

        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.Add(Env(0, "an absolute URL"));
        test.ExpectedDiagnostics.Add(Env(1, "a placeholder credential"));
        test.FixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleIds.EnvironmentValue).WithSpan(6, 38, 6, 67).WithArguments("an absolute URL"));
        test.FixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(RuleIds.EnvironmentValue).WithSpan(7, 35, 7, 49).WithArguments("a placeholder credential"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Ignores_configurable_data_and_test_doubles_but_not_secrets_there()
    {
        const string source = """
            class HistoryItem
            {
                public string Url { get; set; } = "https://example.com/a.png";
                public string ApiKey { get; set; } = {|#0:"YOUR_API_KEY"|};
                public string Path { get; set; } = "";
            }

            class Preview
            {
                HistoryItem Sample() => new HistoryItem { Url = "https://example.com/b.png", Path = @"C:\Shots\b.png", ApiKey = {|#1:"your-api-key"|} };
            }

            class HistoryManagerMock
            {
                string Url() => "https://i.example.com/c.png";
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Env(0, "a placeholder credential"), Env(1, "a placeholder credential"));
    }
}
