using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.Provenance;
using AiDebtAnalyzers.Provenance.AgentTrace;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using VerifyTrace = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Provenance.UnreadableTraceAnalyzer>;

namespace AiDebtAnalyzers.Tests.Provenance;

public class AgentTraceTests
{
    private const string Record = """{"version":"0.1.0","id":"550e8400-e29b-41d4-a716-446655440000","timestamp":"2026-11-20T14:30:00Z","tool":{"name":"cursor","version":"2.4.0"},"files":[{"path":"src/Orders.cs","conversations":[{"url":"https://api.cursor.com/v1/conversations/12345","contributor":{"type":"ai","model_id":"anthropic/claude-opus-4-5-20251101"},"ranges":[{"start_line":3,"end_line":6}]}]}]}""";

    private static AgentTraceFile Parse(string content) => AgentTraceFile.Parse("/repo/.agent-trace/traces.jsonl", SourceText.From(content), CancellationToken.None);

    [Fact]
    public void Reads_a_valid_record()
    {
        var file = Parse(Record + "\n");
        Assert.Empty(file.Errors);
        Assert.Equal(1, file.RecordCount);
        var range = Assert.Single(file.Ranges);
        Assert.Equal("src/Orders.cs", range.Path);
        Assert.Equal(3, range.StartLine);
        Assert.Equal(6, range.EndLine);
        Assert.Equal("ai", range.Contributor);
        Assert.Equal("anthropic/claude-opus-4-5-20251101", range.Model);
        Assert.Equal("cursor", range.Tool);
        Assert.Equal("2026-11-20", range.Date);
        Assert.Equal("550e8400-e29b-41d4-a716-446655440000", range.RecordId);
        Assert.Equal("https://api.cursor.com/v1/conversations/12345", range.Conversation);
        Assert.Equal("/repo", file.Root);
    }

    [Fact]
    public void Range_contributor_overrides_the_conversation()
    {
        var line = """{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00+01:00","files":[{"path":"a.cs","conversations":[{"contributor":{"type":"ai"},"ranges":[{"start_line":1,"end_line":2,"contributor":{"type":"mixed","model_id":"openai/gpt-4o"}},{"start_line":5,"end_line":5,"content_hash":"murmur3:9f2e8a1b"}]}]}],"metadata":{"confidence":0.95}}""";
        var file = Parse(line);
        Assert.Empty(file.Errors);
        Assert.Equal(new[] { "mixed", "ai" }, file.Ranges.Select(r => r.Contributor));
        Assert.Equal("openai/gpt-4o", file.Ranges[0].Model);
        Assert.Null(file.Ranges[1].Model);
        Assert.Equal("murmur3:9f2e8a1b", file.Ranges[1].ContentHash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void Empty_file_has_no_records_and_no_errors(string content)
    {
        var file = Parse(content);
        Assert.Empty(file.Errors);
        Assert.Empty(file.Ranges);
        Assert.Equal(0, file.RecordCount);
    }

    [Theory]
    [InlineData("not json", "invalid JSON at column 1: unexpected character 'n'")]
    [InlineData("[]", "not an Agent Trace record: the line must hold a JSON object")]
    [InlineData("""{"id":"a","timestamp":"2026-11-20T14:30:00Z","files":[]}""", "not an Agent Trace record: the required member 'version' is missing")]
    [InlineData("""{"version":"one","id":"a","timestamp":"2026-11-20T14:30:00Z","files":[]}""", "not an Agent Trace record: 'version' must be a version number such as '0.1.0', not 'one'")]
    [InlineData("""{"version":"0.1.0","id":"","timestamp":"2026-11-20T14:30:00Z","files":[]}""", "not an Agent Trace record: 'id' must be a non-empty string")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"yesterday","files":[]}""", "not an Agent Trace record: 'timestamp' must be an RFC 3339 date-time, not 'yesterday'")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z"}""", "not an Agent Trace record: the required member 'files' is missing")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z","files":{}}""", "not an Agent Trace record: 'files' must be an array")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z","files":[{"conversations":[]}]}""", "not an Agent Trace record: files[0]: the required member 'path' is missing")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z","files":[{"path":"a.cs"}]}""", "not an Agent Trace record: files[0]: 'conversations' must be an array")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z","files":[{"path":"a.cs","conversations":[{}]}]}""", "not an Agent Trace record: files[0].conversations[0]: 'ranges' must be an array")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z","files":[{"path":"a.cs","conversations":[{"ranges":[{"start_line":0,"end_line":2}]}]}]}""", "not an Agent Trace record: files[0].conversations[0].ranges[0]: 'start_line' and 'end_line' must be integers of 1 or more")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z","files":[{"path":"a.cs","conversations":[{"ranges":[{"start_line":5,"end_line":2}]}]}]}""", "not an Agent Trace record: files[0].conversations[0].ranges[0]: 'end_line' is before 'start_line'")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z","files":[{"path":"a.cs","conversations":[{"contributor":{"type":"robot"},"ranges":[]}]}]}""", "not an Agent Trace record: files[0].conversations[0]: 'contributor.type' must be human, ai, mixed or unknown, not 'robot'")]
    [InlineData("""{"version":"0.1.0","id":"a","timestamp":"2026-11-20T14:30:00Z","tool":"cursor","files":[]}""", "not an Agent Trace record: 'tool' must be an object")]
    public void Malformed_lines_are_errors_and_other_lines_still_count(string bad, string message)
    {
        var file = Parse(Record + "\n" + bad + "\n" + Record + "\n");
        var error = Assert.Single(file.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal(message, error.Message);
        Assert.Equal(2, file.RecordCount);
    }

    [Fact]
    public async Task AID405_names_file_and_line()
    {
        var test = new VerifyTrace.Test { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/repo/.agent-trace/traces.jsonl", Record + "\n{|#0:{\"version\": 1}|}\n"));
        test.ExpectedDiagnostics.Add(VerifyTrace.Diagnostic(RuleIds.UnreadableTrace).WithLocation(0)
            .WithArguments(".agent-trace/traces.jsonl", "2", "not an Agent Trace record: 'version' must be a non-empty string"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AID405_ignores_other_additional_files()
    {
        var test = new VerifyTrace.Test { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/repo/notes.jsonl", "not json\n"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AID405_reads_the_file_AiDebtAgentTraceFile_names_whatever_its_name()
    {
        // The package targets mark the file the property names with AiDebtKind=AgentTrace.
        var test = new VerifyTrace.Test { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/repo/logs/agent.jsonl", Record + "\n{|#0:not json|}\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[/repo/logs/agent.jsonl]\nbuild_metadata.AdditionalFiles.AiDebtKind = AgentTrace\n"));
        test.ExpectedDiagnostics.Add(VerifyTrace.Diagnostic(RuleIds.UnreadableTrace).WithLocation(0)
            .WithArguments("logs/agent.jsonl", "2", "invalid JSON at column 1: unexpected character 'n'"));
        await test.RunAsync(CancellationToken.None);
    }

    internal static string TraceFor(string path, int start, int end, string type = "ai", string? hash = null) =>
        "{\"version\":\"0.1.0\",\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"timestamp\":\"2026-11-20T14:30:00Z\",\"tool\":{\"name\":\"cursor\"},"
        + "\"files\":[{\"path\":\"" + path + "\",\"conversations\":[{\"url\":\"https://example.com/c/1\",\"contributor\":{\"type\":\"" + type + "\",\"model_id\":\"openai/gpt-4o\"},"
        + "\"ranges\":[{\"start_line\":" + start + ",\"end_line\":" + end + (hash is null ? string.Empty : ",\"content_hash\":\"" + hash + "\"") + "}]}]}]}";

    internal const string Orders = """
        class Orders
        {
            int Total(int a, int b)
            {
                return a + b;
            }

            int Other() => 1;
        }
        """;

    [Theory]
    [InlineData("human")]
    [InlineData("unknown")]
    public async Task AID401_ignores_human_and_unknown_ranges(string type)
    {
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(("/repo/src/Orders.cs", Orders)), AnalyzerDriver.Options(additionalFiles: new TestAdditionalFile("/repo/.agent-trace/traces.jsonl", TraceFor("src/Orders.cs", 3, 6, type))), new UnattributedAiCodeAnalyzer());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task AID401_ignores_traces_of_other_files_and_paths_outside_the_root()
    {
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(("/repo/src/Orders.cs", Orders)), AnalyzerDriver.Options(additionalFiles: new TestAdditionalFile("/repo/lib/.agent-trace/traces.jsonl", TraceFor("src/Orders.cs", 3, 6))), new UnattributedAiCodeAnalyzer());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task AID401_range_over_two_members_is_one_region()
    {
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(("/repo/src/Orders.cs", Orders)), AnalyzerDriver.Options(additionalFiles: new TestAdditionalFile("/repo/.agent-trace/traces.jsonl", TraceFor("./src/Orders.cs", 3, 8, "mixed"))), new UnattributedAiCodeAnalyzer());
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("'Total' to 'Other' shows evidence of AI generation (Agent Trace record) but carries no provenance annotation", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("mixed", diagnostic.Properties["aidebt.contributor"]);
        Assert.Equal("5", diagnostic.Properties["aidebt.lines"]);
    }

    [Fact]
    public async Task AID401_follows_moved_lines_by_content_hash()
    {
        var moved = "// A comment\n// pushed the code down\n" + Orders;
        var hash = "sha256:" + Sha256("    int Total(int a, int b)\n    {\n        return a + b;\n    }");
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(("/repo/src/Orders.cs", moved)), AnalyzerDriver.Options(additionalFiles: new TestAdditionalFile("/repo/.agent-trace/traces.jsonl", TraceFor("src/Orders.cs", 3, 6, hash: hash))), new UnattributedAiCodeAnalyzer());
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains("'Total'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task AID401_drops_a_range_whose_code_has_gone()
    {
        var hash = "sha256:" + Sha256("    int Total(int a, int b)\n    {\n        return a * b;\n    }");
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(("/repo/src/Orders.cs", Orders)), AnalyzerDriver.Options(additionalFiles: new TestAdditionalFile("/repo/.agent-trace/traces.jsonl", TraceFor("src/Orders.cs", 3, 6, hash: hash))), new UnattributedAiCodeAnalyzer());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task AID401_trusts_line_numbers_for_unknown_hash_algorithms()
    {
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(("/repo/src/Orders.cs", Orders)), AnalyzerDriver.Options(additionalFiles: new TestAdditionalFile("/repo/.agent-trace/traces.jsonl", TraceFor("src/Orders.cs", 8, 8, hash: "murmur3:9f2e8a1b"))), new UnattributedAiCodeAnalyzer());
        Assert.Contains("'Other'", Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    private static string Sha256(string text)
    {
        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return System.Convert.ToHexString(digest).ToLowerInvariant();
    }

    [Fact]
    public void Trace_file_name_is_recognized_on_any_platform()
    {
        Assert.True(AgentTraceFile.IsTraceFile(@"C:\repo\.agent-trace\traces.jsonl"));
        Assert.True(AgentTraceFile.IsTraceFile("/repo/.agent-trace/traces.jsonl"));
        Assert.False(AgentTraceFile.IsTraceFile("/repo/agent-trace/traces.jsonl"));
        Assert.False(AgentTraceFile.IsTraceFile("/repo/.agent-trace/traces.json"));
    }

    [Fact]
    public void Unreadable_text_is_an_error_not_an_exception()
    {
        var file = AgentTraceFile.Parse("/repo/.agent-trace/traces.jsonl", null, CancellationToken.None);
        Assert.Single(file.Errors);
    }
}
