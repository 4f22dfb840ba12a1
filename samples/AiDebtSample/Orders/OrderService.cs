namespace AiDebtSample.Orders;

/// <summary>
/// Handles the order workflow: creating orders, adding lines and submitting them.
/// </summary>
public sealed class OrderService
{
    private readonly IOrderRepository repository;
    private readonly TimeProvider clock;

    public OrderService(IOrderRepository repository, TimeProvider clock)
    {
        this.repository = repository;
        this.clock = clock;
    }

    public async Task<Order> CreateOrderAsync(string customerEmail, string country, CancellationToken cancellationToken = default)
    {
        // Validate the input parameters
        if (string.IsNullOrWhiteSpace(customerEmail) || !customerEmail.Contains('@'))
        {
            throw new ArgumentException("A valid customer email is required.", nameof(customerEmail));
        }

        if (string.IsNullOrWhiteSpace(country) || country.Length != 2)
        {
            throw new ArgumentException("Country must be a two-letter ISO code.", nameof(country));
        }

        var order = new Order(Guid.NewGuid(), customerEmail.Trim().ToLowerInvariant(), country.ToUpperInvariant());
        await repository.SaveAsync(order, cancellationToken);
        return order;
    }

    public async Task AddLineAsync(Guid orderId, string sku, int quantity, decimal unitPrice, CancellationToken cancellationToken = default)
    {
        var order = await repository.FindAsync(orderId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {orderId} was not found.");

        if (order.Status != OrderStatus.Draft)
        {
            throw new InvalidOperationException("Lines can only be added to draft orders.");
        }

        // Make sure we don't exceed the maximum number of lines per order
        if (order.Lines.Count >= 50)
        {
            throw new InvalidOperationException("An order cannot have more than 50 lines.");
        }

        if (quantity <= 0 || quantity > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity));
        }

        // ... existing code ...

        order.AddLine(new OrderLine(sku, sku, quantity, unitPrice));
        await repository.SaveAsync(order, cancellationToken);
    }

    public async Task SubmitAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        var order = await repository.FindAsync(orderId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {orderId} was not found.");

        if (order.Lines.Count == 0)
        {
            throw new InvalidOperationException("An empty order cannot be submitted.");
        }

        order.Status = OrderStatus.Submitted;
        order.SubmittedAt = clock.GetUtcNow();
        await repository.SaveAsync(order, cancellationToken);
    }

    public async Task CancelAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        var order = await repository.FindAsync(orderId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {orderId} was not found.");

        // Orders can only be cancelled within 24 hours of submission
        if (order.SubmittedAt is { } submitted && clock.GetUtcNow() - submitted > TimeSpan.FromHours(24))
        {
            throw new InvalidOperationException("The cancellation window has passed.");
        }

        order.Status = OrderStatus.Cancelled;
        await repository.SaveAsync(order, cancellationToken);
    }

    // ... other methods ...
}
