using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// What a bare verb's method name says it works on (rule page, "How the fix names things"): a new object handed to the
/// call by its type, an exception as the error, a two-letter abbreviation spelled out by the project's own type; and a
/// flag of the type's state set after the work as bookkeeping. Each test also runs fix-all in document, project and
/// solution scope (the verifier's default).
/// </summary>
public class ExtractDuplicateWorksOnNamingFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private const string Model = """
        namespace Shop;

        public sealed class Highlighter
        {
            public Highlighter(string text) => Text = text;

            public string Text { get; }
        }

        public sealed class ImageEntry
        {
            public ImageEntry(string name) => Name = name;

            public string Name { get; }
        }

        public static class MessageBox
        {
            public static void Show(string text) => System.Console.WriteLine(text);
        }

        public sealed class Archive
        {
            public void Save(string document, int copies) => System.Console.WriteLine(document + copies);
        }
        """;

    private static VerifyCS.Test Test(string source, string fixedSource)
    {
        var test = FixTestWithOrder(source, fixedSource, Options);
        test.TestState.Sources.Add(("/0/Model.cs", Model));
        test.FixedState.Sources.Add(("/0/Model.cs", Model));
        return test;
    }

    [Fact]
    public async Task Names_a_bare_verb_after_the_new_object_it_is_handed_not_the_first_parameter()
    {
        // `renderers.Add(new Highlighter(...))`: the field says nothing the name keeps and `order` is not what is
        // added; the new object's type is (AddHighlighter, not AddOrder).
        var source = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Preview
            {
                private readonly List<Highlighter> renderers = new List<Highlighter>();

                public void OnChanged(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|System.Console.WriteLine(renderers.Count);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    renderers.Clear();
                    renderers.Add(new Highlighter(order.Customer));|]
                }

                public void OnLoaded(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|System.Console.WriteLine(renderers.Count);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    renderers.Clear();
                    renderers.Add(new Highlighter(order.Customer));|]
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Preview
            {
                private readonly List<Highlighter> renderers = new List<Highlighter>();

                public void OnChanged(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    AddHighlighter(order);
                }

                private void AddHighlighter(Order order)
                {
                    System.Console.WriteLine(renderers.Count);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    renderers.Clear();
                    renderers.Add(new Highlighter(order.Customer));
                }

                public void OnLoaded(Order order)
                {
                    System.GC.KeepAlive(order);
                    AddHighlighter(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_bare_verb_after_a_target_typed_new_object_rather_than_the_list_it_goes_into()
    {
        // `list.Add(new(text))`: what is added is a Highlighter (AddHighlighter), not the list (AddList).
        var source = """
            using System.Collections.Generic;

            namespace Shop;

            public static class Registry
            {
                public static void RegisterOrder(Order order, List<Highlighter> list)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var text = order.Customer.Trim();
                    System.Console.WriteLine(text);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(list.Count);
                    list.Add(new(text));|]
                }

                public static void RegisterInvoice(Order order, List<Highlighter> list)
                {
                    System.GC.KeepAlive(order);
                    [|var text = order.Customer.Trim();
                    System.Console.WriteLine(text);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(list.Count);
                    list.Add(new(text));|]
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public static class Registry
            {
                public static void RegisterOrder(Order order, List<Highlighter> list)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    AddHighlighter(order, list);
                }

                private static void AddHighlighter(Order order, List<Highlighter> list)
                {
                    var text = order.Customer.Trim();
                    System.Console.WriteLine(text);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(list.Count);
                    list.Add(new(text));
                }

                public static void RegisterInvoice(Order order, List<Highlighter> list)
                {
                    System.GC.KeepAlive(order);
                    AddHighlighter(order, list);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Keeps_naming_a_bare_verb_after_its_list_when_the_new_object_is_a_framework_container()
    {
        // A new `List<string>` says nothing of what the block adds: the receiver names it as before (AddGroups).
        var source = """
            using System.Collections.Generic;

            namespace Shop;

            public static class Grouping
            {
                public static void First(Order order, List<List<string>> groups)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var text = order.Customer.Trim();
                    System.Console.WriteLine(text);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(groups.Count);
                    groups.Add(new List<string>());|]
                }

                public static void Second(Order order, List<List<string>> groups)
                {
                    System.GC.KeepAlive(order);
                    [|var text = order.Customer.Trim();
                    System.Console.WriteLine(text);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(groups.Count);
                    groups.Add(new List<string>());|]
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public static class Grouping
            {
                public static void First(Order order, List<List<string>> groups)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    AddGroups(order, groups);
                }

                private static void AddGroups(Order order, List<List<string>> groups)
                {
                    var text = order.Customer.Trim();
                    System.Console.WriteLine(text);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(groups.Count);
                    groups.Add(new List<string>());
                }

                public static void Second(Order order, List<List<string>> groups)
                {
                    System.GC.KeepAlive(order);
                    AddGroups(order, groups);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_an_exception_the_block_works_on_as_the_error()
    {
        // The subject is the exception `ex`: ShowError, not ShowEx.
        var source = """
            namespace Shop;

            public static class Failures
            {
                public static void OnSaveFailed(System.Exception ex, Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|System.Console.WriteLine(ex.Message.Length);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(ex.StackTrace);
                    MessageBox.Show("Failed: " + ex.Message);|]
                }

                public static void OnLoadFailed(System.Exception ex, Order order)
                {
                    System.GC.KeepAlive(order);
                    [|System.Console.WriteLine(ex.Message.Length);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(ex.StackTrace);
                    MessageBox.Show("Failed: " + ex.Message);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public static class Failures
            {
                public static void OnSaveFailed(System.Exception ex, Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    ShowError(ex, order);
                }

                private static void ShowError(System.Exception ex, Order order)
                {
                    System.Console.WriteLine(ex.Message.Length);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(ex.StackTrace);
                    MessageBox.Show("Failed: " + ex.Message);
                }

                public static void OnLoadFailed(System.Exception ex, Order order)
                {
                    System.GC.KeepAlive(order);
                    ShowError(ex, order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Does_not_add_Error_to_a_name_that_already_says_the_exception()
    {
        // `Journal.LogException(exception)`: the call's own name says the exception; calling it the error as well
        // would write LogExceptionError.
        var source = """
            namespace Shop;

            public static class Journal
            {
                public static void LogException(System.Exception exception) => System.Console.WriteLine(exception);
            }

            public static class Failures
            {
                public static void OnSaveFailed(System.Exception exception, Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|System.Console.WriteLine(exception.Message.Length);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(exception.StackTrace);
                    Journal.LogException(exception);|]
                }

                public static void OnLoadFailed(System.Exception exception, Order order)
                {
                    System.GC.KeepAlive(order);
                    [|System.Console.WriteLine(exception.Message.Length);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(exception.StackTrace);
                    Journal.LogException(exception);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public static class Journal
            {
                public static void LogException(System.Exception exception) => System.Console.WriteLine(exception);
            }

            public static class Failures
            {
                public static void OnSaveFailed(System.Exception exception, Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    LogException(exception, order);
                }

                private static void LogException(System.Exception exception, Order order)
                {
                    System.Console.WriteLine(exception.Message.Length);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(exception.StackTrace);
                    Journal.LogException(exception);
                }

                public static void OnLoadFailed(System.Exception exception, Order order)
                {
                    System.GC.KeepAlive(order);
                    LogException(exception, order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Spells_out_a_two_letter_variable_by_the_projects_own_type()
    {
        // `images.Add(ie)`: `ie` abbreviates the project's ImageEntry (AddImageEntry, not AddIe).
        var source = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Gallery
            {
                private readonly List<ImageEntry> images = new List<ImageEntry>();

                public void LoadFirst(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var ie = new ImageEntry(order.Customer.Trim());
                    System.Console.WriteLine(ie.Name);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(images.Count);
                    images.Add(ie);|]
                }

                public void LoadNext(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|var ie = new ImageEntry(order.Customer.Trim());
                    System.Console.WriteLine(ie.Name);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(images.Count);
                    images.Add(ie);|]
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Gallery
            {
                private readonly List<ImageEntry> images = new List<ImageEntry>();

                public void LoadFirst(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    AddImageEntry(order);
                }

                private void AddImageEntry(Order order)
                {
                    var ie = new ImageEntry(order.Customer.Trim());
                    System.Console.WriteLine(ie.Name);
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(images.Count);
                    images.Add(ie);
                }

                public void LoadNext(Order order)
                {
                    System.GC.KeepAlive(order);
                    AddImageEntry(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Keeps_a_two_letter_variable_that_is_a_word_of_its_own_type()
    {
        // `db` of the project's ApplicationDbContext already says the type's word: SaveChangesDb, not
        // SaveChangesApplicationDbContext.
        var source = """
            namespace Shop;

            public sealed class ApplicationDbContext
            {
                public int SaveChanges() => 0;
            }

            public static class Store
            {
                public static void First(ApplicationDbContext db, Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|System.Console.WriteLine(db.GetHashCode());
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(order.Customer.Length);
                    db.SaveChanges();|]
                }

                public static void Next(ApplicationDbContext db, Order order)
                {
                    System.GC.KeepAlive(order);
                    [|System.Console.WriteLine(db.GetHashCode());
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(order.Customer.Length);
                    db.SaveChanges();|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class ApplicationDbContext
            {
                public int SaveChanges() => 0;
            }

            public static class Store
            {
                public static void First(ApplicationDbContext db, Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    SaveChangesDb(db, order);
                }

                private static void SaveChangesDb(ApplicationDbContext db, Order order)
                {
                    System.Console.WriteLine(db.GetHashCode());
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(order.Customer.Length);
                    db.SaveChanges();
                }

                public static void Next(ApplicationDbContext db, Order order)
                {
                    System.GC.KeepAlive(order);
                    SaveChangesDb(db, order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_the_block_after_its_work_not_the_flag_it_sets_afterwards()
    {
        // `IsBusy = false` records that the save happened: SaveDocument, not SetIsBusy.
        var source = """
            namespace Shop;

            public sealed class Editor
            {
                private readonly Archive archive = new Archive();

                public bool IsBusy { get; private set; }

                public void OnSave(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(document.Length);
                    archive.Save(document, order.Quantity);
                    IsBusy = false;|]
                }

                public void OnSaveAll(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(document.Length);
                    archive.Save(document, order.Quantity);
                    IsBusy = false;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Editor
            {
                private readonly Archive archive = new Archive();

                public bool IsBusy { get; private set; }

                public void OnSave(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    SaveDocument(order);
                }

                private void SaveDocument(Order order)
                {
                    var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(document.Length);
                    archive.Save(document, order.Quantity);
                    IsBusy = false;
                }

                public void OnSaveAll(Order order)
                {
                    System.GC.KeepAlive(order);
                    SaveDocument(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_bare_verb_in_a_loop_after_the_collection_not_the_object_made_per_item()
    {
        // One Highlighter made per text converts the texts: the list they go into names the call (AddHighlighters),
        // not one new object's type.
        var source = """
            using System.Collections.Generic;

            namespace Shop;

            public static class Marking
            {
                public static void First(Order order, List<string> texts, List<Highlighter> highlighters)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(texts.Count);
                    foreach (var text in texts)
                    {
                        highlighters.Add(new Highlighter(text));
                    }|]
                }

                public static void Second(Order order, List<string> texts, List<Highlighter> highlighters)
                {
                    System.GC.KeepAlive(order);
                    [|System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(texts.Count);
                    foreach (var text in texts)
                    {
                        highlighters.Add(new Highlighter(text));
                    }|]
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public static class Marking
            {
                public static void First(Order order, List<string> texts, List<Highlighter> highlighters)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    AddHighlighters(order, texts, highlighters);
                }

                private static void AddHighlighters(Order order, List<string> texts, List<Highlighter> highlighters)
                {
                    System.Console.WriteLine(order.Quantity);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(texts.Count);
                    foreach (var text in texts)
                    {
                        highlighters.Add(new Highlighter(text));
                    }
                }

                public static void Second(Order order, List<string> texts, List<Highlighter> highlighters)
                {
                    System.GC.KeepAlive(order);
                    AddHighlighters(order, texts, highlighters);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }
}
