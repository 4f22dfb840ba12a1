using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.CSharp14Tests.Verifiers;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebtAnalyzers.CSharp14Tests.TestGaps;

/// <summary>
/// AID301 on C# 14 sources inside the SDK's compiler: the members of <c>extension</c> blocks and user-defined compound
/// assignment operators are matched with the tests' uses (docs/rules/AID301.md, the <c>extension-method</c> and
/// <c>operator</c> rows).
/// </summary>
public class ExtensionMemberTests
{
    private const string Blocks = """
        using System;

        namespace Lib;

        public static class ArgumentExceptionExtensions
        {
            extension(ArgumentException)
            {
                public static void ThrowIfEmpty<T>(Span<T> span, string? name = null)
                {
                    if (span.IsEmpty) throw new ArgumentException("empty", name);
                }

                public static void ThrowIfBlank(string value)
                {
                    if (value.Trim().Length == 0) throw new ArgumentException("blank");
                }
            }
        }
        """;

    [Fact]
    public async Task Static_extension_member_called_on_the_extended_type_is_tested()
    {
        var diagnostics = await UntestedAsync(Blocks, """
            public class ArgumentExceptionExtensionsTests
            {
                [Fact]
                public void Empty() => Assert.Throws<ArgumentException>(() => ArgumentException.ThrowIfEmpty(Span<byte>.Empty));
            }
            """);

        // The untested sibling is still reported, on its own line and named as users call it.
        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("Public API 'ArgumentException.ThrowIfBlank(string)' has no test", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(13, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task Class_of_only_untested_blocks_is_one_finding_listing_its_members_as_users_see_them()
    {
        var diagnostic = Assert.Single(await UntestedAsync(Blocks, "public class OtherTests { [Fact] public void Nothing() { } }"));

        Assert.Equal(
            "Public type 'ArgumentExceptionExtensions' has no test (untested members: ArgumentException.ThrowIfEmpty<T>(Span<T>, string?), ArgumentException.ThrowIfBlank(string)); searched Lib.Tests",
            diagnostic.GetMessage());
        // The test-stub fix gets each member's implementation on the class, a method C# can call.
        Assert.Equal(
            "M:Lib.ArgumentExceptionExtensions.ThrowIfEmpty``1(System.Span{``0},System.String);M:Lib.ArgumentExceptionExtensions.ThrowIfBlank(System.String)",
            diagnostic.Properties[UntestedPublicApiAnalyzer.MembersProperty]);
    }

    [Fact]
    public async Task Instance_extension_method_and_property_are_tested_by_name()
    {
        const string library = """
            using System;

            namespace Lib;

            public static class SpanExtensions
            {
                extension<T>(Span<T> span)
                {
                    public int Half => span.Length / 2;

                    public Span<T> FirstHalf() => span.Slice(0, span.Length / 2);

                    public Span<T> SecondHalf() => span.Slice(span.Length / 2);
                }
            }
            """;

        var diagnostics = await UntestedAsync(library, """
            public class SpanExtensionsTests
            {
                [Fact]
                public void Halves()
                {
                    Span<int> span = new[] { 1, 2, 3, 4 };
                    Assert.Equal(2, span.Half);
                    Assert.Equal(2, span.FirstHalf().Length);
                }
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("Public API 'Span<T>.SecondHalf()' has no test", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generic_block_members_are_tested_by_name()
    {
        const string library = """
            namespace Lib;

            public static class BasicExtensions
            {
                extension<T>(T value) where T : class
                {
                    public bool IsNull => value is null;

                    public T OrElse(T other) => value ?? other;
                }
            }
            """;

        Assert.Empty(await UntestedAsync(library, """
            public class BasicExtensionsTests
            {
                [Fact]
                public void Values()
                {
                    string? text = null;
                    Assert.True(text.IsNull);
                    Assert.Equal("x", text.OrElse("x"));
                }
            }
            """));
    }

    [Fact]
    public async Task Static_extension_property_is_tested_by_name()
    {
        const string library = """
            using System.Text;

            namespace Lib;

            public static class EncodingExtensions
            {
                extension(Encoding)
                {
                    public static Encoding Utf8NoBom => new UTF8Encoding(false);
                }
            }
            """;

        Assert.Empty(await UntestedAsync(library, """
            public class EncodingTests
            {
                [Fact]
                public void NoBom() => Assert.Empty(Encoding.Utf8NoBom.GetPreamble());
            }
            """));
    }

    [Fact]
    public async Task Block_property_called_through_its_implementation_accessor_is_tested()
    {
        const string library = """
            using System.Numerics;

            namespace Lib;

            public static class NumberExtensions
            {
                extension<T>(T)
                    where T : unmanaged, INumber<T>
                {
                    public static T Two => T.One + T.One;

                    public static T Three => T.One + T.One + T.One;
                }
            }
            """;

        var diagnostic = Assert.Single(await UntestedAsync(library, """
            public class NumberTests
            {
                [Fact]
                public void Two() => Assert.Equal(2, NumberExtensions.get_Two<int>());
            }
            """));
        Assert.StartsWith("Public API 'T.Three' has no test", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_operator_is_tested_by_its_token_on_the_extended_type()
    {
        const string library = """
            namespace Lib;

            public sealed class Money(decimal amount)
            {
                public decimal Amount { get; } = amount;
            }

            public static class MoneyExtensions
            {
                extension(Money)
                {
                    public static Money operator %(Money money, int parts) => new(money.Amount / parts);
                }
            }
            """;

        Assert.Empty(await UntestedAsync(library, """
            public class MoneyTests
            {
                [Fact]
                public void Split() => Assert.Equal(2m, (new Money(6m) % 3).Amount);
            }
            """));

        // Another operator token on the type does not run it.
        var diagnostic = Assert.Single(await UntestedAsync(library, """
            public class MoneyTests
            {
                [Fact]
                public void Amount() => Assert.Equal(6m, new Money(6m).Amount + 0m);
            }
            """));
        Assert.StartsWith("Public type 'MoneyExtensions' has no test (untested members: Money.operator %(Money, int))", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    private const string Writer = """
        namespace Lib;

        public sealed class Counter
        {
            public int Total { get; private set; }

            public void Add(int value) => Total += value;

            public void operator +=(int value) => Total += value;

            public void operator checked -=(int value) => Total = checked(Total - value);

            public void operator -=(int value) => Total -= value;

            public void operator ++() => Total++;
        }
        """;

    [Fact]
    public async Task Compound_assignment_operator_used_by_a_test_is_tested()
    {
        var diagnostics = await UntestedAsync(Writer, """
            public class CounterTests
            {
                [Fact]
                public void Adds()
                {
                    var counter = new Counter();
                    counter.Add(1);
                    counter += 2;
                    counter -= 1;
                    counter++;
                    Assert.Equal(3, counter.Total);
                }
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Compound_assignment_operator_is_not_tested_by_the_binary_form()
    {
        var diagnostics = await UntestedAsync(Writer, """
            public class CounterTests
            {
                [Fact]
                public void Adds()
                {
                    var counter = new Counter();
                    counter.Add(1 + 2);
                    Assert.Equal(3, counter.Total);
                }
            }
            """);

        Assert.Equal(
            new[] { "Counter.operator +=(int)", "Counter.operator checked -=(int)", "Counter.operator -=(int)", "Counter.operator ++()" },
            diagnostics.Select(d => d.GetMessage().Split('\'')[1]));
    }

    [Fact]
    public async Task Classic_this_extension_beside_blocks_is_still_matched()
    {
        const string library = """
            namespace Lib;

            public static class TextExtensions
            {
                public static string Shout(this string text) => text.ToUpperInvariant() + "!";

                extension(string text)
                {
                    public string Whisper() => text.ToLowerInvariant();
                }
            }
            """;

        var diagnostic = Assert.Single(await UntestedAsync(library, """
            public class TextTests
            {
                [Fact]
                public void Loud() => Assert.Equal("HI!", "hi".Shout());
            }
            """));
        Assert.StartsWith("Public API 'string.Whisper()' has no test", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Older_language_version_is_unaffected()
    {
        // A C# 12 library (the IDE keeps a project's language version): classic extension methods and operators as before,
        // and a block, which does not parse there, reports nothing of its own and throws nothing.
        const string library = """
            namespace Lib;

            public static class TextExtensions
            {
                public static string Shout(this string text) => text.ToUpperInvariant() + "!";

                public static string Mumble(this string text) => text.ToLowerInvariant();
            }

            public sealed class Counter
            {
                public int Total { get; private set; }

                public static Counter operator +(Counter counter, int value) => new() { Total = counter.Total + value };
            }
            """;
        const string tests = """
            public class TextTests
            {
                [Fact]
                public void Loud() => Assert.Equal("HI!", "hi".Shout());

                [Fact]
                public void Adds() => Assert.Equal(2, (new Counter() + 2).Total);
            }
            """;

        var diagnostic = Assert.Single(await UntestedAsync(library, tests, LanguageVersion.CSharp12));
        Assert.StartsWith("Public API 'TextExtensions.Mumble(string)' has no test", diagnostic.GetMessage(), System.StringComparison.Ordinal);

        var blocks = CSharp14Driver.Compile(new[] { ("/Lib/Blocks.cs", Blocks) }, LanguageVersion.CSharp12);
        Assert.NotEmpty(CSharp14Driver.Errors(blocks));
        await RunAsync(blocks, "public class T { [Fact] public void M() => ArgumentException.ThrowIfEmpty(Span<byte>.Empty); }");
    }

    private static async Task<ImmutableArray<Diagnostic>> UntestedAsync(
        [StringSyntax("C#-test")] string library, [StringSyntax("C#-test")] string tests, LanguageVersion languageVersion = LanguageVersion.CSharp14)
    {
        var compilation = CSharp14Driver.Compile(new[] { ("/Lib/Library.cs", library) }, languageVersion);
        Assert.Empty(CSharp14Driver.Errors(compilation));
        return await RunAsync(compilation, tests);
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation library, string tests) =>
        CSharp14Driver.RunAsync(
            library,
            new[]
            {
                new TestAdditionalFile(
                    "/Lib.Tests/Tests.cs",
                    "using System;\nusing System.Text;\nusing Lib;\nusing Xunit;\n\nnamespace Lib.Tests;\n\n" + tests,
                    (UntestedPublicApiAnalyzer.TestSourceMetadata, "true"),
                    (UntestedPublicApiAnalyzer.TestProjectMetadata, "Lib.Tests")),
            },
            new UntestedPublicApiAnalyzer());
}
