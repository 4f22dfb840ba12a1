using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Residue;
using AiDebtAnalyzers.Tests.Quality;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebtAnalyzers.Tests.Residue;

/// <summary>
/// The comment index scans the text for <c>//</c> and <c>/*</c> and asks the tree only there. These tests hold it to
/// the walk it replaced (every token's trivia, every comment classified at once), kept here as the oracle: the same
/// comments and documentation comments, in the same order, with the same text, line, layout and verdicts.
/// </summary>
public class CommentIndexTests
{
    /// <summary>Text that looks like a comment where none starts, and comments where a scan could lose them.</summary>
    private const string Tricky = """"
        // leading comment of the file
        #define DEBUG // a comment inside a directive belongs to the directive
        #pragma warning disable CS0168 // why: also a directive's comment
        using System; /* after a using */ using System.IO;
        #region Region text // not a comment
        namespace Shop; /**/
        /// <summary>Documentation // with slashes and /* a star */.</summary>
        /** A multi-line documentation comment // and /* inside */
        public class Order
        {
            //// four slashes: an ordinary comment
            private const char Slash = '/'; // a character literal, then a comment
            private const char Star = '*';/*glued*/
            private static readonly string Url = "http://example.com/*not*/"; // a URL in a string
            private static readonly string Verbatim = @"C:\// ""quoted"" /* still
        // the verbatim string goes on here
        */ end";
            private static readonly string Raw = """
                // inside a raw string
                /* also inside */ "quotes"
                """;
            private static readonly string Interpolated = $"a // {Url /* a comment in a hole */} b /* c */";
            private static readonly string Nested = $@"{(Raw.Length > 0 ? "x//" : "y/*")} // text";
            private static readonly string RawInterpolated = $$"""
                {{Url}} // in the text of a raw interpolated string
                {{Verbatim // a comment in a hole of a raw interpolated string
                }}
                """;
            private static readonly string Utf8 = "//"u8.Length.ToString();

            public int Divide(int a, int b) => a / b /* divided */ / 1 // integer division
                ;

            public bool IsSlash(char c) => c == '/' || c == '/' /* both */;

            public void Run()
            {
        #if false
                // in disabled text
                var s = "unterminated /*
                /// disabled documentation
        #elif DEBUG // on a directive
                // enabled again
        #else
                /* disabled too */
        #endif
                var x = 1; /* one */ var y = /* two */ 2; // three
                /* a comment
                   over // lines */
                _ = x / y;
            }
        #endregion
        }
        // the last comment, before the end of the file
        """";

    /// <summary>Broken code: skipped tokens, an unterminated comment and string, a stray end of comment.</summary>
    private const string Broken = """
        class C
        {
            void M() { int x = 1 / ; } // after an error
            ) ) /* skipped */ ]
            string s = "no end // here
            */ x // stray end
        }
        /* never closed // ...
        """;

    public static TheoryData<string> Sources => new() { Tricky, Broken, string.Empty, "/", "//", "/*", "a/", "/**/", "///", "x///y", "\"//\"", "'/'/2", "#if X\n//a\n#endif\n//b" };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Gives_what_the_walk_gives(string source)
    {
        foreach (var mode in new[] { DocumentationMode.Parse, DocumentationMode.None, DocumentationMode.Diagnose })
        {
            AssertSameAsWalk(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview, mode)));
        }
    }

    [Fact]
    public void Finds_no_comment_in_literals_disabled_text_or_directives()
    {
        var index = CommentIndex.Get(CSharpSyntaxTree.ParseText(Tricky, new CSharpParseOptions(LanguageVersion.Preview)), CancellationToken.None);
        var texts = index.Comments.Select(comment => comment.Text).ToList();

        Assert.Contains("// leading comment of the file", texts);
        Assert.Contains("/* a comment in a hole */", texts);
        Assert.Contains("// a comment in a hole of a raw interpolated string", texts);
        Assert.Contains("/*glued*/", texts);
        Assert.Contains("/**/", texts);
        Assert.Contains("//// four slashes: an ordinary comment", texts);
        Assert.Contains("// enabled again", texts);
        Assert.DoesNotContain(texts, text => text.Contains("directive", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("disabled", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("inside", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("not", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("verbatim", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("in the text", StringComparison.Ordinal));
        Assert.Equal(2, index.DocumentationComments.Length);
    }

    [Fact]
    public void Finds_comments_that_straddle_the_scan_chunks()
    {
        // A "//" or "/*" whose two characters fall into two chunks, and tokens that end on either side of a boundary.
        foreach (var marker in new[] { "// split", "/* split */", "/// <summary>split</summary>" })
        {
            for (var padding = CommentIndex.ScanChunkLength - 8; padding <= CommentIndex.ScanChunkLength + 4; padding++)
            {
                var source = "class C { string s = \"" + new string('a', padding - 22) + "\"; }" + marker + "\nclass D { } // after";
                var tree = CSharpSyntaxTree.ParseText(source);
                AssertSameAsWalk(tree);
                var index = CommentIndex.Get(tree, CancellationToken.None);
                var isDocumentation = marker.StartsWith("///", StringComparison.Ordinal);
                Assert.Equal(isDocumentation ? 1 : 2, index.Comments.Length);
                Assert.Equal(isDocumentation ? 1 : 0, index.DocumentationComments.Length);
            }
        }

        var many = string.Concat(Enumerable.Range(0, 3000).Select(i => i % 3 == 0 ? $"// line {i}\n" : i % 3 == 1 ? $"int F{i} = 1 / 2; /* {i} */\n" : $"string S{i} = \"//{i}\";\n"));
        AssertSameAsWalk(CSharpSyntaxTree.ParseText("class C {\n" + many + "}"));
    }

    [Fact]
    public void Gives_what_the_walk_gives_on_the_analyzers_own_sources()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RuleCatalog.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameAsWalk(CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file)), path: file));
        }
    }

    [Fact]
    public void Computes_each_answer_once_for_every_rule()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { } } // ... existing code ...\n");
        var first = CommentIndex.Get(tree, CancellationToken.None).Comments[0];
        var again = CommentIndex.Get(tree, CancellationToken.None).Comments[0];

        Assert.Same(first.Text, again.Text);
        Assert.Equal(ElisionKind.Phrase, first.Elision);
        Assert.Equal(first.Elision, again.Elision);
        Assert.False(again.IsAloneOnLine);
        Assert.Equal(0, again.Line);
    }

    private static void AssertSameAsWalk(SyntaxTree tree)
    {
        var (comments, documentation) = Walk(tree);
        var index = CommentIndex.Get(tree, CancellationToken.None);

        Assert.Equal(documentation, index.DocumentationComments.ToList());
        Assert.Equal(comments.Count, index.Comments.Length);
        for (var i = 0; i < comments.Count; i++)
        {
            var expected = comments[i];
            var actual = index.Comments[i];
            Assert.Equal(expected.Trivia, actual.Trivia);

            // Read the lazy answers in an order other than the walk's, so that none depends on another computed first.
            Assert.Equal(expected.Chatbot, actual.Chatbot);
            Assert.Equal(expected.IsAloneOnLine, actual.IsAloneOnLine);
            Assert.Equal(expected.Placeholder, actual.Placeholder);
            Assert.Equal(expected.Line, actual.Line);
            Assert.Equal(expected.Elision, actual.Elision);
            Assert.Equal(expected.Text, actual.Text);
            Assert.Equal(expected.IsSingleLine, actual.IsSingleLine);
        }
    }

    /// <summary>The index as it was built before the scan: every token's trivia walked, every comment classified.</summary>
    private static (List<WalkedComment> Comments, List<SyntaxTrivia> Documentation) Walk(SyntaxTree tree)
    {
        var text = tree.GetText();
        var comments = new List<WalkedComment>();
        var documentation = new List<SyntaxTrivia>();
        foreach (var trivia in tree.GetRoot().DescendantTrivia(descendIntoTrivia: false))
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var commentText = trivia.ToString();
                comments.Add(new WalkedComment(
                    trivia,
                    commentText,
                    text.Lines.GetLineFromPosition(trivia.SpanStart).LineNumber,
                    CommentLayout.IsAloneOnLine(text, trivia.Span),
                    trivia.IsKind(SyntaxKind.SingleLineCommentTrivia),
                    ElisionPhrases.Classify(commentText),
                    PlaceholderPhrases.Classify(commentText),
                    ChatbotArtifacts.Classify(commentText)));
            }
            else if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                documentation.Add(trivia);
            }
        }

        return (comments, documentation);
    }

    private sealed record WalkedComment(SyntaxTrivia Trivia, string Text, int Line, bool IsAloneOnLine, bool IsSingleLine, ElisionKind Elision, PlaceholderKind Placeholder, ChatbotArtifactKind Chatbot);
}
