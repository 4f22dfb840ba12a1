using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>The extract fix for copies whose interpolated strings differ in their text: a hole and a string parameter.</summary>
public class ExtractDuplicateTextFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private static VerifyCS.Test Test(string source, string fixedSource) => FixTestWithOrder(source, fixedSource, Options);

    [Fact]
    public async Task Passes_the_words_an_interpolated_string_does_not_share_as_a_string()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine($"Can't open write file stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);|]
                }

                public void Read(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine($"Can't open read \"file\" stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);|]
                }
            }
            """;
        var fixedSource = """
            using System;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    ValidateOrder(order, "write file", path);
                }

                private static void ValidateOrder(Order order, string value, string path)
                {
                    if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine($"Can't open {value} stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);
                }

                public void Read(Order order, string path)
                {
                    ValidateOrder(order, "read \"file\"", path);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_interpolated_string_is_a_FormattableString()
    {
        var source = """
            using System;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open write file stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);|]
                }

                public void Read(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open read file stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);|]
                }

                private static void Log(FormattableString message) => Console.WriteLine(message.Format);
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Passes_the_words_of_a_string_built_by_the_runtime_default_handler()
    {
        var source = """
            using System;
            using System.Runtime.CompilerServices;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open write file stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);|]
                }

                public void Read(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open read file stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);|]
                }

                private static void Log(ref DefaultInterpolatedStringHandler line) => Console.WriteLine(line.ToStringAndClear());
            }
            """;
        var fixedSource = """
            using System;
            using System.Runtime.CompilerServices;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    ValidateOrder(order, "write", path);
                }

                private static void ValidateOrder(Order order, string line, string path)
                {
                    if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open {line} file stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);
                }

                public void Read(Order order, string path)
                {
                    ValidateOrder(order, "read", path);
                }

                private static void Log(ref DefaultInterpolatedStringHandler line) => Console.WriteLine(line.ToStringAndClear());
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_handler_of_its_own_builds_the_interpolated_string()
    {
        var source = """
            using System;
            using System.Runtime.CompilerServices;
            using System.Text;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open write file stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);|]
                }

                public void Read(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open read file stream for {customer}, trying again. {path}");
                    Console.WriteLine(customer);|]
                }

                private static void Log(TemplateHandler line) => Console.WriteLine(line.Template);
            }

            [InterpolatedStringHandler]
            public ref struct TemplateHandler
            {
                private readonly StringBuilder template;

                public TemplateHandler(int literalLength, int formattedCount) => template = new StringBuilder(literalLength);

                public string Template => template.ToString();

                public void AppendLiteral(string text) => template.Append(text);

                public void AppendFormatted<T>(T value) => template.Append("{}");
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_runtime_default_handler_formats_through_a_provider_of_the_code()
    {
        // `string.Create(provider, $"...")` hands every hole, a string too, to the provider's ICustomFormatter: as a
        // hole, the words would be formatted where as text they were not.
        var source = """
            using System;

            namespace Shop;

            public sealed class Files
            {
                private readonly IFormatProvider provider = new Shouting();

                public void Write(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine(string.Create(provider, $"Can't open write file stream for {customer}, trying again. {path}"));
                    Console.WriteLine(customer);|]
                }

                public void Read(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine(string.Create(provider, $"Can't open read file stream for {customer}, trying again. {path}"));
                    Console.WriteLine(customer);|]
                }
            }

            public sealed class Shouting : IFormatProvider, ICustomFormatter
            {
                public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

                public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg?.ToString()?.ToUpperInvariant() ?? string.Empty;
            }
            """;
        await Test(source, source).RunAsync();
    }

    [Fact]
    public async Task Passes_the_words_of_a_string_the_runtime_default_handler_builds_with_a_culture()
    {
        var source = """
            using System;
            using System.Globalization;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Can't open write file stream for {customer}, trying again. {path}"));
                    Console.WriteLine(customer);|]
                }

                public void Read(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Can't open read file stream for {customer}, trying again. {path}"));
                    Console.WriteLine(customer);|]
                }
            }
            """;
        var fixedSource = """
            using System;
            using System.Globalization;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    ValidateOrder(order, "write", path);
                }

                private static void ValidateOrder(Order order, string handler, string path)
                {
                    if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Can't open {handler} file stream for {customer}, trying again. {path}"));
                    Console.WriteLine(customer);
                }

                public void Read(Order order, string path)
                {
                    ValidateOrder(order, "read", path);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_a_string_without_holes_would_bind_to_a_handler_overload_once_it_has_one()
    {
        // `$"..."` without a hole is a constant string: `Log(string)` is called. Given the hole for `write`/`read`, the
        // same call would bind to `Log(TemplateHandler)`, which reads the text as a template with a placeholder.
        var source = """
            using System;
            using System.Runtime.CompilerServices;
            using System.Text;

            namespace Shop;

            public sealed class Files
            {
                public void Write(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open write file stream, trying again.");
                    Console.WriteLine(customer + path);|]
                }

                public void Read(Order order, string path)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(order));
                    }

                    var customer = order.Customer.Trim();
                    Log($"Can't open read file stream, trying again.");
                    Console.WriteLine(customer + path);|]
                }

                private static void Log(string line) => Console.WriteLine(line);

                private static void Log(TemplateHandler line) => Console.WriteLine(line.Template);
            }

            [InterpolatedStringHandler]
            public ref struct TemplateHandler
            {
                private readonly StringBuilder template;

                public TemplateHandler(int literalLength, int formattedCount) => template = new StringBuilder(literalLength);

                public string Template => template.ToString();

                public void AppendLiteral(string text) => template.Append(text);

                public void AppendFormatted<T>(T value) => template.Append("{}");
            }
            """;
        await Test(source, source).RunAsync();
    }
}
