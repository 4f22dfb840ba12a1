using System.Net.Http.Json;

namespace AiDebtSample.Payments;

/// <summary>The result of a charge against the payment provider.</summary>
public sealed record PaymentResult(bool Succeeded, string? TransactionId, string? Error);

/// <summary>
/// A client for the payment provider's REST API.
/// </summary>
public sealed class PaymentGatewayClient
{
    private readonly HttpClient httpClient;

    public PaymentGatewayClient(HttpClient httpClient)
    {
        this.httpClient = httpClient;
        this.httpClient.BaseAddress = new Uri("https://api.payments.example.com/v2/");
        this.httpClient.DefaultRequestHeaders.Add("Authorization", "Bearer YOUR_API_KEY");
        this.httpClient.Timeout = TimeSpan.FromSeconds(30);
    }

    public async Task<PaymentResult> ChargeAsync(Guid orderId, decimal amount, string currency, CancellationToken cancellationToken = default)
    {
        if (amount <= 0)
        {
            return new PaymentResult(false, null, "Amount must be positive.");
        }

        var attempt = 0;
        while (true)
        {
            attempt++;
            try
            {
                var response = await httpClient.PostAsJsonAsync(
                    "charges",
                    new { orderId, amount, currency, idempotencyKey = orderId.ToString("N") },
                    cancellationToken);

                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadFromJsonAsync<ChargeResponse>(cancellationToken);
                    return new PaymentResult(true, body?.Id, null);
                }

                // Retry on server errors, give up on client errors
                if ((int)response.StatusCode < 500 || attempt >= 3)
                {
                    return new PaymentResult(false, null, $"Payment failed with status {(int)response.StatusCode}.");
                }
            }
            catch (HttpRequestException) when (attempt < 3)
            {
                // Transient network failure: try again
            }

            await Task.Delay(1500 * attempt, cancellationToken);
        }
    }

    private sealed record ChargeResponse(string Id, string Status);
}
