namespace HurtHealing.Web.Infrastructure;

public static class HealthProbe
{
    public static async Task<int> RunAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
            // AllowedHosts names only the public host; the probe asks as that host would.
            if (Uri.TryCreate(Environment.GetEnvironmentVariable("Email__PublicBaseUrl"), UriKind.Absolute, out var publicAddress))
            {
                request.Headers.Host = publicAddress.Host;
            }
            using var response = await client.SendAsync(request);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }
}
