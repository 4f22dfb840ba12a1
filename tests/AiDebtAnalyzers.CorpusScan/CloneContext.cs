using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// Where a copy of a clone group sits, for the measurement of judged groups (clone_noise_structure.py --context): reads
/// lines <c>path TAB first line TAB line count</c> from standard input and writes, per line, the member that holds the
/// copy (its kind and name), the statements of that member and of the copy (blocks not counted), and what holds the
/// copy's statement list (a method body, a constructor, a catch clause, a loop, a lambda, ...), the member's parameter
/// types (an event handler's <c>object,RoutedEventArgs</c>) and the enclosing type's name with its modifiers and base
/// list (a XAML code-behind's <c>partial</c> class). Parses each file alone.
/// </summary>
internal static class CloneContext
{
    public static int Run()
    {
        var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        string? line;
        while ((line = Console.ReadLine()) is not null)
        {
            var columns = line.Split('\t');
            if (columns.Length < 3 || !File.Exists(columns[0]))
            {
                Console.WriteLine("?\t?\t0\t0\t?\t\t?");
                continue;
            }

            if (!trees.TryGetValue(columns[0], out var tree))
            {
                tree = CSharpSyntaxTree.ParseText(File.ReadAllText(columns[0]));
                trees[columns[0]] = tree;
            }

            Console.WriteLine(Describe(tree, int.Parse(columns[1], CultureInfo.InvariantCulture), int.Parse(columns[2], CultureInfo.InvariantCulture)));
        }

        return 0;
    }

    private static string Describe(SyntaxTree tree, int firstLine, int lineCount)
    {
        var text = tree.GetText();
        if (firstLine < 1 || firstLine > text.Lines.Count)
        {
            return "?\t?\t0\t0\t?\t\t?";
        }

        var first = text.Lines[firstLine - 1];
        var last = text.Lines[Math.Min(text.Lines.Count, firstLine + Math.Max(1, lineCount) - 1) - 1];
        var indent = first.ToString().Length - first.ToString().TrimStart().Length;
        var root = tree.GetRoot();
        var token = root.FindToken(first.Start + indent);
        var member = token.Parent!.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m is not BaseTypeDeclarationSyntax and not NamespaceDeclarationSyntax);
        var name = member switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            ConstructorDeclarationSyntax => ".ctor",
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            IndexerDeclarationSyntax => "this[]",
            OperatorDeclarationSyntax op => "operator " + op.OperatorToken.ValueText,
            _ => "?",
        };
        var memberStatements = member?.DescendantNodes().OfType<StatementSyntax>().Count(s => s is not BlockSyntax) ?? 0;
        var span = TextSpan.FromBounds(first.Start, last.End);
        var copyStatements = root.DescendantNodes(span).OfType<StatementSyntax>().Count(s => s is not BlockSyntax && span.Contains(s.Span));
        var statement = token.Parent!.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault();
        var holder = statement?.Parent is BlockSyntax block ? block.Parent : statement?.Parent;
        var parameters = member switch
        {
            BaseMethodDeclarationSyntax method => string.Join(",", method.ParameterList.Parameters.Select(p => p.Type?.ToString() ?? "?")),
            _ => "",
        };
        var type = token.Parent!.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
        var typeText = type is null ? "?" : string.Join(" ", type.Modifiers.Select(m => m.ValueText)) + " " + type.Identifier.ValueText
            + (type.BaseList is null ? "" : " : " + string.Join(",", type.BaseList.Types.Select(t => t.Type.ToString())));
        return string.Join('\t', member?.Kind().ToString() ?? "?", name, memberStatements.ToString(CultureInfo.InvariantCulture),
            copyStatements.ToString(CultureInfo.InvariantCulture), holder?.Kind().ToString() ?? "?", parameters, typeText.Trim());
    }
}
