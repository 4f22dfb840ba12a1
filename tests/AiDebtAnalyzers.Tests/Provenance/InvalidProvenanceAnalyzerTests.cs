using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Provenance;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Provenance.InvalidProvenanceAnalyzer>;

namespace AiDebtAnalyzers.Tests.Provenance;

public class InvalidProvenanceAnalyzerTests
{
    internal static DiagnosticResult Invalid(int location, string message) =>
        VerifyCS.Diagnostic(RuleIds.InvalidProvenance).WithLocation(location).WithArguments(message).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    internal static string Region(string marker) => $$"""
        class OrderService
        {
            {{marker}}
            int Total(int a, int b) => a + b;
            // </ai-provenance>
        }
        """;

    [Fact]
    public async Task Accepts_every_field()
    {
        var source = Region("""
            // <ai-provenance tool="copilot" model="openai/gpt-4o" contributor="ai" generated="2026-11-20"
                //   reviewed-by="reviewer@example.com" reviewed="2026-11-21" hash="aid1:3f1c9a0b5d27e4a8"
                //   trace="550e8400-e29b-41d4-a716-446655440000" conversation="https://example.com/c/1">
            """);

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Theory]
    [InlineData("s_c9883b05a2487d")]
    [InlineData("s_c9883b05a2487d::t_9f8e7d6c5b4a32")]
    [InlineData("abcd1234abcd1234")]
    [InlineData("550E8400-E29B-41D4-A716-446655440000")]
    public async Task Accepts_git_ai_and_agent_trace_ids(string trace)
    {
        await VerifyCS.VerifyAnalyzerAsync(Region("// <ai-provenance tool=\"copilot\" contributor=\"ai\" trace=\"" + trace + "\">"));
    }

    [Fact]
    public async Task Accepts_a_block_comment_marker_and_mixed_contributor()
    {
        await VerifyCS.VerifyAnalyzerAsync(Region("/* <ai-provenance tool=\"cursor\" contributor=\"mixed\"> */"));
    }

    [Theory]
    [InlineData("contributor=\"ai\"", "the required field 'tool' is missing")]
    [InlineData("tool=\"copilot\"", "the required field 'contributor' is missing")]
    [InlineData("tool=\"copilot\" contributor=\"human\"", "'contributor' must be 'ai' or 'mixed', not 'human'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" model=\"gpt-4o\"", "'model' must be 'provider/model' as in Agent Trace (e.g. 'openai/gpt-4o'), not 'gpt-4o'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" generated=\"2026-13-01\"", "'generated' must be an ISO date (yyyy-MM-dd), not '2026-13-01'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" generated=\"20/11/2026\"", "'generated' must be an ISO date (yyyy-MM-dd), not '20/11/2026'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" reviewed-by=\"a@b.c\" reviewed=\"yesterday\"", "'reviewed' must be an ISO date (yyyy-MM-dd), not 'yesterday'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" hash=\"3f1c9a0b5d27e4a8\"", "'hash' must be 'aid1:' followed by 16 lower-case hex digits, not '3f1c9a0b5d27e4a8'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" hash=\"aid1:3F1C9A0B5D27E4A8\"", "'hash' must be 'aid1:' followed by 16 lower-case hex digits, not 'aid1:3F1C9A0B5D27E4A8'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" hash=\"aid1:3f1c\"", "'hash' must be 'aid1:' followed by 16 lower-case hex digits, not 'aid1:3f1c'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" trace=\"run-42\"", "'trace' must be an Agent Trace record id (a UUID) or a git-ai session hash, not 'run-42'")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" conversation=\"chat 42\"", "'conversation' must be an absolute URL, not 'chat 42'")]
    [InlineData("tool=\"\" contributor=\"ai\"", "'tool' is empty")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" reviewed=\"2026-11-21\"", "'reviewed' needs 'reviewed-by': say who reviewed the code")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" generated=\"2026-11-21\" reviewed-by=\"a@b.c\" reviewed=\"2026-11-20\"", "'reviewed' (2026-11-20) is earlier than 'generated' (2026-11-21)")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" author=\"me\"", "unknown field 'author'; the fields are tool, model, contributor, generated, reviewed-by, reviewed, hash, trace, conversation")]
    [InlineData("tool=\"copilot\" tool=\"cursor\" contributor=\"ai\"", "field 'tool' appears twice")]
    [InlineData("tool=copilot contributor=\"ai\"", "the value of 'tool' must be in double quotes")]
    [InlineData("tool contributor=\"ai\"", "attribute 'tool' needs a value: tool=\"...\"")]
    [InlineData("tool=\"copilot\"contributor=\"ai\"", "attributes must be separated by white space")]
    [InlineData("tool=\"copilot\" contributor=\"ai\" ?", "unexpected character '?' in the opening marker; attributes are name=\"value\" pairs")]
    public async Task Reports_bad_fields(string attributes, string message)
    {
        var source = $$"""
            class OrderService
            {
                // <ai-provenance {{attributes}}>
                int Total(int a, int b) => a + b;
                // </ai-provenance>
            }
            """;

        var diagnostics = await AnalyzerDriver.RunAsync(new InvalidProvenanceAnalyzer(), source);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Invalid provenance annotation: " + message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Properties_carry_what_could_be_read()
    {
        var source = Region("// <ai-provenance tool=\"copilot\" model=\"openai/gpt-4o\" contributor=\"robot\">");
        var diagnostic = await AnalyzerDriver.SingleAsync(new InvalidProvenanceAnalyzer(), source);
        Assert.Equal("copilot", diagnostic.Properties["aidebt.tool"]);
        Assert.Equal("openai/gpt-4o", diagnostic.Properties["aidebt.model"]);
        Assert.Equal("robot", diagnostic.Properties["aidebt.contributor"]);
        Assert.Equal("false", diagnostic.Properties["aidebt.reviewed"]);
        Assert.Equal("0", diagnostic.Properties["aidebt.lines"]);
        Assert.Equal("2", diagnostic.Properties["aidebt.debtMinutes"]);
    }

    [Fact]
    public async Task Reports_the_offending_value()
    {
        var source = Region("// <ai-provenance tool=\"copilot\" contributor=\"{|#0:robot|}\">");
        await VerifyCS.VerifyAnalyzerAsync(source, Invalid(0, "'contributor' must be 'ai' or 'mixed', not 'robot'"));
    }

    [Fact]
    public async Task Reports_a_marker_that_never_ends()
    {
        var source = """
            class OrderService
            {
                {|#0:// <ai-provenance tool="copilot" contributor="ai"|}
                int Total(int a, int b) => a + b;
                // </ai-provenance>
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Invalid(0, "the opening marker is not closed by '>'"));
    }

    [Fact]
    public async Task Reports_self_closing_marker()
    {
        var source = """
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai" {|#0:/>|}
                int Total(int a, int b) => a + b;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Invalid(0, "a provenance region needs an opening and a closing marker; '/>' is not allowed"));
    }

    [Fact]
    public async Task Reports_closing_marker_without_opening()
    {
        var source = """
            class OrderService
            {
                int Total(int a, int b) => a + b;
                {|#0:// </ai-provenance>|}
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Invalid(0, "a closing marker '</ai-provenance>' has no opening marker"));
    }

    [Fact]
    public async Task Reports_malformed_closing_marker()
    {
        var source = """
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai">
                int Total(int a, int b) => a + b;
                {|#0:// </ai-provenance tool="x">|}
                // </ai-provenance>
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Invalid(0, "the closing marker must read '</ai-provenance>'"));
    }

    [Fact]
    public async Task Reports_nested_regions()
    {
        var source = """
            class OrderService
            {
                // <ai-provenance tool="copilot" contributor="ai">
                int Total(int a, int b)
                {
                    {|#0:// <ai-provenance tool="cursor" contributor="ai">|}
                    return a + b;
                    // </ai-provenance>
                }
                // </ai-provenance>
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, Invalid(0, "provenance regions cannot be nested; close the enclosing region first"));
    }

    [Fact]
    public async Task Reports_attribute_problems()
    {
        var source = """
            using AiDebtAnalyzers;

            class OrderService
            {
                private const string Tool = "copilot";

                [{|#0:AiProvenance(Contributor = "ai")|}]
                int Total(int a, int b) => a + b;

                [AiProvenance(Tool = {|#1:Tool|}, Contributor = "ai")]
                int Other() => 1;
            }
            """;

        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.Sources.Add(("AiProvenanceAttribute.cs", AiProvenanceAttributeGenerator.AttributeSource));
        test.TestState.Sources.Add(("EmbeddedAttribute.cs", AiProvenanceAttributeGenerator.EmbeddedAttributeSource));
        test.ExpectedDiagnostics.Add(Invalid(0, "the required field 'tool' is missing"));
        test.ExpectedDiagnostics.Add(Invalid(1, "'Tool' must be a string literal so that analyzers can read it"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Prose_that_mentions_the_marker_is_ignored()
    {
        var source = """
            class OrderService
            {
                // Wrap generated code in <ai-provenance> markers, see docs/provenance.md.
                /// <summary>Uses <ai-provenance tool="x"> in an example.</summary>
                int Total(int a, int b) => a + b;
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }
}
