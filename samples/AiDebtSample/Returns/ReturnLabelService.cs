using AiDebtSample.Customers;

namespace AiDebtSample.Returns;

/// <summary>Creates return labels for parcels picked up at a customer's address.</summary>
public sealed class ReturnLabelService
{
    private readonly Dictionary<int, string> pickupLabels = new();
    private int nextLabel = 1000;

    public string CreateLabel(Guid orderId, CustomerAddress pickup)
    {
        // Same checks as registration, so the carrier never rejects a pickup address.
        if (pickup is null)
        {
            throw new ArgumentNullException(nameof(pickup));
        }

        if (string.IsNullOrWhiteSpace(pickup.Street) || pickup.Street.Length > 80)
        {
            throw new ArgumentException("Pickup street is required and must be at most 80 characters.", nameof(pickup));
        }

        if (string.IsNullOrWhiteSpace(pickup.PostalCode) || !pickup.PostalCode.All(char.IsLetterOrDigit))
        {
            throw new ArgumentException("Pickup postal code must be letters and digits only.", nameof(pickup));
        }

        var pickupCountry = pickup.Country.Trim().ToUpperInvariant();
        if (pickupCountry.Length != 2)
        {
            throw new ArgumentException("Pickup country must be a two-letter ISO code.", nameof(pickup));
        }

        var pickupStreet = pickup.Street.Trim();
        var pickupCity = pickup.City.Trim();
        var pickupPostalCode = pickup.PostalCode.Trim().ToUpperInvariant();
        var pickupCityLine = pickupCountry is "US" or "CA" ? pickupCity + " " + pickupPostalCode : pickupPostalCode + " " + pickupCity;
        var pickupLabel = string.Join(Environment.NewLine, pickupStreet, pickupCityLine, pickupCountry);

        nextLabel++;
        pickupLabels[nextLabel] = pickupLabel;
        return "RL-" + pickupCountry + "-" + nextLabel.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + orderId.ToString("N")[..8];
    }
}
