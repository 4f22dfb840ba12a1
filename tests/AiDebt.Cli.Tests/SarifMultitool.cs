using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;

namespace AiDebt.Cli.Tests;

/// <summary>
/// The official SARIF Multitool (npm package @microsoft/sarif-multitool 5.7.0). CI installs it and points
/// AIDEBT_SARIF_MULTITOOL at it; otherwise it is looked for on the PATH.
/// </summary>
public static class SarifMultitool
{
    public const string MissingMessage = "sarif-multitool not found: install it with 'npm install @microsoft/sarif-multitool@5.7.0' and set AIDEBT_SARIF_MULTITOOL to node_modules/.bin/sarif-multitool (CI does).";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("AIDEBT_SARIF_MULTITOOL");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : throw new InvalidOperationException("AIDEBT_SARIF_MULTITOOL points at a missing file: " + configured);
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "sarif-multitool");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs <c>validate --rule-kind Gh</c> and returns its error-level results as "RULE: message".</summary>
    public static List<string> Validate(string multitool, string sarif, string workingDirectory)
    {
        var report = Path.Combine(workingDirectory, "validation-" + Guid.NewGuid().ToString("N")[..8] + ".sarif");
        var (exitCode, output) = CliRunner.Process(multitool, "validate \"" + sarif + "\" -o \"" + report + "\" --rule-kind Gh", workingDirectory, 180);
        Assert.True(exitCode == 0 && File.Exists(report), "sarif-multitool failed (" + exitCode + "): " + output);

        var errors = new List<string>();
        foreach (var run in JsonNode.Parse(File.ReadAllText(report))!["runs"]!.AsArray())
        {
            foreach (var result in run!["results"]?.AsArray() ?? new JsonArray())
            {
                var level = (string?)result!["level"] ?? "warning";
                if (level == "error")
                {
                    var message = result["message"]!;
                    errors.Add((string?)result["ruleId"] + ": " + ((string?)message["text"] ?? (string?)message["id"] + " " + message["arguments"]?.ToJsonString()));
                }
            }
        }

        return errors;
    }
}
