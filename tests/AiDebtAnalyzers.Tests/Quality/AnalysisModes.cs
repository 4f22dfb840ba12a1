using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace AiDebtAnalyzers.Tests.Quality;

/// <summary>
/// The severity presets selected by MSBuild property <c>AiDebtAnalysisMode</c>. Each is a global config generated from
/// the descriptors and shipped in the package; <see cref="GeneratedFilesTests"/> keeps the files current.
/// </summary>
public static class AnalysisModes
{
    public static readonly ImmutableArray<string> Names = ImmutableArray.Create("Default", "Recommended", "Strict", "None");

    /// <summary>The editorconfig severity word a mode gives a rule.</summary>
    public static string SeverityFor(string mode, DiagnosticDescriptor descriptor)
    {
        var own = descriptor.IsEnabledByDefault ? ToEditorConfig(descriptor.DefaultSeverity) : "none";
        return mode switch
        {
            "Default" => own,
            "None" => "none",
            // Summaries keep their own level: they describe, they never fail a build.
            "Recommended" or "Strict" when RuleCatalog.IsSummary(descriptor) => own,
            "Recommended" => descriptor.DefaultSeverity >= DiagnosticSeverity.Warning && descriptor.IsEnabledByDefault ? own : "warning",
            "Strict" => "warning",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
    }

    /// <summary>
    /// Whether a mode leaves a rule that sets severities per finding (<see cref="RuleTags.SeverityPerFinding"/>) at its
    /// default, so that the preset writes no line for it: <c>Default</c> and <c>Recommended</c> keep AID101's small blocks,
    /// test-project copies and suggestion kinds as suggestions; <c>Strict</c> (every finding a warning) and <c>None</c> set it.
    /// </summary>
    public static bool KeepsEachFindingsOwnSeverity(string mode, DiagnosticDescriptor descriptor) =>
        mode is "Default" or "Recommended"
        && descriptor.CustomTags.Contains(RuleTags.SeverityPerFinding)
        && SeverityFor(mode, descriptor) == ToEditorConfig(descriptor.DefaultSeverity);

    public static string GlobalConfig(string mode)
    {
        var builder = new StringBuilder();
        builder.Append("# AiDebtAnalyzers severity preset '").Append(mode).Append("' (MSBuild property AiDebtAnalysisMode).\n");
        builder.Append("# Generated from the rule descriptors by the test suite; do not edit by hand.\n");
        builder.Append("# A project's own .editorconfig or .globalconfig overrides any of these per rule.\n");
        builder.Append("is_global = true\n");
        builder.Append("global_level = -100\n\n");
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            builder.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append('\n');
            if (KeepsEachFindingsOwnSeverity(mode, descriptor))
            {
                // A severity line would replace the severity of every finding, raising the ones the rule lowers.
                builder.Append("# (no severity line: each finding keeps the severity the rule gives it)\n\n");
                continue;
            }

            builder.Append("dotnet_diagnostic.").Append(descriptor.Id).Append(".severity = ").Append(SeverityFor(mode, descriptor)).Append("\n\n");
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    public static string ToEditorConfig(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}
