using Chat.WebSockets;

namespace Other.Sockets;

public sealed class SecondManager : ManagerBase // expect: SSOT006
{
    public override void Send(string text)
    {
    }
}
