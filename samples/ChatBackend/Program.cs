using Chat.Hosting;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
WebApplication app = builder.Build();
app.UseWebSockets();
var server = new ChatServer();
app.Map("/ws", server.HandleAsync);
app.Run();
