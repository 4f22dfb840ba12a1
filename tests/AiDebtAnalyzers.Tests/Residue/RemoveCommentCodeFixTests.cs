using System.Threading.Tasks;
using AiDebtAnalyzers.Residue;
using VerifyChatbot = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Residue.ChatbotArtifactAnalyzer,
    AiDebtAnalyzers.CodeFixes.Residue.RemoveCommentCodeFixProvider>;
using VerifyElided = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Residue.ElidedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Residue.RemoveCommentCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Residue;

/// <summary>RemoveCommentCodeFixProvider on AID501 and AID503 findings, single and fix-all.</summary>
public class RemoveCommentCodeFixTests
{
    [Fact]
    public async Task Fix_removes_the_comment_line()
    {
        const string source = """
            class OrderService
            {
                void Save()
                {
                    var total = 1;
                    {|#0:// ... existing code ...|}
                    total++;
                }
            }
            """;
        const string fixedSource = """
            class OrderService
            {
                void Save()
                {
                    var total = 1;
                    total++;
                }
            }
            """;

        await VerifyElided.VerifyCodeFixAsync(source, VerifyElided.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments("// ... existing code ..."), fixedSource);
    }

    [Fact]
    public async Task Fix_all_removes_every_placeholder_including_adjacent_ones()
    {
        const string source = """
            class OrderService
            {
                void Save()
                {
                    {|#0:// ... existing code ...|}
                    {|#1:// ... rest of the method remains the same|}
                    var codes = new int[] { {|#2:/* ... */|} };
                }

                {|#3:// (other members omitted for brevity)|}
            }
            """;
        const string fixedSource = """
            class OrderService
            {
                void Save()
                {
                    var codes = new int[] { };
                }

            }
            """;

        await VerifyElided.VerifyCodeFixAsync(
            source,
            new[]
            {
                VerifyElided.Diagnostic(RuleIds.ElidedCode).WithLocation(0).WithArguments("// ... existing code ..."),
                VerifyElided.Diagnostic(RuleIds.ElidedCode).WithLocation(1).WithArguments("// ... rest of the method remains the same"),
                VerifyElided.Diagnostic(RuleIds.ElidedCode).WithLocation(2).WithArguments("/* ... */"),
                VerifyElided.Diagnostic(RuleIds.ElidedCode).WithLocation(3).WithArguments("// (other members omitted for brevity)"),
            },
            fixedSource);
    }

    [Fact]
    public async Task Fix_removes_the_comment()
    {
        const string source = """
            class OrderService
            {
                void Save()
                {
                    {|#0:// Certainly! Here's the updated code:|}
                    var total = 1; {|#1:// :contentReference[oaicite:2]{index=2}|}
                }
            }
            """;
        const string fixedSource = """
            class OrderService
            {
                void Save()
                {
                    var total = 1;
                }
            }
            """;

        await VerifyChatbot.VerifyCodeFixAsync(
            source,
            new[]
            {
                VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(0).WithArguments("// Certainly! Here's the updated code:", "the opening of a chatbot answer"),
                VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(1).WithArguments("// :contentReference[oaicite:2]{index=2}", "chatbot citation markup"),
            },
            fixedSource);
    }

    [Fact]
    public async Task Fix_keeps_the_sentence_a_citation_trails()
    {
        const string source = """
            class OrderService
            {
                {|#0:// Rates follow the carrier's price list. :contentReference[oaicite:0]{index=0}|}
                decimal Rate() => 4.95m; {|#1:// Germany only【4:0†source】|}
                {|#2:/* Retries are capped at 3 citeturn0search0turn1view2 */|}
                int Retries() => 3;
                {|#3:// [cite_start]Validates the order before it is saved[cite: 12, 14]|}
                void Validate() { }
            }
            """;
        const string fixedSource = """
            class OrderService
            {
                // Rates follow the carrier's price list.
                decimal Rate() => 4.95m; // Germany only
                /* Retries are capped at 3 */
                int Retries() => 3;
                // Validates the order before it is saved
                void Validate() { }
            }
            """;

        var test = new VerifyChatbot.Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.Add(VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(0).WithArguments(ChatbotArtifactAnalyzerTests.Fold("// Rates follow the carrier's price list. :contentReference[oaicite:0]{index=0}"), "chatbot citation markup"));
        test.ExpectedDiagnostics.Add(VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(1).WithArguments("// Germany only【4:0†source】", "chatbot citation markup"));
        test.ExpectedDiagnostics.Add(VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(2).WithArguments("/* Retries are capped at 3 citeturn0search0turn1view2 */", "chatbot citation markup"));
        test.ExpectedDiagnostics.Add(VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(3).WithArguments(ChatbotArtifactAnalyzerTests.Fold("// [cite_start]Validates the order before it is saved[cite: 12, 14]"), "chatbot citation markup"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_removes_a_pasted_answer_and_documentation_lines()
    {
        const string source = """
            {|#0:// Certainly! Here's the refactored class that handles null orders:|}
            class OrderService
            {
                /// <summary>
                /// Saves the order.
                {|#1:/// I hope this helps!|}
                /// </summary>
                void Save() { }
            }
            {|#2:/* I hope this helps! Let me know if you need any further assistance. */|}
            """;
        const string fixedSource = """
            class OrderService
            {
                /// <summary>
                /// Saves the order.
                /// </summary>
                void Save() { }
            }

            """;

        await VerifyChatbot.VerifyCodeFixAsync(
            source,
            new[]
            {
                VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(0).WithArguments(ChatbotArtifactAnalyzerTests.Fold("// Certainly! Here's the refactored class that handles null orders:"), "the opening of a chatbot answer"),
                VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(1).WithArguments("/// I hope this helps!", "the closing of a chatbot answer"),
                VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(2).WithArguments(ChatbotArtifactAnalyzerTests.Fold("/* I hope this helps! Let me know if you need any further assistance. */"), "the closing of a chatbot answer"),
            },
            fixedSource);
    }

    [Theory]
    [InlineData("// Here's the updated", "// implementation of the service:", "the opening of a chatbot answer")]
    [InlineData("// Let me know if you need any", "// further assistance.", "the closing of a chatbot answer")]
    [InlineData("// As an AI language", "// model, I cannot check these rates.", "a chatbot speaking of itself")]
    public async Task Reports_a_sentence_split_over_two_comment_lines_once(string first, string second, string kind)
    {
        var source = $$"""
            class OrderService
            {
                void Save()
                {
                    var total = 1;
                    {|#0:{{first}}
                    {{second}}|}
                    total++;
                }
            }
            """;
        var fixedSource = """
            class OrderService
            {
                void Save()
                {
                    var total = 1;
                    total++;
                }
            }
            """;

        await VerifyChatbot.VerifyCodeFixAsync(
            source,
            VerifyChatbot.Diagnostic(RuleIds.ChatbotArtifact).WithLocation(0).WithArguments(ChatbotArtifactAnalyzerTests.Fold(ChatbotArtifacts.JoinLines(first, second)), kind),
            fixedSource);
    }
}
