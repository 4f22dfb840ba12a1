using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>One copy of a group: the whole statements a diagnostic location covers, with their tokens and semantic model.</content>
internal static partial class CloneExtraction
{
    internal sealed class Copy
    {
        private Copy(Document document, SemanticModel model, IReadOnlyList<StatementSyntax> statements, List<SyntaxToken> tokens, bool isTopLevel)
        {
            Document = document;
            Model = model;
            Statements = statements;
            Tokens = tokens;
            IsTopLevel = isTopLevel;
        }

        /// <summary>Whether the copy lies in the top-level statements of a program, directly or nested in them.</summary>
        public bool IsTopLevel { get; }

        public Document Document { get; }

        public SemanticModel Model { get; }

        public IReadOnlyList<StatementSyntax> Statements { get; }

        public List<SyntaxToken> Tokens { get; }

        public TextSpan Span => TextSpan.FromBounds(Statements[0].SpanStart, Statements[Statements.Count - 1].Span.End);

        /// <summary>The copy without its last statement, which stays in place.</summary>
        public Copy WithoutLastStatement() => WithStatements(Statements.Take(Statements.Count - 1).ToList());

        /// <summary>The copy without its first statement, which stays in place.</summary>
        public Copy WithoutFirstStatement() => WithStatements(Statements.Skip(1).ToList());

        /// <summary>The statements of the body of the local function that is the copy's one statement.</summary>
        public Copy BodyOfLocalFunction() => WithStatements(((LocalFunctionStatementSyntax)Statements[0]).Body!.Statements.ToList());

        private Copy WithStatements(List<StatementSyntax> statements)
        {
            var span = TextSpan.FromBounds(statements[0].SpanStart, statements[statements.Count - 1].Span.End);
            var kept = new List<SyntaxToken>(Tokens.Count);
            foreach (var token in Tokens)
            {
                if (span.Contains(token.Span))
                {
                    kept.Add(token);
                }
            }

            return new Copy(Document, Model, statements, kept, IsTopLevel);
        }

        public static async Task<Copy?> CreateAsync(Solution solution, Location location, CancellationToken cancellationToken)
        {
            var tree = location.SourceTree;
            var document = tree is null ? null : solution.GetDocument(tree);
            if (tree is null || document is null)
            {
                return null;
            }

            var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
            var span = location.SourceSpan;
            var token = root.FindToken(span.Start);
            StatementSyntax? first = null;
            foreach (var node in token.Parent?.AncestorsAndSelf() ?? Enumerable.Empty<SyntaxNode>())
            {
                if (node is StatementSyntax statement && statement.SpanStart == span.Start && statement.Span.End <= span.End
                    && statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax)
                {
                    first = statement;
                }
                else if (node.SpanStart != span.Start)
                {
                    break;
                }
            }

            if (first is null)
            {
                return null;
            }

            var statements = new List<StatementSyntax>();
            if (first.Parent is GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } global)
            {
                var members = unit.Members;
                for (var i = members.IndexOf(global); i < members.Count && members[i] is GlobalStatementSyntax next && next.Span.End <= span.End; i++)
                {
                    statements.Add(next.Statement);
                }
            }
            else if (first.Parent is BlockSyntax or SwitchSectionSyntax)
            {
                var siblings = first.Parent is BlockSyntax block ? block.Statements : ((SwitchSectionSyntax)first.Parent!).Statements;
                for (var i = siblings.IndexOf(first); i < siblings.Count && siblings[i].Span.End <= span.End; i++)
                {
                    statements.Add(siblings[i]);
                }
            }
            else
            {
                return null;
            }

            if (statements[statements.Count - 1].Span.End != span.End)
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return null;
            }

            var tokens = new List<SyntaxToken>();
            foreach (var statement in statements)
            {
                foreach (var t in statement.DescendantTokens())
                {
                    if (!t.IsMissing && !t.Span.IsEmpty)
                    {
                        tokens.Add(t);
                    }
                }
            }

            return new Copy(document, model, statements, tokens, first.Ancestors().OfType<GlobalStatementSyntax>().Any());
        }
    }
}
