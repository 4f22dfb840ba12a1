using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AiDebt.Cli.Analysis;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiDebt.Cli.Tests;

/// <summary>
/// The folder scan keeps only statement fingerprints between projects and reads again just the files that can hold a
/// clone spanning projects. Its AID101 findings across projects must be the ones a clone index over every file of every
/// project finds (the pass that kept every project's trees in memory until the end).
/// </summary>
public class CrossProjectCloneTests
{
    // Statement shapes; {0} is the block's variable, {1} a number. Blocks are random runs of them, so some blocks repeat
    // across and within projects, some with their variable renamed, and some runs overlap partly.
    private static readonly string[] Statements =
    {
        "if ({0} > {1}) {{ total += {0}; }}",
        "for (var i = 0; i < {0}; i++) {{ total -= i; }}",
        "System.Console.WriteLine(\"{0}\" + total);",
        "total = System.Math.Max(total, {0} * {1});",
        "{0} = {0} switch {{ 0 => 1, _ => {0} - 1 }};",
        "while ({0} > 0) {{ {0} /= 2; total++; }}",
        "try {{ total = checked(total + {0}); }} catch (System.OverflowException) {{ total = 0; }}",
    };

    private static readonly string[] Names = { "value", "count", "size" };

    [Fact]
    public async System.Threading.Tasks.Task Cross_project_clones_are_the_ones_an_index_over_every_file_finds()
    {
        using var temp = new TempFolder();
        Generate(temp, new Random(20261203));

        var result = await new Scanner(temp.Path, NoScanProgress.Instance).ScanAsync(temp.Path, CancellationToken.None);

        var clones = result.Findings.Where(f => f.RuleId == AiDebtAnalyzers.RuleIds.DuplicatedCode).ToList();
        var spanning = SpanningCopiesScanned(result);
        var expected = SpanningCopiesOverEveryFile(temp.Path);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, spanning);

        // The generated folder also has clones inside single projects, which the projects' own analysis reports.
        Assert.Contains(clones, f => !spanning.Any(s => s.Item1 == f.Properties[DuplicatedCodeAnalyzer.CloneGroupProperty]));

        // Every copy, across projects or not, names the assembly of its own project (folder projects are named by their
        // project files, which set no AssemblyName here).
        Assert.All(clones, f => Assert.Equal(f.Project, f.Assembly));
    }

    [Fact]
    public async System.Threading.Tasks.Task On_real_code_cross_project_clones_are_the_ones_an_index_over_every_file_finds()
    {
        // Real code: this repository's projects, their sources copied without build output, and the verifier drivers
        // of its two analyzer test projects, which share code. One of the tool's files also copied into a test project
        // keeps a clone spanning projects whatever the sources come to hold. The test projects' other files stay out:
        // repetitive test code can hold a statement in more than CloneIndex.MaxSeedOccurrences places, where the scan
        // (which indexes only files that share a seed across projects) may pair what an index over every file drops.
        using var temp = new TempFolder();
        CopySources(Path.Combine(Repository.Root, "src"), temp, "src");
        foreach (var (project, driver) in new[] { ("AiDebtAnalyzers.Tests", "AnalyzerDriver.cs"), ("AiDebtAnalyzers.CSharp14Tests", "CSharp14Driver.cs") })
        {
            temp.File($"tests/{project}/{project}.csproj", File.ReadAllText(Path.Combine(Repository.Root, "tests", project, project + ".csproj")));
            temp.File($"tests/{project}/Verifiers/{driver}", File.ReadAllText(Path.Combine(Repository.Root, "tests", project, "Verifiers", driver)));
        }

        temp.File("tests/AiDebtAnalyzers.Tests/CopiedScanner.cs", File.ReadAllText(Path.Combine(Repository.Root, "src", "AiDebt.Cli", "Analysis", "CrossProjectClones.cs")));

        var result = await new Scanner(temp.Path, NoScanProgress.Instance).ScanAsync(temp.Path, CancellationToken.None);
        var expected = SpanningCopiesOverEveryFile(temp.Path);

        Assert.Contains(expected, copy => copy.Item7 == "AiDebtAnalyzers.Tests" && copy.Item2.EndsWith("CopiedScanner.cs", StringComparison.Ordinal));
        Assert.Contains(expected, copy => copy.Item2.EndsWith("CSharp14Driver.cs", StringComparison.Ordinal));
        Assert.Equal(expected, SpanningCopiesScanned(result));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_small_block_across_projects_standing_for_a_warning_sized_one_is_a_warning()
    {
        // The shared validation block (69 tokens) in three related projects; in two of them it goes on with the same
        // pricing block, a 138-token block: one finding at the shorter block, at the longer block's severity.
        using var temp = new TempFolder();
        WriteProject(temp, "Core");
        WriteProject(temp, "Web", "Core");
        WriteProject(temp, "Api", "Web");
        temp.File("Core/Prices.cs", OrderService("Core", "Prices", OrderValidation + "\n\n        " + OrderPricing));
        temp.File("Web/Checkout.cs", OrderService("Web", "Checkout", OrderValidation + "\n\n        " + OrderPricing));
        temp.File("Api/Cart.cs", OrderService("Api", "Cart", OrderValidation));

        var result = await new Scanner(temp.Path, NoScanProgress.Instance).ScanAsync(temp.Path, CancellationToken.None);

        var clones = result.Findings.Where(f => f.RuleId == AiDebtAnalyzers.RuleIds.DuplicatedCode).ToList();
        Assert.Equal(3, clones.Count);
        Assert.All(clones, f => Assert.Contains("2 of them share a longer block", f.Message, StringComparison.Ordinal));
        Assert.All(clones, f => Assert.Equal("warning", f.Level));
        Assert.All(clones, f => Assert.False(f.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneSizeProperty)));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_copy_across_projects_in_a_test_project_is_a_suggestion()
    {
        // As inside one project: tests repeat code on purpose, so their copy is a suggestion; the library's stays a warning.
        using var temp = new TempFolder();
        WriteProject(temp, "Core");
        WriteProject(temp, "Core.Tests", "Core", isTest: true);
        temp.File("Core/Prices.cs", OrderService("Core", "Prices", OrderValidation + "\n\n        " + OrderPricing));
        temp.File("Core.Tests/PricesTests.cs", OrderService("Core.Tests", "PricesTests", OrderValidation + "\n\n        " + OrderPricing));

        var result = await new Scanner(temp.Path, NoScanProgress.Instance).ScanAsync(temp.Path, CancellationToken.None);

        var clones = result.Findings.Where(f => f.RuleId == AiDebtAnalyzers.RuleIds.DuplicatedCode).ToList();
        Assert.Equal("warning", Assert.Single(clones, f => f.Project == "Core").Level);
        Assert.Equal("note", Assert.Single(clones, f => f.Project == "Core.Tests").Level);
    }

    private const string OrderValidation = """
        if (order is null)
                {
                    throw new System.ArgumentNullException(nameof(order));
                }

                if (order.Quantity <= 0)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity must be positive.");
                }

                var total = order.Quantity * order.UnitPrice;
                if (total > 1000m)
                {
                    total = total * 0.95m;
                }
        """;

    private const string OrderPricing = """
        var discount = order.UnitPrice / 10m;
                if (discount > 5m)
                {
                    discount = 5m + ((discount - 5m) / 2m);
                }

                var net = order.Quantity * (order.UnitPrice - discount);
                if (net < 0m)
                {
                    net = 0m;
                }

                order.UnitPrice = net / order.Quantity;
        """;

    private static string OrderService(string ns, string type, string body) =>
        "namespace " + ns + ";\npublic sealed class " + type + "\n{\n    public void Run(Order order)\n    {\n        " + body + "\n    }\n}\n";

    /// <summary>Writes <c>name/name.csproj</c>, an SDK project, referencing <paramref name="reference"/> in the folder beside it.</summary>
    private static void WriteProject(TempFolder temp, string name, string? reference = null, bool isTest = false)
    {
        var properties = isTest ? "<PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup>" : string.Empty;
        var references = reference is null ? string.Empty : $"<ItemGroup><ProjectReference Include=\"..\\{reference}\\{reference}.csproj\" /></ItemGroup>";
        temp.File($"{name}/{name}.csproj", $"<Project Sdk=\"Microsoft.NET.Sdk\">{properties}{references}</Project>");
    }

    /// <summary>The project files and C# sources under a folder, without build output.</summary>
    private static void CopySources(string from, TempFolder temp, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            var parts = relative.Split('/');
            if ((file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal))
                && !parts.Contains("bin") && !parts.Contains("obj"))
            {
                temp.File(to + "/" + relative, File.ReadAllText(file));
            }
        }
    }

    /// <summary>The scan's AID101 copies whose groups span projects.</summary>
    private static List<(string, string, int, int, string, string?, string?)> SpanningCopiesScanned(ScanResult result) =>
        result.Findings.Where(f => f.RuleId == AiDebtAnalyzers.RuleIds.DuplicatedCode)
            .GroupBy(f => f.Properties[DuplicatedCodeAnalyzer.CloneGroupProperty])
            .Where(g => g.Select(f => f.Project).Distinct().Count() > 1)
            .SelectMany(g => g)
            .Select(f => (f.Properties[DuplicatedCodeAnalyzer.CloneGroupProperty], f.Location!.Uri, f.Location.StartLine, f.Location.EndLine, f.Message, f.Fingerprint, f.Project))
            .OrderBy(f => f.ToString(), StringComparer.Ordinal)
            .ToList();

    [Fact]
    public async System.Threading.Tasks.Task Copies_in_projects_that_reference_each_other_are_warnings_and_in_unrelated_projects_suggestions()
    {
        // Web references Core, so a block copied between them can move into Core: the rule's severity. Desktop references
        // neither: a block copied between Web and Desktop needs a new shared project, most often two front ends over
        // different frameworks, and is a suggestion with aidebt.cloneKind = unrelated-projects.
        using var temp = new TempFolder();

        // The blocks are under the warning size (aidebt.duplication.warning_min_tokens); every block is at the rule's
        // severity here, so that the projects' relation alone decides (the size tier: the test after this one).
        temp.File(".editorconfig", "root = true\n\n[*.cs]\naidebt.duplication.warning_min_tokens = 10\n");
        WriteProject(temp, "Core");
        WriteProject(temp, "Web", "Core");
        WriteProject(temp, "Desktop");
        temp.File("Core/Prices.cs", "namespace Core;\npublic static class Prices\n{\n" + Method("Total", "first") + "}\n");
        temp.File("Web/Checkout.cs", "namespace Web;\npublic static class Checkout\n{\n" + Method("Sum", "first") + Method("Round", "second") + "}\n");
        temp.File("Desktop/Cart.cs", "namespace Desktop;\npublic static class Cart\n{\n" + Method("Round", "second") + "}\n");

        var result = await new Scanner(temp.Path, NoScanProgress.Instance).ScanAsync(temp.Path, CancellationToken.None);

        var clones = result.Findings.Where(f => f.RuleId == AiDebtAnalyzers.RuleIds.DuplicatedCode).ToList();
        var related = clones.Where(f => f.Project == "Core" || f.Message.Contains("Prices.cs", StringComparison.Ordinal)).ToList();
        var unrelated = clones.Where(f => f.Project == "Desktop" || f.Message.Contains("Cart.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, related.Count);
        Assert.All(related, f => Assert.Equal("warning", f.Level));
        Assert.All(related, f => Assert.False(f.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneKindProperty)));
        Assert.Equal(2, unrelated.Count);
        Assert.All(unrelated, f => Assert.Equal("note", f.Level));
        Assert.All(unrelated, f => Assert.Equal(CloneKindClassifier.UnrelatedProjectsName, f.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        static string Method(string name, string block) => SmallBlockMethod(name, block);
    }

    [Fact]
    public async System.Threading.Tasks.Task Small_copies_across_related_projects_are_suggestions_marked_small()
    {
        // The copies above with the default options: under 80 tokens, a suggestion marked aidebt.cloneSize = small, as
        // the analyzer reports a small block inside one project.
        using var temp = new TempFolder();
        WriteProject(temp, "Core");
        WriteProject(temp, "Web", "Core");
        temp.File("Core/Prices.cs", "namespace Core;\npublic static class Prices\n{\n" + SmallBlockMethod("Total", "first") + "}\n");
        temp.File("Web/Checkout.cs", "namespace Web;\npublic static class Checkout\n{\n" + SmallBlockMethod("Sum", "first") + "}\n");

        var result = await new Scanner(temp.Path, NoScanProgress.Instance).ScanAsync(temp.Path, CancellationToken.None);

        var clones = result.Findings.Where(f => f.RuleId == AiDebtAnalyzers.RuleIds.DuplicatedCode).ToList();
        Assert.Equal(2, clones.Count);
        Assert.All(clones, f => Assert.Equal("note", f.Level));
        Assert.All(clones, f => Assert.Equal(DuplicatedCodeAnalyzer.SmallClone, f.Properties[DuplicatedCodeAnalyzer.CloneSizeProperty]));
        Assert.All(clones, f => Assert.False(f.Properties.ContainsKey(DuplicatedCodeAnalyzer.CloneKindProperty)));
    }

    /// <summary>A method holding one of two different blocks of the same length, both under the warning size.</summary>
    private static string SmallBlockMethod(string name, string block)
    {
        var step = block == "first" ? "total += item * 3;" : "total -= item / 2;";
        return $"    public static int {name}(int[] items, int limit)\n    {{\n        var total = 0;\n"
            + $"        foreach (var item in items)\n        {{\n            if (item > limit) {{ {step} }}\n            else {{ total += limit - item; }}\n        }}\n"
            + $"        if (total > limit * 10) {{ total = limit * 10; }}\n        System.Console.WriteLine(total);\n        return total;\n    }}\n";
    }

    [Fact]
    public async System.Threading.Tasks.Task A_pair_of_copied_methods_edited_in_the_middle_is_one_finding_per_copy_across_projects()
    {
        // Web's Sum is Core's Total with one statement changed in the middle: two matching stretches in the same two
        // members. The project's own analysis reports such a pair once (the largest stretch, the other's lines named in
        // its message); the pass across projects must fold it the same way, not report one group per stretch.
        using var temp = new TempFolder();
        WriteProject(temp, "Core");
        WriteProject(temp, "Web", "Core");
        temp.File("Core/Prices.cs", "namespace Core;\npublic static class Prices\n{\n" + Method("Total", "total += limit;") + "}\n");
        temp.File("Web/Checkout.cs", "namespace Web;\npublic static class Checkout\n{\n" + Method("Sum", "System.GC.KeepAlive(items);") + "}\n");

        var result = await new Scanner(temp.Path, NoScanProgress.Instance).ScanAsync(temp.Path, CancellationToken.None);

        var clones = result.Findings.Where(f => f.RuleId == AiDebtAnalyzers.RuleIds.DuplicatedCode).ToList();
        Assert.Equal(2, clones.Count);
        Assert.Equal(new[] { "Core", "Web" }, clones.Select(f => f.Project).OrderBy(p => p, StringComparer.Ordinal));
        Assert.Single(clones.Select(f => f.Properties[DuplicatedCodeAnalyzer.CloneGroupProperty]).Distinct());
        Assert.All(clones, f => Assert.Contains("1 more block matches in the same members (here at line 16)", f.Message, StringComparison.Ordinal));

        static string Method(string name, string middle)
        {
            // Two stretches of over 70 tokens each, parted by one statement that differs between the copies.
            return $"    public static int {name}(int[] items, int limit)\n    {{\n        var total = 0;\n"
                + "        foreach (var item in items)\n        {\n            if (item > limit) { total += item * 3; }\n            else { total += limit - item; }\n        }\n"
                + "        if (total > limit * 10) { total = limit * 10; }\n        System.Console.WriteLine(total);\n"
                + "        if (total < -limit) { total = -limit; System.Console.WriteLine(limit); }\n"
                + $"        {middle}\n"
                + "        for (var i = 0; i < items.Length; i++)\n        {\n            if (items[i] < 0) { total -= items[i] * 2; }\n            else { total ^= items[i] + limit; }\n        }\n"
                + "        while (total > 1000) { total /= 2; System.Console.Write(total); }\n        return total;\n    }\n";
        }
    }

    /// <summary>
    /// The old pass: every project's trees in one clone index, the groups with copies in two projects, reported as the
    /// scan reports them (a group of the same members as a larger one is named by that one's finding).
    /// </summary>
    private static List<(string, string, int, int, string, string?, string?)> SpanningCopiesOverEveryFile(string folder)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var owner = new Dictionary<SyntaxTree, string>();
        foreach (var project in FolderProjects.Discover(folder, folder))
        {
            foreach (var file in project.Files)
            {
                owner.Add(CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file), Encoding.UTF8), parseOptions, file), project.Name);
            }
        }

        var settings = new CloneSettings(
            DuplicatedCodeAnalyzer.ParseMode(AiDebtOptions.DuplicationMode.Default),
            AiDebtOptions.DuplicationMinTokens.Default,
            AiDebtOptions.DuplicationMinLines.Default);
        var index = CloneIndex.Build(owner.Keys.ToList(), settings, CancellationToken.None);
        var copies = new List<(string, string, int, int, string, string?, string?)>();
        foreach (var group in index.Groups.Where(g => g.Copies.Select(c => owner[c.Tree]).Distinct().Count() > 1))
        {
            // Groups of the same members are one duplication, reported once, as the largest, naming the others.
            if (!group.SameMemberGroups.IsEmpty && !ReferenceEquals(group.SameMemberGroups[0], group))
            {
                continue;
            }

            var folded = group.SameMemberGroups.IsEmpty ? group.SameMemberGroups : group.SameMemberGroups.RemoveAt(0);
            foreach (var copy in group.Copies)
            {
                var diagnostic = DuplicatedCodeAnalyzer.CreateDiagnostic(copy.Tree.GetRoot(), assembly: null, index.CopiesIn(copy.Tree), copy, AiDebtOptions.DuplicationMaxLocations.Default, kind: null, isTestProject: false, warningMinTokens: 0, folded);
                var span = diagnostic.Location.GetLineSpan();
                copies.Add((
                    group.Id,
                    Path.GetRelativePath(folder, copy.Tree.FilePath).Replace('\\', '/'),
                    span.StartLinePosition.Line + 1,
                    span.EndLinePosition.Line + 1,
                    diagnostic.GetMessage(CultureInfo.InvariantCulture),
                    diagnostic.Properties[AiDebtAnalyzers.Infrastructure.DebtProperties.Fingerprint],
                    owner[copy.Tree]));
            }
        }

        return copies.OrderBy(c => c.ToString(), StringComparer.Ordinal).ToList();
    }

    /// <summary>Four projects of five files, each method one or two blocks drawn from a pool of twelve.</summary>
    private static void Generate(TempFolder temp, Random random)
    {
        var blocks = Enumerable.Range(0, 12)
            .Select(_ => Enumerable.Range(0, random.Next(5, 8)).Select(_ => random.Next(Statements.Length)).ToArray())
            .ToArray();
        for (var p = 0; p < 4; p++)
        {
            temp.File($"P{p}/P{p}.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
            for (var f = 0; f < 5; f++)
            {
                var code = new StringBuilder($"namespace P{p};\n\npublic class F{f}\n{{\n");
                for (var m = 0; m < 3; m++)
                {
                    code.Append($"    public int M{m}(string input)\n    {{\n        var total = 0;\n");
                    foreach (var block in Enumerable.Range(0, random.Next(1, 3)).Select(_ => blocks[random.Next(blocks.Length)]))
                    {
                        var name = Names[random.Next(Names.Length)];
                        code.Append($"        var {name} = input.Length + {random.Next(100)};\n");
                        foreach (var statement in block)
                        {
                            code.Append("        ").AppendFormat(CultureInfo.InvariantCulture, Statements[statement], name, random.Next(100)).Append('\n');
                        }
                    }

                    code.Append("        return total;\n    }\n\n");
                }

                temp.File($"P{p}/F{f}.cs", code.Append("}\n").ToString());
            }
        }
    }
}
