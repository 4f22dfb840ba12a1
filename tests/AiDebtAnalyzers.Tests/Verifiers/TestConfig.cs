using Microsoft.CodeAnalysis.Testing;

namespace AiDebtAnalyzers.Tests.Verifiers;

internal static class TestConfig
{
    public static void AddEditorConfig(SolutionState state, string? cSharpSection)
    {
        if (cSharpSection is null)
        {
            return;
        }

        state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + cSharpSection + "\n"));
    }

    public static void AddGlobalConfig(SolutionState state, string content) =>
        state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + content + "\n"));
}
