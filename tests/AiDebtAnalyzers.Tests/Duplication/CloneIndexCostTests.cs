using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Infrastructure;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The clone index's cheaper paths give what the direct ones gave: group ids are the hash of the same text (each
/// normalized token's unit joined by spaces, as <see cref="Fingerprint.Hash"/> hashes it), the matched statements' tokens
/// read into shared chunks match as arrays per statement did, past a chunk's end and for a statement longer than a
/// chunk, a group met in many pairs keeps every copy when pairs whose copies are both recorded are not weighed again, and
/// identifiers numbered once per index rename as their texts do, and ids computed when first read are those the index
/// computed for every group.
/// </summary>
public class CloneIndexCostTests
{
    [Theory]
    [InlineData("Exact")]
    [InlineData("Renamed")]
    [InlineData("Blind")]
    public void Group_ids_are_the_hash_of_the_units_joined_by_spaces(string modeName)
    {
        var mode = (CloneMode)System.Enum.Parse(typeof(CloneMode), modeName);
        var trees = Copies(5, statementsPerCopy: 8).SyntaxTrees.ToList();
        var index = CloneIndex.Build(trees, new CloneSettings(mode, 50, 5), CancellationToken.None);

        Assert.NotEmpty(index.Groups);
        foreach (var group in index.Groups)
        {
            Assert.Equal(ReferenceId(group.Copies[0], mode), group.Id);
        }
    }

    [Fact]
    public void Group_ids_are_computed_when_first_read_and_alike_on_every_thread()
    {
        // The index computes no id: a finding reads its group's id when it is reported, on whichever thread reports it.
        var trees = Copies(5, statementsPerCopy: 8).SyntaxTrees.ToList();
        var index = CloneIndex.Build(trees, new CloneSettings(CloneMode.Renamed, 50, 5), CancellationToken.None);
        var groups = index.Groups;
        Assert.NotEmpty(groups);
        Assert.All(groups, group => Assert.False(group.IdComputed));

        var expected = groups.Select(group => ReferenceId(group.Copies[0], CloneMode.Renamed)).ToList();
        Assert.All(groups, group => Assert.False(group.IdComputed));
        var read = new string[8][];
        System.Threading.Tasks.Parallel.For(0, read.Length, thread => read[thread] = groups.Select(group => group.Id).ToArray());
        Assert.All(read, ids => Assert.Equal(expected, ids));
        Assert.All(groups, group => Assert.True(group.IdComputed));

        // The id of a group given one keeps it.
        Assert.Equal("0000000000000000", new CloneGroup("0000000000000000", 20, isExact: true).Id);
    }

    [Fact]
    public void Many_copies_of_long_blocks_are_one_group_with_every_copy()
    {
        // Six copies of a block of 30 pairs of statements (about 1,700 tokens each): more matched tokens than one chunk of
        // the token buffers holds (8,192), and 15 pairs of copies, most of them met after both of their copies were recorded.
        var trees = Copies(6, statementsPerCopy: 30).SyntaxTrees.ToList();
        var index = CloneIndex.Build(trees, new CloneSettings(CloneMode.Renamed, 50, 5), CancellationToken.None);

        var group = Assert.Single(index.Groups);
        Assert.Equal(6, group.Copies.Length);
        Assert.Equal(ReferenceId(group.Copies[0], CloneMode.Renamed), group.Id);
        Assert.All(trees, tree => Assert.Single(index.CopiesIn(tree)));
    }

    [Fact]
    public void A_statement_longer_than_a_token_chunk_matches_and_renames_as_any_other()
    {
        // Three copies of a block whose middle statement has about 9,000 tokens (more than a chunk of the token buffers
        // holds), names varied per copy; the third copy reuses one name for two, so it does not rename consistently.
        var files = new List<(string Path, string Source)>();
        for (var copy = 0; copy < 3; copy++)
        {
            var first = "first" + copy;
            var second = copy == 2 ? first : "second" + copy;
            var builder = new StringBuilder();
            builder.Append("public class Long").Append(copy).Append("\n{\n    public int Run(int ").Append(first).Append(", int ").Append(second).Append(")\n    {\n");
            builder.Append("        var total = ").Append(first).Append(" * 3 + ").Append(second).Append(";\n");
            builder.Append("        total += ").Append(first).Append(string.Concat(Enumerable.Repeat(" - " + second, 4500))).Append(";\n");
            builder.Append("        if (total > 10) { total = total / 2 - ").Append(first).Append("; }\n");
            builder.Append("        return total + ").Append(second).Append(";\n    }\n}\n");
            files.Add(("/0/Long" + copy + ".cs", builder.ToString()));
        }

        var trees = AnalyzerDriver.Compile(files).SyntaxTrees.ToList();
        var index = CloneIndex.Build(trees, new CloneSettings(CloneMode.Renamed, 50, 3), CancellationToken.None);

        var group = Assert.Single(index.Groups);
        Assert.Equal(new[] { trees[0], trees[1] }, group.Copies.Select(c => c.Tree).OrderBy(t => t.FilePath));
        Assert.Equal(ReferenceId(group.Copies[0], CloneMode.Renamed), group.Id);
        Assert.True(group.Tokens > 9000);
    }

    [Fact]
    public void Weighing_is_skipped_only_where_it_changes_nothing()
    {
        // Three copies of a block that is long only by its logging calls (they weigh nothing), then a block with logic:
        // every pair of the first block is weighed and rejected, so none of them may be taken as recorded.
        var builder = new StringBuilder();
        for (var i = 0; i < 3; i++)
        {
            builder.Append("public class Logs").Append(i).Append("\n{\n    public void Run(ILogger logger, int value)\n    {\n");
            for (var line = 0; line < 8; line++)
            {
                builder.Append("        logger.LogInformation(\"step ").Append(line).Append(" {Value}\", value);\n");
            }

            builder.Append("    }\n}\n");
        }

        builder.Append("public interface ILogger { void LogInformation(string message, params object[] args); }\n");
        var trees = AnalyzerDriver.Compile(("/0/Logs.cs", builder.ToString())).SyntaxTrees.ToList();
        var index = CloneIndex.Build(trees, new CloneSettings(CloneMode.Renamed, 50, 5), CancellationToken.None);

        Assert.Empty(index.Groups);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(int.MaxValue - 3)]
    public void First_use_orders_by_number_are_those_a_dictionary_by_name_gives(int firstGeneration)
    {
        // The renaming check numbers identifiers and keeps their order of first use in arrays cleared by generation; a
        // dictionary cleared for real is the reference, over many clears (past the last generation in the second case),
        // numbers far apart (the arrays grow) and numbers met again after a clear.
        var order = new CloneIndex.FirstUseOrder(firstGeneration);
        var reference = new Dictionary<int, int>();
        var random = new System.Random(14);
        for (var round = 0; round < 200; round++)
        {
            order.Clear();
            reference.Clear();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++)
            {
                var name = random.Next(0, 3) == 0 ? random.Next(0, 5000) : random.Next(0, 12);
                if (!reference.TryGetValue(name, out var expected))
                {
                    expected = reference.Count;
                    reference[name] = expected;
                }

                Assert.Equal(expected, order.IndexOf(name));
            }
        }
    }

    [Fact]
    public void Copies_renamed_consistently_up_to_a_point_are_split_there_as_the_names_say()
    {
        // Eight copies of a block of twelve statements over four names, each copy's names permuted; in half of the copies
        // two names are swapped from the seventh statement on (consistent before, not across), and in one copy a name
        // stands for two. Every group's copies must then have the group's id when renamed by their texts: the renaming
        // check found every copy renamed consistently over its whole extent.
        var names = new[] { "alpha", "beta", "gamma", "delta" };
        var files = new List<(string Path, string Source)>();
        for (var copy = 0; copy < 8; copy++)
        {
            var own = new string[4];
            for (var n = 0; n < 4; n++)
            {
                own[n] = names[(n + copy) % 4] + copy;
            }

            if (copy == 5)
            {
                own[3] = own[2];
            }

            var builder = new StringBuilder();
            builder.Append("public class Renamed").Append(copy).Append("\n{\n    public int Run(int ").Append(string.Join(", int ", own.Distinct())).Append(")\n    {\n");
            for (var s = 0; s < 12; s++)
            {
                var x = own[s % 4];
                var y = own[(s + 1) % 4];
                if (copy % 2 == 1 && s >= 6)
                {
                    (x, y) = (y, x);
                }

                builder.Append("        ").Append(x).Append(" = ").Append(y).Append(" * ").Append(s + 2).Append(" + ").Append(own[(s + 2) % 4]);
                builder.Append(string.Concat(Enumerable.Repeat(" - " + y, s % 3 + 1))).Append(";\n");
            }

            builder.Append("        return ").Append(own[0]).Append(";\n    }\n}\n");
            files.Add(("/0/Renamed" + copy + ".cs", builder.ToString()));
        }

        var trees = AnalyzerDriver.Compile(files).SyntaxTrees.ToList();
        var index = CloneIndex.Build(trees, new CloneSettings(CloneMode.Renamed, 30, 3), CancellationToken.None);

        Assert.NotEmpty(index.Groups);
        Assert.Contains(index.Groups, group => group.Copies.Length >= 4);
        foreach (var group in index.Groups)
        {
            Assert.All(group.Copies, copy => Assert.Equal(group.Id, ReferenceId(copy, CloneMode.Renamed)));
        }
    }

    [Fact]
    public void A_statement_found_from_any_node_holding_it_is_the_one_the_root_gives()
    {
        // The index looks for a statement's node from the parent of its list once it found one statement of the list.
        // Every statement list the fingerprints record (a method's block, nested and embedded blocks, switch sections, a
        // lambda's and a local function's body, top-level statements, each in its own global statement) and broken code:
        // from the statement's parent and from every node above it, the same node, the same tokens, the same names and
        // the same node for the weighing as from the root.
        const string Source = """
            var total = Sum(new[] { 1, 2, 3 });
            if (total > 3) { total = total * 2; System.Console.WriteLine(total); }
            System.Console.WriteLine(total);
            static int Sum(int[] values) { var sum = 0; foreach (var value in values) { sum += value; } return sum; }

            namespace Sample
            {
                public sealed class Worker
                {
                    public int Run(int count, string name)
                    {
                        var result = 0;
                        for (var i = 0; i < count; i++)
                        {
                            switch (i % 3)
                            {
                                case 0:
                                    result += name.Length;
                                    break;
                                default:
                                    result -= i;
                                    { result++; }
                                    break;
                            }
                        }

                        System.Func<int, int> twice = x => { var y = x * 2; return y + result; };
                        int Local(int z) { var w = z + count; return w * w; }
                        if (result > 10) result = Local(result); else { result = twice(result) }
                        return result;
                    }
                }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest));
        var data = TreeCloneData.Get(tree, CancellationToken.None);
        var root = tree.GetRoot();
        var identifiers = new Dictionary<long, int>();
        var lists = 0;
        for (var s = 0; s < data.StatementCount; s++)
        {
            var span = data.StatementSpans[s];
            var count = data.StatementTokenCount[s];
            var shapes = new int[count];
            var names = new int[count];
            var statement = TreeCloneData.TokensOf(root, span, count, shapes, names, 0, identifiers);
            Assert.NotNull(statement);
            var weighed = root.FindNode(span, getInnermostNodeForTie: true);
            for (var from = statement!.Parent; from is not null; from = from.Parent)
            {
                var otherShapes = new int[count];
                var otherNames = new int[count];
                Assert.Same(statement, TreeCloneData.TokensOf(from, span, count, otherShapes, otherNames, 0, identifiers));
                Assert.Equal(shapes, otherShapes);
                Assert.Equal(names, otherNames);
                Assert.Same(weighed, from.FindNode(span, getInnermostNodeForTie: true));
            }
        }

        for (var l = 0; l < data.ListStart.Length; l++)
        {
            lists += data.ListCount[l] > 0 ? 1 : 0;
        }

        // Top-level statements, the local function's and the lambda's bodies, the method's, the loop's, the sections',
        // the nested and the else block: the sample reaches every kind of list.
        Assert.True(lists >= 10, "statement lists: " + lists);
    }

    /// <summary>One file per copy: a class whose method holds the block, names and literals varied per copy.</summary>
    private static CSharpCompilation Copies(int copies, int statementsPerCopy)
    {
        var files = new List<(string Path, string Source)>();
        for (var copy = 0; copy < copies; copy++)
        {
            // Every other copy is the same text, so that the exact mode finds groups too.
            var c = copy % 2;
            var builder = new StringBuilder();
            builder.Append("namespace Numbers;\npublic sealed class Vector").Append(copy).Append("\n{\n    public double Sum(double[] valuesÄ").Append(c).Append(", int count)\n    {\n        var total = 0.0;\n");
            for (var s = 0; s < statementsPerCopy; s++)
            {
                // Each statement of its own length, so that no run of the block repeats inside it (a table, not a copy).
                builder.Append("        total += valuesÄ").Append(c).Append("[").Append(s % 7).Append("] * ").Append((s + c).ToString(CultureInfo.InvariantCulture)).Append(".5");
                builder.Append(string.Concat(Enumerable.Repeat(" - count", s + 1))).Append(";\n");
                builder.Append("        if (total > ").Append(1000 + s).Append(") { total = total / 2 - \"x").Append(c).Append("\".Length; }\n");
            }

            builder.Append("        return total;\n    }\n}\n");
            files.Add(("/0/Vector" + copy + ".cs", builder.ToString()));
        }

        return AnalyzerDriver.Compile(files);
    }

    /// <summary>The id as the index computed it before it wrote the text into shared buffers: a list of units, joined and hashed.</summary>
    private static string ReferenceId(CloneCopy copy, CloneMode mode)
    {
        var span = copy.Span;
        var units = new List<string> { mode.ToString() };
        var names = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var token in copy.Tree.GetRoot().DescendantTokens(span))
        {
            if (token.IsMissing || token.Span.IsEmpty || !span.Contains(token.Span))
            {
                continue;
            }

            if (mode == CloneMode.Exact || !TreeCloneData.IsAbstracted(token))
            {
                units.Add(token.Text);
            }
            else if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                if (mode == CloneMode.Blind)
                {
                    units.Add("$id");
                }
                else
                {
                    if (!names.TryGetValue(token.Text, out var index))
                    {
                        index = names.Count;
                        names[token.Text] = index;
                    }

                    units.Add("$" + index.ToString(CultureInfo.InvariantCulture));
                }
            }
            else
            {
                units.Add("$" + token.Kind().ToString());
            }
        }

        return Fingerprint.Hash(units.ToArray());
    }
}
