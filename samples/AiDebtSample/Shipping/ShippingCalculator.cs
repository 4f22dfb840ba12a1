using AiDebtSample.Orders;

namespace AiDebtSample.Shipping;

/// <summary>Works out shipping costs and delivery estimates.</summary>
public sealed class ShippingCalculator
{
    public decimal CalculateShippingCost(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        // Free shipping for orders over the threshold
        if (order.Subtotal >= 100m)
        {
            return 0m;
        }

        var itemCount = order.Lines.Sum(line => line.Quantity);
        var baseCost = order.Country == "DE" ? 4.95m : 9.95m;

        // Each additional item adds a small surcharge
        return baseCost + Math.Max(0, itemCount - 1) * 0.5m;
    }

    public DateOnly EstimateDelivery(Order order, DateOnly shippedOn)
    {
        ArgumentNullException.ThrowIfNull(order);

        var days = order.Country switch
        {
            "DE" => 2,
            "FR" or "NL" => 3,
            _ => 7,
        };

        var date = shippedOn;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                days--;
            }
        }

        return date;
    }
}
