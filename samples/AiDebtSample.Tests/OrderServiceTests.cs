using AiDebtSample.Orders;

namespace AiDebtSample.Tests;

public class OrderServiceTests
{
    private readonly InMemoryOrderRepository repository = new();

    [Fact]
    public async Task CreateOrderAsync_normalizes_email_and_country()
    {
        var service = new OrderService(repository, TimeProvider.System);

        var order = await service.CreateOrderAsync(" Jane@Example.com ", "de");

        Assert.Equal("jane@example.com", order.CustomerEmail);
        Assert.Equal("DE", order.Country);
    }

    [Fact]
    public async Task SubmitAsync_rejects_empty_orders()
    {
        var service = new OrderService(repository, TimeProvider.System);
        var order = await service.CreateOrderAsync("jane@example.com", "DE");

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.SubmitAsync(order.Id));
    }

    [Fact]
    public async Task AddLineAsync_adds_the_line()
    {
        var service = new OrderService(repository, TimeProvider.System);
        var order = await service.CreateOrderAsync("jane@example.com", "DE");

        await service.AddLineAsync(order.Id, "SKU-1", 2, 10m);

        Assert.Equal(20m, order.Subtotal);
    }
}
