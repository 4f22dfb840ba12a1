using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDebt.Cli.Analysis;

/// <summary>
/// Generated files of a scanned project reduced to their declarations before the project is analysed: every member body
/// becomes <c>throw null</c>. The analyzer driver binds every method body of a compilation, generated or not, although no
/// rule reports in generated code. In bitwarden server, whose EF Core migration designer files are most of its 1.88M
/// lines, that binding cost about a sixth of the scan's CPU time and its peak memory went from 1.2 GB to 0.87 GB without
/// it. The declarations stay, so the hand-written code binds as before.
/// </summary>
/// <remarks>
/// Line breaks of a body are kept, so every declaration after it keeps its line. Rules that read the other parts of a
/// partial type see a generated part's bodies as <c>throw null</c>: AID502 asks whether any part of a type has a real body
/// (a hand-written constructor or member is enough, and a form or a migration has one), and AID301 no longer follows
/// calls through a generated member. The folder scans of bitwarden server (EF Core migrations) and ShareX (Windows Forms
/// designer files) give the same findings with and without the reduction (docs/performance.md).
/// </remarks>
internal static class DeclarationOnlyTrees
{
    private const string Throw = "throw null";

    /// <summary>The trees to compile, each generated one reduced; <paramref name="reduced"/> gets the reduced ones.</summary>
    /// <remarks>The trees are looked at on every core (<paramref name="isGenerated"/> must allow that); the order is kept.</remarks>
    public static List<SyntaxTree> Reduce(List<SyntaxTree> trees, Func<SyntaxTree, bool> isGenerated, HashSet<SyntaxTree> reduced, CancellationToken cancellationToken)
    {
        var declarations = new SyntaxTree?[trees.Count];
        Parallel.For(0, trees.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => declarations[i] = Reduced(trees[i], isGenerated, cancellationToken));
        List<SyntaxTree>? result = null;
        for (var i = 0; i < trees.Count; i++)
        {
            if (declarations[i] is { } declarationsOnly)
            {
                reduced.Add(declarationsOnly);
                result ??= new List<SyntaxTree>(trees);
                result[i] = declarationsOnly;
            }
        }

        return result ?? trees;
    }

    /// <summary>A generated tree with every body replaced; null for a tree that is not generated or has no body.</summary>
    private static SyntaxTree? Reduced(SyntaxTree tree, Func<SyntaxTree, bool> isGenerated, CancellationToken cancellationToken)
    {
        if (!isGenerated(tree))
        {
            return null;
        }

        var text = tree.GetText(cancellationToken);
        var changes = new List<TextChange>();
        AddBodyChanges(tree.GetCompilationUnitRoot(cancellationToken).Members, text, changes);
        return changes.Count == 0 ? null : tree.WithChangedText(text.WithChanges(changes));
    }

    /// <summary>
    /// A loaded project's compilation (a project or solution scan) with its generated trees reduced, generated as the
    /// analyzers decide it (<see cref="AiDebtAnalyzers.Infrastructure.GeneratedCode"/>); the same compilation if none is.
    /// The reduced trees keep their paths, which is what the workspace's per-file options are looked up by.
    /// </summary>
    public static Compilation Reduce(Compilation compilation, AnalyzerOptions options, HashSet<SyntaxTree> reduced, CancellationToken cancellationToken)
    {
        var trees = new List<SyntaxTree>(compilation.SyntaxTrees);
        var kept = Reduce(trees, tree => AiDebtAnalyzers.Infrastructure.GeneratedCode.IsGenerated(tree, options, cancellationToken), reduced, cancellationToken);
        return ReferenceEquals(kept, trees) ? compilation : compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(kept);
    }

    /// <summary>Replaces every member body among <paramref name="members"/> (nested types included) with <c>throw null</c>.</summary>
    private static void AddBodyChanges(SyntaxList<MemberDeclarationSyntax> members, SourceText text, List<TextChange> changes)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    AddBodyChanges(ns.Members, text, changes);
                    break;
                case TypeDeclarationSyntax type:
                    AddBodyChanges(type.Members, text, changes);
                    break;
                case BaseMethodDeclarationSyntax method:
                    AddBodyChange(method.Body, method.ExpressionBody, text, changes);
                    break;
                case BasePropertyDeclarationSyntax property:
                    if (property is PropertyDeclarationSyntax { ExpressionBody: { } propertyArrow })
                    {
                        AddBodyChange(null, propertyArrow, text, changes);
                    }
                    else if (property is IndexerDeclarationSyntax { ExpressionBody: { } indexerArrow })
                    {
                        AddBodyChange(null, indexerArrow, text, changes);
                    }

                    foreach (var accessor in property.AccessorList?.Accessors ?? default)
                    {
                        AddBodyChange(accessor.Body, accessor.ExpressionBody, text, changes);
                    }

                    break;
            }
        }
    }

    private static void AddBodyChange(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow, SourceText text, List<TextChange> changes)
    {
        if (block is not null)
        {
            // Inside the braces, so that trivia and directives around the block stay as they were.
            var inside = TextSpan.FromBounds(block.OpenBraceToken.Span.End, block.CloseBraceToken.Span.Start);
            changes.Add(new TextChange(inside, " " + Throw + "; " + LineBreaks(text, inside)));
        }
        else if (arrow is not null)
        {
            var span = arrow.Expression.Span;
            changes.Add(new TextChange(span, Throw + LineBreaks(text, span)));
        }
    }

    /// <summary>The line breaks of a span, in order: what keeps the lines after it where they were.</summary>
    private static string LineBreaks(SourceText text, TextSpan span)
    {
        var lines = text.Lines.GetLinePosition(span.End).Line - text.Lines.GetLinePosition(span.Start).Line;
        return lines == 0 ? string.Empty : new string('\n', lines);
    }
}
