namespace AiDebtSample.Customers;

/// <summary>A postal address of a customer.</summary>
public sealed record CustomerAddress(string Street, string City, string PostalCode, string Country);
