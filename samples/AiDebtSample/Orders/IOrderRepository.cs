namespace AiDebtSample.Orders;

/// <summary>Persistence for orders.</summary>
public interface IOrderRepository
{
    Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task SaveAsync(Order order, CancellationToken cancellationToken = default);
}

/// <summary>An in-memory repository, used by the tests and the local development host.</summary>
public sealed class InMemoryOrderRepository : IOrderRepository
{
    private readonly Dictionary<Guid, Order> orders = new();

    public Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(orders.TryGetValue(id, out var order) ? order : null);

    public Task SaveAsync(Order order, CancellationToken cancellationToken = default)
    {
        orders[order.Id] = order;
        return Task.CompletedTask;
    }
}
