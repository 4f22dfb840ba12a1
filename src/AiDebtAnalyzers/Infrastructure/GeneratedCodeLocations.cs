using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Infrastructure;

/// <summary>
/// The analyzer driver's check that a diagnostic's location lies in generated code, for an analyzer that reports with
/// <c>GeneratedCodeAnalysisFlags.ReportDiagnostics</c> and suppresses in generated code itself. The driver makes this
/// check for every diagnostic of an analyzer configured with <c>None</c>, and the first check in a tree walks every token
/// of the tree for a name <c>GeneratedCode</c>; AID101 reports in hundreds of trees of a large project, so that walk was
/// about a tenth of its time in a build. Here the tree's text is searched instead, and only a tree that may name
/// <c>GeneratedCode</c> is read further, by the driver's own rules, so every answer is the driver's:
/// <list type="bullet">
/// <item>a location whose start lies in a <c>#line hidden</c> region, or before the first <c>#line</c> directive of a
/// tree that has such a region, is generated;</item>
/// <item>otherwise, when the compilation has <c>System.CodeDom.Compiler.GeneratedCodeAttribute</c> and some token of the
/// tree (not of its trivia) has the value text <c>GeneratedCode</c> or <c>GeneratedCodeAttribute</c>, a location is
/// generated when a declaration around it (those the driver's declaration computer lists: namespaces, types, members,
/// accessors, fields' variables) declares a symbol that, or one of whose containing symbols, carries the attribute, a
/// symbol declared in more than one place (a partial type in two files) ending the search as not generated;</item>
/// <item>a generated tree (file name, header, <c>generated_code</c>) is left to the driver, which runs no action of the
/// analyzer there (the analyzer does not set <c>Analyze</c>).</item>
/// </list>
/// <c>GeneratedCodeLocationsTests</c> holds the answers to the driver's on every case above.
/// </summary>
internal sealed class GeneratedCodeLocations
{
    private const string Name = "GeneratedCode";
    private const string AttributeName = "GeneratedCodeAttribute";

    // Whether a tree has a token with the value text the driver looks for: a property of the tree alone.
    private static readonly ConditionalWeakTable<SyntaxTree, object> NamingTrees = new();
    private static readonly object Names = new();
    private static readonly object NamesNot = new();

    private readonly Compilation compilation;
    private readonly INamedTypeSymbol? attribute;

    public GeneratedCodeLocations(Compilation compilation)
    {
        this.compilation = compilation;

        // The type the driver compares attributes with (null when the compilation lacks it or has it twice).
        attribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
    }

    /// <summary>Whether the driver would suppress a diagnostic at <paramref name="span"/> of <paramref name="tree"/> as generated code.</summary>
    public bool IsGenerated(SyntaxTree tree, TextSpan span, CancellationToken cancellationToken)
    {
        // Roslyn's SyntaxTree.IsHiddenPosition (internal), which the driver asks: in a tree with a hidden region, the lines
        // before its first #line directive count as hidden too.
        if (tree.HasHiddenRegions() && tree.GetLineVisibility(span.Start, cancellationToken) is LineVisibility.Hidden or LineVisibility.BeforeFirstLineDirective)
        {
            return true;
        }

        if (attribute is null || !NamesGeneratedCode(tree, cancellationToken))
        {
            return false;
        }

#pragma warning disable RS1030 // The driver asks the compilation's model of the tree too; only trees that name GeneratedCode get here.
        var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        for (var node = tree.GetRoot(cancellationToken).FindNode(span, findInsideTrivia: false, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node is BaseFieldDeclarationSyntax field)
            {
                foreach (var variable in field.Declaration.Variables)
                {
                    if (IsGeneratedSymbol(model.GetDeclaredSymbol(variable, cancellationToken)))
                    {
                        return true;
                    }
                }
            }
            else if (IsListedDeclaration(node) && IsGeneratedSymbol(model.GetDeclaredSymbol(node, cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The declarations whose symbols the driver's set of generated symbols can hold (Roslyn's declaration computer):
    /// not local functions, lambdas or locals, whose attributes the driver does not read. A compilation unit declares a
    /// symbol only with top-level statements, and is listed only when it has attribute lists.
    /// </summary>
    private static bool IsListedDeclaration(SyntaxNode node) => node switch
    {
        BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or EnumMemberDeclarationSyntax
            or BasePropertyDeclarationSyntax or AccessorDeclarationSyntax or BaseMethodDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } => true,
        CompilationUnitSyntax unit => unit.AttributeLists.Count > 0,
        _ => false,
    };

    /// <summary>
    /// Roslyn's <c>IsGeneratedSymbolWithGeneratedCodeAttribute</c>: the symbol or a containing symbol carries the attribute
    /// (a namespace has none), up to the first symbol declared in more than one place (a partial type in two files), which
    /// with everything it contains the driver treats as not generated, the attribute on whichever part.
    /// </summary>
    private bool IsGeneratedSymbol(ISymbol? symbol)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current.Kind != SymbolKind.Namespace)
            {
                if (current.DeclaringSyntaxReferences.Length > 1)
                {
                    return false;
                }

                foreach (var data in current.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a token of the tree has the value text <c>GeneratedCode</c> or <c>GeneratedCodeAttribute</c>, as the driver's
    /// token walk asks. A token's value text differs from its source text only through escapes (<c>\u0047</c> in a name,
    /// <c>\x47</c> in a string), so a tree whose text holds neither the name nor a backslash has no such token, and where
    /// the name is absent only the tokens that hold a backslash are read.
    /// </summary>
    internal static bool NamesGeneratedCode(SyntaxTree tree, CancellationToken cancellationToken)
    {
        return ReferenceEquals(NamingTrees.GetOrCompute(tree, static (t, token) => Compute(t, token) ? Names : NamesNot, cancellationToken), Names);
    }

    private static bool Compute(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var root = tree.GetRoot(cancellationToken);

        // One pass over the text in chunks of the thread's buffer, each read with the 64 characters after it so that a
        // name starting near a chunk's end is seen whole. Either answer is exact: a backslash's token is read as the
        // driver reads it, and where the name occurs every token is read.
        var buffer = chunk ??= new char[ChunkLength + 64];
        for (var start = 0; start < text.Length; start += ChunkLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = System.Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            for (var i = 0; i < ChunkLength && i < count; i++)
            {
                var c = buffer[i];
                if (c == 'G' && i + Name.Length <= count && Matches(buffer, i, Name))
                {
                    // Rare outside generated files: read every token, as the driver does.
                    return AnyTokenNamed(root);
                }

                // A backslash in trivia gives the token that holds the trivia, read too: a superset, answered exactly.
                if (c == '\\' && IsNamed(root.FindToken(start + i)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int ChunkLength = 4096;

    [System.ThreadStatic]
    private static char[]? chunk;

    private static bool AnyTokenNamed(SyntaxNode root)
    {
        foreach (var token in root.DescendantTokens())
        {
            if (IsNamed(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamed(SyntaxToken token)
    {
        var value = token.ValueText;
        return string.Equals(value, Name, System.StringComparison.Ordinal) || string.Equals(value, AttributeName, System.StringComparison.Ordinal);
    }

    private static bool Matches(char[] buffer, int at, string value)
    {
        for (var k = 1; k < value.Length; k++)
        {
            if (buffer[at + k] != value[k])
            {
                return false;
            }
        }

        return true;
    }
}
