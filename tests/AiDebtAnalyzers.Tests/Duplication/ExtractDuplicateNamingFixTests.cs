using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using static AiDebtAnalyzers.Tests.Duplication.CloneSources;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    AiDebtAnalyzers.Duplication.DuplicatedCodeAnalyzer,
    AiDebtAnalyzers.CodeFixes.Duplication.ExtractDuplicateCodeFixProvider>;

namespace AiDebtAnalyzers.Tests.Duplication;

/// <summary>
/// The naming table of the fix (rule page, "How to fix"): a guard's message after what the guard tests, a compared value
/// after the bound it sets, the method after what it computes. Every test also runs fix-all in document, project and
/// solution scope (the verifier's default), so the names hold there too.
/// </summary>
public class ExtractDuplicateNamingFixTests
{
    private const string Options = "aidebt.duplication.min_lines = 5\naidebt.duplication.min_tokens = 20";

    private const string Address = """
        namespace Shop;

        public sealed class Address
        {
            public string Street { get; set; } = "";
            public string PostalCode { get; set; } = "";
            public string Country { get; set; } = "";
        }
        """;

    private static VerifyCS.Test Test(string source, string fixedSource)
    {
        var test = FixTestWithOrder(source, fixedSource, Options);
        test.TestState.Sources.Add(("/0/Address.cs", Address));
        test.FixedState.Sources.Add(("/0/Address.cs", Address));
        return test;
    }

    [Fact]
    public async Task Names_each_guards_message_after_what_the_guard_tests_and_the_method_after_the_two_values_it_computes()
    {
        var source = """
            namespace Shop;

            public sealed class Registrations
            {
                public string Register(Address address)
                {
                    [|if (string.IsNullOrWhiteSpace(address.Street) || address.Street.Length > 100)
                    {
                        throw new System.ArgumentException("Street is required.", nameof(address));
                    }

                    if (string.IsNullOrWhiteSpace(address.PostalCode))
                    {
                        throw new System.ArgumentException("Postal code is required.", nameof(address));
                    }

                    var country = address.Country.Trim();
                    if (country.Length != 2)
                    {
                        throw new System.ArgumentException("Country must have two letters.", nameof(address));
                    }

                    var label = address.Street + " " + address.PostalCode + " " + country;|]
                    System.Console.WriteLine(label);
                    return country;
                }

                public string Ship(Address destination)
                {
                    [|if (string.IsNullOrWhiteSpace(destination.Street) || destination.Street.Length > 80)
                    {
                        throw new System.ArgumentException("Street of the destination is required.", nameof(destination));
                    }

                    if (string.IsNullOrWhiteSpace(destination.PostalCode))
                    {
                        throw new System.ArgumentException("Postal code of the destination is required.", nameof(destination));
                    }

                    var country = destination.Country.Trim();
                    if (country.Length != 2)
                    {
                        throw new System.ArgumentException("Country of the destination must have two letters.", nameof(destination));
                    }

                    var label = destination.Street + " " + destination.PostalCode + " " + country;|]
                    return label.ToLowerInvariant() + country;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Registrations
            {
                public string Register(Address address)
                {
                    var country = ComputeCountryAndLabel(address, 100, "Street is required.", nameof(address), "Postal code is required.", "Country must have two letters.", out var label);
                    System.Console.WriteLine(label);
                    return country;
                }

                private static string ComputeCountryAndLabel(Address address, int maxStreetLength, string streetMessage, string paramName, string postalCodeMessage, string countryMessage, out string label)
                {
                    if (string.IsNullOrWhiteSpace(address.Street) || address.Street.Length > maxStreetLength)
                    {
                        throw new System.ArgumentException(streetMessage, paramName);
                    }

                    if (string.IsNullOrWhiteSpace(address.PostalCode))
                    {
                        throw new System.ArgumentException(postalCodeMessage, paramName);
                    }

                    var country = address.Country.Trim();
                    if (country.Length != 2)
                    {
                        throw new System.ArgumentException(countryMessage, paramName);
                    }

                    label = address.Street + " " + address.PostalCode + " " + country;
                    return country;
                }

                public string Ship(Address destination)
                {
                    var country = ComputeCountryAndLabel(destination, 80, "Street of the destination is required.", nameof(destination), "Postal code of the destination is required.", "Country of the destination must have two letters.", out var label);
                    return label.ToLowerInvariant() + country;
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_message_after_its_parameter_when_the_guard_tests_no_variable_or_the_value_is_in_no_guard()
    {
        var source = """
            namespace Shop;

            public sealed class Orders
            {
                private static bool IsOpen() => true;

                public void Place(Order order)
                {
                    [|if (!IsOpen())
                    {
                        throw new System.InvalidOperationException("The shop is closed for orders.");
                    }

                    System.Console.WriteLine("Placing an order.");
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity);|]
                }

                public void Return(Order order)
                {
                    [|if (!IsOpen())
                    {
                        throw new System.InvalidOperationException("The shop is closed for returns.");
                    }

                    System.Console.WriteLine("Returning an order.");
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Orders
            {
                private static bool IsOpen() => true;

                public void Place(Order order)
                {
                    ValidateOrder("The shop is closed for orders.", "Placing an order.", order);
                }

                private static void ValidateOrder(string message, string value, Order order)
                {
                    if (!IsOpen())
                    {
                        throw new System.InvalidOperationException(message);
                    }

                    System.Console.WriteLine(value);
                    System.Console.WriteLine(order.Customer + " ordered " + order.Quantity);
                }

                public void Return(Order order)
                {
                    ValidateOrder("The shop is closed for returns.", "Returning an order.", order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_compared_value_after_the_bound_it_sets_and_keeps_the_limit_name_when_the_quantity_names_nothing()
    {
        var source = """
            namespace Shop;

            public sealed class Checks
            {
                public int CheckSmall(Order order)
                {
                    [|if (order.Quantity < 1)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    if (order.UnitPrice >= 500m)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    if (order.Customer.Length != 8)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    var n = 0;
                    while (n < 3)
                    {
                        n++;
                    }|]

                    return n;
                }

                public int CheckLarge(Order order)
                {
                    [|if (order.Quantity < 10)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    if (order.UnitPrice >= 900m)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    if (order.Customer.Length != 6)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    var n = 0;
                    while (n < 5)
                    {
                        n++;
                    }|]

                    return n * 2;
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Checks
            {
                public int CheckSmall(Order order)
                {
                    var n = NewMethod(order, 1, 500m, 8, 3);

                    return n;
                }

                private static int NewMethod(Order order, int minQuantity, decimal maxUnitPrice, int expectedCustomerLength, int nLimit)
                {
                    if (order.Quantity < minQuantity)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    if (order.UnitPrice >= maxUnitPrice)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    if (order.Customer.Length != expectedCustomerLength)
                    {
                        throw new System.ArgumentOutOfRangeException(nameof(order));
                    }

                    var n = 0;
                    while (n < nLimit)
                    {
                        n++;
                    }

                    return n;
                }

                public int CheckLarge(Order order)
                {
                    var n = NewMethod(order, 10, 900m, 6, 5);

                    return n * 2;
                }
            }
            """;
        // `ComputeN` (a generic verb and one letter) is no name: the single fix writes the placeholder, fix-all skips the group.
        var test = Test(source, fixedSource);
        test.BatchFixedState.Sources.Add(("/0/Test0.cs", source));
        test.BatchFixedState.Sources.Add(("/0/Order.cs", Order));
        test.BatchFixedState.Sources.Add(("/0/Address.cs", Address));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(7, 9, 26, 10).WithSpan(33, 9, 52, 10).WithArguments("20", "84", "2", "Test0.cs:33"));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(33, 9, 52, 10).WithSpan(7, 9, 26, 10).WithArguments("20", "84", "2", "Test0.cs:7"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Names_the_second_guard_of_one_subject_with_its_owner_rather_than_a_number()
    {
        var source = """
            namespace Shop;

            public sealed class Customers
            {
                public void Add(Order order)
                {
                    [|if (order.Customer == null)
                    {
                        throw new System.ArgumentException("A customer is required to add.", nameof(order));
                    }

                    if (order.Customer.Length > 40)
                    {
                        throw new System.ArgumentException("The customer's name is too long to add.", nameof(order));
                    }

                    System.Console.WriteLine(order.Customer);|]
                }

                public void Rename(Order order)
                {
                    [|if (order.Customer == null)
                    {
                        throw new System.ArgumentException("A customer is required to rename.", nameof(order));
                    }

                    if (order.Customer.Length > 40)
                    {
                        throw new System.ArgumentException("The customer's name is too long to rename.", nameof(order));
                    }

                    System.Console.WriteLine(order.Customer);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Customers
            {
                public void Add(Order order)
                {
                    ValidateOrder(order, "A customer is required to add.", "The customer's name is too long to add.");
                }

                private static void ValidateOrder(Order order, string customerMessage, string orderCustomerMessage)
                {
                    if (order.Customer == null)
                    {
                        throw new System.ArgumentException(customerMessage, nameof(order));
                    }

                    if (order.Customer.Length > 40)
                    {
                        throw new System.ArgumentException(orderCustomerMessage, nameof(order));
                    }

                    System.Console.WriteLine(order.Customer);
                }

                public void Rename(Order order)
                {
                    ValidateOrder(order, "A customer is required to rename.", "The customer's name is too long to rename.");
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Fix_all_names_the_parameters_of_two_groups_each_by_its_own_guards()
    {
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                public void Open(Order order)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentException("Nothing to open.", nameof(order));
                    }

                    System.Console.WriteLine("Opened " + order.Customer);
                    System.Console.WriteLine(order.Quantity);|]
                }

                public void Close(Order order)
                {
                    [|if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentException("Nothing to close.", nameof(order));
                    }

                    System.Console.WriteLine("Closed " + order.Customer);
                    System.Console.WriteLine(order.Quantity);|]
                }

                public void Price(Order order, decimal budget)
                {
                    [|if (budget < order.UnitPrice)
                    {
                        throw new System.ArgumentException("The budget is too small to price.", nameof(budget));
                    }

                    System.Console.WriteLine(order.UnitPrice * 2);
                    System.Console.WriteLine(budget);|]
                }

                public void Quote(Order order, decimal budget)
                {
                    [|if (budget < order.UnitPrice)
                    {
                        throw new System.ArgumentException("The budget is too small to quote.", nameof(budget));
                    }

                    System.Console.WriteLine(order.UnitPrice * 2);
                    System.Console.WriteLine(budget);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                public void Open(Order order)
                {
                    ValidateOrder(order, "Nothing to open.", "Opened ");
                }

                private static void ValidateOrder(Order order, string quantityMessage, string text)
                {
                    if (order.Quantity <= 0)
                    {
                        throw new System.ArgumentException(quantityMessage, nameof(order));
                    }

                    System.Console.WriteLine(text + order.Customer);
                    System.Console.WriteLine(order.Quantity);
                }

                public void Close(Order order)
                {
                    ValidateOrder(order, "Nothing to close.", "Closed ");
                }

                public void Price(Order order, decimal budget)
                {
                    ValidateBudget(budget, order, "The budget is too small to price.");
                }

                private static void ValidateBudget(decimal budget, Order order, string budgetMessage)
                {
                    if (budget < order.UnitPrice)
                    {
                        throw new System.ArgumentException(budgetMessage, nameof(budget));
                    }

                    System.Console.WriteLine(order.UnitPrice * 2);
                    System.Console.WriteLine(budget);
                }

                public void Quote(Order order, decimal budget)
                {
                    ValidateBudget(budget, order, "The budget is too small to quote.");
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_message_a_guard_hands_to_an_exception_factory_after_what_the_guard_tests()
    {
        var source = """
            namespace Shop;

            public sealed class Billing
            {
                public void Bill(Order order)
                {
                    [|if (order.Customer.Length == 0)
                    {
                        throw Errors.Create("No customer to bill.");
                    }

                    System.Console.WriteLine(order.Customer);|]
                }

                public void Refund(Order order)
                {
                    [|if (order.Customer.Length == 0)
                    {
                        throw Errors.Create("No customer to refund.");
                    }

                    System.Console.WriteLine(order.Customer);|]
                }
            }

            public static class Errors
            {
                public static System.Exception Create(string message) => new System.InvalidOperationException(message);
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Billing
            {
                public void Bill(Order order)
                {
                    ValidateOrder(order, "No customer to bill.");
                }

                private static void ValidateOrder(Order order, string customerMessage)
                {
                    if (order.Customer.Length == 0)
                    {
                        throw Errors.Create(customerMessage);
                    }

                    System.Console.WriteLine(order.Customer);
                }

                public void Refund(Order order)
                {
                    ValidateOrder(order, "No customer to refund.");
                }
            }

            public static class Errors
            {
                public static System.Exception Create(string message) => new System.InvalidOperationException(message);
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    private const string Report = """
        System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                System.Console.WriteLine("Thanks " + order.Customer);
                System.Console.WriteLine("Done");
        """;

    [Fact]
    public async Task Names_the_helper_after_the_method_every_copy_is_the_whole_body_of_in_a_class_not_named_twice()
    {
        // Instance methods of two classes, which neither can call. Wino-Mail's SanitizeFileNamePart: the copies already say what the block is for. The types end in Helper, so
        // the helper class is SharedHelpers, not HelperHelpers.
        var source = $$"""
            namespace Shop;

            public sealed class RequestHelper
            {
                public void PrintReceipt(Order order)
                {
                    [|{{Report}}|]
                }
            }

            public sealed class ResponseHelper
            {
                public void PrintReceipt(Order order)
                {
                    [|{{Report}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class RequestHelper
            {
                public void PrintReceipt(Order order)
                {
                    SharedHelpers.PrintReceipt(order);
                }
            }

            internal static class SharedHelpers
            {
                internal static void PrintReceipt(Order order)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
                }
            }

            public sealed class ResponseHelper
            {
                public void PrintReceipt(Order order)
                {
                    SharedHelpers.PrintReceipt(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Theory]
    // LANCommander's script runners: Game_RunInstallScriptAsync and Game_RunUninstallScriptAsync were ComputeResultAsync.
    [InlineData("Game_PrintInstallReceipt", "Game_PrintUninstallReceipt", "PrintGameReceipt")]
    [InlineData("PrintInstallReceipt", "PrintUninstallReceipt", "PrintReceipt")]
    public async Task Names_the_method_for_the_words_whole_bodies_of_differing_names_share_when_they_open_with_a_verb(string first, string second, string name)
    {
        var source = $$"""
            namespace Shop;

            public sealed class Desk
            {
                public void {{first}}(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Installed for " + order.Customer);
                    System.Console.WriteLine("Done");|]
                }

                public void {{second}}(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Uninstalled for " + order.Customer);
                    System.Console.WriteLine("Done");|]
                }
            }
            """;
        var fixedSource = $$"""
            namespace Shop;

            public sealed class Desk
            {
                public void {{first}}(Order order)
                {
                    {{name}}(order, "Installed for ");
                }

                private static void {{name}}(Order order, string text)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine(text + order.Customer);
                    System.Console.WriteLine("Done");
                }

                public void {{second}}(Order order)
                {
                    {{name}}(order, "Uninstalled for ");
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Gives_a_taken_name_no_number_but_the_placeholder_and_fix_all_skips_the_group()
    {
        // The copies' methods are named differently (and neither copy is a whole method the other could call) and the intent (WriteLineOrder) is taken: no AddResult2-style
        // number. The single fix writes the placeholder the user is put in rename mode on; fix-all leaves the group.
        var source = $$"""
            namespace Shop;

            public sealed class Desk
            {
                public void Ship(Order order)
                {
                    order.Quantity++;
                    [|{{Report}}|]
                }

                public void Reserve(Order order)
                {
                    System.GC.KeepAlive(order);
                    [|{{Report}}|]
                }

                private static void WriteLineOrder(int count) => System.Console.WriteLine(count);
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                public void Ship(Order order)
                {
                    order.Quantity++;
                    NewMethod(order);
                }

                private static void NewMethod(Order order)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
                }

                public void Reserve(Order order)
                {
                    System.GC.KeepAlive(order);
                    NewMethod(order);
                }

                private static void WriteLineOrder(int count) => System.Console.WriteLine(count);
            }
            """;
        var test = Test(source, fixedSource);
        test.BatchFixedState.Sources.Add(("/0/Test0.cs", source));
        test.BatchFixedState.Sources.Add(("/0/Order.cs", Order));
        test.BatchFixedState.Sources.Add(("/0/Address.cs", Address));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(8, 9, 12, 42).WithSpan(18, 9, 22, 42).WithArguments("5", "83", "2", "Test0.cs:18"));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(18, 9, 22, 42).WithSpan(8, 9, 12, 42).WithArguments("5", "83", "2", "Test0.cs:8"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Takes_the_intent_when_the_name_the_whole_body_copies_share_is_their_own_overloads()
    {
        // The methods take values the block does not, so no copy is a method the other could call instead.
        // Both copies are bodies of PrintReceipt overloads of one type: that name is taken there, and the method is named
        // after its last effect instead.
        var source = $$"""
            namespace Shop;

            public sealed class Desk
            {
                public void PrintReceipt(Order order, string note)
                {
                    [|{{Report}}|]
                }

                public void PrintReceipt(Order order, int copies)
                {
                    [|{{Report}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                public void PrintReceipt(Order order, string note)
                {
                    WriteLineOrder(order);
                }

                private static void WriteLineOrder(Order order)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
                }

                public void PrintReceipt(Order order, int copies)
                {
                    WriteLineOrder(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Theory]
    [InlineData("TryComputeVisual1", true)]
    [InlineData("InsertVector3", true)]
    [InlineData("AnimateTicksAnimate", true)]
    [InlineData("ComputeX", true)]
    [InlineData("ProcessXAsync", true)]
    [InlineData("ComputeWidthAndHeight", false)]
    [InlineData("ComputeRootExpressionAndParentExpression", false)]
    [InlineData("WriteLineOrder", false)]
    [InlineData("TryComputePendingFile", false)]
    [InlineData("SetCanForwardSelectedMessagesAsync", false)]
    [InlineData("GetKeywordsFromString", false)]
    public void Counts_a_numeric_suffix_a_doubled_word_or_a_generic_verb_and_one_letter_as_no_name(string name, bool saysNothing) =>
        Assert.Equal(saysNothing, AiDebtAnalyzers.CodeFixes.Duplication.CloneExtraction.SaysNothing(name));

    [Theory]
    [InlineData("Mix", true)]
    [InlineData("ConvertTtl", true)]
    [InlineData("UpdateAmount", true)]
    [InlineData("Ship", false)]
    [InlineData("Receipt", false)]
    [InlineData("Mixer", false)]
    public void Reads_a_method_name_that_opens_with_a_verb_as_a_verb_phrase(string name, bool verbPhrase) =>
        Assert.Equal(verbPhrase, AiDebtAnalyzers.CodeFixes.Duplication.CloneExtraction.StartsWithVerb(name));

    [Fact]
    public async Task Names_the_helper_after_the_first_copys_method_when_the_names_differ_and_it_is_a_verb_phrase()
    {
        // ColorsHelper.Mix and Scrim's Mix, ConvertTtl and ConvertKeepMediaTick: the first copy's own name says the act.
        var source = $$"""
            namespace Shop;

            public sealed class RequestHelper
            {
                public void PrintReceipt(Order order)
                {
                    [|{{Report}}|]
                }
            }

            public sealed class ResponseHelper
            {
                public void Summary(Order order)
                {
                    [|{{Report}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class RequestHelper
            {
                public void PrintReceipt(Order order)
                {
                    SharedHelpers.PrintReceipt(order);
                }
            }

            internal static class SharedHelpers
            {
                internal static void PrintReceipt(Order order)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine("Done");
                }
            }

            public sealed class ResponseHelper
            {
                public void Summary(Order order)
                {
                    SharedHelpers.PrintReceipt(order);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_differing_field_by_the_words_the_copies_names_share()
    {
        // chocolatey's PythonService: `_installArguments` against `_upgradeArguments` is `arguments`, right at every call.
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                private readonly string _installArguments = "install";
                private readonly string _upgradeArguments = "upgrade";

                public void Ship(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(_installArguments);|]
                }

                public void Reserve(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(_upgradeArguments);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                private readonly string _installArguments = "install";
                private readonly string _upgradeArguments = "upgrade";

                public void Ship(Order order)
                {
                    WriteLineOrder(order, _installArguments);
                }

                private static void WriteLineOrder(Order order, string arguments)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(arguments);
                }

                public void Reserve(Order order)
                {
                    WriteLineOrder(order, _upgradeArguments);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_differing_constant_in_capitals_by_its_shared_words_in_camel_case()
    {
        // Nitrox's colour swappers: the words the constants end with alike, said as a parameter (not `tank_GAME_OBJECT_NAME`).
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                private const string RADIATION_TANK_GAME_OBJECT_NAME = "install";
                private const string SCUBA_TANK_GAME_OBJECT_NAME = "upgrade";

                public void Ship(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(RADIATION_TANK_GAME_OBJECT_NAME);|]
                }

                public void Reserve(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(SCUBA_TANK_GAME_OBJECT_NAME);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                private const string RADIATION_TANK_GAME_OBJECT_NAME = "install";
                private const string SCUBA_TANK_GAME_OBJECT_NAME = "upgrade";

                public void Ship(Order order)
                {
                    WriteLineOrder(order, RADIATION_TANK_GAME_OBJECT_NAME);
                }

                private static void WriteLineOrder(Order order, string tankGameObjectName)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(tankGameObjectName);
                }

                public void Reserve(Order order)
                {
                    WriteLineOrder(order, SCUBA_TANK_GAME_OBJECT_NAME);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_differing_constant_in_capitals_only_by_whole_words_both_names_share()
    {
        // `TANK` is a word of one name and the end of `XTANK` in the other: only `NAME` is a word of both.
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                private const string XTANK_NAME = "install";
                private const string TANK_NAME = "upgrade";

                public void Ship(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(XTANK_NAME);|]
                }

                public void Reserve(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(TANK_NAME);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                private const string XTANK_NAME = "install";
                private const string TANK_NAME = "upgrade";

                public void Ship(Order order)
                {
                    WriteLineOrder(order, XTANK_NAME);
                }

                private static void WriteLineOrder(Order order, string name)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(name);
                }

                public void Reserve(Order order)
                {
                    WriteLineOrder(order, TANK_NAME);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_differing_field_whose_names_share_no_last_word_after_the_first_copys()
    {
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                private readonly string _install = "install";
                private readonly string _upgrade = "upgrade";

                public void Ship(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(_install);|]
                }

                public void Reserve(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(_upgrade);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                private readonly string _install = "install";
                private readonly string _upgrade = "upgrade";

                public void Ship(Order order)
                {
                    WriteLineOrder(order, _install);
                }

                private static void WriteLineOrder(Order order, string install)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(install);
                }

                public void Reserve(Order order)
                {
                    WriteLineOrder(order, _upgrade);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_differing_field_without_its_scope_prefix()
    {
        var source = """
            namespace Shop;

            public sealed class Desk
            {
                private readonly string m_install = "install";
                private readonly string m_upgrade = "upgrade";

                public void Ship(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(m_install);|]
                }

                public void Reserve(Order order)
                {
                    [|System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(m_upgrade);|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Desk
            {
                private readonly string m_install = "install";
                private readonly string m_upgrade = "upgrade";

                public void Ship(Order order)
                {
                    WriteLineOrder(order, m_install);
                }

                private static void WriteLineOrder(Order order, string install)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    System.Console.WriteLine(install);
                }

                public void Reserve(Order order)
                {
                    WriteLineOrder(order, m_upgrade);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_format_text_an_extension_formats_for_what_it_formats_not_after_the_extensions_parameter()
    {
        // chocolatey's `"...{0}...".FormatWith(packageResult.Name)` was `string input`, FormatWith's `this` parameter.
        const string Block = """
            System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
            """;
        var source = $$"""
            namespace Shop;

            public static class Text
            {
                public static string FormatWith(this string input, params object[] values) => string.Format(input, values);
            }

            public sealed class Desk
            {
                public void Ship(Order order)
                {
                    [|{{Block}}
                    Log("{0} was shipped".FormatWith(order.Customer));|]
                }

                public void Reserve(Order order)
                {
                    [|{{Block}}
                    Log("{0} was reserved".FormatWith(order.Customer));|]
                }

                private static void Log(string message) => System.Console.WriteLine(message);
            }
            """;
        var fixedSource = """
            namespace Shop;

            public static class Text
            {
                public static string FormatWith(this string input, params object[] values) => string.Format(input, values);
            }

            public sealed class Desk
            {
                public void Ship(Order order)
                {
                    LogOrder(order, "{0} was shipped");
                }

                private static void LogOrder(Order order, string messageFormat)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    Log(messageFormat.FormatWith(order.Customer));
                }

                public void Reserve(Order order)
                {
                    LogOrder(order, "{0} was reserved");
                }

                private static void Log(string message) => System.Console.WriteLine(message);
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_helper_method_after_a_member_the_block_calls_on_a_value_since_that_name_is_not_the_helpers()
    {
        // Wino-Mail's `_accountService.UpdateAccountAsync(...)`: a name right of a dot never binds to the helper's own
        // method, so it leaves the intent free (it was taken, and the group had no name).
        const string Block = """
            System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    store.WriteOrder(order);
            """;
        var source = $$"""
            namespace Shop;

            public sealed class Store
            {
                public void WriteOrder(Order order) => System.Console.WriteLine(order.Customer);
            }

            public sealed class OrderDesk
            {
                public void Ship(Order order, Store store)
                {
                    [|{{Block}}|]
                }
            }

            public sealed class InvoiceDesk
            {
                public void Reserve(Order order, Store store)
                {
                    [|{{Block}}|]
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public sealed class Store
            {
                public void WriteOrder(Order order) => System.Console.WriteLine(order.Customer);
            }

            public sealed class OrderDesk
            {
                public void Ship(Order order, Store store)
                {
                    DeskHelpers.WriteOrder(order, store);
                }
            }

            internal static class DeskHelpers
            {
                internal static void WriteOrder(Order order, Store store)
                {
                    System.Console.WriteLine("Customer " + order.Customer + " ordered " + order.Quantity);
                    System.Console.WriteLine("Unit price " + order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Total " + order.Quantity * order.UnitPrice + " for " + order.Customer);
                    System.Console.WriteLine("Thanks " + order.Customer);
                    store.WriteOrder(order);
                }
            }

            public sealed class InvoiceDesk
            {
                public void Reserve(Order order, Store store)
                {
                    DeskHelpers.WriteOrder(order, store);
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Names_a_differing_key_after_the_indexer_parameter_it_is_given_to()
    {
        var source = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Settings
            {
                private readonly Dictionary<string, string> _values = new();

                public int Retries()
                {
                    [|var text = _values["retries"];
                    if (text is null || text.Length == 0)
                    {
                        return 0;
                    }

                    System.Console.WriteLine("Read " + text + " from the settings");
                    return int.Parse(text);|]
                }

                public int Timeout()
                {
                    [|var text = _values["timeout"];
                    if (text is null || text.Length == 0)
                    {
                        return 0;
                    }

                    System.Console.WriteLine("Read " + text + " from the settings");
                    return int.Parse(text);|]
                }
            }
            """;
        var fixedSource = """
            using System.Collections.Generic;

            namespace Shop;

            public sealed class Settings
            {
                private readonly Dictionary<string, string> _values = new();

                public int Retries()
                {
                    return ParseText("retries");
                }

                private int ParseText(string key)
                {
                    var text = _values[key];
                    if (text is null || text.Length == 0)
                    {
                        return 0;
                    }

                    System.Console.WriteLine("Read " + text + " from the settings");
                    return int.Parse(text);
                }

                public int Timeout()
                {
                    return ParseText("timeout");
                }
            }
            """;
        await FixTestWithOrder(source, fixedSource, Options).RunAsync();
    }

    [Fact]
    public async Task Does_not_take_the_name_of_a_base_class_method_the_block_calls()
    {
        var source = """
            namespace Shop;

            public abstract class Page
            {
                protected void PublishTotal(string text) => System.Console.WriteLine(text);
            }

            public sealed class OrdersPage : Page
            {
                public void Enter(Order order)
                {
                    [|var text = order.Customer.Trim();
                    if (order.Quantity > 0)
                    {
                        text = text + " x" + order.Quantity;
                    }

                    System.Console.WriteLine("Entered " + order.Customer);
                    PublishTotal(text);|]
                    System.Console.Beep();
                }

                public void Leave(Order order)
                {
                    [|var text = order.Customer.Trim();
                    if (order.Quantity > 0)
                    {
                        text = text + " x" + order.Quantity;
                    }

                    System.Console.WriteLine("Entered " + order.Customer);
                    PublishTotal(text);|]
                    System.Console.WriteLine("Left");
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public abstract class Page
            {
                protected void PublishTotal(string text) => System.Console.WriteLine(text);
            }

            public sealed class OrdersPage : Page
            {
                public void Enter(Order order)
                {
                    PublishTotalOrder(order);
                    System.Console.Beep();
                }

                private void PublishTotalOrder(Order order)
                {
                    var text = order.Customer.Trim();
                    if (order.Quantity > 0)
                    {
                        text = text + " x" + order.Quantity;
                    }

                    System.Console.WriteLine("Entered " + order.Customer);
                    PublishTotal(text);
                }

                public void Leave(Order order)
                {
                    PublishTotalOrder(order);
                    System.Console.WriteLine("Left");
                }
            }
            """;
        await FixTestWithOrder(source, fixedSource, Options).RunAsync();
    }

    [Fact]
    public async Task A_private_member_of_a_base_class_does_not_take_the_method_name()
    {
        // The derived class cannot see the base class's private `ComputeLabel`: no overload, no hiding, so the name is free.
        var source = """
            namespace Shop;

            public class Orders : OrdersBase
            {
                public void Preview(Order order)
                {
                    [|var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");|]
                    System.Console.Beep();
                }

                public string Place(Order order)
                {
                    [|var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");|]
                    return label;
                }
            }

            public class OrdersBase
            {
                private void ComputeLabel()
                {
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public class Orders : OrdersBase
            {
                public void Preview(Order order)
                {
                    ComputeLabel(order);
                    System.Console.Beep();
                }

                private static string ComputeLabel(Order order)
                {
                    var label = order.Customer.Trim() + " x" + order.Quantity;
                    System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                    System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
                    return label;
                }

                public string Place(Order order)
                {
                    var label = ComputeLabel(order);
                    return label;
                }
            }

            public class OrdersBase
            {
                private void ComputeLabel()
                {
                }
            }
            """;
        await FixTestWithOrder(source, fixedSource, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 20").RunAsync();
    }

    [Fact]
    public async Task A_member_of_the_type_a_class_is_nested_in_takes_the_method_name()
    {
        // `Preview` calls the outer `Store.ComputeLabel(order)` by its simple name: a nested `ComputeLabel(Order)` would
        // take that call over, silently. The name is taken, and the single fix writes the placeholder.
        var source = """
            namespace Shop;

            public static class Store
            {
                private static string ComputeLabel(Order order) => order.Customer;

                public sealed class Orders
                {
                    public void Preview(Order order)
                    {
                        [|var label = order.Customer.Trim() + " x" + order.Quantity;
                        System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                        System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");|]
                        System.Console.WriteLine(ComputeLabel(order));
                    }

                    public string Place(Order order)
                    {
                        [|var label = order.Customer.Trim() + " x" + order.Quantity;
                        System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                        System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");|]
                        return label;
                    }
                }
            }
            """;
        var fixedSource = """
            namespace Shop;

            public static class Store
            {
                private static string ComputeLabel(Order order) => order.Customer;

                public sealed class Orders
                {
                    public void Preview(Order order)
                    {
                        NewMethod(order);
                        System.Console.WriteLine(ComputeLabel(order));
                    }

                    private static string NewMethod(Order order)
                    {
                        var label = order.Customer.Trim() + " x" + order.Quantity;
                        System.Console.WriteLine(label + " costs " + order.Quantity * order.UnitPrice + " today");
                        System.Console.Out.WriteLine(order.Customer + " ships " + order.Quantity + " items now");
                        return label;
                    }

                    public string Place(Order order)
                    {
                        var label = NewMethod(order);
                        return label;
                    }
                }
            }
            """;
        var test = FixTestWithOrder(source, fixedSource, "aidebt.duplication.min_lines = 3\naidebt.duplication.min_tokens = 20");
        test.BatchFixedState.Sources.Add(("/0/Test0.cs", source));
        test.BatchFixedState.Sources.Add(("/0/Order.cs", Order));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(11, 13, 13, 102).WithSpan(19, 13, 21, 102).WithArguments("3", "59", "2", "Test0.cs:19").WithSeverity(DiagnosticSeverity.Info));
        test.BatchFixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic().WithSpan(19, 13, 21, 102).WithSpan(11, 13, 13, 102).WithArguments("3", "59", "2", "Test0.cs:11").WithSeverity(DiagnosticSeverity.Info));
        await test.RunAsync();
    }
}
