using AiDebtAnalyzers;
using AiDebtSample.Orders;
using AiDebtSample.Pricing;

namespace AiDebtSample.Tests;

// The test project sees AiDebtSample's internals (InternalsVisibleTo) and has its own generated AiProvenanceAttribute:
// the embedded marker keeps the two copies apart, so there is no CS0436.
public class DiscountCalculatorTests
{
    [Fact]
    [AiProvenance(Tool = "copilot", Contributor = "ai", Generated = "2026-11-21")]
    public void VolumeDiscount_grows_with_quantity()
    {
        var order = new Order(Guid.NewGuid(), "jane@example.com", "DE");
        order.AddLine(new OrderLine("SKU-1", "Kettle", 25, 10m));

        Assert.Equal(0.05m, new DiscountCalculator().VolumeDiscount(order));
    }

    [Fact]
    public void ApplyDiscount_rounds_to_the_cent() =>
        Assert.Equal(8.99m, DiscountCalculator.ApplyDiscount(9.99m, 0.10m));

    [Fact]
    public void LoyaltyDiscount_stops_growing_after_five_years() =>
        Assert.Equal(0.05m, new DiscountCalculator().LoyaltyDiscount(8));

    [Fact]
    public void TotalDiscount_adds_volume_and_loyalty()
    {
        var order = new Order(Guid.NewGuid(), "jane@example.com", "FR");
        order.AddLine(new OrderLine("SKU-1", "Kettle", 25, 10m));

        Assert.Equal(0.07m, new DiscountCalculator().TotalDiscount(order, 2));
    }

    [Fact]
    public void ShippingDiscount_applies_to_Germany_only()
    {
        var calculator = new DiscountCalculator();

        Assert.Equal(0.02m, calculator.ShippingDiscount(new Order(Guid.NewGuid(), "jane@example.com", "DE")));
        Assert.Equal(0m, calculator.ShippingDiscount(new Order(Guid.NewGuid(), "jane@example.com", "FR")));
    }
}
