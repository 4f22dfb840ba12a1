using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiDebtAnalyzers.Duplication;
using AiDebtAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The roles of <see cref="CloneStatementRoles"/> and the kinds of <see cref="CloneKindClassifier"/>, one test per row of
/// the tables on the rule page.
/// </summary>
public class CloneRolesTests
{
    private const string Invoice = """
        namespace Shop;

        public sealed class Invoice
        {
            public int Quantity { get; set; }
            public decimal UnitPrice { get; set; }
            public string Customer { get; set; } = "";
        }
        """;

    private const string Support = """
        namespace Shop;

        public sealed class Logger
        {
            public void LogInformation(string message, params object[] args) { }
        }

        public static class Assert
        {
            public static void Equal(object expected, object actual) { }
        }

        public abstract class Migration
        {
        }
        """;

    [Fact]
    public async Task Copies_that_differ_only_in_values_are_a_warning()
    {
        var diagnostics = await AnalyzeAsync(
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "invoice", RenamedValidation)));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Copies_that_use_another_member_or_type_are_a_suggestion()
    {
        // One type differs (ArgumentException against ArgumentNullException): one method serves both only with a delegate.
        var other = Validation.Replace("System.ArgumentNullException(nameof(order))", "System.ArgumentException(nameof(order))", System.StringComparison.Ordinal);
        var diagnostics = await AnalyzeAsync(
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "order", other)));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.MembersName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Parallel_implementations_over_different_types_are_not_reported()
    {
        // The parameter's type and three members differ (Quantity, UnitPrice, Customer of Invoice): no shared code without
        // an interface or generics.
        const string Block = """
            if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order), "Quantity must be positive.");
                    }

                    var total = order.Quantity * order.UnitPrice;
                    System.Console.WriteLine(order.Customer + " owes " + total);
                    System.Console.Error.WriteLine(order.Customer + " ordered " + order.Quantity);
            """;
        var diagnostics = await AnalyzeAsync(
            ("/0/A.cs", Service("A", "Run", "order", Block)),
            ("/0/B.cs", Service("B", "Run", "order", Block).Replace("(Order order)", "(Invoice order)", System.StringComparison.Ordinal)));
        Assert.Empty(diagnostics);

        // The same block over one type is a warning.
        Assert.Equal(2, (await AnalyzeAsync(("/0/A.cs", Service("A", "Run", "order", Block)), ("/0/B.cs", Service("B", "Run", "order", Block)))).Length);
    }

    [Fact]
    public async Task Names_the_compilation_cannot_bind_are_compared_by_name()
    {
        // PaymentGateway is missing from the compilation (a package reference not restored, code being typed): the copies
        // agree on every name they cannot bind, so nothing tells them apart and they stay a warning.
        var charging = Validation + "\n        new PaymentGateway().Charge(order.Customer, total);";
        var same = await AnalyzeAsync(("/0/A.cs", Service("A", "Run", "order", charging)), ("/0/B.cs", Service("B", "Run", "order", charging)));
        Assert.Equal(2, same.Length);
        Assert.All(same, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // Charge against Refund: a member that cannot be bound is still a different member, not a value.
        var refunding = charging.Replace(".Charge(", ".Refund(", System.StringComparison.Ordinal);
        var other = await AnalyzeAsync(("/0/A.cs", Service("A", "Run", "order", charging)), ("/0/B.cs", Service("B", "Run", "order", refunding)));
        Assert.Equal(2, other.Length);
        Assert.All(other, d => Assert.Equal(CloneKindClassifier.MembersName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Clones_in_a_test_project_are_a_suggestion()
    {
        var files = new List<(string, string)>
        {
            ("/0/A.cs", Service("A", "Run", "order", Validation)),
            ("/0/B.cs", Service("B", "Run", "invoice", RenamedValidation)),
            ("/0/Order.cs", Order),
        };
        var diagnostics = await AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(files), AnalyzerDriver.Options("build_property.IsTestProject = true"), new DuplicatedCodeAnalyzer());
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Log_lines_count_no_tokens()
    {
        const string Block = """
            logger.LogInformation("Placing order for {Customer} with {Quantity} items at {UnitPrice}", order.Customer, order.Quantity, order.UnitPrice);
                    order.Quantity = order.Quantity + 1;
                    logger.LogInformation("Placed order for {Customer} with {Quantity} items at {UnitPrice} today", order.Customer, order.Quantity, order.UnitPrice);
                    order.UnitPrice = order.UnitPrice * 2m;
                    logger.LogInformation("Priced order for {Customer} at {UnitPrice} each for {Quantity} items", order.Customer, order.UnitPrice, order.Quantity);
            """;
        var withLogger = (string name) => Service(name, "Run", "order", "var logger = new Logger();\n        " + Block);
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", withLogger("A")), ("/0/B.cs", withLogger("B"))));
    }

    [Theory]
    [InlineData("this.Log()")]
    [InlineData("\"shop\".Log()")]
    [InlineData("LogManager.GetLogger(typeof(Order))")]
    [InlineData("LogManager.GetCurrentClassLogger()")]
    public async Task Log_lines_on_a_logger_a_call_hands_out_count_no_tokens(string receiver)
    {
        // Chocolatey's commands print their help through this.Log().Info(...): a run of such calls is text, not logic.
        var diagnostics = await AnalyzeAsync(
            ("/0/A.cs", Service("A", "Run", "order", LoggerCalls(receiver))),
            ("/0/B.cs", Service("B", "Run", "order", LoggerCalls(receiver))),
            ("/0/Logging.cs", Logging));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("this.Report()")]
    [InlineData("LogManager.GetSink(typeof(Order))")]
    public async Task Calls_on_what_another_call_hands_out_count_in_full(string receiver)
    {
        // The same statements on a receiver whose call does not say it hands out a logger are the block's logic.
        var diagnostics = await AnalyzeAsync(
            ("/0/A.cs", Service("A", "Run", "order", LoggerCalls(receiver))),
            ("/0/B.cs", Service("B", "Run", "order", LoggerCalls(receiver))),
            ("/0/Logging.cs", Logging));
        Assert.Equal(2, diagnostics.Length);
    }

    private const string Logging = """
        namespace Shop;

        public sealed class Sink
        {
            public void Info(string message, params object[] args) { }
            public void Warn(string message, object first, object second) { }
            public void Write(object value) { }
        }

        public static class LogManager
        {
            public static Sink GetLogger(System.Type type) => new Sink();
            public static Sink GetCurrentClassLogger() => new Sink();
            public static Sink GetSink(System.Type type) => new Sink();
        }

        public static class LoggingExtensions
        {
            public static Sink Log(this object owner) => new Sink();
            public static Sink Report(this object owner) => new Sink();
        }
        """;

    private static string LoggerCalls(string receiver) => $$"""
        {{receiver}}.Info("Placing order for {0} with {1} items at {2}", order.Customer, order.Quantity + 1, order.UnitPrice * 2m);
                {{receiver}}.Warn("Order {0} is over the limit of {1}", order.Customer.Trim().ToUpperInvariant(), order.Quantity * order.UnitPrice);
                {{receiver}}.Write(order.Customer.Length > 3 ? order.Customer.Substring(0, 3) : order.Customer.PadLeft(3));
                {{receiver}}.Info("Priced order for {0} at {1} each", order.Customer.ToLowerInvariant(), order.UnitPrice - 1m, order.Quantity > 10);
                {{receiver}}.Warn("Done with {0} and {1}", order.Customer + "!", order.Quantity - 1 > 0 ? order.Quantity : -order.Quantity);
        """;

    [Fact]
    public async Task Assertions_count_no_tokens()
    {
        const string Block = """
            order.Quantity = order.Quantity + 1;
                    Assert.Equal(order.Customer + " ordered " + order.Quantity, "Ann ordered 3");
                    Assert.Equal(order.UnitPrice * order.Quantity + 1m, 31m);
                    Assert.Equal(order.Customer.Length + order.Quantity * 2, 9);
                    Assert.Equal(order.Customer.Trim().ToUpperInvariant(), "ANN");
            """;
        Assert.Empty(await AnalyzeAsync(("/0/ATests.cs", Service("ATests", "Run", "order", Block)), ("/0/BTests.cs", Service("BTests", "Run", "order", Block))));
    }

    [Fact]
    public async Task Data_in_initializers_and_anonymous_objects_counts_no_tokens()
    {
        // Parameter bags and tables: 90 tokens in all, of which the statements around the data are far below 50.
        const string Block = """
            var query = new { Customer = order.Customer, Quantity = order.Quantity, UnitPrice = order.UnitPrice, Total = order.Quantity * order.UnitPrice, Note = "rush" };
                    System.Console.WriteLine(query);
                    var names = new[] { order.Customer, order.Customer.ToUpperInvariant(), order.Customer.Trim(), "a", "b", "c" };
                    System.Console.WriteLine(names.Length);
                    var again = new { First = order.Customer, Second = order.Quantity, Third = order.UnitPrice, Fourth = "x", Fifth = 3 };
                    System.Console.WriteLine(again);
            """;
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", Service("A", "Run", "order", Block)), ("/0/B.cs", Service("B", "Run", "order", Block))));
    }

    [Fact]
    public async Task Debug_formatting_is_not_reported()
    {
        var formatter = (string name) => $$"""
            namespace Shop;

            public sealed class {{name}}
            {
                private readonly Order order = new Order();

                public override string ToString()
                {
                    {{Validation}}
                    return total.ToString();
                }
            }
            """;
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", formatter("A")), ("/0/B.cs", formatter("B"))));
    }

    [Fact]
    public async Task Copies_in_equality_members_are_not_reported()
    {
        // Equals, GetHashCode and the == and != operators compare or hash each type's own fields one by one.
        var equality = (string name, string member) => $$"""
            namespace Shop;

            public sealed class {{name}}
            {
                {{member}}
                {
                    {{Validation}}
                    return total > 0m;
                }
            }
            """;
        Assert.Empty(await AnalyzeAsync(
            ("/0/A.cs", equality("A", "public bool Equals(Order order)")),
            ("/0/B.cs", equality("B", "public bool Equals(Order order)"))));
        Assert.Empty(await AnalyzeAsync(
            ("/0/A.cs", equality("A", "public static bool operator ==(A a, Order order)").Replace("return total > 0m;", "return total > 0m;\n    }\n    public static bool operator !=(A a, Order order) => false;\n    public override bool Equals(object? o) => false;\n    public override int GetHashCode() => 0;\n    private void Unused()\n    {", System.StringComparison.Ordinal)),
            ("/0/B.cs", equality("B", "public bool Equals(Order order)"))));
    }

    [Fact]
    public async Task Copies_outside_equality_members_are_reported()
    {
        // One copy in an Equals, the other in a method that only compares (a list equality helper): not every copy is
        // an equality member.
        var equality = (string name, string member) => $$"""
            namespace Shop;

            public sealed class {{name}}
            {
                {{member}}
                {
                    {{Validation}}
                    return total > 0m;
                }
            }
            """;
        var diagnostics = await AnalyzeAsync(
            ("/0/A.cs", equality("A", "public bool Equals(Order order)")),
            ("/0/B.cs", equality("B", "public bool IsListEqual(Order order)")));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public async Task Scaffolded_migrations_are_not_reported()
    {
        var migration = (string name) => $$"""
            namespace Shop;

            public sealed class {{name}} : Migration
            {
                public void Up(Order order)
                {
                    {{Validation}}
                }
            }
            """;
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", migration("A")), ("/0/B.cs", migration("B"))));

        // A hand-written migration routine is history kept verbatim too.
        var routine = (string name) => migration(name).Replace(" : Migration", " : IMigrationRoutine", System.StringComparison.Ordinal);
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", routine("A")), ("/0/B.cs", routine("B")), ("/0/IMigrationRoutine.cs", "namespace Shop;\npublic interface IMigrationRoutine { }")));
    }

    /// <summary>ASP.NET Dynamic Data's template bases and route handler, as the templates' code-behind names them.</summary>
    private const string DynamicData = """
        namespace System.Web.DynamicData
        {
            public abstract class FieldTemplateUserControl { }
            public abstract class QueryableFilterUserControl { }
            public abstract class EntityTemplateUserControl { }
            public static class DynamicDataRouteHandler { public static object GetRequestMetaTable(object context) => context; }
        }

        namespace System.Web.UI
        {
            public class Page { public object Context => this; }
        }
        """;

    [Fact]
    public async Task Scaffolded_dynamic_data_templates_are_not_reported()
    {
        // Filter and field templates: each kind scaffolded once, over its own designer-declared controls.
        var filter = (string name, string baseType) => $$"""
            namespace Shop;

            public partial class {{name}} : {{baseType}}
            {
                public void Filter(Order order)
                {
                    {{Validation}}
                }
            }
            """;
        Assert.Empty(await AnalyzeAsync(
            ("/0/Boolean.ascx.cs", filter("BooleanFilter", "System.Web.DynamicData.QueryableFilterUserControl")),
            ("/0/Enumeration.ascx.cs", filter("EnumerationFilter", "System.Web.DynamicData.QueryableFilterUserControl")),
            ("/0/DynamicData.cs", DynamicData)));
        Assert.Empty(await AnalyzeAsync(
            ("/0/Text.ascx.cs", filter("TextField", "System.Web.DynamicData.FieldTemplateUserControl")),
            ("/0/Default.ascx.cs", filter("DefaultEntityTemplate", "System.Web.DynamicData.EntityTemplateUserControl")),
            ("/0/DynamicData.cs", DynamicData)));

        // Page templates serve whatever table the route names.
        var page = (string name) => $$"""
            namespace Shop;

            public partial class {{name}} : System.Web.UI.Page
            {
                private object table;

                public void Page_Init(Order order)
                {
                    table = System.Web.DynamicData.DynamicDataRouteHandler.GetRequestMetaTable(Context);
                    {{Validation}}
                }
            }
            """;
        Assert.Empty(await AnalyzeAsync(("/0/Details.aspx.cs", page("Details")), ("/0/Edit.aspx.cs", page("Edit")), ("/0/DynamicData.cs", DynamicData)));
    }

    [Fact]
    public async Task Designer_code_in_a_forms_own_file_is_not_reported()
    {
        // An older form keeps the designer's InitializeComponent in its own file rather than in a *.Designer.cs file:
        // one statement per property of each control, rewritten by the designer on every save.
        Assert.Empty(await AnalyzeAsync(("/0/OrderForm.cs", DesignerForm("OrderForm")), ("/0/InvoiceForm.cs", DesignerForm("InvoiceForm"))));
    }

    /// <summary>A form whose designer method is in its own file.</summary>
    private static string DesignerForm(string name) => Form(name, "private void InitializeComponent()", "");

    /// <summary>A form with one method of the given signature holding the validation block, then <paramref name="tail"/>.</summary>
    private static string Form(string name, string signature, string tail) => $$"""
        namespace Shop;

        public partial class {{name}}
        {
            private readonly Order order = new Order();

            {{signature}}
            {
                {{Validation}}
                {{tail}}
            }
        }
        """;

    [Fact]
    public async Task A_method_named_like_the_designers_is_reported_unless_it_is_the_designers()
    {
        // InitializeComponent with a parameter or a result is the project's own method; and a copy of the designer's
        // code in another method keeps the group reported (not every copy is the designer's).
        var withParameter = await AnalyzeAsync(
            ("/0/OrderForm.cs", Form("OrderForm", "private void InitializeComponent(Order order)", "")),
            ("/0/InvoiceForm.cs", Form("InvoiceForm", "private void InitializeComponent(Order order)", "")));
        Assert.Equal(2, withParameter.Length);
        Assert.All(withParameter, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        var withResult = await AnalyzeAsync(
            ("/0/OrderForm.cs", Form("OrderForm", "private bool InitializeComponent()", "return total > 0m;")),
            ("/0/InvoiceForm.cs", Form("InvoiceForm", "private bool InitializeComponent()", "return total > 0m;")));
        Assert.Equal(2, withResult.Length);
        Assert.All(withResult, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        var oneInDesigner = await AnalyzeAsync(
            ("/0/OrderForm.cs", DesignerForm("OrderForm")),
            ("/0/InvoiceForm.cs", Form("InvoiceForm", "private void Load()", "")));
        Assert.Equal(2, oneInDesigner.Length);
        Assert.All(oneInDesigner, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public async Task Pages_and_controls_of_a_project_are_reported()
    {
        // A page of the project's own (no table from the route) and a page beside a template: not scaffolded.
        var page = (string name, string lookup) => $$"""
            namespace Shop;

            public partial class {{name}} : System.Web.UI.Page
            {
                private object table;

                public void Page_Init(Order order)
                {
                    table = {{lookup}};
                    {{Validation}}
                }
            }
            """;
        var diagnostics = await AnalyzeAsync(
            ("/0/Orders.aspx.cs", page("Orders", "Context")),
            ("/0/Invoices.aspx.cs", page("Invoices", "Context")),
            ("/0/DynamicData.cs", DynamicData));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // One copy in a template, the other in the project's own page: not every copy is scaffolded.
        diagnostics = await AnalyzeAsync(
            ("/0/Details.aspx.cs", page("Details", "System.Web.DynamicData.DynamicDataRouteHandler.GetRequestMetaTable(Context)")),
            ("/0/Orders.aspx.cs", page("Orders", "Context")),
            ("/0/DynamicData.cs", DynamicData));
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public async Task Migration_base_classes_of_a_project_and_helpers_beside_a_migration_are_not_reported()
    {
        // A project's own migration base (FluentMigrator projects derive from one), and a helper class declared in the
        // migration's file: the frozen shape of the rows the migration converts.
        var migration = (string name) => $$"""
            namespace Shop;

            public sealed class {{name}} : ShopMigrationBase
            {
            }

            public sealed class {{name}}Updater
            {
                public void Convert(Order order)
                {
                    {{Validation}}
                }
            }
            """;
        const string Base = "namespace Shop;\npublic abstract class ShopMigrationBase { }";
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", migration("A")), ("/0/B.cs", migration("B")), ("/0/Base.cs", Base)));
    }

    [Fact]
    public async Task A_block_of_guard_clauses_only_is_not_reported()
    {
        // The prelude of two actions: fetch, check for null, fetch what hangs off it, check again. Each action spells it
        // for its own case.
        const string Prelude = """
            var found = Find(order.Customer);
                    if (found == null)
                    {
                        return;
                    }

                    var customer = found.Trim();
                    var owner = Find(customer);
                    if (owner is null || !IsActive(owner))
                    {
                        System.Console.Error.WriteLine("No owner");
                        return;
                    }

                    System.ArgumentNullException.ThrowIfNull(order.Customer);
            """;
        var action = (string name, string body) => $$"""
            namespace Shop;

            public sealed class {{name}}
            {
                public void Run(Order order)
                {
                    {{body}}
                }

                private static string? Find(string key) => key;

                private static bool IsActive(string key) => key.Length > 0;
            }
            """;
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", action("A", Prelude)), ("/0/B.cs", action("B", Prelude))));

        // The same guards before the work they protect: the whole block is a copy.
        const string Work = """

                    var total = order.Quantity * order.UnitPrice;
                    if (total > 1000m)
                    {
                        total = total * 0.95m;
                    }

                    System.Console.WriteLine(owner + " owes " + total);
            """;
        Assert.Equal(2, (await AnalyzeAsync(("/0/A.cs", action("A", Prelude + Work)), ("/0/B.cs", action("B", Prelude + Work)))).Length);
    }

    [Fact]
    public async Task A_command_prologue_that_only_checks_and_replies_is_not_reported()
    {
        // Each command handler opens with its own checks: the access level, the arguments, the bot it acts on and the
        // numbers it parses, replying "not found" or "invalid" and leaving.
        const string Prologue = """
            if (!System.Enum.IsDefined(access))
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(access));
                    }

                    if ((steamId != 0) && !IsIndividual(steamId))
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(steamId));
                    }

                    if (access < Access.Master)
                    {
                        return null;
                    }

                    var bots = FindBots(botNames);
                    if ((bots == null) || (bots.Count == 0))
                    {
                        return access >= Access.Owner ? Format("Bot not found: " + botNames) : null;
                    }

                    if (!uint.TryParse(appText, out var appId) || (appId == 0))
                    {
                        return Format("Invalid app: " + appText);
                    }
            """;
        var handler = (string name, string prologue, string work) => $$"""
            namespace Shop;

            public enum Access { None, Operator, Master, Owner }

            public sealed class {{name}}
            {
                public string? Run(Access access, string botNames, string appText, ulong steamId)
                {
                    {{prologue}}
                    {{work}}
                    return Format(bots.Count + " bots, app " + appId);
                }

                private static bool IsIndividual(ulong id) => id > 1;

                private static System.Collections.Generic.List<string>? FindBots(string names) => new(names.Split(','));

                private static string Format(string text) => text;
            }
            """.Replace("enum Access", name == "A" ? "enum Access" : "enum Unused" + name);
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", handler("A", Prologue, "")), ("/0/B.cs", handler("B", Prologue, "System.Console.WriteLine(botNames);"))));

        // The same checks after the handler has started its work are the member's own logic: a copy.
        Assert.Equal(2, (await AnalyzeAsync(
            ("/0/A.cs", handler("A", "System.Console.WriteLine(botNames);\n" + Prologue, "")),
            ("/0/B.cs", handler("B", "System.Console.WriteLine(botNames);\n" + Prologue, "System.Console.WriteLine(appText);")))).Length);
    }

    [Fact]
    public async Task A_prologue_that_compares_values_or_filters_is_the_members_own_logic()
    {
        // Two collections compared with each other, facts combined with &&, a lookup filtered with a lambda: a decision
        // that must change in every copy at once, even at the top of the member.
        const string Checks = """
            if (source == null && target == null)
                    {
                        return true;
                    }

                    if ((source == null && target != null) || (source != null && target == null))
                    {
                        return false;
                    }

                    var extra = source.FindAll(item => !target.Contains(item));
                    if (source.Count != target.Count || extra.Count > 0)
                    {
                        return false;
                    }
            """;
        var equality = (string name, string tail) => $$"""
            namespace Shop;

            public static class {{name}}
            {
                public static bool Same(System.Collections.Generic.List<int> source, System.Collections.Generic.List<int> target)
                {
                    {{Checks}}
                    {{tail}}
                }
            }
            """;
        Assert.Equal(2, (await AnalyzeAsync(("/0/A.cs", equality("A", "return true;")), ("/0/B.cs", equality("B", "return source.Count > 0;")))).Length);
    }

    [Fact]
    public async Task Braces_semicolons_and_constant_arguments_count_no_tokens()
    {
        // 52 tokens, but 17 of them are braces, semicolons and the constant names a binding passes: too small to share.
        const string Bindings = """
            if (order.Customer == null)
                    {
                        Bind(order, "PART_Customer", nameof(Order.Customer));
                    }
                    else
                    {
                        Bind(order, "PART_Quantity", nameof(Order.Quantity));
                    }

                    Bind(order, "PART_Price", nameof(Order.UnitPrice));
            """;
        var view = (string name, string body) => $$"""
            namespace Shop;

            public sealed class {{name}}
            {
                public void Run(Order order)
                {
                    {{body}}
                }

                private static void Bind(Order order, string part, string path) { }
            }
            """;
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", view("A", Bindings)), ("/0/B.cs", view("B", Bindings))));

        // The same layout with values computed from the order in place of the constant names is logic: reported.
        var computed = Bindings.Replace("\"PART_Customer\", nameof(Order.Customer)", "order.Customer.Trim(), order.Customer.ToUpperInvariant()", System.StringComparison.Ordinal)
            .Replace("\"PART_Quantity\", nameof(Order.Quantity)", "order.Quantity.ToString(), (order.Quantity * 2).ToString()", System.StringComparison.Ordinal)
            .Replace("\"PART_Price\", nameof(Order.UnitPrice)", "order.UnitPrice.ToString(), (order.UnitPrice * order.Quantity).ToString()", System.StringComparison.Ordinal);
        Assert.Equal(2, (await AnalyzeAsync(("/0/A.cs", view("A", computed)), ("/0/B.cs", view("B", computed)))).Length);
    }

    [Fact]
    public async Task Declarative_member_rules_count_no_tokens()
    {
        // The rules of two validators over the members of their own models: rows of a table, not logic to share.
        const string Rules = """
            RuleFor(c => c.Customer).NotEmpty().WithMessage("Customer is required").When(c => c.Quantity > 0);
                    RuleFor(c => c.Quantity).GreaterThan(0).WithMessage("Quantity must be positive").When(c => c.Customer.Length > 0);
                    RuleFor(c => c.UnitPrice).GreaterThan(0).WithMessage("Price must be positive").When(c => c.Quantity < 100);
            """;
        var validator = (string name) => $$"""
            namespace Shop;

            public sealed class {{name}} : Validator<Order>
            {
                public {{name}}()
                {
                    {{Rules}}
                }
            }
            """;
        const string Framework = """
            namespace Shop;

            public abstract class Validator<T>
            {
                protected Rule<T> RuleFor<TValue>(System.Func<T, TValue> member) => new Rule<T>();
            }

            public sealed class Rule<T>
            {
                public Rule<T> NotEmpty() => this;
                public Rule<T> GreaterThan(int value) => this;
                public Rule<T> GreaterThan(decimal value) => this;
                public Rule<T> WithMessage(string message) => this;
                public Rule<T> When(System.Func<T, bool> condition) => this;
            }
            """;
        Assert.Empty(await AnalyzeAsync(("/0/A.cs", validator("A")), ("/0/B.cs", validator("B")), ("/0/Framework.cs", Framework)));
    }

    [Fact]
    public async Task Arms_of_one_dispatch_are_a_suggestion()
    {
        // The same block in two arms of one if/else-if chain, testing the value it dispatches on.
        var dispatch = Service("A", "Run", "order", $$"""
            if (order.Customer == "retail")
                    {
                        {{Validation}}
                    }
                    else if (order.Customer == "wholesale")
                    {
                        {{Validation.Replace("1000m", "5000m", System.StringComparison.Ordinal)}}
                    }
            """);
        var diagnostics = await AnalyzeAsync(("/0/A.cs", dispatch));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.BranchesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // The same two blocks one after the other, not in arms of a dispatch, stay a warning.
        var sequence = Service("A", "Run", "order", Validation + "\n        " + Validation.Replace("var total", "var again", System.StringComparison.Ordinal).Replace("total", "again", System.StringComparison.Ordinal));
        var sequential = await AnalyzeAsync(("/0/A.cs", sequence));
        Assert.Equal(2, sequential.Length);
        Assert.All(sequential, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public async Task Arms_of_one_dispatch_hold_the_lambdas_written_in_them()
    {
        // The same callback written out in two sections of one switch: each copy is still its own arm, as lambdas belong
        // to the member that holds them.
        var arms = Service("A", "Run", "order", $$"""
            System.Action check;
                    switch (order.Customer)
                    {
                        case "retail":
                            check = () =>
                            {
                                {{Validation}}
                            };
                            break;
                        default:
                            check = () =>
                            {
                                {{Validation.Replace("1000m", "5000m", System.StringComparison.Ordinal)}}
                            };
                            break;
                    }

                    check();
            """);
        var diagnostics = await AnalyzeAsync(("/0/A.cs", arms));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.BranchesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // The same two callbacks one after the other, outside any dispatch, stay a warning.
        var sequence = Service("A", "Run", "order", $$"""
            System.Action check = () =>
                    {
                        {{Validation}}
                    };
                    System.Action again = () =>
                    {
                        {{Validation.Replace("1000m", "5000m", System.StringComparison.Ordinal)}}
                    };
                    check();
                    again();
            """);
        var sequential = await AnalyzeAsync(("/0/A.cs", sequence));
        Assert.Equal(2, sequential.Length);
        Assert.All(sequential, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public async Task Runs_of_sibling_ifs_are_no_arms_of_one_dispatch()
    {
        // Four sibling ifs of two shapes alternating (rows of one table): the first two match the last two, each copy a
        // run of two whole ifs, not the one whole if the branches kind asks for. Such runs stay a warning: counted as
        // arms, they took a genuine verdict of the twentieth check (OpenUtau's 38-line consonant-cluster fallback chain,
        // a run of `if (!HasOto(...))` steps written twice in one method) to remove two noise rows of one code base
        // (UVtools' pattern tables); see the rule page's tuning history.
        var runs = await AnalyzeAsync(("/0/P.cs", Patterns($$"""
            if (pattern == "sparse")
                    {
                        {{Short("4")}}
                    }

                    if (pattern == "crosses")
                    {
                        {{Long("8")}}
                    }

                    if (pattern == "strips")
                    {
                        {{Short("2")}}
                    }

                    if (pattern == "pyramid")
                    {
                        {{Long("6")}}
                    }
            """)));
        Assert.Equal(2, runs.Length);
        Assert.All(runs, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(runs, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        static string Short(string factor) => $$"""
            Text = (order.Quantity * level * {{factor}}).ToString() + order.Customer.Trim();
                            return;
            """;

        static string Long(string factor) => $$"""
            Text = (order.Quantity + level).ToString();
                            Alternate = order.Customer.ToUpperInvariant() + (order.UnitPrice * level / {{factor}}).ToString();
                            return;
            """;

        static string Patterns(string body) => $$"""
            namespace Shop;

            public sealed class Patterns
            {
                public string Text { get; set; } = "";

                public string Alternate { get; set; } = "";

                public void Run(Order order, string pattern, int level)
                {
                    {{body}}
                }
            }
            """;
    }

    [Fact]
    public async Task Copies_that_test_for_different_cases_are_a_suggestion()
    {
        // Two endpoints that each map their own streaming modes: the case labels differ, and a case label takes a constant,
        // never a parameter, so one method with parameters cannot replace the two tables.
        var table = (string first, string second) => Validation + $$"""

                    var mode = "";
                    switch (order.Quantity)
                    {
                        case {{first}}:
                            mode = "single";
                            break;
                        case {{second}}:
                            mode = "pair";
                            break;
                        default:
                            throw new System.ArgumentOutOfRangeException(nameof(order), "No mode for this quantity.");
                    }

                    order.Customer = mode;
            """;
        var diagnostics = await AnalyzeAsync(
            ("/0/A.cs", Service("A", "Run", "order", table("1", "2"))),
            ("/0/B.cs", Service("B", "Run", "order", table("3", "4"))));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.CasesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // The same cases with other results: values a parameter can take, so the warning.
        var results = table("1", "2").Replace("\"single\"", "\"one\"", System.StringComparison.Ordinal);
        var same = await AnalyzeAsync(
            ("/0/A.cs", Service("A", "Run", "order", table("1", "2"))),
            ("/0/B.cs", Service("B", "Run", "order", results)));
        Assert.Equal(2, same.Length);
        Assert.All(same, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(same, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // The same cases listed in another order test for the same values: the warning.
        var reordered = await AnalyzeAsync(
            ("/0/A.cs", Service("A", "Run", "order", table("1", "2"))),
            ("/0/B.cs", Service("B", "Run", "order", table("2", "1"))));
        Assert.Equal(2, reordered.Length);
        Assert.All(reordered, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(reordered, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Copies_that_exchange_two_values_are_a_suggestion()
    {
        // Paired setters: what Width does with width and height, Height does with height and width.
        var setter = (string property, string own, string other) => $$"""
                public int? {{property}}
                {
                    get => {{own}};
                    set
                    {
                        Changes++;
                        HasSize = value is not null || {{other}} is not null;
                        {{own}} = value;
                        if (value.HasValue && !{{other}}.HasValue)
                        {
                            {{other}} = 1;
                            Changes += value.Value > 100 ? 2 : 1;
                        }
                        else if (!value.HasValue && {{other}}.HasValue)
                        {
                            {{other}} = null;
                            Changes--;
                        }

                        Area = ({{own}} ?? 0) * ({{other}} ?? 0);
                    }
                }
            """;
        var size = (string name, string members) => $$"""
            namespace Shop;

            public sealed class {{name}}
            {
                private int? width;
                private int? height;

                public bool HasSize { get; private set; }

                public int Changes { get; private set; }

                public int Area { get; private set; }

            {{members}}
            }
            """;
        var diagnostics = await AnalyzeAsync(("/0/Size.cs", size("Size", setter("Width", "width", "height") + setter("Height", "height", "width"))));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.MirroredName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // The same setter in two classes, each field in the same role: values only, the warning.
        var diagnosticsAlike = await AnalyzeAsync(
            ("/0/Size.cs", size("Size", setter("Width", "width", "height"))),
            ("/0/Frame.cs", size("Frame", setter("Width", "width", "height"))));
        Assert.Equal(2, diagnosticsAlike.Length);
        Assert.All(diagnosticsAlike, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnosticsAlike, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    private const string Store = """
        namespace Shop;

        public interface ICommand : System.IDisposable
        {
            System.Collections.Generic.List<object> Parameters { get; }
            string CommandText { get; set; }
            int ExecuteNonQuery();
            IReader ExecuteReader();
        }

        public interface IReader : System.IDisposable
        {
            bool Read();
            bool IsDBNull(int ordinal);
            string GetString(int ordinal);
            int GetInt32(int ordinal);
        }

        public interface IConnection : System.IDisposable
        {
            bool HasConnection { get; }
            ICommand CreateTextCommand(string text);
            object CreateParameter(string name, object value);
        }

        public sealed class Referrer
        {
            public string Id { get; set; } = "";
            public string Url { get; set; } = "";
            public int Count { get; set; }
            public bool IsSpam { get; set; }
        }

        public abstract class Database
        {
            protected string tablePrefix = "be_";
            protected string parmPrefix = "@";
            protected abstract IConnection CreateConnection();
            protected static string FormatParamName(string name) => "@" + name;
        }
        """;

    /// <summary>A store method: <paramref name="before"/>, then the connection, the command of <paramref name="sql"/>, <paramref name="binding"/> and its execution.</summary>
    private static string StoreMethod(string name, string before, string sql, string binding) => $$"""
            public void {{name}}(Referrer referrer)
            {
                {{before}}
                referrers.Add(referrer);

                using (var conn = this.CreateConnection())
                {
                    if (conn.HasConnection)
                    {
                        var sqlQuery = string.Format("{{sql}}", this.tablePrefix, this.parmPrefix);

                        using (var cmd = conn.CreateTextCommand(sqlQuery))
                        {
                            {{binding}}
                            cmd.ExecuteNonQuery();
                        }
                    }
                }
            }
        """;

    private static string ReferrerStore(string members) => $$"""
        namespace Shop;

        public sealed class ReferrerStore : Database
        {
            private readonly System.Collections.Generic.List<Referrer> referrers = new();

            protected override IConnection CreateConnection() => throw new System.NotSupportedException();

            private void AddReferrerParameters(Referrer referrer, IConnection conn, ICommand cmd)
            {
                cmd.Parameters.Add(conn.CreateParameter(FormatParamName("id"), referrer.Id));
                cmd.Parameters.Add(conn.CreateParameter(FormatParamName("url"), referrer.Url));
            }

        {{members}}
        }
        """;

    private const string InsertReferrer = "INSERT INTO {0}Referrers (ReferrerId, Url, ReferralCount, IsSpam) VALUES ({1}id, {1}url, {1}count, {1}spam)";
    private const string UpdateReferrer = "UPDATE {0}Referrers SET Url = {1}url, ReferralCount = {1}count, IsSpam = {1}spam WHERE ReferrerId = {1}id";

    [Fact]
    public async Task Copies_that_run_different_statements_and_share_only_their_shell_are_a_suggestion()
    {
        // The INSERT and the UPDATE bind their parameters through one helper already: what is left alike is the
        // connection, the command and its execution around two different statements.
        const string helper = "this.AddReferrerParameters(referrer, conn, cmd);";
        var diagnostics = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(
            StoreMethod("InsertReferrer", "", InsertReferrer, helper)
            + StoreMethod("UpdateReferrer", "referrers.Remove(referrer);", UpdateReferrer, helper))), ("/0/Store.cs", Store));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.StatementsName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // An INSERT and a DELETE binding the same three keys: the second bind of one shape counts once.
        const string keys = """
            cmd.Parameters.Clear();
            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("blogid"), referrer.Url.ToUpperInvariant()));
            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("id"), referrer.Id.Trim()));
            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("url"), referrer.Url.Trim()));
            """;
        var inverse = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(
            StoreMethod("InsertReferrer", "", "INSERT INTO {0}Referrers (BlogId, ReferrerId, Url) VALUES ({1}blogid, {1}id, {1}url)", keys)
            + StoreMethod("DeleteReferrer", "referrers.Remove(referrer);", " delete from {0}Referrers WHERE BlogId = {1}blogid AND ReferrerId = {1}id AND Url = {1}url", keys))), ("/0/Store.cs", Store));
        Assert.Equal(2, inverse.Length);
        Assert.All(inverse, d => Assert.Equal(CloneKindClassifier.StatementsName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Copies_that_run_different_statements_and_bind_the_same_values_are_a_warning()
    {
        // The INSERT and the UPDATE bind the same five values one by one: an AddReferrerParameters helper is the fix.
        const string binding = """
            var parms = cmd.Parameters;
            parms.Add(conn.CreateParameter(FormatParamName("blogid"), this.tablePrefix.Trim()));
            parms.Add(conn.CreateParameter(FormatParamName("id"), referrer.Id.ToString()));
            parms.Add(conn.CreateParameter(FormatParamName("url"), referrer.Url));
            parms.Add(conn.CreateParameter(FormatParamName("count"), referrer.Count > 0 ? referrer.Count : (object)System.DBNull.Value));
            parms.Add(conn.CreateParameter(FormatParamName("spam"), referrer.IsSpam ? 1 : 0));
            """;
        var diagnostics = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(
            StoreMethod("InsertReferrer", "", InsertReferrer, binding)
            + StoreMethod("UpdateReferrer", "referrers.Remove(referrer);", UpdateReferrer, binding))), ("/0/Store.cs", Store));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Copies_that_run_the_same_statement_over_other_tables_are_a_warning()
    {
        // A DELETE per table, differing only in the table: one statement with the table for a parameter.
        const string helper = "this.AddReferrerParameters(referrer, conn, cmd);";
        var diagnostics = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(
            StoreMethod("DeleteReferrer", "", "DELETE FROM {0}Referrers WHERE ReferrerId = {1}id", helper)
            + StoreMethod("DeleteReferral", "referrers.Remove(referrer);", "DELETE FROM {0}Referrals WHERE ReferrerId = {1}id", helper))), ("/0/Store.cs", Store));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // Strings that open with another word are no statements: "Inserted {0}" beside "Updated {0}" is a message.
        var messages = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(
            StoreMethod("InsertReferrer", "", "Inserted {0} into {1}", helper)
            + StoreMethod("UpdateReferrer", "referrers.Remove(referrer);", "Updated {0} in {1}", helper))), ("/0/Store.cs", Store));
        Assert.Equal(2, messages.Length);
        Assert.All(messages, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    /// <summary>A reader: the connection, the command of <paramref name="sql"/> (a concatenation), two keys bound, and the loop that <paramref name="read"/>s each row.</summary>
    private static string ReaderMethod(string name, string parameter, string sql, string read) => $$"""
            public string[] {{name}}(string {{parameter}})
            {
                var found = new System.Collections.Generic.List<string>();
                using (var conn = this.CreateConnection())
                {
                    if (conn.HasConnection)
                    {
                        var sqlQuery = string.Format(
                            {{sql}}, this.tablePrefix, this.parmPrefix);

                        using (var cmd = conn.CreateTextCommand(sqlQuery))
                        {
                            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("blogid"), this.tablePrefix.Trim()));
                            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("{{parameter}}"), {{parameter}}));

                            using (var rdr = cmd.ExecuteReader())
                            {
                                while (rdr.Read())
                                {
                                    {{read}}
                                }
                            }
                        }
                    }
                }

                return found.ToArray();
            }
        """;

    private const string ReadOne = """
        if (!rdr.IsDBNull(0))
                                    {
                                        found.Add(rdr.GetString(0));
                                    }
        """;

    [Fact]
    public async Task Copies_that_run_one_verb_over_other_columns_and_share_only_their_shell_are_a_suggestion()
    {
        // A post's categories beside its tags: two INSERTs over other tables and column lists, each binding its own
        // three keys after clearing the command. The statement is the copies' whole difference: a helper would take it
        // as a parameter and keep the shell.
        const string keys = """
            cmd.Parameters.Clear();
            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("blogid"), referrer.Url.ToUpperInvariant()));
            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("id"), referrer.Id.Trim()));
            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("cat"), referrer.Url.Trim()));
            """;
        var diagnostics = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(
            StoreMethod("UpdateCategories", "", "INSERT INTO {0}PostCategory (BlogID, PostID, CategoryID) VALUES ({1}blogid, {1}id, {1}cat)", keys)
            + StoreMethod("UpdateTags", "referrers.Remove(referrer);", "INSERT INTO {0}PostTag (BlogID, PostID, Tag) VALUES ({1}blogid, {1}id, {1}tag)", keys))), ("/0/Store.cs", Store));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.StatementsName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Statements_per_table_run_in_a_row_are_a_warning()
    {
        // An INSERT ... SELECT per table, one after another in one member: one statement over a list of tables, though
        // the column lists differ.
        static string copy(string table, string columns) => $$"""
                        using (var cmd = conn.CreateTextCommand(string.Format(" INSERT INTO {0}{{table}} ( BlogId, {{columns}} ) " + " SELECT {1}newblogid, {{columns}} FROM {0}{{table}} WHERE BlogID = {1}existingblogid ", this.tablePrefix, this.parmPrefix)))
                        {
                            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("newblogid"), referrer.Id.Trim()));
                            cmd.Parameters.Add(conn.CreateParameter(FormatParamName("existingblogid"), referrer.Url.Trim()));
                            cmd.ExecuteNonQuery();
                        }

            """;
        var member = $$"""
                public void CopyBlog(Referrer referrer)
                {
                    using (var conn = this.CreateConnection())
                    {
                        if (conn.HasConnection)
                        {
            {{copy("BlogRollItems", "BlogRollId, Title, Description, BlogUrl")}}
                            referrers.Add(referrer);
            {{copy("Categories", "CategoryID, CategoryName, ParentID")}}
                            referrers.Remove(referrer);
            {{copy("Pages", "PageID, Title, Description, PageContent, Slug")}}
                        }
                    }
                }
            """;
        var diagnostics = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(member)), ("/0/Store.cs", Store));
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Readers_of_other_queries_with_work_of_their_own_are_a_warning()
    {
        // The same query read in two members: one method. (Two readers of different queries, the roles of a user beside
        // the users of a role, keep the reader's loop and their bindings as work: 57 to 76 tokens on real code.)
        const string query = "\" SELECT ur.Role \" + \" FROM {0}UserRoles ur \" + \" WHERE ur.BlogID = {1}blogid AND ur.UserName = {1}name\"";
        var same = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(
            ReaderMethod("GetRolesForUser", "name", query, ReadOne) + ReaderMethod("GetRolesOfUser", "name", query, ReadOne))), ("/0/Store.cs", Store));
        Assert.Equal(2, same.Length);
        Assert.All(same, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));

        // Two queries whose rows are mapped alike, column by column: the mapping is work worth a helper.
        const string mapping = """
            var id = rdr.IsDBNull(0) ? string.Empty : rdr.GetString(0).Trim();
                                    var count = rdr.IsDBNull(1) ? 0 : rdr.GetInt32(1) + found.Count;
                                    if (count > 0 && id.Length > 0 && !found.Contains(id))
                                    {
                                        found.Add(id + ":" + count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                                    }
            """;
        var mapped = await AnalyzeAsync(("/0/ReferrerStore.cs", ReferrerStore(
            ReaderMethod("GetPostCounts", "name", "\"SELECT PostID, Count FROM {0}Posts WHERE BlogID = {1}blogid AND Author = {1}name\"", mapping)
            + ReaderMethod("GetPageCounts", "role", "\"SELECT PageID, Count FROM {0}Pages WHERE BlogID = {1}blogid AND Role = {1}role\"", mapping))), ("/0/Store.cs", Store));
        Assert.Equal(2, mapped.Length);
        Assert.All(mapped, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(mapped, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Theory]
    [InlineData("\"SELECT a \" + \"FROM t\"", "SELECT a FROM t")]
    [InlineData("$\"SELECT Id FROM {table}Posts\"", "SELECT Id FROM {}Posts")]
    [InlineData("\"Selected\" + \" rows\"", "")]
    public void The_texts_of_a_copy_are_its_statements_whole(string text, string texts)
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText($"class C {{ void M(string table) {{ var sql = {text}; }} }}");
        var root = tree.GetRoot();
        var found = CloneStatementRoles.CommandTextsOf(root, root.FullSpan);
        Assert.Equal(texts, found is null ? "" : string.Join("|", found));
    }

    [Theory]
    [InlineData("\"INSERT INTO t VALUES (1)\"", "INSERT")]
    [InlineData("\"  update t SET a = 1\"", "UPDATE")]
    [InlineData("$\"DELETE FROM {table} WHERE id = 1\"", "DELETE")]
    [InlineData("\" INSERT INTO t (a) \" + \" SELECT a FROM u\"", "INSERT")]
    [InlineData("\"Selected {0}\"", "")]
    [InlineData("\"SELECTION\"", "")]
    [InlineData("$\"{verb} FROM t\"", "")]
    public void The_verbs_of_a_copy_are_the_first_words_of_its_statement_texts(string text, string verbs)
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText($"class C {{ void M(string table, string verb) {{ var sql = {text}; }} }}");
        var root = tree.GetRoot();
        var found = CloneStatementRoles.CommandVerbsOf(root, root.FullSpan);
        Assert.Equal(verbs, found is null ? "" : string.Join(" ", found));
    }

    [Theory]
    [InlineData("[System.Obsolete(\"Use Run\")]", "")]
    [InlineData("[Obsolete]", "")]
    [InlineData("[ObsoleteAttribute(\"Use B\")]", "")]
    [InlineData("", "[System.Obsolete]")]
    public async Task A_copy_whose_only_other_copies_are_obsolete_is_a_suggestion(string onMethod, string onType)
    {
        // The old version kept for its callers beside the code that replaces it: removing it may serve better than sharing.
        var old = $$"""
            using System;

            namespace Shop;

            {{onType}}
            public sealed class A
            {
                {{onMethod}}
                public void RunOld(Order order)
                {
                    {{Validation}}
                }
            }
            """;
        var diagnostics = await AnalyzeAsync(("/0/A.cs", old), ("/0/B.cs", Service("B", "Run", "order", Validation)));
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.ObsoleteName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Two_current_copies_beside_an_obsolete_one_stay_a_warning()
    {
        var old = $$"""
            namespace Shop;

            public sealed class A
            {
                [System.Obsolete("Use Run")]
                public void RunOld(Order order)
                {
                    {{Validation}}
                }

                // An attribute named like it on another member says nothing about this one.
                [System.ComponentModel.Description("Obsolete")]
                public void Run(Order order)
                {
                    {{Validation}}
                }
            }
            """;
        var diagnostics = await AnalyzeAsync(("/0/A.cs", old), ("/0/B.cs", Service("B", "Run", "order", Validation)));
        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(diagnostics, d => Assert.Equal(CloneKindClassifier.ValuesName, d.Properties[DuplicatedCodeAnalyzer.CloneKindProperty]));
    }

    [Fact]
    public async Task Names_a_place_by_its_path_below_the_project_when_two_files_share_a_name()
    {
        var diagnostics = await AnalyzeAsync(
            ("/0/Orders/Service.cs", Service("OrderService", "Run", "order", Validation)),
            ("/0/Invoices/Service.cs", Service("InvoiceService", "Run", "order", Validation)));
        Assert.Equal(
            new[] { "also in Orders/Service.cs:7", "also in Invoices/Service.cs:7" },
            diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)[(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).IndexOf("also in", System.StringComparison.Ordinal))..]));
    }

    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> AnalyzeAsync(params (string Path, string Source)[] files)
    {
        var all = new List<(string, string)>(files) { ("/0/Order.cs", Order), ("/0/Invoice.cs", Invoice), ("/0/Support.cs", Support) };
        // These cases read a group's kind from its severity: every block is reported at the kind's severity here, and
        // the size tier is tested on its own (SizeTierTests).
        return AnalyzerDriver.RunAsync(AnalyzerDriver.Compile(all), AnalyzerDriver.Options("aidebt.duplication.warning_min_tokens = 10"), new DuplicatedCodeAnalyzer());
    }
}
