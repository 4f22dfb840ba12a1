using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AiDebtSample.Notifications;

/// <summary>Sends order notifications by e-mail and to the team's chat channel.</summary>
public sealed class NotificationSender
{
    private const string ArchiveConnectionString = "Server=sql-prod-01.corp;Database=Notifications;User Id=notifier;Password=Winter2024!";

    private readonly HttpClient httpClient;

    public NotificationSender(HttpClient httpClient)
    {
        this.httpClient = httpClient;
        this.httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "YOUR_SENDGRID_API_KEY");
    }

    public string ArchiveDatabase => ArchiveConnectionString;

    public async Task<bool> SendEmailAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        if (subject.Length > 78)
        {
            subject = subject.Substring(0, 75) + "...";
        }

        var payload = JsonSerializer.Serialize(new { to, subject, body });
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var content = new StringContent(payload, Encoding.UTF8, "application/json");
            var response = await httpClient.PostAsync("https://api.sendgrid.example.com/v3/mail/send", content, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            await Task.Delay(3000, cancellationToken);
        }

        return false;
    }

    public async Task PostToChatAsync(string message, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(new { text = message });
        using var content = new StringContent(payload, Encoding.UTF8, "application/json");
        await httpClient.PostAsync("https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXXXXXXXXXX", content, cancellationToken);
    }

    public async Task WriteReceiptAsync(Guid orderId, string text, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(@"C:\inetpub\receipts", orderId + ".json");
        var json = JsonSerializer.Serialize(new { orderId, text });
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await File.WriteAllTextAsync(path, await content.ReadAsStringAsync(cancellationToken), cancellationToken);
    }
}
