using AiDebtSample.Invoices;

namespace AiDebtSample.Tests;

// Covers only the tax table: AID301 then reports InvoiceService's other members one by one (CreateInvoice, RenderText),
// while PaymentGatewayClient, which no test names, is reported once on the type.
public class InvoiceServiceTests
{
    [Theory]
    [InlineData("DE", 0.19)]
    [InlineData("US", 0.0)]
    public void TaxRateFor_uses_the_country_rate(string country, double expected)
    {
        Assert.Equal((decimal)expected, InvoiceService.TaxRateFor(country));
    }
}
