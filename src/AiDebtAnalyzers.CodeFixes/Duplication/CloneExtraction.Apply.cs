using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiDebtAnalyzers.CodeFixes.Duplication;

/// <content>
/// Applying plans to the solution: each copy replaced by its call, the new methods added after their anchors (into one
/// declaration per helper class, after the last top-level statement for a program), every document edited once,
/// simplified and formatted in its own line ending.
/// </content>
internal static partial class CloneExtraction
{
    /// <summary>The text of every comment in a node (none for no node), as the new method carries them.</summary>
    private static HashSet<string> CommentTexts(SyntaxNode? node)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        if (node is not null)
        {
            foreach (var trivia in node.DescendantTrivia())
            {
                if (IsComment(trivia))
                {
                    texts.Add(trivia.ToString().Trim());
                }
            }
        }

        return texts;
    }

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia);

    /// <summary>
    /// The trivia a copy's call leads with: the copy's own leading trivia, then, each on a line of its own at the call's
    /// indentation, the comments inside the copy that the new method does not carry (a copy other than the one the
    /// method is made from may explain its own case: StarRail's block comment in a block copied from Genshin's). Removing
    /// the copy would otherwise delete them.
    /// </summary>
    private static SyntaxTriviaList WithOwnComments(IReadOnlyList<StatementSyntax> statements, HashSet<string> commentsInMethod, string lineEnding)
    {
        var leading = statements[0].GetLeadingTrivia();
        List<SyntaxTrivia>? own = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Only what lies between the copy's first and last tokens: the first statement's leading trivia stays in front
        // of the call as it is, the last one's trailing trivia after it (`Save(); // note` keeps its note at the end of
        // the call's line, once).
        var inside = TextSpan.FromBounds(statements[0].SpanStart, statements[statements.Count - 1].Span.End);
        foreach (var statement in statements)
        {
            foreach (var trivia in statement.DescendantTrivia())
            {
                if (!IsComment(trivia) || !inside.Contains(trivia.Span))
                {
                    continue;
                }

                var text = trivia.ToString().Trim();
                if (!commentsInMethod.Contains(text) && seen.Add(text))
                {
                    (own ??= new List<SyntaxTrivia>()).Add(trivia);
                }
            }
        }

        if (own is null)
        {
            return leading;
        }

        var indentation = Indentation(leading);
        var result = new List<SyntaxTrivia>(leading);
        foreach (var comment in own)
        {
            result.Add(comment);
            result.Add(EndOfLine(lineEnding));
            result.AddRange(indentation);
        }

        return TriviaList(result);
    }

    /// <summary>The whitespace a statement's leading trivia ends with, which indents its line (none when it ends otherwise).</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading) =>
        leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? TriviaList(leading[leading.Count - 1]) : default;

    /// <summary>Applies non-overlapping plans made against <paramref name="solution"/>, each document edited once.</summary>
    public static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<ExtractionPlan> plans, CancellationToken cancellationToken)
    {
        var byDocument = new Dictionary<DocumentId, List<Action<SyntaxEditor>>>();
        void Add(DocumentId id, Action<SyntaxEditor> edit)
        {
            if (!byDocument.TryGetValue(id, out var edits))
            {
                edits = new List<Action<SyntaxEditor>>();
                byDocument[id] = edits;
            }

            edits.Add(edit);
        }

        foreach (var plan in plans)
        {
            var commentsInMethod = CommentTexts(plan.CalledBody ?? plan.Method);
            foreach (var copy in plan.Copies)
            {
                var statements = copy.Statements;
                var replacement = copy.Replacement;
                Add(copy.DocumentId, editor =>
                {
                    var last = statements[statements.Count - 1];
                    var leading = WithOwnComments(statements, commentsInMethod, LineEnding(editor.OriginalRoot));
                    var placed = replacement;
                    if (placed is BlockSyntax spliced && spliced.HasAnnotation(SpliceAnnotation))
                    {
                        // Several statements take the block's place: all but the last go before it, on lines of their own.
                        var indentation = Indentation(leading);
                        var eol = EndOfLine(LineEnding(editor.OriginalRoot));
                        var before = new List<SyntaxNode>();
                        for (var i = 0; i < spliced.Statements.Count - 1; i++)
                        {
                            before.Add(spliced.Statements[i].WithLeadingTrivia(i == 0 ? leading : indentation).WithTrailingTrivia(eol));
                        }

                        editor.InsertBefore(statements[0], before);
                        placed = spliced.Statements[spliced.Statements.Count - 1];
                        leading = indentation;
                    }

                    var trailing = last.GetTrailingTrivia();
                    if (placed is IfStatementSyntax && NextStatement(last) is { } next && !next.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                    {
                        // A call that leaves early is an if with a block: a blank line parts it from the code that follows.
                        trailing = trailing.Add(EndOfLine(LineEnding(editor.OriginalRoot)));
                    }

                    editor.ReplaceNode(statements[0], placed
                        .WithLeadingTrivia(leading)
                        .WithTrailingTrivia(trailing));
                    for (var i = 1; i < statements.Count; i++)
                    {
                        // A top-level statement cannot be removed from its global statement, only with it.
                        editor.RemoveNode(statements[i].Parent is GlobalStatementSyntax global ? global : statements[i], SyntaxRemoveOptions.KeepNoTrivia);
                    }
                });
            }
        }

        // Methods go in after every copy is replaced: a local function of a top-level program is added to the
        // compilation unit as it is then, after its last top-level statement (which may itself have been a copy).
        var localFunctions = new Dictionary<DocumentId, List<MemberDeclarationSyntax>>();
        var inCodeOrder = new List<ExtractionPlan>(plans);
        inCodeOrder.Sort((x, y) => x.Spans[0].Span.Start.CompareTo(y.Spans[0].Span.Start));
        var helperMethods = new Dictionary<(DocumentId Document, string Name), (MemberDeclarationSyntax Anchor, List<MemberDeclarationSyntax> Methods)>();
        foreach (var plan in inCodeOrder)
        {
            var anchor = plan.Anchor;
            var method = plan.Method;
            if (method is null)
            {
                // The other copies call a method one copy already is: nothing is added.
                continue;
            }

            if (plan.JoinsAnchorType)
            {
                Add(plan.MethodDocumentId, editor => editor.AddMember(anchor!, method));
            }
            else if (plan.HelperClass is { } helperClass)
            {
                // Every method of one helper class goes into one class declaration, after the type of its first group.
                var key = (plan.MethodDocumentId, helperClass);
                if (!helperMethods.TryGetValue(key, out var helper))
                {
                    helper = (anchor!, new List<MemberDeclarationSyntax>());
                    helperMethods[key] = helper;
                }

                helper.Methods.Add(method);
            }
            else if (anchor is not null)
            {
                Add(plan.MethodDocumentId, editor => editor.InsertAfter(anchor, method));
            }
            else if (localFunctions.TryGetValue(plan.MethodDocumentId, out var list))
            {
                list.Add(method);
            }
            else
            {
                localFunctions[plan.MethodDocumentId] = new List<MemberDeclarationSyntax> { method };
            }
        }

        foreach (var entry in helperMethods)
        {
            var (anchor, methods) = entry.Value;
            var name = entry.Key.Name;
            Add(entry.Key.Document, editor => editor.InsertAfter(anchor, HelperClassDeclaration(name, methods, EndOfLine(LineEnding(editor.OriginalRoot)))
                .WithTrailingTrivia(anchor.GetTrailingTrivia())));
        }

        // One edit per program, so that its local functions follow each other in the order of their first copies, the
        // same whether the groups are fixed one by one or all at once.
        foreach (var entry in localFunctions)
        {
            var functions = entry.Value;
            Add(entry.Key, editor => editor.ReplaceNode(editor.OriginalRoot, (root, _) => AddAfterTopLevelStatements((CompilationUnitSyntax)root, functions)));
        }

        // The documents that receive a helper class are edited first: the calls in the other documents name the class, and
        // are simplified against a solution that holds it. Untouched documents keep their trees, so the edits still apply.
        var hosts = new HashSet<DocumentId>(plans.Where(p => p.HelperClass is not null).Select(p => p.MethodDocumentId));
        var ordered = byDocument.OrderBy(entry => hosts.Contains(entry.Key) ? 0 : 1).ToList();
        var result = solution;
        foreach (var entry in ordered)
        {
            var document = result.GetDocument(entry.Key);
            if (document is null)
            {
                continue;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var edit in entry.Value)
            {
                edit(editor);
            }

            var changed = editor.GetChangedDocument();
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            // The formatter writes its own line breaks (those of elastic trivia) in the workspace's line ending, which
            // is the machine's when no .editorconfig sets one: a fix-all run on Linux would leave LF lines in a file
            // checked out with CRLF. The file's own line ending is what every line it already has uses.
            // A file without a line break yet keeps the workspace's.
            OptionSet options = await changed.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
            if (FirstLineEnding(editor.OriginalRoot) is { } lineEnding)
            {
                options = options.WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, lineEnding);
            }

            changed = await Formatter.FormatAsync(changed, Formatter.Annotation, options, cancellationToken).ConfigureAwait(false);
            result = result.WithDocumentSyntaxRoot(entry.Key, (await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!);
        }

        return result;
    }

    private static CompilationUnitSyntax AddAfterTopLevelStatements(CompilationUnitSyntax unit, List<MemberDeclarationSyntax> localFunctions)
    {
        var members = unit.Members;
        var index = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is GlobalStatementSyntax)
            {
                index = i + 1;
            }
        }

        // One blank line before each local function, in the file's own line ending (the formatter would keep an elastic
        // one as CRLF between top-level members).
        var eol = EndOfLine(LineEnding(unit));
        foreach (var localFunction in localFunctions)
        {
            var endsLine = index > 0 && members[index - 1].GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            members = members.Insert(index, localFunction.WithLeadingTrivia(endsLine ? TriviaList(eol) : TriviaList(eol, eol)));
            index++;
        }

        return unit.WithMembers(members);
    }

    private static StatementSyntax? NextStatement(StatementSyntax statement)
    {
        var siblings = statement.Parent switch
        {
            BlockSyntax block => block.Statements,
            SwitchSectionSyntax section => section.Statements,
            _ => default,
        };
        var index = siblings.IndexOf(statement);
        return index >= 0 && index + 1 < siblings.Count ? siblings[index + 1] : null;
    }

    private static string LineEnding(SyntaxNode root) => FirstLineEnding(root) ?? "\n";

    private static string? FirstLineEnding(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return null;
    }
}
