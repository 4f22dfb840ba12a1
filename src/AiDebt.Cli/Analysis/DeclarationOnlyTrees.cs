using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebt.Cli.Analysis;

/// <summary>
/// Generated files of a folder project reduced to their declarations before the project is compiled: every member body
/// becomes <c>throw null</c>. The analyzer driver binds every method body of a compilation, generated or not, although no
/// rule reports in generated code; in a repository with checked-in EF Core migrations that binding is most of the scan
/// (bitwarden server: about 1.34M of its 1.88M lines). The declarations stay, so the hand-written code binds as before.
/// </summary>
/// <remarks>
/// A generated file that declares a part of a partial type the project also declares by hand is left whole: rules read
/// the other parts of such a type (AID502 asks whether any part has a real body; AID301 follows calls into them). Line
/// breaks of a body are kept, so every declaration after it keeps its line.
/// </remarks>
internal static class DeclarationOnlyTrees
{
    private const string Throw = "throw null";

    /// <summary>The trees to compile, each generated one reduced where it may be; <paramref name="reduced"/> gets the reduced ones.</summary>
    public static List<SyntaxTree> Reduce(List<SyntaxTree> trees, Func<SyntaxTree, bool> isGenerated, HashSet<SyntaxTree> reduced, CancellationToken cancellationToken)
    {
        var generated = new HashSet<SyntaxTree>();
        var handWrittenPartials = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (isGenerated(tree))
            {
                generated.Add(tree);
            }
            else
            {
                AddPartialTypes(tree.GetCompilationUnitRoot(cancellationToken).Members, string.Empty, handWrittenPartials);
            }
        }

        if (generated.Count == 0)
        {
            return trees;
        }

        var result = new List<SyntaxTree>(trees.Count);
        foreach (var tree in trees)
        {
            if (!generated.Contains(tree))
            {
                result.Add(tree);
                continue;
            }

            var root = tree.GetCompilationUnitRoot(cancellationToken);
            var partials = new HashSet<string>(StringComparer.Ordinal);
            AddPartialTypes(root.Members, string.Empty, partials);
            if (partials.Overlaps(handWrittenPartials))
            {
                result.Add(tree);
                continue;
            }

            var text = tree.GetText(cancellationToken);
            var changes = new List<TextChange>();
            AddBodyChanges(root.Members, text, changes);
            if (changes.Count == 0)
            {
                result.Add(tree);
                continue;
            }

            var declarations = tree.WithChangedText(text.WithChanges(changes));
            reduced.Add(declarations);
            result.Add(declarations);
        }

        return result;
    }

    /// <summary>The names (namespace, containing types, name and arity) of the partial types declared among <paramref name="members"/>.</summary>
    private static void AddPartialTypes(SyntaxList<MemberDeclarationSyntax> members, string container, HashSet<string> names)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    AddPartialTypes(ns.Members, container + ns.Name + ".", names);
                    break;
                case TypeDeclarationSyntax type:
                    var name = container + type.Identifier.ValueText + "`" + (type.TypeParameterList?.Parameters.Count ?? 0);
                    if (type.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        names.Add(name);
                    }

                    AddPartialTypes(type.Members, name + "+", names);
                    break;
            }
        }
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
