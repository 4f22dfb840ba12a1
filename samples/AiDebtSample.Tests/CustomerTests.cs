using AiDebtSample.Customers;
using AiDebtSample.Returns;

namespace AiDebtSample.Tests;

public class CustomerRegistrationServiceTests
{
    [Fact]
    public void Register_normalizes_the_country()
    {
        var registered = new CustomerRegistrationService().Register("jane@example.com", new CustomerAddress("Main St 1", "Berlin", "10115", " de "));

        Assert.Equal("DE", registered.Country);
    }
}

public class ReturnLabelServiceTests
{
    [Fact]
    public void CreateLabel_numbers_labels_per_pickup_country()
    {
        var label = new ReturnLabelService().CreateLabel(Guid.Empty, new CustomerAddress("Main St 1", "Berlin", "10115", "de"));

        Assert.Equal("RL-DE-1001-00000000", label);
    }
}
