using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.TestGaps;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiDebtAnalyzers.CodeFixes.TestGaps;

/// <summary>
/// "Add a test stub" for AID301: writes a failing test for each untested API into the test project that references
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

    private sealed class StubFixAllProvider : FixAllProvider
    {
        public static readonly StubFixAllProvider Instance = new();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) => Task.FromResult<CodeAction?>(
            CodeAction.Create(Title, cancellationToken => FixAllAsync(fixAllContext, cancellationToken), nameof(AddTestStubCodeFixProvider)));

        private static async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            var byProject = new List<(ProjectId Project, ImmutableArray<Diagnostic> Diagnostics)>();
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document is not null:
                    byProject.Add((context.Document.Project.Id, await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false)));
                    break;
                case FixAllScope.Project:
                    byProject.Add((context.Project.Id, await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false)));
                    break;
                case FixAllScope.Solution:
                    foreach (var project in context.Solution.Projects)
                    {
                        byProject.Add((project.Id, await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false)));
                    }

                    break;
            }

            var solution = context.Solution;
            foreach (var (projectId, diagnostics) in byProject)
            {
                if (!diagnostics.IsEmpty)
                {
                    solution = await TestStubWriter.AddStubsAsync(solution, projectId, diagnostics, cancellationToken).ConfigureAwait(false);
                }
            }

            return solution;
        }
    }
}
