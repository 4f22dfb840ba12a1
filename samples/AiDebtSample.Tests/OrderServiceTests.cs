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

    [Fact]
    public async Task SubmitAsync_marks_the_order_submitted()
    {
        var service = new OrderService(repository, TimeProvider.System);
        var order = await service.CreateOrderAsync("jane@example.com", "DE");
        await service.AddLineAsync(order.Id, "SKU-1", 1, 5m);

        await service.SubmitAsync(order.Id);

        Assert.Equal(OrderStatus.Submitted, order.Status);
        Assert.NotNull(order.SubmittedAt);
    }

    [Fact]
    public void RemoveLine_removes_the_lines_of_the_sku()
    {
        var order = new Order(Guid.NewGuid(), "jane@example.com", "DE");
        order.AddLine(new OrderLine("SKU-1", "Kettle", 1, 10m));
        order.AddLine(new OrderLine("SKU-2", "Mug", 2, 4m));

        Assert.True(order.RemoveLine("SKU-1"));
        Assert.Equal(8m, Assert.Single(order.Lines).Total);
    }

    [Fact]
    public async Task Repository_finds_the_order_it_saved()
    {
        IOrderRepository store = new InMemoryOrderRepository();
        var order = new Order(Guid.NewGuid(), "jane@example.com", "DE");

        await store.SaveAsync(order);

        Assert.Same(order, await store.FindAsync(order.Id));
    }
}
