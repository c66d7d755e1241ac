using System.Net;
using RevenueCycle.Infrastructure;

namespace RevenueCycle.Transport;

public sealed class HealthTests(SqliteApi api) : IClassFixture<SqliteApi>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_probes_answer_healthy_on_a_migrated_database(string path)
    {
        using var client = api.Host.Anonymous();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
