using TeamGrains.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayLogging();
builder.AddGatewaySilo();
builder.AddGatewayTransport();
builder.AddGatewayAuthentication();
builder.AddGatewayRateLimits();

var app = builder.Build();
app.UseGatewayPipeline();
app.MapGateway();
app.Run();

/// <summary>The entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
