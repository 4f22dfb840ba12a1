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
