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
}
