namespace AiDebtSample.Orders;

/// <summary>The lifecycle of an order.</summary>
public enum OrderStatus
{
    Draft,
    Submitted,
    Paid,
    Shipped,
    Cancelled,
}

/// <summary>One product line on an order.</summary>
public sealed record OrderLine(string Sku, string Description, int Quantity, decimal UnitPrice)
{
    public decimal Total => Quantity * UnitPrice;
}

/// <summary>A customer's order.</summary>
public sealed class Order
{
    private readonly List<OrderLine> lines = new();

    public Order(Guid id, string customerEmail, string country)
    {
        Id = id;
        CustomerEmail = customerEmail;
        Country = country;
    }

    public Guid Id { get; }

    public string CustomerEmail { get; }

    public string Country { get; }

    public OrderStatus Status { get; set; } = OrderStatus.Draft;

    public DateTimeOffset? SubmittedAt { get; set; }

    public IReadOnlyList<OrderLine> Lines => lines;

    public decimal Subtotal => lines.Sum(line => line.Total);

    public void AddLine(OrderLine line) => lines.Add(line);

    public bool RemoveLine(string sku) => lines.RemoveAll(line => line.Sku == sku) > 0;
}
