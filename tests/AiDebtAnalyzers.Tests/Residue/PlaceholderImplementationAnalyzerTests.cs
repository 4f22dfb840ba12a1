using System.Threading.Tasks;
using AiDebtAnalyzers.Residue;
using AiDebtAnalyzers.Tests.Verifiers;
using VerifyCS = AiDebtAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AiDebtAnalyzers.Residue.PlaceholderImplementationAnalyzer>;

namespace AiDebtAnalyzers.Tests.Residue;

public class PlaceholderImplementationAnalyzerTests
{
    private const string RealWorld = "a comment says real code would do something else";
    private const string ForNow = "a comment says it makes do for now";
    private const string Disclaimer = "a comment calls it a mock or a placeholder";
    private const string Simulation = "it simulates the work with a delay";
    private const string Todo = "a comment says to implement it and it only returns a constant or default value";
    private const string NotImplemented = "it only throws NotImplementedException while the rest of its type is implemented";
    private const string Marker = "a comment marks it as a stand-in";
    private const string StandInData = "a comment calls its data made up and the data is typed in";
    private const string SilentDelivery = "it is named for sending but only prints, logs or completes, with a comment where the sending should be";

    // The stand-in comments as assistants write them (shapes from public repositories).
    [Theory]
    [InlineData("// In a real application, you would send the email through an SMTP server.", RealWorld)]
    [InlineData("// In a real implementation, this would call the payment provider", RealWorld)]
    [InlineData("// In a real-world scenario, you'd validate the credentials against the API", RealWorld)]
    [InlineData("// In a full implementation, this would publish to the event bus", RealWorld)]
    [InlineData("// In a real app, use a proper password hasher", RealWorld)]
    [InlineData("// Here you would typically call the shipping API", RealWorld)]
    [InlineData("// This is where you would persist the order", RealWorld)]
    [InlineData("// For now, we'll just log the data.", ForNow)]
    [InlineData("// For now, just return a fixed rate", ForNow)]
    [InlineData("// For now, let's assume the payment succeeded", ForNow)]
    [InlineData("// Mock implementation - replace with a real API call", Disclaimer)]
    [InlineData("// This is a placeholder implementation", Disclaimer)]
    [InlineData("// Replace with actual implementation", Disclaimer)]
    [InlineData("// In production, this would query the database", RealWorld)]
    [InlineData("// Dummy PostgreSQL Implementation", Disclaimer)]
    [InlineData("// Placeholder for actual implementation", Disclaimer)]
    [InlineData("// So we just return mock data", Disclaimer)]
    [InlineData("// Implementation will be added", Disclaimer)]
    [InlineData("// Replace with real validation later", Disclaimer)]
    [InlineData("// En una aplicación real, esto sería una llamada a la API", RealWorld)]
    [InlineData("// Em uma aplicação real, isso viria do banco de dados", RealWorld)]
    [InlineData("// In einer echten Anwendung würde hier die E-Mail versendet", RealWorld)]
    [InlineData("// Dans une vraie application, on appellerait le service de paiement", RealWorld)]
    [InlineData("// Gerçek bir uygulamada bu veritabanından gelir", RealWorld)]
    [InlineData("// Por ahora, solo devolvemos datos de ejemplo", ForNow)]
    [InlineData("// Por enquanto, retornamos dados fixos", ForNow)]
    [InlineData("// Vorerst geben wir feste Werte zurück", ForNow)]
    [InlineData("// Pour l'instant, on retourne une liste fixe", ForNow)]
    [InlineData("// Şimdilik sabit veri döndürüyoruz", ForNow)]
    [InlineData("// To be implemented later.", Disclaimer)]
    [InlineData("// In production, actual image pixels would be sent to an ML model", RealWorld)]
    [InlineData("// Stub mínimo: siempre devuelve false. Reemplazar por lógica real.", Disclaimer)]
    [InlineData("// Stub: always succeeds until the carrier API is wired", Disclaimer)]
    [InlineData("// Placeholder: Integrate OpenAI API here", Disclaimer)]
    [InlineData("// Reemplazar por lógica real", Disclaimer)]
    [InlineData("// Substituir pela lógica real", Disclaimer)]
    [InlineData("// Durch echte Logik ersetzen", Disclaimer)]
    [InlineData("// Remplacer par la vraie logique", Disclaimer)]
    [InlineData("// 🧪 For now, just simulate sending SMS", ForNow)]
    [InlineData("// ⚠️ Mock implementation", Disclaimer)]
    public async Task Reports_member_with_stand_in_comment(string comment, string reason)
    {
        var source = $$"""
            public class EmailSender
            {
                public bool {|#0:Send|}(string to)
                {
                    {|#1:{{comment}}|}
                    System.Console.WriteLine(to);
                    return true;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Send'", reason));
    }

    // Human comments with the same words, from Dapper, Newtonsoft.Json, Serilog, NodaTime, Polly and public code.
    [Theory]
    [InlineData("// Ignore the 8+ value case for now.")]
    [InlineData("// This test fails for now, but I would like to support a single param")]
    [InlineData("// update: I think this is fixed in .NET 3.5 SP1 - leave this in for now...")]
    [InlineData("// For now, the cache is per process; see issue 412 for a shared one")]
    [InlineData("// In a real-time system the clock may jump; we clamp it")]
    [InlineData("// In a production environment TLS is mandatory, so the default is true")]
    [InlineData("// TODO: Call WriteJsonAsync when it exists.")]
    [InlineData("// todo: Add GetSchema to JsonConverter and use here?")]
    [InlineData("// Simulated annealing would find a better layout; greedy is good enough here")]
    [InlineData("// Mock server responses are recorded in the fixtures folder")]
    [InlineData("// Placeholder text for the search box")]
    [InlineData("// You would think this is slow, but the JIT inlines it")]
    [InlineData("// Here we could for example manually copy the")]
    [InlineData("// in a REAL WORLD app this should be handled with a Dead Letter Exchange (DLX).")]
    [InlineData("// In production this should never be null")]
    [InlineData("// In production the cache will not be cold")]
    [InlineData("// Returns sample rate in Hz")]
    [InlineData("// To be implemented by derived classes")]
    [InlineData("// replace with actual newline characters")]
    [InlineData("// En una aplicación real, se recomienda utilizar el Service Container.")]
    [InlineData("// En una aplicación real, las contraseñas DEBEN ser hasheadas")]
    [InlineData("// In einer echten Anwendung sollte das Passwort gehasht werden")]
    [InlineData("// Dans une vraie application, il faut valider le jeton")]
    [InlineData("// Por ahora la caché es por proceso; ver la incidencia 412")]
    [InlineData("// The implementation will be added to the cache on first use, see Resolve")]
    [InlineData("// Platform-specific implementation")]
    [InlineData("// Default implementation")]
    [InlineData("// Stub the redirect target so we can assert against a known URL composition.")]
    [InlineData("// Placeholder json is invalid, just need to make sure we can reach it")]
    [InlineData("// Implement IDisposable so the pool can release the handle")]
    [InlineData("// Implementation note: the logic here mirrors the server's")]
    [InlineData("// Burada kullanıcı doğrulanır ve token üretilir")]
    [InlineData("// ✅ Validated above, so the send cannot fail here")]
    public async Task Ignores_human_comments(string comment)
    {
        var source = $$"""
            public class EmailSender
            {
                public bool Send(string to)
                {
                    {{comment}}
                    System.Console.WriteLine(to);
                    return true;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_simulated_work_with_task_delay()
    {
        const string source = """
            using System.Threading.Tasks;

            public class PaymentGateway
            {
                public async Task<bool> {|#0:ChargeAsync|}(decimal amount)
                {
                    {|#1:// Simulate API call|}
                    await Task.Delay(500);
                    return true;
                }

                public async Task {|#2:NotifyAsync|}()
                {
                    await Task.CompletedTask; {|#3:// Simulate async operation|}
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'ChargeAsync'", Simulation),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'NotifyAsync'", Simulation));
    }

    // What assistants leave in handlers: a wait "to simulate" the work, then the claim that it succeeded.
    [Theory]
    [InlineData("StatusText = \"Contact saved successfully\";")]
    [InlineData("StatusText = $\"Sent to {name}\";")]
    [InlineData("Notify.Success(\"Done\");")]
    [InlineData("Items = new[] { 1428, 24, 18 };")]
    [InlineData("Balance = new System.Random().Next();")]
    [InlineData("// TODO: call the sync API")]
    [InlineData("Log(\"synchronising\");")]
    public async Task Reports_simulated_work_that_claims_an_outcome(string around)
    {
        var source = $$"""
            using System.Threading.Tasks;

            public class SyncViewModel
            {
                public string StatusText { get; set; }
                public int[] Items { get; set; }
                public int Balance { get; set; }

                public async Task {|#0:SyncAsync|}(string name)
                {
                    IsBusy = true;
                    {|#1:// Simulate sync|}
                    await Task.Delay(1000);
                    {{around}}
                    IsBusy = false;
                }

                public bool IsBusy { get; set; }
                private static void Log(string message) { }
            }

            public static class Notify
            {
                public static void Success(string message) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'SyncAsync'", Simulation));
    }

    [Fact]
    public async Task Reports_simulated_work_in_other_languages()
    {
        const string source = """
            using System.Threading.Tasks;

            public class ProductoViewModel
            {
                public string Mensaje { get; set; }

                public async Task {|#0:CrearAsync|}()
                {
                    await Task.Delay(1000); {|#1:// Simulación de un tiempo de espera|}
                    Mensaje = "El producto ha sido creado exitosamente.";
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'CrearAsync'", Simulation));
    }

    // "We simulate a delay as if it were a real query", then rows typed into the method: the wait stands in for the query.
    [Fact]
    public async Task Reports_a_simulated_query_that_returns_typed_in_rows()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public class ReporteService
            {
                public async Task<List<object>> {|#0:ConsultarAsync|}()
                {
                    {|#1:// Simulamos una demora en la respuesta como si fuera una consulta real|}
                    await Task.Delay(500);
                    var datos = new List<object> { new { Id = 1, Nombre = "Ana", Rol = "Admin" }, new { Id = 2, Nombre = "Luis", Rol = "Usuario" } };
                    return datos;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'ConsultarAsync'", Simulation));
    }

    // A wait, then an object whose every value is typed in: the weather it claims to have fetched.
    [Fact]
    public async Task Reports_a_simulated_call_that_returns_an_object_of_literals()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Weather { public string Temperature { get; set; } public string Condition { get; set; } }

            public class WeatherService
            {
                public async Task<Weather> {|#0:GetWeatherAsync|}()
                {
                    {|#1:// Simulating an API call or data retrieval|}
                    await Task.Delay(1000);
                    return new Weather { Temperature = "25°C", Condition = "Clear" };
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'GetWeatherAsync'", Simulation));
    }

    // A wait, then a result whose success flag is set by hand: the payment it claims to have processed.
    [Fact]
    public async Task Reports_a_simulated_call_that_returns_a_success_flag()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class PaymentResult { public bool Success { get; set; } public string TransactionId { get; set; } public string Error { get; set; } }

            public class PaymentService
            {
                public async Task<PaymentResult> {|#0:ProcessAsync|}(decimal amount)
                {
                    {|#1:// Simulate payment processing (for development/testing)|}
                    await Task.Delay(500);
                    return new PaymentResult { Success = true, TransactionId = Guid.NewGuid().ToString(), Error = null };
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'ProcessAsync'", Simulation));
    }

    // A flag copied from what the method received is not a claim.
    [Fact]
    public async Task Ignores_a_simulated_wait_before_a_copied_flag()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Reply { public bool Success { get; set; } }

            public class Relay
            {
                public async Task<Reply> ForwardAsync(Reply upstream)
                {
                    // Simulate the relay's latency for the timeout demo
                    await Task.Delay(200);
                    return new Reply { Success = upstream.Success };
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // An object that mixes one literal with what the method computed is a result, not data typed in.
    [Fact]
    public async Task Ignores_a_simulated_wait_before_a_computed_result()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Quote { public string Currency { get; set; } public decimal Amount { get; set; } }

            public class QuoteService
            {
                public async Task<Quote> QuoteAsync(decimal amount)
                {
                    // Simulate a short network latency for the loading indicator demo
                    await Task.Delay(300);
                    return new Quote { Currency = "EUR", Amount = amount * 1.2m };
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // The same words over a wait that paces a query the method really runs.
    [Fact]
    public async Task Ignores_a_simulated_delay_before_a_real_query()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public interface IRepositorio { Task<List<object>> ListarAsync(); }

            public class ReporteService
            {
                private readonly IRepositorio repositorio;

                public ReporteService(IRepositorio repositorio) => this.repositorio = repositorio;

                public async Task<List<object>> ConsultarAsync()
                {
                    // Simulamos una demora de red para probar el indicador de carga
                    await Task.Delay(500);
                    return await repositorio.ListarAsync();
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // "Implement ... logic" or a foreign "implement" over a constant return: the instruction to write the body, left in it.
    [Theory]
    [InlineData("// Implement translation logic", "return \"Translated Text\";")]
    [InlineData("// Implement your logic here", "return null;")]
    [InlineData("// Implementar geração real (ex: FastReport, QuestPDF)", "return string.Empty;")]
    [InlineData("// Implementar la búsqueda", "return null;")]
    [InlineData("// Aquí va la lógica de búsqueda", "return null;")]
    [InlineData("// Hier implementieren", "return null;")]
    [InlineData("// À implémenter", "return null;")]
    [InlineData("// TODO: integrar com e-mail, push, etc.", "return null;")]
    public async Task Reports_implement_instruction_over_a_constant_return(string comment, string body)
    {
        var source = $$"""
            public class TranslationService
            {
                public string {|#0:Translate|}(string text)
                {
                    {|#1:{{comment}}|}
                    {{body}}
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Translate'", Todo));
    }

    [Fact]
    public async Task Ignores_implement_instruction_over_real_code()
    {
        const string source = """
            public class TranslationService
            {
                public string Translate(string text)
                {
                    // Implement retry logic around the lookup as the cache warms
                    var trimmed = text.Trim();
                    return trimmed.ToUpperInvariant();
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // "Burada PayPal API çağrısı yapılır" ("the PayPal API call is made here") over a wait that then always succeeds.
    [Fact]
    public async Task Reports_turkish_here_the_call_is_made_over_a_wait()
    {
        const string source = """
            using System.Threading.Tasks;

            public class PayPalPaymentService
            {
                public async Task<bool> {|#0:ProcessPaymentAsync|}(int orderId, decimal amount)
                {
                    {|#1:// Burada PayPal API çağrısı yapılır|}
                    await Task.Delay(100);
                    return true;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'ProcessPaymentAsync'", Simulation));
    }

    // An "async" service that prints the message and awaits a completed task sends nothing; a delay between prints is
    // how lessons show waiting, and stays quiet.
    [Fact]
    public async Task Reports_simulation_that_only_prints_without_waiting()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class EmailService
            {
                public async Task {|#0:SendEmailAsync|}(string toEmail, string subject, string body)
                {
                    {|#1:// Simulación para pruebas|}
                    Console.WriteLine($"Email to: {toEmail}");
                    Console.WriteLine($"Subject: {subject}");
                    await Task.CompletedTask;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'SendEmailAsync'", Simulation));
    }

    [Fact]
    public async Task Ignores_a_lesson_that_prints_around_a_delay()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class Lesson
            {
                public static async Task SimpleAsync()
                {
                    // Simulate asynchronous work
                    await Task.Delay(500);
                    Console.WriteLine("SimpleAsync completed.");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // A wait that paces real work, sits on one branch, or belongs to a test double is not a stand-in, whatever its comment says.
    [Theory]
    [InlineData("for (var i = 0; i < 5; i++) { await writer.WriteAsync(i); await Task.Delay(1000); // Simulate some delay\n }")]
    [InlineData("if (mock) { await Task.Delay(1000); // Simulate API call delay\n return true; }\n return await writer.SendAsync();")]
    [InlineData("var order = await writer.LoadAsync(); // Simulate processing\n await Task.Delay(5);\n return order;")]
    [InlineData("// Simulate a work time for validating the payment\n await Task.Delay(10000);\n return await writer.SaveAsync();")]
    [InlineData("Console.WriteLine(\"Pouring milk\"); // Simulate pouring milk\n await Task.Delay(1000);\n return false;")]
    [InlineData("await Task.Delay(2000); // Simulate async work\n return mock;")]
    [InlineData("Status = \"Step 1\"; await Task.Delay(1000); // simulate async work\n Status = \"Step 2\"; await Task.Delay(2000); // simulate another async operation\n Status = \"Saved\";")]
    public async Task Ignores_waits_that_pace_real_work(string body)
    {
        var source = $$"""
            using System;
            using System.Threading.Tasks;

            public interface IWriter
            {
                Task WriteAsync(int value);
                Task<bool> SendAsync();
                Task<bool> LoadAsync();
                Task<bool> SaveAsync();
            }

            public class Handler
            {
                private readonly IWriter writer = null!;
                private readonly bool mock = false;
                private string Status { get; set; } = "";

                public async Task<bool> HandleAsync()
                {
                    {{body}}
                    return false;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_simulated_work_in_a_test_double()
    {
        const string source = """
            using System.Threading.Tasks;

            public class MockSalesService
            {
                public async Task<bool> SubmitAsync()
                {
                    // Simulate processing
                    await Task.Delay(300);
                    return true;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_simulate_comment_without_a_delay()
    {
        const string source = """
            public class Physics
            {
                public double Step(double velocity, double dt)
                {
                    // Simulate one step of the integrator
                    return velocity * dt;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_delay_in_a_long_body()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Poller
            {
                public async Task PollAsync(int a, int b)
                {
                    // Simulate backoff between polls, as the server asks
                    await Task.Delay(100);
                    a++;
                    b++;
                    a++;
                    b++;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source, "aidebt.residue.placeholder_max_statements = 3");
    }

    [Theory]
    [InlineData("return 0;")]
    [InlineData("return null;")]
    [InlineData("return default;")]
    [InlineData("return string.Empty;")]
    [InlineData("return new System.Collections.Generic.List<int>().Count;")]
    public async Task Reports_todo_implement_only_over_a_constant_return(string statement)
    {
        var source = $$"""
            public class TaxCalculator
            {
                public object {|#0:Rate|}(string country)
                {
                    {|#1:// TODO: Implement tax lookup|}
                    {{statement}}
                }
            }
            """;

        var expected = statement.Contains("Count")
            ? System.Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>()
            : new[] { VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Rate'", Todo) };
        await VerifyCS.VerifyAnalyzerAsync(source, expected);
    }

    [Fact]
    public async Task Reports_todo_implement_in_empty_and_expression_bodies()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public class Inventory
            {
                public void {|#0:Reserve|}(int sku)
                {
                    {|#1:// TODO: implement|}
                }

                public Task<IReadOnlyList<int>> {|#2:ListAsync|}() =>
                    {|#3:/* TODO implement */|} Task.FromResult<IReadOnlyList<int>>(new List<int>());

                public IEnumerable<int> {|#4:Skus|} => System.Array.Empty<int>(); {|#5:// TODO: add real implementation|}
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Reserve'", Todo),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'ListAsync'", Todo),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(4).WithLocation(5).WithArguments("'Skus'", Todo));
    }

    // Log lines that report the work, then nothing: "[EMAIL] Invitation sent" with no e-mail sent.
    [Fact]
    public async Task Reports_todo_implement_after_log_lines()
    {
        const string source = """
            using System.Threading.Tasks;

            public interface ILog { void LogInformation(string message, params object[] args); }

            public class EmailService
            {
                private readonly ILog logger;

                public EmailService(ILog logger) => this.logger = logger;

                public Task {|#0:SendInvitationAsync|}(string to)
                {
                    logger.LogInformation("[EMAIL] Invitation sent to {Email}", to);

                    {|#1:// TODO: Implement actual email sending (e.g., SendGrid, SMTP, etc.)|}
                    return Task.CompletedTask;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'SendInvitationAsync'", Todo));
    }

    // Work between the log lines and the return is real code the TODO only qualifies.
    [Fact]
    public async Task Ignores_todo_implement_after_log_lines_and_work()
    {
        const string source = """
            using System.Threading.Tasks;

            public interface ILog { void LogInformation(string message, params object[] args); }
            public interface IQueue { void Enqueue(string to); }

            public class EmailService
            {
                private readonly ILog logger;
                private readonly IQueue queue;

                public EmailService(ILog logger, IQueue queue) { this.logger = logger; this.queue = queue; }

                public Task SendInvitationAsync(string to)
                {
                    logger.LogInformation("Queueing invitation to {Email}", to);
                    queue.Enqueue(to);

                    // TODO: implement retries
                    return Task.CompletedTask;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_todo_over_real_code()
    {
        const string source = """
            public class TaxCalculator
            {
                public decimal Rate(decimal amount)
                {
                    // TODO: implement caching
                    return amount * 0.2m;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_not_implemented_in_an_otherwise_implemented_type()
    {
        const string source = """
            using System;

            public class OrderService
            {
                public int Count() => 3;

                public void {|#0:Cancel|}(int id)
                {
                    throw new NotImplementedException();
                }

                public string {|#1:Describe|}(int id) => throw new System.NotImplementedException("later");

                public int Total
                {
                    {|#2:get|} { throw new NotImplementedException(); }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithArguments("'Cancel'", NotImplemented),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(1).WithArguments("'Describe'", NotImplemented),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithArguments("'Total.get'", NotImplemented));
    }

    [Fact]
    public async Task Ignores_not_implemented_where_it_is_not_a_stand_in()
    {
        const string source = """
            using System;
            using System.Collections;
            using System.Collections.Generic;

            // Every member throws: a stub type, not a stand-in among real code.
            public class PrinterStub
            {
                public void Print() => throw new NotImplementedException();
                public void Scan() { throw new NotImplementedException(); }
            }

            public abstract class Shape
            {
                public double Scale(double f) => f * 2;
                public virtual double Area() => throw new NotImplementedException();
            }

            public interface IClock
            {
                long Now() => throw new NotImplementedException();
            }

            public class Builder : IEnumerable
            {
                private readonly List<int> items = new();

                public void Add(int item) => items.Add(item);

                /// <summary>We don't really want to implement this, but we want the collection initializer.</summary>
                IEnumerator IEnumerable.GetEnumerator() => throw new NotImplementedException();

                public int Parse(string text)
                {
                    // Only called from the base implementation.
                    throw new NotImplementedException();
                }

                public int Kind(int value)
                {
                    switch (value)
                    {
                        case 0: return 0;
                        default: throw new NotImplementedException();
                    }
                }

                public void Unsupported() => throw new NotSupportedException();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_an_implement_instruction_over_prints_waits_and_echoed_parameters()
    {
        // Shapes of the fourth repository batch: an SMS sender that prints what it would send and returns false, and an
        // agent's step that waits and hands back a text made of its parameter's description.
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class SubTask { public string Description { get; set; } = ""; }

            internal class TwilioSmsSender
            {
                public bool {|#0:SendSms|}(string mobileNumber, string textMessage)
                {
                    {|#2:// Implement Twilio SMS sending logic here|}
                    Console.WriteLine($"Sending SMS using Twilio to {mobileNumber}: {textMessage}");
                    return false;
                }
            }

            internal class AgenticRuntime
            {
                public int Retries() => 3;

                private async Task<object> {|#1:ExecuteWebRequest|}(SubTask subTask)
                {
                    {|#3:// TODO: Implement web request execution|}
                    await Task.Delay(100);
                    return $"Web request executed: {subTask.Description}";
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(2).WithArguments("'SendSms'", Todo),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(1).WithLocation(3).WithArguments("'ExecuteWebRequest'", Todo));
    }

    [Fact]
    public async Task Ignores_an_implement_instruction_over_prints_before_real_work()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public interface IGateway { Task<bool> SendAsync(string to, string text); }

            internal class SmsSender
            {
                private readonly IGateway gateway;

                public SmsSender(IGateway gateway) => this.gateway = gateway;

                public async Task<bool> SendAsync(string to, string text, int attempt)
                {
                    // TODO: implement retries with backoff
                    Console.WriteLine($"Sending to {to}");
                    await Task.Delay(attempt * 100);
                    return await gateway.SendAsync(to, text);
                }

                public string Describe(SmsSender other)
                {
                    // TODO: implement a richer description
                    return $"Sender {other.gateway.GetType().Name}";
                }

                public async Task PreExecuteAsync()
                {
                    // Placeholder for more substantive async work.
                    Console.WriteLine("Do something");
                    await Task.Delay(1);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_not_implemented_where_the_contract_works_nowhere()
    {
        // The only implementation of the project's own interface, and the only override of its abstract member: the
        // operation works nowhere, which is the gap the rule is for.
        const string source = """
            using System;

            public interface IOrderService
            {
                int Count();
                void Cancel(int id);
            }

            public abstract class Exporter
            {
                public abstract string Export(int id);
            }

            public class OrderService : IOrderService
            {
                public int Count() => 3;
                public void {|#0:Cancel|}(int id) => throw new NotImplementedException();
            }

            public class PdfExporter : Exporter
            {
                public string Title() => "pdf";
                public override string {|#1:Export|}(int id) => throw new NotImplementedException();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithArguments("'Cancel'", NotImplemented),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(1).WithArguments("'Export'", NotImplemented));
    }

    [Fact]
    public async Task Ignores_not_implemented_that_opts_out_of_a_contract_working_elsewhere()
    {
        // Shapes of human code (bitwarden/server, dotnet/eShop, the Speech SDK samples, Dapper): a framework contract
        // implemented in part (a read-only stream, an identity role store), the one store of several that cannot run a
        // query, a derived request model that cannot do what its base does, a null object.
        const string source = """
            using System;
            using System.IO;

            public sealed class ChunkStream : Stream
            {
                public override bool CanRead => true;
                public override bool CanSeek => false;
                public override bool CanWrite => false;
                public override long Length => 0;
                public override long Position { get => 0; set => throw new NotSupportedException(); }
                public override void Flush() { }
                public override int Read(byte[] buffer, int offset, int count) => 0;
                public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
                public override void SetLength(long value) => throw new NotSupportedException();
                public override void Write(byte[] buffer, int offset, int count) => throw new NotImplementedException();
            }

            public interface IGrantRepository
            {
                string Get(string key);
                void DeleteMany(string subject);
            }

            public class SqlGrantRepository : IGrantRepository
            {
                public string Get(string key) => key;
                public void DeleteMany(string subject) => Console.WriteLine(subject);
            }

            public class CosmosGrantRepository : IGrantRepository
            {
                public string Get(string key) => key.Trim();
                public void DeleteMany(string subject) => throw new NotImplementedException();
            }

            public class MemberUpdateRequest
            {
                public string Name { get; set; } = "";
                public virtual string ToMember(string existing) => existing + Name;
            }

            public class MemberCreateRequest : MemberUpdateRequest
            {
                public string Email() => Name + "@example.com";
                public override string ToMember(string existing) => throw new NotImplementedException();
            }

            public class NoopMailService
            {
                public void SendWelcome(string to) { }
                public int Pending() => 0;
                public void SendInvite(string to) => throw new NotImplementedException();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_not_implemented_in_a_contract_the_compilation_cannot_resolve()
    {
        // A base type from a package the compilation does not see (a UWP value converter, ASP.NET Identity's role store)
        // may be the contract: nothing tells it apart from a framework interface, so its members are not reported.
        const string source = """
            using System;

            public class BoolToTextConverter : {|CS0246:IValueConverter|}
            {
                public object Convert(object value) => value?.ToString() ?? "";
                public object ConvertBack(object value) => throw new NotImplementedException();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Ignores_a_project_type_named_NotImplementedException()
    {
        const string source = """
            namespace Shop
            {
                public class NotImplementedException : System.Exception { }

                public class Local
                {
                    public int Count() => 1;
                    public void Other() => throw new NotImplementedException();
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_lambdas_fields_and_types_by_their_stand_in_comment()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            {|#0:// In a real application, this would be a database.|}
            public class {|#1:OrderRepository|}
            {
                public int Count() => 1;
            }

            public class Catalog
            {
                {|#2:// For now, we'll keep the products in memory|}
                private readonly List<string> {|#3:products|} = new();

                public Func<int, bool> Validator = id =>
                {
                    {|#4:// In a real application, you would check the database|}
                    return id > 0;
                };
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(1).WithLocation(0).WithArguments("'OrderRepository'", RealWorld),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(3).WithLocation(2).WithArguments("'products'", ForNow),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(4).WithArguments("This lambda", RealWorld));
    }

    [Fact]
    public async Task Reports_a_member_once()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Mailer
            {
                public async Task<bool> {|#0:SendAsync|}()
                {
                    {|#1:// In a real application, you would call the SMTP server|}
                    // Simulate network latency
                    await Task.Delay(100);
                    // For now, just return success
                    return true;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'SendAsync'", RealWorld));
    }

    [Fact]
    public async Task Ignores_string_literals_and_generated_code()
    {
        const string source = """
            public class Prompts
            {
                public string Hint() => "// In a real application, you would call the API";
            }
            """;
        const string generated = """
            // <auto-generated/>
            public class Client
            {
                public int Get() => 1;
                public void Post() => throw new System.NotImplementedException();
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
        await VerifyCS.VerifyAnalyzerAsync(generated);
    }

    [Fact]
    public async Task Not_implemented_option_off_keeps_comments()
    {
        const string source = """
            using System;

            public class OrderService
            {
                public int Count() => 3;
                public void Cancel() => throw new NotImplementedException();

                public int {|#0:Total|}()
                {
                    {|#1:// For now, return a fixed total|}
                    return 3;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            "aidebt.residue.report_not_implemented = false",
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Total'", ForNow));
    }

    [Fact]
    public async Task Team_markers_mark_stand_ins()
    {
        const string source = """
            public class OrderService
            {
                public int {|#0:Total|}()
                {
                    {|#1:// STUB: wired to the billing service in v2|}
                    return 3;
                }

                public int Count()
                {
                    // stubborn input is trimmed first
                    return 1;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            "aidebt.residue.placeholder_markers = STUB:, FAKE:",
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Total'", Marker));
    }

    [Fact]
    public async Task Team_marker_wins_over_a_built_in_phrase()
    {
        const string source = """
            public class OrderService
            {
                public int {|#0:Total|}(int a, int b)
                {
                    {|#1:// STUB: the billing service computes this in v2|}
                    var sum = a + b;
                    sum += a * b;
                    sum -= b;
                    sum *= 2;
                    sum /= 3;
                    sum += 7;
                    return sum;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            "aidebt.residue.placeholder_markers = STUB:",
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Total'", Marker));
    }

    [Fact]
    public async Task Skips_test_projects_unless_asked()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class Gateway
            {
                public int Count() => 1;
                public void Refund() => throw new NotImplementedException();

                public async Task<bool> ChargeAsync()
                {
                    // Simulate a slow gateway
                    await Task.Delay(10);
                    return true;
                }
            }
            """;
        const string testProject = "build_property.IsTestProject = true";

        var skipped = await AnalyzerDriver.RunAsync(new PlaceholderImplementationAnalyzer(), source, testProject);
        Assert.Empty(skipped);

        var included = await AnalyzerDriver.RunAsync(new PlaceholderImplementationAnalyzer(), source, testProject + "\naidebt.residue.placeholder_in_tests = true");
        Assert.Equal(2, included.Length);
    }

    [Fact]
    public async Task Diagnostic_carries_the_kind_and_debt_data()
    {
        const string source = """
            public class Shipping
            {
                public decimal Quote(int kg)
                {
                    // In a real application, you would call the carrier's API
                    return 9.99m;
                }
            }
            """;

        var diagnostic = Assert.Single(await AnalyzerDriver.RunAsync(new PlaceholderImplementationAnalyzer(), source));
        Assert.Equal("RealWorld", diagnostic.Properties[PlaceholderImplementationAnalyzer.KindProperty]);
        Assert.Equal("residue", diagnostic.Properties["aidebt.family"]);
        Assert.Equal("30", diagnostic.Properties["aidebt.debtMinutes"]);
        Assert.StartsWith("v2:AID502:Shipping.Quote(int):", diagnostic.Properties["aidebt.fingerprint"]);
    }

    // Typed-in data under a comment that calls it made up is the stand-in, wait or not.
    [Fact]
    public async Task Reports_typed_in_data_under_a_made_up_data_comment()
    {
        const string source = """
            using System.Collections.Generic;

            public class Customer { public string Name { get; set; } public int Age { get; set; } public string Email { get; set; } }
            public class User { public string Name { get; set; } public string Bio { get; set; } public string Phone { get; set; } }

            public class CustomerDataProvider
            {
                public List<Customer> {|#0:GetCustomerData|}()
                {
                    {|#1:// Simulated customer data|}
                    return new List<Customer>
                    {
                        new Customer { Name = "John Doe", Age = 30, Email = "john@example.com" },
                    };
                }
            }

            public class ProfilePage
            {
                private User _user;

                public {|#2:ProfilePage|}()
                {
                    Initialize();

                    {|#3:// Simulate loading user data|}
                    _user = new User { Name = "Ana", Bio = "Developer", Phone = "+1 555 0100" };

                    Show(_user);
                }

                private void Initialize() { }

                private void Show(User user) { }
            }

            public class IndexService
            {
                public List<Customer> {|#4:GetAll|}()
                {
                    {|#5:// Return empty list, will use mock data|}
                    return new List<Customer>();
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'GetCustomerData'", StandInData),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'ProfilePage'", StandInData),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(4).WithLocation(5).WithArguments("'GetAll'", StandInData));
    }

    // The same words over data the code reads, and over a component named for such data, are not stand-ins.
    [Fact]
    public async Task Ignores_made_up_data_comments_over_real_data()
    {
        const string source = """
            using System.Collections.Generic;

            public interface IRepository { List<string> Load(string name); }

            public class Catalog
            {
                private readonly IRepository _repository;

                public Catalog(IRepository repository) => _repository = repository;

                public List<string> Samples(string name)
                {
                    // Sample data is read from the fixtures repository
                    var rows = _repository.Load(name);
                    rows.Sort();
                    return rows;
                }

                public List<string> Designer()
                {
                    // Mock data provider used by the designer
                    return _repository.Load("designer");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // A sender whose body only completes or prints, with a comment in any language where the sending should be.
    [Fact]
    public async Task Reports_sender_that_only_completes_or_prints_under_a_comment()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class EmailSender
            {
                public Task {|#0:SendEmailAsync|}(string email, string subject, string htmlMessage)
                {
                    {|#1:// Тук няма реално изпращане, просто завършва задачата|}
                    return Task.CompletedTask;
                }
            }

            public class CorreoElectronicoService
            {
                public void {|#2:EnviarCorreoElectronico|}(string correo, string mensaje)
                {
                    {|#3:// Lógica para enviar correo electrónico|}
                    Console.WriteLine($"Enviando correo a {correo} con el mensaje: {mensaje}");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'SendEmailAsync'", SilentDelivery),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'EnviarCorreoElectronico'", SilentDelivery));
    }

    // A null object, a TODO the team's task list shows, a sender that returns a result and one that really sends stay quiet.
    [Fact]
    public async Task Ignores_null_senders_todo_notes_and_real_senders()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public interface ISmtp { Task SendAsync(string to, string body); }

            public class NullEmailSender
            {
                public Task SendEmailAsync(string email)
                {
                    // Intentionally does nothing
                    return Task.CompletedTask;
                }
            }

            public class EmailSender
            {
                private readonly ISmtp _smtp;

                public EmailSender(ISmtp smtp) => _smtp = smtp;

                public Task SendEmailAsync(string email, string subject, string message)
                {
                    // TODO: Wire this up to actual email sending logic via SendGrid, local SMTP, etc.
                    return Task.CompletedTask;
                }

                public bool Send(string to)
                {
                    // Validated above, so the send cannot fail here
                    Console.WriteLine(to);
                    return true;
                }

                public async Task SendReceiptAsync(string to)
                {
                    // The receipt goes out through the shop's relay
                    await _smtp.SendAsync(to, "receipt");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // Without a comment: a sender that prints that it simulates, or an e-mail type that sends by printing.
    [Fact]
    public async Task Reports_sender_that_prints_instead_of_sending()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class Mailer
            {
                public Task {|#0:SendEmailAsync|}(string toEmail, string subject)
                {
                    Console.WriteLine($"Simulando envío de correo a: {toEmail}");
                    Console.WriteLine($"Asunto: {subject}");
                    return Task.CompletedTask;
                }
            }

            public class EmailService
            {
                public async Task {|#1:Send|}(string to)
                {
                    await Task.Run(() => Console.WriteLine($"Enviando email para {to}"));
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithArguments("'SendEmailAsync'", SilentDelivery),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(1).WithArguments("'Send'", SilentDelivery));
    }

    // A console sender is one on purpose; a type that is not about delivery may print; logging is a development sender.
    [Fact]
    public async Task Ignores_deliberate_console_senders()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class ConsoleEmailSender
            {
                public Task SendAsync(string to)
                {
                    Console.WriteLine($"EMAIL TO: {to}");
                    return Task.CompletedTask;
                }
            }

            public class Report
            {
                public void Send(string line) => Console.WriteLine(line);

                public void SendAll(string line)
                {
                    Console.WriteLine(line);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // A TODO over a canned answer: log lines, a guard and "await Task.CompletedTask" do no work either.
    [Fact]
    public async Task Reports_todo_over_a_canned_result()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Controller
            {
                public string CurrentUserId { get; set; }

                protected object Success(object data, string message) => data;

                protected object Unauthorized(string message) => message;

                public object {|#0:Bookmark|}(int id)
                {
                    if (string.IsNullOrEmpty(CurrentUserId))
                        return Unauthorized("User not authenticated");

                    {|#1:// TODO: Implement bookmark logic|}
                    return Success(new { }, "Post bookmarked successfully");
                }

                public object {|#2:Share|}(int id)
                {
                    {|#3:// TODO: Implement share logic|}
                    return Success(new { ShareUrl = $"https://example.com/posts/{id}" }, "Post shared successfully");
                }

                private async Task {|#4:HandlePaymentAsync|}(string paymentId)
                {
                    LogInformation(paymentId);

                    {|#5:// TODO: Implement business logic (e.g., update order status)|}
                    await Task.CompletedTask;
                }

                private void LogInformation(string message) { }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Bookmark'", Todo),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'Share'", Todo),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(4).WithLocation(5).WithArguments("'HandlePaymentAsync'", Todo));
    }

    // A result the member computes, or a call on a service, is work done, whatever the TODO says.
    [Fact]
    public async Task Ignores_todo_over_a_computed_result()
    {
        const string source = """
            using System.Threading.Tasks;

            public interface IPosts { Task<object> GetAsync(int id); }

            public class Controller
            {
                private readonly IPosts _posts;

                public Controller(IPosts posts) => _posts = posts;

                protected object Ok(object data) => data;

                public async Task<object> Get(int id)
                {
                    // TODO: Implement caching
                    return Ok(await _posts.GetAsync(id));
                }

                public Task<object> Find(int id)
                {
                    // TODO: implement paging
                    return _posts.GetAsync(id);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // "Placeholder for ..." stands for the body only over an empty result.
    [Fact]
    public async Task Reports_placeholder_for_over_an_empty_result_only()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            public class NerScanner
            {
                public Task<IEnumerable<string>> {|#0:ScanAsync|}(string text)
                {
                    {|#1:// Placeholder for Microsoft Presidio or Microsoft.Recognizers.Text|}
                    return Task.FromResult(Enumerable.Empty<string>());
                }

                public IEnumerable<string> Split(string text)
                {
                    // Placeholder for tokens the tokenizer keeps
                    return text.Split(' ');
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'ScanAsync'", Todo));
    }

    // Inside a body that awaits real work, the comment describes one step of it, unless a stand-in shows beside it.
    [Fact]
    public async Task Ignores_stand_in_words_over_real_awaited_work()
    {
        const string source = """
            using System.Threading.Tasks;

            public interface IQuorum { Task<string> InitiateAsync(string action); }
            public interface IEngine { Task InitializeAsync(); }

            public class Guard
            {
                private readonly IQuorum _quorum;
                private int _approved;

                public Guard(IQuorum quorum) => _quorum = quorum;

                public async Task<bool> ModifyAsync(string action)
                {
                    var state = await _quorum.InitiateAsync(action);

                    // In a real system, approvals would be gathered asynchronously.
                    // Here we check the initial state and deny otherwise.
                    if (state == "Approved")
                    {
                        _approved++;
                        return true;
                    }

                    // Pending: treated as denied for this call
                    return false;
                }
            }

            public class Storage
            {
                private IEngine _engine;

                public async Task InitializeAsync(string path)
                {
                    // For now, use default options with a container path in the working directory
                    var options = new Options { Path = Resolve(path) };

                    // Create and initialize the engine
                    _engine = Create(options);
                    await _engine.InitializeAsync();
                }

                private static string Resolve(string path) => path;

                private static IEngine Create(Options options) => null;
            }

            public class Options { public string Path { get; set; } }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task Reports_stand_in_words_over_awaited_work_when_a_stand_in_shows()
    {
        const string source = """
            using System.Threading.Tasks;

            public interface IBus { Task PublishAsync(string topic); }

            public class Swarm
            {
                private readonly IBus _bus;

                public Swarm(IBus bus) => _bus = bus;

                public async Task<string> {|#0:RequestChunkAsync|}(string peer)
                {
                    await _bus.PublishAsync(peer);

                    {|#1:// In production, this would wait for response via message subscription|}
                    // For now, return null to fall back to server download
                    return null;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'RequestChunkAsync'", RealWorld));
    }

    // Where the logic should be, in a body that only logs, prints or returns a made-up value: the comment stands for the
    // missing work (shapes from public repositories: a durable function's activities, a settings view model, a notifier).
    [Fact]
    public async Task Reports_comment_where_the_logic_should_be()
    {
        const string source = """
            using System.Threading.Tasks;

            public interface ILogger { void LogInformation(string message, int orderId); }

            public static class PaymentProcessingFunction
            {
                public static async Task {|#0:ProcessPayment|}(int orderId, ILogger log)
                {
                    log.LogInformation("Processing payment for order {OrderId}.", orderId);
                    {|#1:// Logic to process payment|}
                }
            }

            public class CalibrationViewModel
            {
                private void {|#2:SaveSettings|}()
                {
                    {|#3:// Save settings logic would go here|}
                }
            }

            public class NotificationService
            {
                public Task<bool> {|#4:SendNotificationAsync|}(string request)
                {
                    {|#5:// Add the notification service logic in here|}
                    return Task.FromResult(true);
                }

                public Task<bool> {|#6:IsInSegmentAsync|}(string segmentJson, string userId)
                {
                    {|#7:// Real implementation: parse segmentJson and evaluate against user data.|}
                    return Task.FromResult(true);
                }

            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'ProcessPayment'", Todo),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'SaveSettings'", Todo),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(4).WithLocation(5).WithArguments("'SendNotificationAsync'", Todo),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(6).WithLocation(7).WithArguments("'IsInSegmentAsync'", Todo));
    }

    // The same words over code that does the work describe it.
    [Fact]
    public async Task Ignores_logic_comment_over_real_work()
    {
        const string source = """
            public class SettingsViewModel
            {
                private readonly System.Collections.Generic.Dictionary<string, string> _settings = new();

                public void Apply(string baudRate)
                {
                    // Save settings logic would go here
                    _settings["BaudRate"] = baudRate;
                    System.IO.File.WriteAllText("settings.txt", baudRate);
                }

                public int Total(int[] values)
                {
                    // Logic to sum the values
                    var total = 0;
                    foreach (var value in values)
                    {
                        total += value;
                    }

                    return total;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // "For now" owning up to a placeholder, Spanish "solo" and infinitives, "TEMP mock", a real-world clause after a label.
    [Fact]
    public async Task Reports_new_stand_in_wordings()
    {
        const string source = """
            using System.Threading.Tasks;

            public class StaffController
            {
                public string {|#0:Orders|}(string role)
                {
                    if (role != "Staff")
                    {
                        return "Home";
                    }

                    {|#1:// For now, show a placeholder message|}
                    return "Welcome, staff member! Order list will appear here.";
                }

                public bool {|#2:Guardar|}(string clientId)
                {
                    {|#3:// Por ahora solo confirmamos que se recibió|}
                    return true;
                }

                public async Task<string> {|#4:ExecuteAsync|}(string prompt)
                {
                    {|#5:// TEMP mock — real API comes later|}
                    await Task.Delay(300);
                    return $"[AI Response] Processed prompt: {prompt}";
                }

                public object[] {|#6:GetEvents|}(int id)
                {
                    {|#7:// This is a placeholder. In a real application, you would query an audit table.|}
                    return new object[] { new { Id = 1001, Title = "Points earned", Kind = "POINT_EARN" } };
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Orders'", ForNow),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'Guardar'", ForNow),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(4).WithLocation(5).WithArguments("'ExecuteAsync'", Disclaimer),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(6).WithLocation(7).WithArguments("'GetEvents'", RealWorld));
    }

    // A wait for nothing beside a real-world comment is the stand-in, even in a body that awaits real work; a print that
    // only follows the wait reports nothing done; a sender that prints "Mock SMS" and returns true sends nothing.
    [Fact]
    public async Task Reports_waits_and_prints_that_stand_in()
    {
        const string source = """
            using System;
            using System.Diagnostics;
            using System.Threading.Tasks;

            public class AiComplianceService
            {
                public async Task<decimal> {|#0:CalculateScoreAsync|}(string purpose)
                {
                    {|#1:// Mock AI compliance scoring - in production this would call actual AI services|}
                    await Task.Delay(100);

                    var community = await AnalyzeAsync(purpose);
                    return community * 0.3m;
                }

                private Task<decimal> AnalyzeAsync(string purpose) => Task.FromResult((decimal)purpose.Length);

                private async Task {|#2:HandleValidSubmit|}(string email, string password)
                {
                    // Handle the form submission
                    await Task.Delay(1000); {|#3:// Simulate a delay for the API call|}

                    Console.WriteLine($"Email: {email}, Password: {password}");
                }
            }

            public class SmsVerificationCodeSender
            {
                public Task<bool> {|#4:SendAsync|}(string phone, string message)
                {
                    Debug.WriteLine($"Mock SMS to {phone}: {message}");
                    return Task.FromResult(true);
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'CalculateScoreAsync'", RealWorld),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'HandleValidSubmit'", Simulation),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(4).WithArguments("'SendAsync'", SilentDelivery));
    }

    // "Simulated DB" over typed-in users is stand-in data.
    [Fact]
    public async Task Reports_simulated_database_of_typed_in_values()
    {
        const string source = """
            using System.Collections.Generic;

            public static class AuthService
            {
                {|#1:// Simulated DB with multiple users|}
                private static readonly Dictionary<string, string> {|#0:Users|} = new()
                {
                    { "admin", "admin123" },
                    { "user1", "pass1" },
                };
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Users'", StandInData));
    }

    // Human shapes with the same words (from public repositories): advice in a catch clause, a real query returned under
    // a "for now" note, an optional step, a wait that is the demonstration, a type whose comment says it simulates, and
    // a lesson's wait between two prints.
    [Fact]
    public async Task Ignores_real_work_described_with_stand_in_words()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            public class CustomerRepository
            {
                public void Save(string json)
                {
                    try
                    {
                        System.IO.File.WriteAllText("customers.json", json);
                    }
                    catch (Exception ex)
                    {
                        // In a real app, use a logger.
                        Console.WriteLine("Error saving file: " + ex.Message);
                    }
                }
            }

            public class SegmentsController
            {
                private readonly Func<Task<List<string>>> _query = () => Task.FromResult(new List<string>());

                public async Task<List<string>> GetSegments()
                {
                    // In a real app, you would project to a DTO and calculate member counts.
                    // For now, returning the raw entity.
                    return await _query();
                }

                public async Task Handle(string message)
                {
                    await _query();
                    // Simulation: award welcome points and log to system activity
                    // In a real scenario, we might upsert member data to the worker db here if needed.
                    Console.WriteLine(message);
                }
            }

            public class LocalDataService
            {
                public async Task<int[]> GetData()
                {
                    // Simulate asynchronous loading to demonstrate a loading indicator
                    await Task.Delay(500);
                    return new[] { 1, 2, 3, 4 };
                }
            }

            // Clase EmailService que simula el envío de correos electrónicos
            public class EmailService
            {
                public async Task<bool> SendConfirmationAsync(string to)
                {
                    await Task.Delay(1000); // Simula el tiempo que demora en enviarse el correo
                    Console.WriteLine($"La confirmación fue enviada al correo {to}.");
                    return true;
                }
            }

            public class AsyncLesson
            {
                public async Task Run()
                {
                    Console.WriteLine("Starting long process...");
                    await Task.Delay(2000); // Simulate work
                    Console.WriteLine("Long process completed.");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // Made-up data called so in the languages assistants answer in, and rows of objects typed in (batch 6 of the residue set).
    [Fact]
    public async Task Reports_stand_in_data_in_other_languages_and_typed_in_rows()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            public class Reporte { public int Id { get; set; } public string Nombre { get; set; } public string Descripcion { get; set; } public DateTime Fecha { get; set; } }
            public class Perfil { public string UserName { get; set; } public string Bio { get; set; } public string Foto { get; set; } }
            public class Panel { public int TotalProducts { get; set; } public int TotalCustomers { get; set; } public decimal TotalSales { get; set; } }
            public class WeatherForecast { public DateTime Date { get; set; } public int TemperatureC { get; set; } public string Summary { get; set; } }

            public class HomeController
            {
                public List<Reporte> {|#0:Reportes|}()
                {
                    {|#1://simulacion de datos relevantes para una red social. En una aplicacion real, estos datos se obtendrian de la BD|}
                    var lista = new List<Reporte>
                    {
                        new Reporte { Id = 1, Nombre = "Actividad", Descripcion = "Informe de actividad", Fecha = DateTime.Now },
                        new Reporte { Id = 2, Nombre = "Contenido", Descripcion = "Contenido moderado", Fecha = DateTime.Now },
                    };
                    return lista;
                }

                public Perfil {|#2:Index|}(int userId)
                {
                    {|#3:// Simulando datos de usuario|}
                    var user = new Perfil { UserName = "Juan Perez", Bio = "Desarrollador", Foto = "https://www.example.com/imagen.jpg" };
                    return user;
                }

                public Panel {|#4:Dashboard|}()
                {
                    {|#5:// Datos temporales (mock)|}
                    var model = new Panel { TotalProducts = 0, TotalCustomers = 0, TotalSales = 0 };
                    return model;
                }

                public object {|#6:GetDashboard|}()
                {
                    {|#7:// Simple test data|}
                    var data = new { stats = new[] { new { icon = "chart", title = "Test Stat", value = "123" } } };
                    return data;
                }
            }

            public class WeatherRepository
            {
                public IEnumerable<WeatherForecast> {|#8:GetAll|}()
                {
                    {|#9:// 예제 데이터 생성|}
                    return new List<WeatherForecast>
                    {
                        new WeatherForecast { Date = DateTime.Now, TemperatureC = 25, Summary = "Sunny" },
                        new WeatherForecast { Date = DateTime.Now.AddDays(1), TemperatureC = 28, Summary = "Hot" },
                    };
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'Reportes'", StandInData),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(2).WithLocation(3).WithArguments("'Index'", StandInData),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(4).WithLocation(5).WithArguments("'Dashboard'", StandInData),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(6).WithLocation(7).WithArguments("'GetDashboard'", StandInData),
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(8).WithLocation(9).WithArguments("'GetAll'", StandInData));
    }

    // The same words over data read from somewhere, over one object that is not a row of literals, or naming a component.
    [Fact]
    public async Task Ignores_stand_in_data_words_over_real_or_computed_data()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            public interface IStore { List<string> Load(string name); int Count(); }
            public class WeatherForecast { public DateTime Date { get; set; } public int TemperatureC { get; set; } public string Summary { get; set; } }

            public class Fixtures
            {
                private readonly IStore _store;

                public Fixtures(IStore store) => _store = store;

                public List<string> Rows()
                {
                    // Datos de prueba cargados del almacén de fixtures
                    var rows = _store.Load("fixtures");
                    return rows;
                }

                public WeatherForecast Today()
                {
                    // 예제 데이터 생성
                    return new WeatherForecast { Date = DateTime.Now, TemperatureC = _store.Count(), Summary = "Sunny" };
                }

                public List<string> Designer()
                {
                    // Test data generator used by the designer
                    return _store.Load("designer");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(source);
    }

    // "TODO: implement" in Chinese, Japanese or Korean over a body that only logs; over real work it is the team's note.
    [Fact]
    public async Task Reports_todo_implement_in_cjk_over_a_log_line_only()
    {
        const string source = """
            public static class GameDebug { public static void Log(string message) { } }
            public interface ISaveStore { void Write(string slot); }

            public class SaveManager
            {
                private readonly ISaveStore _store;

                public SaveManager(ISaveStore store) => _store = store;

                public void {|#0:SaveGame|}()
                {
                    {|#1:// TODO: Week 16实现|}
                    GameDebug.Log("SaveGame - Coming in Week 16");
                }

                public void LoadGame()
                {
                    // TODO: 구현 개선
                    _store.Write("slot1");
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'SaveGame'", Todo));
    }

    // Where no time passes, a returned typed-in value is the made-up result; after a real wait it is a lesson's "Hello".
    [Fact]
    public async Task Reports_simulation_that_returns_a_typed_in_value_where_no_time_passes()
    {
        const string source = """
            using System.Threading.Tasks;

            public class S3FileUploadService
            {
                public async Task<string?> {|#0:UploadFileAsync|}(byte[]? file, string folder)
                {
                    if (file == null)
                    {
                        return null;
                    }

                    await Task.CompletedTask; {|#1:// Simulate async behavior|}
                    return "https://picsum.photos/200";
                }
            }

            public class Lesson
            {
                public async Task<string> GreetAsync()
                {
                    // Simulate async work
                    await Task.Delay(1000);
                    return "Hello from async";
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'UploadFileAsync'", Simulation));
    }

    // A worker loop that only logs and waits reads no queue; a loop that does work between its waits is paced.
    [Fact]
    public async Task Reports_worker_loop_that_only_logs_and_waits()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;

            public interface ILog { void LogInformation(string message); }
            public interface IQueue { Task DrainAsync(CancellationToken token); }

            public class TweetleWorker
            {
                private readonly ILog _logger;
                private readonly IQueue _queue;

                public TweetleWorker(ILog logger, IQueue queue) { _logger = logger; _queue = queue; }

                protected async Task {|#0:ExecuteAsync|}(CancellationToken stoppingToken)
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        _logger.LogInformation("Checking the queue...");
                        {|#1:// Simulate doing message work|}
                        await Task.Delay(5000, stoppingToken);
                    }
                }

                protected async Task DrainAsync(CancellationToken stoppingToken)
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await _queue.DrainAsync(stoppingToken);
                        // Simulate back-off between polls
                        await Task.Delay(5000, stoppingToken);
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'ExecuteAsync'", Simulation));
    }

    // A sender that is nothing but a comment and a completed task is the templates' empty sender, in whatever language,
    // unless its comment owns up that nothing real is sent.
    [Fact]
    public async Task Ignores_template_shaped_empty_senders_and_reports_those_that_say_nothing_real_is_sent()
    {
        const string source = """
            using System.Threading.Tasks;

            public class EmailSender
            {
                public Task SendEmailAsync(string email, string subject, string htmlMessage)
                {
                    //Логика отправки письма на почту
                    return Task.CompletedTask;
                }
            }

            public class MailSender
            {
                public Task SendEmailAsync(string email, string subject, string htmlMessage)
                {
                    // Sizler buraya email gonderme islemlerinizi ekleyebilirsiniz..
                    return Task.CompletedTask;
                }
            }

            public class SmsSender
            {
                public Task SendSmsAsync(string number, string message)
                {
                    // Plug in your SMS service here to send a text message.
                    return Task.CompletedTask;
                }
            }

            public class Notifier
            {
                public Task {|#0:SendEmailAsync|}(string email, string subject, string htmlMessage)
                {
                    {|#1:// Chỉ trả về thành công mà không gửi email thật|}
                    return Task.CompletedTask;
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithLocation(1).WithArguments("'SendEmailAsync'", SilentDelivery));
    }

    // A notification service that prints is what a design-pattern lesson or an assignment shows; outside one it is a stand-in.
    [Fact]
    public async Task Ignores_printing_notification_services_in_lesson_namespaces()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            namespace With_Facade_Design_Pattern.Service
            {
                internal class NotificationService
                {
                    public Task SendAsync(string message)
                    {
                        Console.WriteLine($"Sending notification message: {message}");
                        return Task.CompletedTask;
                    }
                }
            }

            namespace Assignment.Question3
            {
                public class PushNotificationService
                {
                    public void Send(string recipient, string message)
                    {
                        Console.WriteLine($"Sending push notification to {recipient}: {message}");
                    }
                }
            }

            namespace Shop.Notifications
            {
                public class PushNotificationService
                {
                    public void {|#0:Send|}(string recipient, string message)
                    {
                        Console.WriteLine($"Sending push notification to {recipient}: {message}");
                    }
                }
            }
            """;

        await VerifyCS.VerifyAnalyzerAsync(
            source,
            VerifyCS.Diagnostic(RuleIds.PlaceholderImplementation).WithLocation(0).WithArguments("'Send'", SilentDelivery));
    }

    [Theory]
    [InlineData("// In a real application, you would...", "RealWorld")]
    [InlineData("/* For now, we'll return a mock */", "ForNow")]
    [InlineData("// Simulating network latency", "Simulation")]
    [InlineData("// Simulación de un tiempo de espera", "Simulation")]
    [InlineData("// Simuliere die Anfrage", "Simulation")]
    [InlineData("// Simulamos una demora en la respuesta", "Simulation")]
    [InlineData("// Simuliamo la chiamata", "Simulation")]
    [InlineData("// Simulamostrador de precios", "None")]
    [InlineData("// In production, this would come from the database", "RealWorld")]
    [InlineData("// In a real application this should be configurable", "None")]
    [InlineData("// TODO(alice): implement", "TodoImplement")]
    [InlineData("// FIXME: not implemented", "TodoImplement")]
    [InlineData("// TODO: Implementar la lógica real", "TodoImplement")]
    [InlineData("// TODO: Implementieren", "TodoImplement")]
    [InlineData("// TODO : implémenter l'envoi", "TodoImplement")]
    [InlineData("// Dummy data", "StandInData")]
    [InlineData("// Stub mínimo: simula subir y devuelve una URL falsa", "Disclaimer")]
    [InlineData("// Implement send message logic", "TodoImplement")]
    [InlineData("// TODO: integrar com e-mail, push, etc.", "TodoImplement")]
    [InlineData("// TODO: integrate with the payment provider", "TodoImplement")]
    [InlineData("// TODO: SMS entegrasyonu yapılacak", "TodoImplement")]
    [InlineData("// TODO: integration tests cover the retry path", "None")]
    [InlineData("// Implementar atualização de estoque", "TodoImplement")]
    [InlineData("// Burada banka entegrasyonu yapılacak", "Simulation")]
    [InlineData("// 🧪 For now, just simulate sending SMS", "ForNow")]
    [InlineData("// Stubbed out in tests", "None")]
    [InlineData("// Implementing IComparer keeps the sort stable", "None")]
    [InlineData("// Mock data provider used by the designer", "None")]
    [InlineData("// Simulated customer data", "StandInData")]
    [InlineData("// Temporary fake data", "StandInData")]
    [InlineData("// Simulate loading user data", "StandInData")]
    [InlineData("// Return empty list, will use mock data", "StandInData")]
    [InlineData("// Sample rate in Hz", "None")]
    [InlineData("// Placeholder for Microsoft Presidio", "TodoImplement")]
    [InlineData("// In your real app, you'd filter users by tier", "RealWorld")]
    [InlineData("// TODO: implementing IDisposable would help here", "None")]
    [InlineData("// a real application", "None")]
    [InlineData("// Save settings logic would go here", "TodoImplement")]
    [InlineData("// Add the notification service logic in here", "TodoImplement")]
    [InlineData("// Logic to process payment", "TodoImplement")]
    [InlineData("// Real implementation: parse segmentJson and evaluate against user data.", "TodoImplement")]
    [InlineData("// TODO: Wire this up to actual email sending logic via SendGrid, local SMTP, etc.", "None")]
    [InlineData("// For now, it's just a placeholder to resolve build errors", "ForNow")]
    [InlineData("// For now, show a placeholder message", "ForNow")]
    [InlineData("// Por ahora, siempre retornar true", "ForNow")]
    [InlineData("// Por ahora solo confirmamos que se recibió", "ForNow")]
    [InlineData("// TEMP mock — real API comes later", "Disclaimer")]
    [InlineData("// This is a placeholder. In a real application, you would query an audit table.", "RealWorld")]
    [InlineData("// Mock AI compliance scoring - in production this would call actual AI services", "RealWorld")]
    [InlineData("// Simulated DB with multiple users", "StandInData")]
    [InlineData("// The logic is subtle here: see issue 12", "None")]
    [InlineData("// For now, the placeholder text stays in English", "ForNow")]
    [InlineData("// In a real scenario, we might upsert member data here if needed.", "None")]
    [InlineData("// Simulate asynchronous loading to demonstrate a loading indicator", "None")]
    [InlineData("// Parsed eagerly. In a real-time system this would lag.", "None")]
    [InlineData("//", "None")]
    [InlineData("// Simulación de datos relevantes. En una aplicación real, vendrían de la BD", "StandInData")]
    [InlineData("// Simulando datos de usuario", "StandInData")]
    [InlineData("// Datos temporales (mock)", "StandInData")]
    [InlineData("// Dados simulados para a tela", "StandInData")]
    [InlineData("// Simple test data", "StandInData")]
    [InlineData("// Test data generator used by the designer", "None")]
    [InlineData("// Testdaten für die Übersicht", "StandInData")]
    [InlineData("// Données fictives", "StandInData")]
    [InlineData("// Returnerar en hårdkodad lista med produkter för enkelhetens skull", "StandInData")]
    [InlineData("// 예제 데이터 생성", "StandInData")]
    [InlineData("// 模拟数据，稍后替换", "StandInData")]
    [InlineData("// ダミーデータ", "StandInData")]
    [InlineData("// TODO: Week 16实现", "TodoImplement")]
    [InlineData("// TODO: 구현", "TodoImplement")]
    [InlineData("// Simulación de un retraso de red", "Simulation")]
    public void Classifies_comment_text(string comment, string expected) =>
        Assert.Equal(expected, PlaceholderPhrases.Classify(comment).ToString());
}
