using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.MagicValues.RepeatedStringAnalyzer,
    AiDebtAnalyzers.CodeFixes.MagicValues.IntroduceConstantCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.MagicValues;

public class RepeatedStringAnalyzerTests
{
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
    public async Task Counts_partial_declarations_together_and_nested_types_apart()
    {
        var test = new VerifyCS.Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    partial class Orders
                    {
                        string A() => {|#0:"orders-queue"|};
                        string B() => {|#1:"orders-queue"|};

                        class Inner
                        {
                            string C() => "orders-queue";
                        }
                    }
                    """,
                    """
                    partial class Orders
                    {
                        string D() => {|#2:"orders-queue"|};
                    }
                    """,
                },
            },
        };
        test.ExpectedDiagnostics.Add(Repeated(0, "orders-queue", 3, "Orders", 1, 2));
        test.ExpectedDiagnostics.Add(Repeated(1, "orders-queue", 3, "Orders", 0, 2));
        test.ExpectedDiagnostics.Add(Repeated(2, "orders-queue", 3, "Orders", 0, 1));
        test.FixedState.Sources.Add("""
            partial class Orders
            {
                private const string OrdersQueue = "orders-queue";

                string A() => OrdersQueue;
                string B() => OrdersQueue;

                class Inner
                {
                    string C() => "orders-queue";
                }
            }
            """);
        test.FixedState.Sources.Add("""
            partial class Orders
            {
                string D() => OrdersQueue;
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Ignores_attributes_nameof_candidates_interpolations_logging_and_constants()
    {
        const string source = """
            using System;

            [AttributeUsage(AttributeTargets.All)]
            class TagAttribute : Attribute
            {
                public TagAttribute(string name) { }
            }

            interface ILogger
            {
                void LogInformation(string template, params object[] args);
            }

            class Customer
            {
                private const string DefaultRegion = "europe-west";
                private const string OtherRegion = "europe-west";
                private ILogger logger = null!;

                public string Name { get; set; } = "";

                [Tag("customer")] public int A { get; set; }
                [Tag("customer")] public int B { get; set; }
                [Tag("customer")] public int C { get; set; }

                void Update(string region, int id)
                {
                    Raise("Name");
                    Raise("Name");
                    Raise("Name");
                    Raise("region");
                    Raise("region");
                    Raise("region");
                    var a = $"region {id}";
                    var b = $"region {id}";
                    var c = $"region {id}";
                    logger.LogInformation("Customer {Id} updated", id);
                    logger.LogInformation("Customer {Id} updated", id);
                    logger.LogInformation("Customer {Id} updated", id);
                    const string local = "europe-west";
                    Raise("abcd");
                    Raise("abcd");
                    Raise("abcd");
                }

                void Raise(string propertyName) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
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

    [Fact]
    public async Task Fix_introduces_one_constant_named_after_the_value()
    {
        const string source = """
            using System.Net.Http;

            class JsonClient
            {
                void Send(HttpRequestMessage request)
                {
                    request.Headers.Add("Accept", {|#0:"application/json"|});
                    var content = new StringContent("{}", System.Text.Encoding.UTF8, {|#1:"application/json"|});
                    var type = {|#2:"application/json"|};
                }
            }
            """;
        const string fixedSource = """
            using System.Net.Http;

            class JsonClient
            {
                private const string ApplicationJson = "application/json";

                void Send(HttpRequestMessage request)
                {
                    request.Headers.Add("Accept", ApplicationJson);
                    var content = new StringContent("{}", System.Text.Encoding.UTF8, ApplicationJson);
                    var type = ApplicationJson;
                }
            }
            """;

        await VerifyCS.VerifyCodeFixAsync(
            source,
            new[]
            {
                Repeated(0, "application/json", 3, "JsonClient", 1, 2),
                Repeated(1, "application/json", 3, "JsonClient", 0, 2),
                Repeated(2, "application/json", 3, "JsonClient", 0, 1),
            },
            fixedSource);
    }
}
