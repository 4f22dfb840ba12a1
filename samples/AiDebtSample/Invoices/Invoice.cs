namespace AiDebtSample.Invoices;

/// <summary>An invoice issued for a paid order.</summary>
public sealed record Invoice(string Number, Guid OrderId, DateOnly IssuedOn, decimal Net, decimal Tax, decimal Gross);
