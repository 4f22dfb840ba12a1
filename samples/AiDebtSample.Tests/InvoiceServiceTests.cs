using AiDebtSample.Invoices;
using AiDebtSample.Orders;

namespace AiDebtSample.Tests;

public class InvoiceServiceTests
{
    [Theory]
    [InlineData("DE", 0.19)]
    [InlineData("US", 0.0)]
    public void TaxRateFor_uses_the_country_rate(string country, double expected)
    {
        Assert.Equal((decimal)expected, InvoiceService.TaxRateFor(country));
    }

    [Fact]
    public void CreateInvoice_adds_the_country_tax_to_a_paid_order()
    {
        var order = new Order(Guid.NewGuid(), "jane@example.com", "DE") { Status = OrderStatus.Paid };
        order.AddLine(new OrderLine("SKU-1", "Kettle", 2, 50m));
        var service = new InvoiceService(TimeProvider.System);

        var invoice = service.CreateInvoice(order);

        Assert.Equal(119m, invoice.Gross);
        Assert.StartsWith(invoice.Number + ": net", service.RenderText(invoice), StringComparison.Ordinal);
    }
}
