using AiDebtSample.Orders;

namespace AiDebtSample.Invoices;

/// <summary>
/// Creates invoices for orders and calculates the tax due.
/// </summary>
public sealed class InvoiceService
{
    private readonly TimeProvider clock;
    private int sequence;

    public InvoiceService(TimeProvider clock)
    {
        this.clock = clock;
    }

    public Invoice CreateInvoice(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        if (order.Status != OrderStatus.Paid && order.Status != OrderStatus.Shipped)
        {
            throw new InvalidOperationException("Only paid orders can be invoiced.");
        }

        var net = order.Subtotal;
        var tax = Math.Round(net * TaxRateFor(order.Country), 2, MidpointRounding.AwayFromZero);
        var issuedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var number = $"INV-{issuedOn:yyyyMM}-{Interlocked.Increment(ref sequence):D5}";

        return new Invoice(number, order.Id, issuedOn, net, tax, net + tax);
    }

    public static decimal TaxRateFor(string country)
    {
        // Tax rates for the countries we ship to
        switch (country)
        {
            case "DE":
                return 0.19m;
            case "FR":
                return 0.20m;
            case "NL":
                return 0.21m;
            case "GB":
                return 0.20m;
            default:
                return 0.0m;
        }
    }

    public string RenderText(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);

        // (formatting helpers omitted for brevity)
        return $"{invoice.Number}: net {invoice.Net:F2}, tax {invoice.Tax:F2}, total {invoice.Gross:F2}";
    }
}
