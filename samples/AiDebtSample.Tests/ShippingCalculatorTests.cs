using AiDebtSample.Orders;
using AiDebtSample.Shipping;

namespace AiDebtSample.Tests;

public class ShippingCalculatorTests
{
    [Fact]
    public void CalculateShippingCost_is_free_above_threshold()
    {
        var order = new Order(Guid.NewGuid(), "jane@example.com", "DE");
        order.AddLine(new OrderLine("SKU-1", "Kettle", 1, 120m));

        Assert.Equal(0m, new ShippingCalculator().CalculateShippingCost(order));
    }

    [Fact]
    public void EstimateDelivery_counts_working_days_only()
    {
        var order = new Order(Guid.NewGuid(), "jane@example.com", "DE");

        // Shipped on Friday 2 January 2026: two working days later is Tuesday.
        Assert.Equal(new DateOnly(2026, 1, 6), new ShippingCalculator().EstimateDelivery(order, new DateOnly(2026, 1, 2)));
    }
}
