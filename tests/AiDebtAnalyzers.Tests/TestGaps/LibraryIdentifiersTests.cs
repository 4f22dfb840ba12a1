using System.Collections.Generic;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.TestGaps;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDebtAnalyzers.Tests.TestGaps;

public class LibraryIdentifiersTests
{
    private const string Library = """
        namespace Shop
        {
            public interface IPriced { decimal Price { get; } }

            // IPriced in a comment, and "IPriced" in a string, are not uses.
            /// <summary>Implements <see cref="IPriced"/> in a documentation comment: not a use either.</summary>
            public class Cart
            {
                private readonly IPriced @IPriced;
                public Cart(IPriced priced) { @IPriced = priced; }
                public string Name => "IPriced";
        #if NEVER
                IPriced disabled;
        #endif
                public bool Is(object value) => value is IPriced && value is not IPricedLater;
            }

            public interface IPricedLater { }
        }
        """;

    /// <summary>Only the search, only the walk, and the search for the first names then the walk (the analyzer's).</summary>
    public static TheoryData<int> NamesSearched => new() { int.MaxValue, 0, LibraryIdentifiers.DefaultNamesSearched };

    [Theory]
    [MemberData(nameof(NamesSearched))]
    public void Counts_identifier_tokens_as_a_walk_of_every_token_counts_them(int namesSearched)
    {
        var compilation = AnalyzerDriver.Compile(("Library.cs", Library), ("Long.cs", LongFile()));
        var identifiers = new LibraryIdentifiers(compilation, namesSearched);
        var expected = CountByWalk(compilation);

        foreach (var pair in expected)
        {
            Assert.Equal(pair.Value, identifiers.Count(pair.Key, CancellationToken.None));
        }

        Assert.Equal(0, identifiers.Count("GetMethods", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(NamesSearched))]
    public void Leaves_out_comments_strings_documentation_and_disabled_code_and_counts_verbatim_names(int namesSearched)
    {
        var identifiers = new LibraryIdentifiers(AnalyzerDriver.Compile(("Library.cs", Library)), namesSearched);

        // The declaration, the field's type and its verbatim name, the parameter's type, the assignment, the pattern.
        Assert.Equal(6, identifiers.Count("IPriced", CancellationToken.None));
        Assert.Equal(2, identifiers.Count("IPricedLater", CancellationToken.None));
        Assert.Equal(0, identifiers.Count("NEVER", CancellationToken.None));
        Assert.Equal(0, identifiers.Count(string.Empty, CancellationToken.None));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("IPriced")]
    [InlineData("IPricedLaterStill")]
    public void Counts_a_name_at_every_offset_around_the_slices_edges(string name)
    {
        // The search copies the text out in slices of 16,384 characters, each starting the name's length less one before
        // the last one's end: a name is placed to start at every offset around the first and second slices' ends and
        // the next slices' starts, and the file ends there or a slice later.
        const int slice = 1 << 14;
        var step = slice - (name.Length - 1);
        var offsets = new SortedSet<int>();
        for (var edge = 1; edge <= 2; edge++)
        {
            for (var delta = -name.Length - 2; delta <= 2; delta++)
            {
                offsets.Add((edge * step) + delta);
                offsets.Add((edge * slice) + delta);
            }
        }

        foreach (var offset in offsets)
        {
            foreach (var more in new[] { 0, 1, slice })
            {
                var head = "class " + name + " { //";
                var text = new StringBuilder(head).Append(' ', offset - 1 - head.Length).Append('\n').Append(name);
                if (more > 0)
                {
                    text.Append(" x;").Append(' ', more).Append('}');
                }

                var compilation = AnalyzerDriver.Compile(("Edge.cs", text.ToString()));
                CountByWalk(compilation).TryGetValue(name, out var expected);
                Assert.True(expected == new LibraryIdentifiers(compilation).Count(name, CancellationToken.None), $"{name} at {offset}, {more} characters after it: the walk counts {expected}");
            }
        }
    }

    /// <summary>A file longer than several slices of the search, with names at many offsets around the slices' edges.</summary>
    private static string LongFile()
    {
        var text = new StringBuilder("namespace Shop { public static class Long {\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append("    public static int F").Append(i).Append("(IPriced p, IPricedLater q) => p is null ? ").Append(i % 7).Append(" : F").Append(i + 1 == 3000 ? 0 : i + 1).Append("(p, q);\n");
        }

        return text.Append("} }\n").ToString();
    }

    private static Dictionary<string, int> CountByWalk(Compilation compilation)
    {
        var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    counts[token.ValueText] = counts.TryGetValue(token.ValueText, out var count) ? count + 1 : 1;
                }
            }
        }

        return counts;
    }
}
