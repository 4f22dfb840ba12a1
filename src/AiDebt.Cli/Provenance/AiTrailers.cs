using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AiDebt.Cli.Provenance;

/// <summary>An assistant a commit trailer names, with the model when the trailer gives one.</summary>
public sealed record TrailerTool(string Tool, string? Model, bool Known);

/// <summary>
/// Reads the commit trailers assistants and their users write: <c>Co-authored-by:</c> naming an assistant (Claude Code,
/// GitHub Copilot, Codex, aider, Cursor, ...), and <c>Assisted-by:</c> / <c>Generated-by:</c>, which always mean an
/// assistant. A <c>Co-authored-by:</c> naming anyone else is a person and not evidence.
/// </summary>
public static class AiTrailers
{
    /// <summary>The assistants recognised in <c>Co-authored-by:</c>, by a pattern over "name &lt;email&gt;". One row per tool.</summary>
    public static readonly IReadOnlyList<(string Tool, Regex Pattern)> KnownTools = new (string, Regex)[]
    {
        ("claude", Pattern(@"^claude\b|@anthropic\.com>|^claude\[bot\]")),
        ("copilot", Pattern(@"^(github )?copilot\b|copilot-swe-agent|\+copilot@users\.noreply\.github\.com")),
        ("codex", Pattern(@"^(openai )?codex\b|codex@openai\.com|chatgpt-codex-connector")),
        ("aider", Pattern(@"^aider\b|@aider\.chat>")),
        ("cursor", Pattern(@"^cursor( agent)?\b|@cursor\.(com|sh)>")),
        ("gemini", Pattern(@"^gemini\b|gemini-code-assist")),
        ("devin", Pattern(@"^devin\b|devin-ai-integration")),
        ("jules", Pattern(@"^jules\b|google-labs-jules")),
        ("amp", Pattern(@"^amp\b.*@ampcode\.com>")),
        ("windsurf", Pattern(@"^(windsurf|cascade)\b|@codeium\.com>|@windsurf\.com>")),
        ("openhands", Pattern(@"^openhands\b|openhands@all-hands\.dev")),
        ("junie", Pattern(@"^junie\b")),
        ("opencode", Pattern(@"^opencode\b")),
        ("kiro", Pattern(@"^kiro\b")),
        ("chatgpt", Pattern(@"^chatgpt\b")),
    };

    // aider writes its model in parentheses: "aider (openai/gpt-4o) <noreply@aider.chat>".
    private static readonly Regex ModelInParentheses = new(@"\(([^)<>]+)\)", RegexOptions.CultureInvariant);

    // Claude Code writes the model's name: "Claude Opus 4.5 <noreply@anthropic.com>".
    private static readonly Regex ClaudeModel = new(@"^claude\s+((?:opus|sonnet|haiku)\s+[0-9][0-9.]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The assistant a trailer names, or null when the trailer is not about an assistant.</summary>
    public static TrailerTool? Read(string key, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (string.Equals(key, "Co-authored-by", StringComparison.OrdinalIgnoreCase))
        {
            var tool = Match(trimmed);
            return tool is null ? null : new TrailerTool(tool, ModelOf(tool, trimmed), Known: true);
        }

        if (string.Equals(key, "Assisted-by", StringComparison.OrdinalIgnoreCase) || string.Equals(key, "Generated-by", StringComparison.OrdinalIgnoreCase))
        {
            return ReadAssistedBy(trimmed);
        }

        return null;
    }

    /// <summary>
    /// <c>Assisted-by: NAME</c>, <c>Assisted-by: NAME:MODEL</c> (the Linux kernel's form) or a "name &lt;email&gt;". The
    /// trailer always means an assistant; a name outside <see cref="KnownTools"/> is kept as written and flagged.
    /// </summary>
    private static TrailerTool ReadAssistedBy(string value)
    {
        var known = Match(value);
        var name = value;
        var angle = name.IndexOf('<', StringComparison.Ordinal);
        if (angle > 0)
        {
            name = name[..angle].Trim();
        }

        string? model = null;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !name.Contains("://", StringComparison.Ordinal))
        {
            model = FirstWord(name[(colon + 1)..]);
            name = name[..colon].Trim();
        }

        var tool = known ?? Slug(FirstWord(name) ?? name);
        return new TrailerTool(tool, model ?? (known is null ? null : ModelOf(known, value)), Known: known is not null);
    }

    private static string? Match(string nameAndEmail)
    {
        foreach (var (tool, pattern) in KnownTools)
        {
            if (pattern.IsMatch(nameAndEmail))
            {
                return tool;
            }
        }

        return null;
    }

    private static string? ModelOf(string tool, string value)
    {
        if (tool == "aider" && ModelInParentheses.Match(value) is { Success: true } aider)
        {
            return aider.Groups[1].Value.Trim();
        }

        if (tool == "claude" && ClaudeModel.Match(value) is { Success: true } claude)
        {
            return "claude-" + Regex.Replace(claude.Groups[1].Value.Trim().ToLowerInvariant(), @"\s+", "-");
        }

        return null;
    }

    private static string? FirstWord(string text)
    {
        var parts = text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : parts[0];
    }

    private static string Slug(string name) => name.Trim().ToLowerInvariant();

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
}
