using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDebtAnalyzers.CodeFixes.Duplication;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// What the fix writes compiles where it is written: a parameter of the type the copies pass, declarations at the call
/// with their spaces, nullable annotations only where the context takes them, and no parameter for a value the new
/// method never reads.
/// </summary>
public class ExtractDuplicateWrittenCodeFixTests
{
    private static VerifyCS.Test Test(string source, string fixedSource, string? editorConfig = "aidebt.duplication.min_tokens = 40") => FixTestWithOrder(source, fixedSource, editorConfig);

    [Fact]
    public async Task Types_a_parameter_as_the_enum_the_copies_pass_where_one_use_boxes_it_to_Enum()
    {
        var source = """
            namespace Shop;

            public enum ShowFlags
            {
                None = 0,
                Reflog = 1,
                FirstParentOnly = 2,
            }

            public sealed class Menu
            {
                private ShowFlags flags;

                public void Toggle(ShowFlags flag) => flags ^= flag;

                public void Reflog(Order order)
                {
                    [|if (flags.HasFlag(ShowFlags.Reflog))
                    {
                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    }

                    Toggle(ShowFlags.Reflog);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");|]
                }

                public void FirstParent(Order order)
                {
                    [|if (flags.HasFlag(ShowFlags.FirstParentOnly))
                    {
                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    }

                    Toggle(ShowFlags.FirstParentOnly);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public enum ShowFlags
            {
                None = 0,
                Reflog = 1,
                FirstParentOnly = 2,
            }

            public sealed class Menu
            {
                private ShowFlags flags;

                public void Toggle(ShowFlags flag) => flags ^= flag;

                public void Reflog(Order order)
                {
                    WriteLineOrder(ShowFlags.Reflog, order);
                }

                private void WriteLineOrder(ShowFlags flag, Order order)
                {
                    if (flags.HasFlag(flag))
                    {
                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    }

                    Toggle(flag);
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                }

                public void FirstParent(Order order)
                {
                    WriteLineOrder(ShowFlags.FirstParentOnly, order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    private const string DeclaredAtCallBlock = """
        int total = order.Quantity * 2;
                int shipped = 0;
                if (total < 350)
                {
                    total = total * 4 / 7;
                    shipped = total / 6;
                }
                else
                {
                    total -= 170;
                    shipped = 90;
                }

                bool ready = total > shipped;
                var name = order.Customer;
                System.Console.WriteLine(name + " ordered " + order.Quantity + " items today");
        """;

    private const string DeclaredAtCallSource = $$"""
        namespace Shop;

        public sealed class Approval
        {
            public int Ship(Order order)
            {
                System.Console.WriteLine("shipping");
                [|{{DeclaredAtCallBlock}}|]
                ready = shipped > 3;
                name = "shipped";
                return total + shipped + (ready ? 1 : 0) + name.Length;
            }

            public int Reserve(Order order)
            {
                if (order.Quantity > 100)
                {
                    return -1;
                }

                [|{{DeclaredAtCallBlock}}|]
                name = order.Customer.ToUpperInvariant();
                ready = name.Length > 2;
                return ready ? total : shipped;
            }
        }
        """;

    private const string DeclaredAtCallFixed = """
        namespace Shop;

        public sealed class Approval
        {
            public int Ship(Order order)
            {
                System.Console.WriteLine("shipping");
                bool ready;
                string name;
                var total = ComputeTotalAndShipped(order, out var shipped);
                ready = shipped > 3;
                name = "shipped";
                return total + shipped + (ready ? 1 : 0) + name.Length;
            }

            private static int ComputeTotalAndShipped(Order order, out int shipped)
            {
                int total = order.Quantity * 2;
                shipped = 0;
                if (total < 350)
                {
                    total = total * 4 / 7;
                    shipped = total / 6;
                }
                else
                {
                    total -= 170;
                    shipped = 90;
                }

                bool ready = total > shipped;
                var name = order.Customer;
                System.Console.WriteLine(name + " ordered " + order.Quantity + " items today");
                return total;
            }

            public int Reserve(Order order)
            {
                if (order.Quantity > 100)
                {
                    return -1;
                }

                bool ready;
                string name;
                var total = ComputeTotalAndShipped(order, out var shipped);
                name = order.Customer.ToUpperInvariant();
                ready = name.Length > 2;
                return ready ? total : shipped;
            }
        }
        """;

    [Fact]
    public async Task Writes_the_declarations_at_the_call_with_a_space_between_type_and_name()
    {
        await Test(DeclaredAtCallSource, DeclaredAtCallFixed).RunAsync();
    }

    /// <summary>
    /// A code action's clean-up formats elastic trivia, which hid a missing space in the light bulb and fix-all; a caller
    /// of <see cref="CloneExtraction.ApplyAsync"/> without one (the corpus scanner) wrote <c>boolready;</c>.
    /// </summary>
    [Fact]
    public async Task Writes_the_declarations_at_the_call_with_a_space_without_a_code_actions_clean_up()
    {
        var source = DeclaredAtCallSource.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);
        var files = new[] { (Path: AnalyzerDriver.SourcePath, Source: source), (Path: "/0/Order.cs", Source: Order) };
        var reference = AnalyzerDriver.Compile(files);
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documents = files.Select(f => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId),
            Path.GetFileName(f.Path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(f.Source), VersionStamp.Create(), f.Path)),
            filePath: f.Path));
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Create(), "Shop", "Shop", LanguageNames.CSharp,
            compilationOptions: reference.Options, parseOptions: reference.SyntaxTrees[0].Options, documents: documents, metadataReferences: reference.References));
        var compilation = await solution.GetProject(projectId)!.GetCompilationAsync();
        var diagnostic = (await AnalyzerDriver.RunAsync(compilation!, AnalyzerDriver.Options("aidebt.duplication.min_tokens = 40"), new DuplicatedCodeAnalyzer()))[0];

        var plan = await CloneExtraction.TryPlanAsync(solution, diagnostic, new HashSet<string>(StringComparer.Ordinal), CancellationToken.None);
        var fixedSolution = await CloneExtraction.ApplyAsync(solution, new[] { plan! }, CancellationToken.None);

        var text = (await fixedSolution.GetProject(projectId)!.Documents.Single(d => d.FilePath == AnalyzerDriver.SourcePath).GetTextAsync()).ToString();
        // Two at the calls (the compilation has nullable annotations on: `var name` is a string?). The method keeps its
        // `bool ready = total > shipped;`: a variable declared at the call that the block declares without a value and
        // never reads gets no fix (its declaration in the method would be unused, CS0168).
        Assert.Equal(2, CountOf(text, "bool ready;"));
        Assert.Equal(2, CountOf(text, "string? name;"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Writes_no_nullable_annotation_where_the_nullable_context_is_disabled()
    {
        const string Arguments = """
            #nullable enable
            namespace Shop;

            public static class Arguments
            {
                public static string?[]? Of(Order order) => order.Quantity > 0 ? new[] { order.Customer, null } : null;
            }
            """;
        const string Block = """
            var args = Arguments.Of(order);
                    if (args is null || args.Length < 2)
                    {
                        return false;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Launcher
            {
                public bool History(Order order)
                {
                    [|{{Block}}|]
                    return args[1].Length > 3;
                }

                public bool Blame(Order order)
                {
                    [|{{Block}}|]
                    foreach (var arg in args)
                    {
                        System.Console.WriteLine(arg);
                    }

                    return args.Length > 2;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Launcher
            {
                public bool History(Order order)
                {
                    if (!TryComputeArgs(order, out var args))
                    {
                        return false;
                    }

                    return args[1].Length > 3;
                }

                private static bool TryComputeArgs(Order order, out string[] args)
                {
                    args = Arguments.Of(order);
                    if (args is null || args.Length < 2)
                    {
                        return false;
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    System.Console.Error.WriteLine(order.Customer + " pays " + order.UnitPrice + " per item today");
                    return true;
                }

                public bool Blame(Order order)
                {
                    if (!TryComputeArgs(order, out var args))
                    {
                        return false;
                    }

                    foreach (var arg in args)
                    {
                        System.Console.WriteLine(arg);
                    }

                    return args.Length > 2;
                }
            }
            """;
        var test = Test(source, fixedSource);
        test.TestState.Sources.Add(("/0/Arguments.cs", Arguments));
        test.FixedState.Sources.Add(("/0/Arguments.cs", Arguments));
        await test.RunAsync();
    }

    [Fact]
    public async Task Passes_no_parameter_for_a_variable_the_block_assigns_on_every_path_before_reading_it()
    {
        const string Block = """
            var lyric = order.Customer.ToLowerInvariant();
                        if (lyric.StartsWith("'"))
                        {
                            parts = new[] { "q", lyric.Substring(1) };
                        }
                        else
                        {
                            parts = new[] { lyric, order.Quantity.ToString() };
                        }

                        System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Splitter
            {
                public string[] Split(Order order, string[] parts)
                {
                    if (parts == null)
                    {
                        [|{{Block}}|]
                    }

                    return parts;
                }

                public int Count(Order order, string[] parts)
                {
                    if (parts == null || parts.Length == 0)
                    {
                        [|{{Block}}|]
                    }

                    return parts.Length;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Splitter
            {
                public string[] Split(Order order, string[] parts)
                {
                    if (parts == null)
                    {
                        parts = ComputeParts(order);
                    }

                    return parts;
                }

                private static string[] ComputeParts(Order order)
                {
                    string[] parts;
                    var lyric = order.Customer.ToLowerInvariant();
                    if (lyric.StartsWith("'"))
                    {
                        parts = new[] { "q", lyric.Substring(1) };
                    }
                    else
                    {
                        parts = new[] { lyric, order.Quantity.ToString() };
                    }

                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity + " items today");
                    return parts;
                }

                public int Count(Order order, string[] parts)
                {
                    if (parts == null || parts.Length == 0)
                    {
                        parts = ComputeParts(order);
                    }

                    return parts.Length;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }
}
