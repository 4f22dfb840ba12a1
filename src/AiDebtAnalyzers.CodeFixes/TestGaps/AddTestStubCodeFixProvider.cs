using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiDebtAnalyzers.CodeFixes.TestGaps;

/// <summary>
/// AID301 "Add a test stub": writes a failing test for each untested API into the test project that references
/// the library (xunit, NUnit or MSTest, detected from that project's references), in the class named after the type.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTestStubCodeFixProvider))]
[Shared]
public sealed class AddTestStubCodeFixProvider : CodeFixProvider
{
    private const string Title = "Add a test stub";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.UntestedPublicApi);

    public override FixAllProvider GetFixAllProvider() => StubFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var library = context.Document.Project;
        var testProject = await TestStubWriter.FindTestProjectAsync(library, context.CancellationToken).ConfigureAwait(false);
        if (testProject is null)
        {
            // No test project references this library: there is nowhere to put a stub.
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title + " to " + testProject.Name,
                    cancellationToken => TestStubWriter.AddStubsAsync(library.Solution, library.Id, new[] { diagnostic }, cancellationToken),
                    equivalenceKey: nameof(AddTestStubCodeFixProvider)),
                diagnostic);
        }
    }

    private sealed class StubFixAllProvider : ScopedFixAllProvider
    {
        public static readonly StubFixAllProvider Instance = new();

        protected override CodeAction? CreateFix(Solution solution, List<Diagnostic> diagnostics, string? equivalenceKey) =>
            CodeAction.Create(Title, cancellationToken => FixAllAsync(solution, diagnostics, cancellationToken), nameof(AddTestStubCodeFixProvider));

        /// <summary>The stubs go to the test project of each diagnostic's library, one library at a time.</summary>
        private static async Task<Solution> FixAllAsync(Solution solution, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var byProject = new List<(ProjectId Project, List<Diagnostic> Diagnostics)>();
            foreach (var diagnostic in diagnostics)
            {
                var projectId = diagnostic.Location.SourceTree is { } tree ? solution.GetDocumentId(tree)?.ProjectId : null;
                if (projectId is null)
                {
                    continue;
                }

                var index = byProject.FindIndex(entry => entry.Project == projectId);
                if (index < 0)
                {
                    byProject.Add((projectId, new List<Diagnostic>()));
                    index = byProject.Count - 1;
                }

                byProject[index].Diagnostics.Add(diagnostic);
            }

            foreach (var (projectId, projectDiagnostics) in byProject)
            {
                solution = await TestStubWriter.AddStubsAsync(solution, projectId, projectDiagnostics, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }
    }
}
