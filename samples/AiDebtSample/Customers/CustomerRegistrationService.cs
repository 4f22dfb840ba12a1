namespace AiDebtSample.Customers;

/// <summary>Registers customers with their billing address.</summary>
public sealed class CustomerRegistrationService
{
    private readonly Dictionary<string, CustomerAddress> addresses = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> mailingLabels = new(StringComparer.OrdinalIgnoreCase);

    public CustomerAddress Register(string email, CustomerAddress address)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            throw new ArgumentException("A valid email is required.", nameof(email));
        }

        if (address is null)
        {
            throw new ArgumentNullException(nameof(address));
        }

        if (string.IsNullOrWhiteSpace(address.Street) || address.Street.Length > 100)
        {
            throw new ArgumentException("Street is required and must be at most 100 characters.", nameof(address));
        }

        if (string.IsNullOrWhiteSpace(address.PostalCode) || !address.PostalCode.All(char.IsLetterOrDigit))
        {
            throw new ArgumentException("Postal code must be letters and digits only.", nameof(address));
        }

        var country = address.Country.Trim().ToUpperInvariant();
        if (country.Length != 2)
        {
            throw new ArgumentException("Country must be a two-letter ISO code.", nameof(address));
        }

        var street = address.Street.Trim();
        var city = address.City.Trim();
        var postalCode = address.PostalCode.Trim().ToUpperInvariant();
        var cityLine = country is "US" or "CA" ? city + " " + postalCode : postalCode + " " + city;
        var mailingLabel = string.Join(Environment.NewLine, street, cityLine, country);

        var normalized = address with { Country = country };
        addresses[email.Trim()] = normalized;
        mailingLabels[email.Trim()] = mailingLabel;
        return normalized;
    }
}
