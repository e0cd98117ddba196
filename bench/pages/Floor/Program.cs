var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "floor");
app.Run();
