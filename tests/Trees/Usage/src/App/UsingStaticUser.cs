using static Legacy.Chat.SocketHelpers;

namespace App;

public static class UsingStaticUser
{
    public static void Run() => Connect("ws://localhost"); // expect: SSOT001
}
