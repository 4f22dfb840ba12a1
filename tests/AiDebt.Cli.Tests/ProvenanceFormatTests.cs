using System.Linq;
using AiDebt.Cli.Provenance;

namespace AiDebt.Cli.Tests;

/// <summary>The git-ai note reader (Git AI Standard v3.0.0) and the trailer table, without git.</summary>
public class ProvenanceFormatTests
{
    private const string Metadata = "---\n{\"schema_version\":\"authorship/3.0.0\",\"base_commit_sha\":\"7734793b756b3921c88db5375a8c156e9532447b\","
        + "\"prompts\":{\"abcd1234abcd1234\":{\"agent_id\":{\"tool\":\"cursor\",\"id\":\"p\",\"model\":\"gpt-4\"},\"messages_url\":\"https://example.com/c/1\",\"total_additions\":1,\"total_deletions\":0,\"accepted_lines\":1,\"overriden_lines\":0}},"
        + "\"humans\":{\"h_31dce776f88375\":{\"author\":\"Developer <dev@example.com>\"}},"
        + "\"sessions\":{\"s_c9883b05a2487d\":{\"agent_id\":{\"tool\":\"claude\",\"id\":\"conv_abc123\",\"model\":\"claude-sonnet-4-5-20250514\"}}}}";

    [Fact]
    public void The_mixed_format_example_of_the_standard_reads_with_every_key_kind()
    {
        var note = GitAiNote.TryParse("src/main.rs\n  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10\n  h_31dce776f88375 15-20\n\"src/my lib.rs\"\n  abcd1234abcd1234 1-5,7,9-12\n  0123456789abcdef 30\n" + Metadata, out var error);

        Assert.Null(error);
        Assert.Equal(
            new[]
            {
                ("src/main.rs", AttestationKind.Session, "claude", "claude-sonnet-4-5-20250514", "1-10"),
                ("src/main.rs", AttestationKind.Human, (string?)null, (string?)null, "15-20"),
                ("src/my lib.rs", AttestationKind.LegacyPrompt, "cursor", "gpt-4", "1-5,7-7,9-12"),

                // A key the metadata does not describe is still an AI session, of an unknown tool.
                ("src/my lib.rs", AttestationKind.LegacyPrompt, null, null, "30-30"),
            },
            note!.Attestations.Select(a => (a.Path, a.Kind, a.Agent?.Tool, a.Agent?.Model, string.Join(",", a.Ranges.Select(r => r.Start + "-" + r.End)))));
        Assert.Equal("https://example.com/c/1", note.Attestations[2].Agent!.ConversationUrl);
    }

    [Theory]
    [InlineData("src/a.cs\n  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10\n", "no '---' line")]
    [InlineData("src/a.cs\n  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10\n---\n{\"schema_version\":\"authorship/2.0.0\",\"prompts\":{}}", "schema_version 'authorship/2.0.0' is not authorship/3.0.0")]
    [InlineData("src/a.cs\n  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10\n---\n{not json", "the metadata section is not JSON")]
    [InlineData("src/a.cs\n   s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10\n---\n{\"schema_version\":\"authorship/3.0.0\",\"prompts\":{}}", "line 2: an attestation entry is indented by exactly two spaces")]
    [InlineData("  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10\n---\n{\"schema_version\":\"authorship/3.0.0\",\"prompts\":{}}", "line 1: an attestation entry comes before any file path")]
    [InlineData("src/a.cs\n  claude 1-10\n---\n{\"schema_version\":\"authorship/3.0.0\",\"prompts\":{}}", "'claude' is not an attestation key")]
    [InlineData("src/a.cs\n  h_31dce776f88375 10-2\n---\n{\"schema_version\":\"authorship/3.0.0\",\"prompts\":{}}", "'10-2' is not a line range list")]
    [InlineData("src/a.cs\n  h_31dce776f88375 0\n---\n{\"schema_version\":\"authorship/3.0.0\",\"prompts\":{}}", "'0' is not a line range list")]
    public void A_malformed_note_says_what_is_wrong(string text, string expected)
    {
        Assert.Null(GitAiNote.TryParse(text, out var error));
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData("Co-Authored-By", "Claude <noreply@anthropic.com>", "claude", null)]
    [InlineData("Co-Authored-By", "Claude Opus 4.5 <noreply@anthropic.com>", "claude", "claude-opus-4.5")]
    [InlineData("Co-authored-by", "Claude Sonnet 4.6 <noreply@anthropic.com>", "claude", "claude-sonnet-4.6")]
    [InlineData("Co-authored-by", "Copilot <175728472+Copilot@users.noreply.github.com>", "copilot", null)]
    [InlineData("Co-authored-by", "copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>", "copilot", null)]
    [InlineData("Co-authored-by", "Codex <codex@openai.com>", "codex", null)]
    [InlineData("Co-authored-by", "aider (openai/gpt-4o) <noreply@aider.chat>", "aider", "openai/gpt-4o")]
    [InlineData("Co-authored-by", "Cursor Agent <cursoragent@cursor.com>", "cursor", null)]
    [InlineData("Co-authored-by", "gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>", "gemini", null)]
    [InlineData("Assisted-by", "GitHub Copilot", "copilot", null)]
    [InlineData("Assisted-by", "Claude:claude-3-opus", "claude", "claude-3-opus")]
    [InlineData("Generated-by", "ChatGPT", "chatgpt", null)]
    public void Trailers_naming_an_assistant_give_its_tool_and_model(string key, string value, string tool, string? model)
    {
        var found = AiTrailers.Read(key, value);

        Assert.NotNull(found);
        Assert.True(found!.Known);
        Assert.Equal((tool, model), (found.Tool, found.Model));
    }

    [Theory]
    [InlineData("Co-authored-by", "Jane Doe <jane@example.com>")]
    [InlineData("Co-authored-by", "Claudette Colvin <claudette@example.com>")]
    [InlineData("Signed-off-by", "Claude <noreply@anthropic.com>")]
    [InlineData("Reviewed-by", "Copilot")]
    public void Trailers_about_people_are_no_evidence(string key, string value) => Assert.Null(AiTrailers.Read(key, value));

    [Fact]
    public void Assisted_by_naming_an_unknown_tool_is_an_assistant_kept_as_written()
    {
        var found = AiTrailers.Read("Assisted-by", "Zork-Coder:zork-2 [tool]");

        Assert.Equal(("zork-coder", "zork-2", false), (found!.Tool, found.Model, found.Known));
    }
}
