using System.Threading.Tasks;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The method-name rows that read what the block is for (rule page, "How the fix names things"): the object it creates
/// and configures, the work before its bookkeeping, what a bare verb acts on; and parameters named for their role where
/// the copies pass differently named variables. Every test also runs fix-all in document, project and solution scope
/// (the verifier's default), so the names hold there too.
/// </summary>
public class ExtractDuplicateIntentNamingFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private const string Ui = """
        namespace Shop;

        public sealed class MenuItem
        {
            public string Header { get; set; } = "";
            public bool IsEnabled { get; set; }
            public object? Tag { get; set; }
        }

        public class RoutedEventArgs : System.EventArgs
        {
            public bool Handled { get; set; }
        }

        public sealed class AuditLogger
        {
            public void Info(string message) => System.Console.WriteLine(message);
        }

        public sealed class Archive
        {
            public void Save(string document, int copies) => System.Console.WriteLine(document + copies);
            public void AutoSave(string document, int copies) => System.Console.WriteLine(document + copies);
        }

        public sealed class Settings
        {
            public string Owner { get; set; } = "";
            public void Save(System.IO.Stream stream) => stream.WriteByte(1);
        }

        public sealed class Store
        {
            public void Checkout(string branchName, int depth) => System.Console.WriteLine(branchName + depth);
            public void Publish(string tagName) => System.Console.WriteLine(tagName);
        }
        """;

    private static VerifyCS.Test Test(string source, string fixedSource)
    {
        var test = FixTestWithOrder(source, fixedSource, Options);
        test.TestState.Sources.Add(("/0/Ui.cs", Ui));
        test.FixedState.Sources.Add(("/0/Ui.cs", Ui));
        return test;
    }

    [Fact]
    public async Task Names_a_configured_new_object_after_its_type_when_the_copies_name_their_variables_apart()
    {
        // `open` and `close` are each copy's own name: the first's would be wrong at the other call, so the method says
        // what it makes (CreateMenuItem), not ComputeOpen.
        var source = """
            namespace Shop;

            public sealed class Menus
            {
                public MenuItem OpenItem(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var open = new MenuItem();
                    open.Header = order.Customer.Trim();
                    open.IsEnabled = order.Quantity > 0;
                    open.Tag = order;
                    System.Console.WriteLine(open.Header);
                    return open;|]
                }

                public MenuItem CloseItem(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|var close = new MenuItem();
                    close.Header = order.Customer.Trim();
                    close.IsEnabled = order.Quantity > 0;
                    close.Tag = order;
                    System.Console.WriteLine(close.Header);
                    return close;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Menus
            {
                public MenuItem OpenItem(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    return CreateMenuItem(order);
                }

                private static MenuItem CreateMenuItem(Order order)
                {
                    var open = new MenuItem();
                    open.Header = order.Customer.Trim();
                    open.IsEnabled = order.Quantity > 0;
                    open.Tag = order;
                    System.Console.WriteLine(open.Header);
                    return open;
                }

                public MenuItem CloseItem(Order order)
                {
                    System.GC.KeepAlive(order);
                    return CreateMenuItem(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_configured_new_object_after_the_variable_the_copies_share_and_its_type()
    {
        var source = """
            namespace Shop;

            public sealed class Menus
            {
                public MenuItem FolderItem(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var ignoreFolder = new MenuItem();
                    ignoreFolder.Header = order.Customer.Trim();
                    ignoreFolder.IsEnabled = order.Quantity > 0;
                    ignoreFolder.Tag = order;
                    System.Console.WriteLine(ignoreFolder.Header);
                    return ignoreFolder;|]
                }

                public MenuItem SelectionItem(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|var ignoreFolder = new MenuItem();
                    ignoreFolder.Header = order.Customer.Trim();
                    ignoreFolder.IsEnabled = order.Quantity > 0;
                    ignoreFolder.Tag = order;
                    System.Console.WriteLine(ignoreFolder.Header);
                    return ignoreFolder;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Menus
            {
                public MenuItem FolderItem(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    return CreateIgnoreFolderMenuItem(order);
                }

                private static MenuItem CreateIgnoreFolderMenuItem(Order order)
                {
                    var ignoreFolder = new MenuItem();
                    ignoreFolder.Header = order.Customer.Trim();
                    ignoreFolder.IsEnabled = order.Quantity > 0;
                    ignoreFolder.Tag = order;
                    System.Console.WriteLine(ignoreFolder.Header);
                    return ignoreFolder;
                }

                public MenuItem SelectionItem(Order order)
                {
                    System.GC.KeepAlive(order);
                    return CreateIgnoreFolderMenuItem(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_the_block_after_its_work_not_the_log_line_and_handled_mark_that_close_it()
    {
        // The last statements log and mark the event handled: bookkeeping. The work is the save before them, a bare
        // verb named with what it saves (SaveDocument), not Info or SetEHandled.
        var source = """
            namespace Shop;

            public sealed class Editor
            {
                private readonly Archive archive = new Archive();
                private readonly AuditLogger log = new AuditLogger();

                public void OnSave(Order order, RoutedEventArgs e)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Quantity);
                    archive.Save(document, order.Quantity);
                    log.Info("Saved " + document);
                    e.Handled = true;|]
                }

                public void OnSaveAll(Order order, RoutedEventArgs e)
                {
                    System.GC.KeepAlive(order);
                    [|var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Quantity);
                    archive.Save(document, order.Quantity);
                    log.Info("Saved " + document);
                    e.Handled = true;|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Editor
            {
                private readonly Archive archive = new Archive();
                private readonly AuditLogger log = new AuditLogger();

                public void OnSave(Order order, RoutedEventArgs e)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    SaveDocument(order, e);
                }

                private void SaveDocument(Order order, RoutedEventArgs e)
                {
                    var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Quantity);
                    archive.Save(document, order.Quantity);
                    log.Info("Saved " + document);
                    e.Handled = true;
                }

                public void OnSaveAll(Order order, RoutedEventArgs e)
                {
                    System.GC.KeepAlive(order);
                    SaveDocument(order, e);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_the_block_after_its_work_not_a_log_line_through_the_types_own_log_level_method()
    {
        // DS4Windows' UDP server start: the work is the Start call; LogDebug, a method of the type itself named for a log
        // level, keeps the books. NewMethod before (LogDebug, the last call, is taken by the method it calls).
        var source = """
            namespace Shop;

            public sealed class Controller
            {
                private readonly Archive archive = new Archive();

                public void OnStart(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Customer);
                    System.Console.WriteLine(order.Quantity);
                    archive.Save(document, order.Quantity);
                    LogDebug("Saved " + document);|]
                }

                public void OnResume(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Customer);
                    System.Console.WriteLine(order.Quantity);
                    archive.Save(document, order.Quantity);
                    LogDebug("Saved " + document);|]
                }

                private void LogDebug(string message) => System.Console.WriteLine(message);
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Controller
            {
                private readonly Archive archive = new Archive();

                public void OnStart(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    SaveDocument(order);
                }

                private void SaveDocument(Order order)
                {
                    var document = order.Customer.Trim() + ".txt";
                    System.Console.WriteLine(order.Customer);
                    System.Console.WriteLine(order.Quantity);
                    archive.Save(document, order.Quantity);
                    LogDebug("Saved " + document);
                }

                public void OnResume(Order order)
                {
                    System.GC.KeepAlive(order);
                    SaveDocument(order);
                }

                private void LogDebug(string message) => System.Console.WriteLine(message);
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Qualifies_a_taken_bare_verb_by_the_member_it_is_called_on_when_the_block_passes_nothing()
    {
        // DS4Windows' UDP server start: Start is the type's own method, and the block reads only fields, so nothing it
        // passes tells the two apart; the field the call is made on does (StartUdpServer, NewMethod before).
        var source = """
            namespace Shop;

            public sealed class UdpServer { public void Start(int port, string address) { } }

            public sealed class Controller
            {
                private readonly UdpServer _udpServer = new UdpServer();
                private int _port = 26760;
                private string _address = "127.0.0.1";

                public void Start() { }

                public void OnStart()
                {
                    System.GC.KeepAlive(this);
                    [|var port = _port;
                    var address = _address;
                    try
                    {
                        _udpServer.Start(port, address);
                        LogDebug("UDP server listening on " + address + " port " + port);
                    }
                    catch (System.InvalidOperationException ex)
                    {
                        LogError("Could not start the UDP server on " + address + ": " + ex.Message);
                    }|]
                }

                public void OnResume()
                {
                    System.Console.WriteLine("resume");
                    [|var port = _port;
                    var address = _address;
                    try
                    {
                        _udpServer.Start(port, address);
                        LogDebug("UDP server listening on " + address + " port " + port);
                    }
                    catch (System.InvalidOperationException ex)
                    {
                        LogError("Could not start the UDP server on " + address + ": " + ex.Message);
                    }|]
                }

                private void LogDebug(string message) => System.Console.WriteLine(message);

                private void LogError(string message) => System.Console.Error.WriteLine(message);
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class UdpServer { public void Start(int port, string address) { } }

            public sealed class Controller
            {
                private readonly UdpServer _udpServer = new UdpServer();
                private int _port = 26760;
                private string _address = "127.0.0.1";

                public void Start() { }

                public void OnStart()
                {
                    System.GC.KeepAlive(this);
                    StartUdpServer();
                }

                private void StartUdpServer()
                {
                    var port = _port;
                    var address = _address;
                    try
                    {
                        _udpServer.Start(port, address);
                        LogDebug("UDP server listening on " + address + " port " + port);
                    }
                    catch (System.InvalidOperationException ex)
                    {
                        LogError("Could not start the UDP server on " + address + ": " + ex.Message);
                    }
                }

                public void OnResume()
                {
                    System.Console.WriteLine("resume");
                    StartUdpServer();
                }

                private void LogDebug(string message) => System.Console.WriteLine(message);

                private void LogError(string message) => System.Console.Error.WriteLine(message);
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_parameter_the_copies_pass_differently_named_variables_after_the_parameter_it_flows_into()
    {
        // One copy passes `master`, the other `develop`: the parameter is named for its role at the call it flows into
        // (Checkout's branchName), not after the first copy's variable; `DEPTH` in both copies is lowered whole (depth,
        // not dEPTH).
        var source = """
            namespace Shop;

            public sealed class Flow
            {
                private readonly Store store = new Store();

                public void StartRelease(string master, int DEPTH)
                {
                    System.GC.KeepAlive(master);
                    [|store.Checkout(master, DEPTH);
                    System.Console.WriteLine(master.Trim());
                    System.Console.WriteLine(DEPTH + 1);
                    store.Checkout(master, DEPTH - 1);
                    store.Publish(master);|]
                }

                public void StartHotfix(string develop, int DEPTH)
                {
                    System.GC.KeepAlive(store);
                    [|store.Checkout(develop, DEPTH);
                    System.Console.WriteLine(develop.Trim());
                    System.Console.WriteLine(DEPTH + 1);
                    store.Checkout(develop, DEPTH - 1);
                    store.Publish(develop);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Flow
            {
                private readonly Store store = new Store();

                public void StartRelease(string master, int DEPTH)
                {
                    System.GC.KeepAlive(master);
                    PublishBranchName(master, DEPTH);
                }

                private void PublishBranchName(string branchName, int depth)
                {
                    store.Checkout(branchName, depth);
                    System.Console.WriteLine(branchName.Trim());
                    System.Console.WriteLine(depth + 1);
                    store.Checkout(branchName, depth - 1);
                    store.Publish(branchName);
                }

                public void StartHotfix(string develop, int DEPTH)
                {
                    System.GC.KeepAlive(store);
                    PublishBranchName(develop, DEPTH);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Keeps_the_log_line_as_the_name_when_the_work_before_it_names_nothing()
    {
        // Bookkeeping gives way to the work before it; where that is only declarations, nothing else names the block,
        // so its last line does, as before (Info and its subject).
        var source = """
            namespace Shop;

            public sealed class Journal
            {
                private readonly AuditLogger log = new AuditLogger();

                public void Opened(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var document = order.Customer.Trim() + ".txt";
                    var size = document.Length * order.Quantity;
                    var label = document + " " + size;
                    var total = label + " " + order.UnitPrice;
                    log.Info(total + " " + order.Customer);|]
                }

                public void Closed(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|var document = order.Customer.Trim() + ".txt";
                    var size = document.Length * order.Quantity;
                    var label = document + " " + size;
                    var total = label + " " + order.UnitPrice;
                    log.Info(total + " " + order.Customer);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Journal
            {
                private readonly AuditLogger log = new AuditLogger();

                public void Opened(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    InfoOrder(order);
                }

                private void InfoOrder(Order order)
                {
                    var document = order.Customer.Trim() + ".txt";
                    var size = document.Length * order.Quantity;
                    var label = document + " " + size;
                    var total = label + " " + order.UnitPrice;
                    log.Info(total + " " + order.Customer);
                }

                public void Closed(Order order)
                {
                    System.GC.KeepAlive(order);
                    InfoOrder(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_bare_verb_after_its_receiver_when_its_argument_is_the_stream_a_using_opens_for_it()
    {
        // `settings.Save(stream)` saves the settings; the stream is the channel the using opens, not what is saved.
        var source = """
            namespace Shop;

            public sealed class Profiles
            {
                public void Store(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var settings = new Settings();
                    settings.Owner = order.Customer.Trim();
                    System.Console.WriteLine(settings.Owner + order.Quantity);
                    using (var stream = new System.IO.MemoryStream())
                    {
                        settings.Save(stream);
                    }|]
                }

                public void Restore(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|var settings = new Settings();
                    settings.Owner = order.Customer.Trim();
                    System.Console.WriteLine(settings.Owner + order.Quantity);
                    using (var stream = new System.IO.MemoryStream())
                    {
                        settings.Save(stream);
                    }|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Profiles
            {
                public void Store(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    SaveSettings(order);
                }

                private static void SaveSettings(Order order)
                {
                    var settings = new Settings();
                    settings.Owner = order.Customer.Trim();
                    System.Console.WriteLine(settings.Owner + order.Quantity);
                    using (var stream = new System.IO.MemoryStream())
                    {
                        settings.Save(stream);
                    }
                }

                public void Restore(Order order)
                {
                    System.GC.KeepAlive(order);
                    SaveSettings(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Qualifies_a_taken_name_with_what_the_call_works_on_rather_than_giving_none()
    {
        // The class has its own AutoSave, so the block's last call cannot name the method alone: what it saves tells the two
        // apart.
        var source = """
            namespace Shop;

            public sealed class Editor
            {
                private readonly Archive archive = new Archive();
                private readonly Order current = new Order();

                public bool AutoSave { get; set; }

                public void Store(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var document = current.Customer.Trim() + ".txt";
                    System.Console.WriteLine(current.Quantity);
                    System.Console.WriteLine(document.Length);
                    System.Console.WriteLine(current.UnitPrice);
                    archive.AutoSave(document, current.Quantity);|]
                }

                public void Backup(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|var document = current.Customer.Trim() + ".txt";
                    System.Console.WriteLine(current.Quantity);
                    System.Console.WriteLine(document.Length);
                    System.Console.WriteLine(current.UnitPrice);
                    archive.AutoSave(document, current.Quantity);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Editor
            {
                private readonly Archive archive = new Archive();
                private readonly Order current = new Order();

                public bool AutoSave { get; set; }

                public void Store(Order order)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    AutoSaveDocument();
                }

                private void AutoSaveDocument()
                {
                    var document = current.Customer.Trim() + ".txt";
                    System.Console.WriteLine(current.Quantity);
                    System.Console.WriteLine(document.Length);
                    System.Console.WriteLine(current.UnitPrice);
                    archive.AutoSave(document, current.Quantity);
                }

                public void Backup(Order order)
                {
                    System.GC.KeepAlive(order);
                    AutoSaveDocument();
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_bare_verb_after_its_receiver_when_its_first_argument_is_a_number()
    {
        // `lines.Insert(start, ...)`: a number says where, not into what; the receiver `lines` is what the call works
        // on (InsertLines, not InsertStart).
        var source = """
            namespace Shop;

            public sealed class Trimmer
            {
                public void Head(Order order, System.Collections.Generic.List<string> lines)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    [|var start = order.Quantity % 8;
                    System.Console.WriteLine(start);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(lines.Count - start);
                    lines.Insert(start, order.Customer);|]
                }

                public void Tail(Order order, System.Collections.Generic.List<string> lines)
                {
                    System.GC.KeepAlive(order);
                    [|var start = order.Quantity % 8;
                    System.Console.WriteLine(start);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(lines.Count - start);
                    lines.Insert(start, order.Customer);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Trimmer
            {
                public void Head(Order order, System.Collections.Generic.List<string> lines)
                {
                    System.Console.WriteLine(order.UnitPrice);
                    InsertLines(order, lines);
                }

                private static void InsertLines(Order order, System.Collections.Generic.List<string> lines)
                {
                    var start = order.Quantity % 8;
                    System.Console.WriteLine(start);
                    System.Console.WriteLine(order.Customer.Trim());
                    System.Console.WriteLine(lines.Count - start);
                    lines.Insert(start, order.Customer);
                }

                public void Tail(Order order, System.Collections.Generic.List<string> lines)
                {
                    System.GC.KeepAlive(order);
                    InsertLines(order, lines);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_block_that_returns_a_new_object_of_the_codes_own_after_it()
    {
        // Each copy leaves early with a new `Receipt`: the method tries to create one.
        static string Method(string name, string tail) => $$"""
                public Receipt? {{name}}(List<Order> orders)
                {
                    [|if (orders.Count > 0)
                    {
                        System.Console.WriteLine("Packing " + orders.Count + " orders");
                        var total = 0m;
                        foreach (var order in orders)
                        {
                            total += order.UnitPrice * order.Quantity;
                        }

                        return new Receipt(orders.Count, total);
                    }|]

                    {{tail}}
                }
            """;
        var source = $$"""
            #nullable enable
            using System.Collections.Generic;

            namespace Shop;

            public sealed record Receipt(int Count, decimal Total);

            public sealed class Packing
            {
            {{Method("PackMain", "return null;")}}

            {{Method("PackBackup", "System.Console.WriteLine(\"nothing to pack\");\n        return new Receipt(0, 0m);")}}
            }
            """;
        var fixedSource = """
            #nullable enable
            using System.Collections.Generic;

            namespace Shop;

            public sealed record Receipt(int Count, decimal Total);

            public sealed class Packing
            {
                public Receipt? PackMain(List<Order> orders)
                {
                    if (TryCreateReceipt(orders, out var result))
                    {
                        return result;
                    }

                    return null;
                }

                private static bool TryCreateReceipt(List<Order> orders, out Receipt? result)
                {
                    if (orders.Count > 0)
                    {
                        System.Console.WriteLine("Packing " + orders.Count + " orders");
                        var total = 0m;
                        foreach (var order in orders)
                        {
                            total += order.UnitPrice * order.Quantity;
                        }

                        result = new Receipt(orders.Count, total);
                        return true;
                    }

                    result = default!;
                    return false;
                }

                public Receipt? PackBackup(List<Order> orders)
                {
                    if (TryCreateReceipt(orders, out var result))
                    {
                        return result;
                    }

                    System.Console.WriteLine("nothing to pack");
                    return new Receipt(0, 0m);
                }
            }
            """;
        await FixTestWithOrder(source, fixedSource, Options).RunAsync();
    }
}
